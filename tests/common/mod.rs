//! What the integration tests share: the source article, read from
//! ../shared/source beside the repository (as on the team's machines and
//! in CI).

use std::fs;
use std::path::Path;

/// The source article's text. Where it is missing, the check says so and
/// is skipped (None); on CI a missing article fails the test instead.
pub fn source_article(check: &str) -> Option<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let path = root.join("../shared/source/django-vs-flask-article.md");
    match fs::read_to_string(&path) {
        Ok(article) => Some(article),
        Err(_) => {
            assert!(
                std::env::var_os("CI").is_none(),
                "the source article is missing at {}",
                path.display()
            );
            eprintln!("SKIPPED: {check}, no source article at {}", path.display());
            None
        }
    }
}
