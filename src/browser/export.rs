//! Getting a record out of the page: today's date, a file download, print.

use wasm_bindgen::{JsCast, JsValue};

use super::{document, window};

/// Today's date on the user's calendar, as YYYY-MM-DD.
pub fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// Offers `text` as a file download; false when the browser refuses.
pub fn download(file_name: &str, text: &str) -> bool {
    try_download(file_name, text).is_ok()
}

fn try_download(file_name: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/markdown;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = document().ok_or(JsValue::NULL)?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    web_sys::Url::revoke_object_url(&url)
}

/// Opens the print dialog (the print stylesheet makes a summary of the page).
pub fn print() {
    if let Some(window) = window() {
        let _ = window.print();
    }
}
