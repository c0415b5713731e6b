//! Where keyboard focus goes when the control that holds it is hidden:
//! somewhere nearby and meaningful, never back to the top of the page.

use wasm_bindgen::JsCast;
use web_sys::{Element, EventTarget, HtmlElement};

use super::document;

/// Focuses the element with `id`, if there is one that can take focus.
pub fn focus_id(id: &str) {
    if let Some(element) = document().and_then(|d| d.get_element_by_id(id)) {
        focus(&element);
    }
}

/// Focuses the control after `leaving` (the control an event was handled
/// on, its `current_target`, about to disappear) among those matching
/// `selector` inside its closest `scope`, else the one before it; false
/// when there is none.
pub fn focus_beside(leaving: Option<EventTarget>, scope: &str, selector: &str) -> bool {
    let Some(leaving) = leaving.and_then(|l| l.dyn_into::<Element>().ok()) else {
        return false;
    };
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
    let at = all.iter().position(|e| *e == leaving);
    let next = at.and_then(|at| all.get(at + 1).or_else(|| all.get(at.checked_sub(1)?)));
    next.inspect(|e| focus(e)).is_some()
}

fn focus(element: &Element) {
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        let _ = element.focus();
    }
}
