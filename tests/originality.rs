//! The content rule as a test: nothing in the project repeats 9 or more
//! words in a row from the source article (facts carry over, sentences don't).
//! The article sits in ../shared/source beside the repository, as on the
//! team's machines and in CI.

mod common;

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const RUN: usize = 9;

fn words(text: &str) -> Vec<String> {
    let text = text.to_lowercase().replace('\u{2019}', "'");
    text.split(|ch: char| !(ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The project's text files: tracked by git, or new and not ignored.
fn project_files(root: &Path) -> Vec<PathBuf> {
    let listing = Command::new("git")
        .args(["ls-files", "--cached", "--others", "--exclude-standard"])
        .current_dir(root)
        .output()
        .expect("git lists the project's files");
    String::from_utf8_lossy(&listing.stdout)
        .lines()
        .filter(|f| !f.ends_with(".lock") && !f.ends_with("-lock.json"))
        .map(|f| root.join(f))
        .collect()
}

#[test]
fn no_run_of_nine_words_is_copied_from_the_article() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let Some(article) = common::source_article("the originality check") else {
        return;
    };
    // Everything above the rule: the header (title and address included) and
    // the prose. The table after it is extracted data: section ids, counts.
    let text = article.split("\n---\n").next().unwrap_or_default();
    let article_words = words(text);
    let runs: HashSet<_> = article_words.windows(RUN).map(|w| w.join(" ")).collect();

    let files = project_files(root);
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
