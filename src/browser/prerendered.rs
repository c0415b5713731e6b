//! The prerendered page's own nodes, which the app keeps and never rebuilds:
//! its slots, its cards (moved or hidden, never recreated) and the pros and
//! cons each card points to. A page whose markup is not what the build
//! wrote (an old copy, an extension's changes) loses a feature, never the app.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement};

use super::document;

/// The class of a slot whose live part is mounted (the stylesheet hides a
/// returning visitor's prerendered copies until then).
const LIVE: &str = "live";
/// Round positions on the cards and on the pros and cons that name them.
const ROUND: &str = "data-round";
const RELATED: &str = "related";

/// The slot with `id`, emptied of its prerendered copy and marked live;
/// None when the page has no such slot.
pub fn take_slot(id: &str) -> Option<HtmlElement> {
    let slot = document()?
        .get_element_by_id(id)?
        .dyn_into::<HtmlElement>()
        .ok()?;
    slot.set_text_content(None);
    // Nothing to undo if it fails: the slot is only shown a frame early.
    let _ = slot.class_list().add_1(LIVE);
    Some(slot)
}

pub fn remove_by_id(id: &str) {
    if let Some(element) = document().and_then(|d| d.get_element_by_id(id)) {
        element.remove();
    }
}

/// Shows the cards whose criterion ids are given, in that order, and hides
/// the rest. Moves nodes only when the order changed.
pub fn arrange(ids_in_order: &[&str]) {
    let Some(document) = document() else { return };
    let cards: Vec<Element> = ids_in_order
        .iter()
        .filter_map(|id| document.get_element_by_id(&format!("card-{id}")))
        .collect();
    let Some(parent) = cards.first().and_then(|card| card.parent_element()) else {
        return;
    };
    let children = parent.children();
    let siblings: Vec<Element> = (0..children.length())
        .filter_map(|i| children.item(i))
        .collect();
    for card in &siblings {
        card.toggle_attribute_with_force("hidden", !cards.contains(card))
            .ok();
    }
    let shown_now: Vec<&Element> = siblings.iter().filter(|c| cards.contains(c)).collect();
    if !shown_now.iter().copied().eq(cards.iter()) {
        for card in &cards {
            // Moves the card to the end: in turn, that puts them in order.
            parent.append_child(card).ok();
        }
    }
}

/// Calls `on_round` with the round whose card has the pointer or focus, and
/// with None when neither is on a card.
pub fn watch_pointer_and_focus(on_round: impl Fn(Option<usize>) + 'static) {
    let Some(cards) = document().and_then(|d| d.query_selector(".cards").ok().flatten()) else {
        return;
    };
    let on_round = std::rc::Rc::new(on_round);
    let enter = {
        let on_round = on_round.clone();
        Closure::<dyn Fn(Event)>::new(move |event: Event| on_round(round_of(&event)))
    };
    let leave = Closure::<dyn Fn(Event)>::new(move |_: Event| on_round(None));
    for (kind, listener) in [
        ("mouseover", &enter),
        ("focusin", &enter),
        ("mouseleave", &leave),
        ("focusout", &leave),
    ] {
        cards
            .add_event_listener_with_callback(kind, listener.as_ref().unchecked_ref())
            .ok();
    }
    // The listeners last as long as the page.
    enter.forget();
    leave.forget();
}

/// The round of the card an event happened in.
fn round_of(event: &Event) -> Option<usize> {
    let target = event.target()?.dyn_into::<Element>().ok()?;
    let card = target.closest(".card").ok()??;
    card.get_attribute(ROUND)?.parse().ok()
}

/// Highlights the pros and cons about `round`, and only those.
pub fn highlight_related(round: Option<usize>) {
    let Some(document) = document() else { return };
    let Ok(points) = document.query_selector_all(&format!("#pros-cons li[{ROUND}]")) else {
        return;
    };
    let round = round.map(|r| r.to_string());
    for point in (0..points.length()).filter_map(|i| points.item(i)) {
        let Ok(point) = point.dyn_into::<Element>() else {
            continue;
        };
        let related = round.is_some() && point.get_attribute(ROUND) == round;
        point.class_list().toggle_with_force(RELATED, related).ok();
    }
}
