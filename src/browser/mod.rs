//! Thin wrappers over the browser APIs the app uses: the app's one boundary
//! to the browser. Everything here can fail in a real browser (blocked
//! storage, a refused clipboard, throttled history calls), and off the
//! browser there is no window at all (the build's prerender). The rule:
//! nothing panics; every wrapper reaches the browser through `window()` or
//! `document()` below and reports failure (None, false, an empty string)
//! instead, and the app goes on without what was refused.

pub mod clipboard;
pub mod debounce;
pub mod export;
pub mod focus;
pub mod paint;
pub mod prerendered;
pub mod storage;
pub mod theme;
pub mod url;

/// The browser window. None off the browser, where the build prerenders the
/// first screen natively: every wrapper then reports "not available", as it
/// would where a browser refuses.
pub fn window() -> Option<web_sys::Window> {
    if cfg!(target_family = "wasm") {
        web_sys::window()
    } else {
        None
    }
}

/// Milliseconds on the page's clock (`performance.now()`, which never goes
/// back); 0 off the browser.
pub fn now_ms() -> f64 {
    window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// The page's document; None where `window()` is.
pub fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// Whether the page is hidden (another tab, a minimised window, closing).
pub fn page_hidden() -> bool {
    document().is_some_and(|d| d.hidden())
}
