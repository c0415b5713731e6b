use leptos::prelude::*;

use super::criterion_card::CriterionCard;
use super::live::{Prerendered, Slot};
use crate::domain::render_plan::Part;
use crate::state::use_app_state;

/// The rounds as cards, in the article's order; the card tools (a live
/// part) reorder and filter them in the browser.
#[component]
pub fn CriteriaSection() -> impl IntoView {
    let c = use_app_state().comparison();
    let cards = (0..c.criteria.len())
        .map(|index| view! { <CriterionCard index /> })
        .collect_view();
    view! {
        <section id="criteria" class="criteria" aria-labelledby="criteria-title">
            <div class="section-head">
                <h2 id="criteria-title">{format!("The {} rounds", c.criteria.len())}</h2>
                <p class="hint">
                    "Each slider sets how much a criterion counts: 0 ignores it, 10 makes it critical. "
                    <span class="needs-js">"Disagree with a score? Change it on the card. "</span>
                    "Each verdict is in the article's words; the dots beside it are our reading of how firmly it decides, one to three."
                </p>
                <Prerendered live=Slot::Part(Part::CardTools) />
            </div>
            <div class="cards">{cards}</div>
        </section>
    }
}
