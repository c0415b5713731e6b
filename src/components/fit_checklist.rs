use leptos::prelude::*;

use super::article_link::ArticleLink;
use crate::content::GUIDE;
use crate::domain::comparison::Side;
use crate::domain::guide::{ticked_counts, ticked_summary};
use crate::state::use_app_state;

/// The article's "when to choose" lists as checkboxes: ticking shows which
/// side the project matches, and offers the matching profiles.
#[component]
pub fn FitChecklist() -> impl IntoView {
    let state = use_app_state();
    let c = state.comparison();
    let ticked = RwSignal::new(
        Side::BOTH.map(|side| vec![false; GUIDE.frameworks[side.index()].fits.len()]),
    );
    let columns = Side::BOTH.map(|side| {
        let framework = c.framework(side);
        let anchor = GUIDE.anchors.when_to_choose[side.index()];
        let items = GUIDE.frameworks[side.index()]
            .fits
            .iter()
            .enumerate()
            .map(|(i, fit)| {
                view! {
                    <li>
                        <label class="option">
                            // The box keeps its own state; `ticked` follows it.
                            <input
                                type="checkbox"
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    ticked.update(|t| t[side.index()][i] = on);
                                }
                            />
                            {fit.text}
                        </label>
                    </li>
                }
            })
            .collect_view();
        view! {
            <fieldset class=format!("fit side-{}", side.index())>
                <legend class="name">{format!("Choose {} for", framework.name)}</legend>
                <ul>{items}</ul>
                <ArticleLink anchor text=format!("When to choose {} in the article", framework.name) />
            </fieldset>
        }
    });
    let names = c.frameworks.each_ref().map(|f| f.name);
    let summary = move || ticked.with(|t| ticked_summary(ticked_counts(t), names));
    // The profiles behind the ticked items, each once, in list order.
    let matching = move || {
        let mut ids: Vec<&'static str> = Vec::new();
        ticked.with(|t| {
            for side in Side::BOTH {
                let fits = GUIDE.frameworks[side.index()].fits;
                for (fit, _) in fits.iter().zip(&t[side.index()]).filter(|(_, on)| **on) {
                    if let Some(id) = fit.preset.filter(|id| !ids.contains(id)) {
                        ids.push(id);
                    }
                }
            }
        });
        ids.into_iter()
            .filter_map(|id| c.presets.iter().find(|p| p.id == id))
            .map(|preset| {
                view! {
                    <button
                        type="button"
                        class=format!("chip side-{}", preset.leans.index())
                        on:click=move |_| state.apply_preset(preset)
                    >
                        {format!("Use the “{}” profile", preset.name)}
                    </button>
                }
            })
            .collect_view()
    };
    view! {
        <section id="fit" class="fit-check" aria-labelledby="fit-title">
            <h2 id="fit-title">"Which one fits your project?"</h2>
            <p class="hint">
                "The article's “when to choose” lists. "
                <span class="needs-js">"Tick what describes your project."</span>
            </p>
            <div class="two-sides">{columns}</div>
            <p class="fit-summary" role="status">{summary}</p>
            <div class="chips">{matching}</div>
        </section>
    }
}
