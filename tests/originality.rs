//! The content rule as a test: nothing in the project repeats 9 or more
//! words in a row from the source article (facts carry over, sentences don't).
//! The article sits in ../shared/source beside the repository, as on the
//! team's machines and in CI.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

const RUN: usize = 9;

fn words(text: &str) -> Vec<String> {
    let text = text.to_lowercase().replace('\u{2019}', "'");
    text.split(|ch: char| !(ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

fn project_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || ["target", "dist", "node_modules"].contains(&name.as_str()) {
            continue;
        }
        if path.is_dir() {
            project_files(&path, out);
        } else if ["rs", "html", "css", "js", "md", "json", "toml", "sh"]
            .iter()
            .any(|ext| name.ends_with(&format!(".{ext}")))
            && !name.ends_with("-lock.json")
        {
            out.push(path);
        }
    }
}

#[test]
fn no_run_of_nine_words_is_copied_from_the_article() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let article_path = root.join("../shared/source/django-vs-flask-article.md");
    let Ok(article) = fs::read_to_string(&article_path) else {
        assert!(
            std::env::var_os("CI").is_none(),
            "the source article is missing at {}",
            article_path.display()
        );
        eprintln!("skipped: no source article at {}", article_path.display());
        return;
    };
    // The prose only: the header above the first section holds the article's
    // address (which the app must link to) and the table after the rule is
    // extracted data.
    let body = article.split("\n---\n").next().unwrap_or_default();
    let prose = body.split_once("\n## ").map_or(body, |(_, rest)| rest);
    let article_words = words(prose);
    let runs: HashSet<_> = article_words.windows(RUN).map(|w| w.join(" ")).collect();

    let mut files = Vec::new();
    project_files(root, &mut files);
    assert!(files.iter().any(|f| f.ends_with("src/content/mod.rs")));
    let copies: Vec<String> = files
        .iter()
        .filter_map(|file| {
            let text = fs::read_to_string(file).ok()?;
            let found = words(&text)
                .windows(RUN)
                .map(|w| w.join(" "))
                .find(|run| runs.contains(run))?;
            Some(format!("{}: \"{found}\"", file.display()))
        })
        .collect();
    assert!(
        copies.is_empty(),
        "rewrite these in our own words:\n{}",
        copies.join("\n")
    );
}
