use leptos::prelude::*;

use crate::browser::focus::focus_beside;
use crate::browser::prerendered;
use crate::domain::card_order::{card_order, showing_line, CardFilter, CardOrder};
use crate::domain::comparison::Side;
use crate::domain::overrides::Overrides;
use crate::state::use_app_state;

/// How the prerendered cards are ordered and which are shown: the user
/// picks, the cards (the page's own nodes) are moved or hidden.
#[component]
pub fn CardTools() -> impl IntoView {
    let state = use_app_state();
    let c = state.comparison();
    let order = RwSignal::new(CardOrder::Article);
    let filter = RwSignal::new(CardFilter::All);
    // The cards the chosen order and filter give now. It follows the sliders
    // or the scores only when the order depends on them.
    let wanted = Memo::new(move |_| {
        let (order, filter) = (order.get(), filter.get());
        let weights = match order {
            CardOrder::Priority => state.priorities.with(|p| p.weights().to_vec()),
            _ => state.priorities.with_untracked(|p| p.weights().to_vec()),
        };
        let scores = match order {
            CardOrder::Difference => state.scores.get(),
            _ => state.scores.get_untracked(),
        };
        card_order(c, &scores, &weights, order, filter)
    });
    // Shown as sorted when the user asks, not on every slider move: a card
    // never jumps away from under the pointer. "Sort again" catches up.
    let shown = RwSignal::new(wanted.get_untracked());
    let rearrange = move || shown.set(wanted.get_untracked());
    let stale = Memo::new(move |_| wanted.with(|wanted| shown.with(|shown| wanted != shown)));
    Effect::new(move || {
        shown.with(|shown| {
            let ids: Vec<&str> = shown.iter().map(|&i| c.criteria[i].id).collect();
            prerendered::arrange(&ids);
        });
    });
    let orders = CardOrder::ALL
        .into_iter()
        .map(|o| view! { <option value=o.id() selected=move || order.get() == o>{o.label()}</option> })
        .collect_view();
    let tally = c.tally();
    let filters = Side::BOTH
        .into_iter()
        .map(|side| {
            let name = c.framework(side).name;
            view! {
                <option value=c.framework(side).id>
                    {format!("Rounds {name} wins ({})", tally[side.index()])}
                </option>
            }
        })
        .collect_view();
    let on_order = move |ev: leptos::ev::Event| {
        order.set(CardOrder::from_id(&event_target_value(&ev)).unwrap_or_default());
        rearrange();
    };
    let on_filter = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let side = Side::BOTH
            .into_iter()
            .find(|&side| c.framework(side).id == value);
        filter.set(side.map_or(CardFilter::All, CardFilter::WonBy));
        rearrange();
    };
    // Both buttons hide themselves once used: focus moves to the control
    // beside them rather than back to the top of the page.
    let step_aside = |ev: leptos::ev::MouseEvent| {
        focus_beside(
            ev.current_target(),
            ".card-tools",
            "select, button:not([hidden])",
        );
    };
    let count = move || {
        let sorted = order.get() != CardOrder::Article;
        shown.with(|shown| {
            let leading = shown
                .first()
                .filter(|_| sorted)
                .map(|&i| c.criteria[i].name);
            showing_line(shown.len(), c.criteria.len(), leading)
        })
    };
    view! {
        <div class="card-tools">
            <label>
                "Order "
                <select on:change=on_order>{orders}</select>
            </label>
            <label>
                "Show "
                <select on:change=on_filter>
                    <option value="all">"All rounds"</option>
                    {filters}
                </select>
            </label>
            <p class="card-count" role="status">{count}</p>
            // Hidden rather than in a `Show`: less code for one button.
            <button
                type="button"
                class="resort"
                hidden=move || !stale.get()
                on:click=move |ev| {
                    step_aside(ev);
                    rearrange();
                }
            >
                "Sort again by your new priorities"
            </button>
            <button
                type="button"
                class="use-ours-all"
                hidden=move || state.overrides.with(Overrides::is_empty)
                on:click=move |ev| {
                    step_aside(ev);
                    state.reset_scores();
                }
            >
                "Use our scores everywhere"
            </button>
        </div>
    }
}
