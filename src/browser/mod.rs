//! Thin wrappers over the browser APIs the app uses. Everything here can
//! fail in a real browser (blocked storage, a refused clipboard, throttled
//! history calls), so nothing panics: each call reports failure instead.

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
