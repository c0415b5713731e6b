//! The page's colour theme: shown through `<html data-theme>` (the CSS
//! reads it) and remembered in localStorage.

use super::document;
use super::storage::LocalStore;
use crate::domain::theme::{Theme, THEME_KEY};

/// The remembered theme; the system's when none is stored or storage is blocked.
pub fn saved() -> Theme {
    LocalStore::open()
        .and_then(|store| store.get(THEME_KEY))
        .map_or(Theme::System, |stored| Theme::parse(&stored))
}

/// Shows `theme` now and remembers it when storage allows; false when it
/// could not be saved (it still applies until the page is closed).
pub fn apply_and_save(theme: Theme) -> bool {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = match theme {
            Theme::System => root.remove_attribute("data-theme"),
            Theme::Light | Theme::Dark => root.set_attribute("data-theme", theme.as_str()),
        };
    }
    LocalStore::open().is_some_and(|store| store.write_raw(THEME_KEY, theme.as_str()))
}
