//! The address bar: reading the query, and replacing it without adding
//! history entries.

use super::window;

/// The current query string, without the `?`; empty when it can't be read.
pub fn current_query() -> String {
    let Some(window) = window() else {
        return String::new();
    };
    let search = window.location().search().unwrap_or_default();
    search.strip_prefix('?').unwrap_or(&search).to_owned()
}

/// The page's own address without query or fragment, keeping the path (so
/// the app works under a sub-path). It never changes while the page is open.
pub fn page_address() -> String {
    let Some(location) = window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}")
}

/// Shows `query` in the address bar without a new history entry. Browsers
/// throttle these calls (Safari throws after 100 in 30 s): a refused call
/// is simply skipped, the next one catches up.
pub fn replace_query(query: &str) {
    let Some(window) = window() else { return };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    if location.search().unwrap_or_default().strip_prefix('?') == Some(query) {
        return;
    }
    if let Ok(history) = window.history() {
        let url = format!("{path}?{query}{hash}");
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Loads the page again (a newer release may be waiting in the cache).
pub fn reload() {
    if let Some(window) = window() {
        let _ = window.location().reload();
    }
}
