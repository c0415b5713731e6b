//! Copying and sharing a link.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use super::window;

/// Puts `text` on the clipboard; false when the browser refuses or has no
/// clipboard API (insecure context, denied permission).
pub async fn copy_text(text: &str) -> bool {
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return false;
    };
    let has_clipboard =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("clipboard")).unwrap_or(false);
    if !has_clipboard {
        return false;
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .is_ok()
}

/// Whether the system share sheet exists (mostly phones).
pub fn can_share() -> bool {
    window().is_some_and(|window| {
        js_sys::Reflect::has(&window.navigator(), &JsValue::from_str("share")).unwrap_or(false)
    })
}

/// Opens the system share sheet; false when dismissed or refused.
pub async fn share(title: &str, url: &str) -> bool {
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    let Some(navigator) = window().map(|w| w.navigator()) else {
        return false;
    };
    JsFuture::from(navigator.share_with_data(&data))
        .await
        .is_ok()
}
