//! Where keyboard focus goes when the control that holds it is hidden:
//! somewhere nearby and meaningful, never back to the top of the page.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use super::window;

/// Focuses the element with `id`, if there is one that can take focus.
pub fn focus_id(id: &str) {
    let element = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    focus(element);
}

/// Focuses the control after `leaving` among those matching `selector`
/// inside its closest `scope`, else the one before it; false when
/// `leaving` was the only one.
pub fn focus_neighbour(leaving: &Element, scope: &str, selector: &str) -> bool {
    let Some(list) = leaving
        .closest(scope)
        .ok()
        .flatten()
        .and_then(|s| s.query_selector_all(selector).ok())
    else {
        return false;
    };
    let all: Vec<Element> = (0..list.length())
        .filter_map(|i| list.item(i).and_then(|n| n.dyn_into().ok()))
        .collect();
    let Some(at) = all.iter().position(|e| e == leaving) else {
        return false;
    };
    let next = all
        .get(at + 1)
        .or_else(|| at.checked_sub(1).and_then(|i| all.get(i)));
    let found = next.is_some();
    focus(next.cloned());
    found
}

fn focus(element: Option<Element>) {
    if let Some(element) = element.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}
