use leptos::prelude::*;

use crate::browser::focus::focus_beside;
use crate::domain::comparison::{Side, MAX_SCORE};
use crate::state::{use_app_state, use_score};

/// "I disagree": the user's own score for either framework on one
/// criterion, with ours shown beside it. Changes count at once.
#[component]
pub fn ScoreEditor(
    /// Position of the criterion in the content.
    index: usize,
) -> impl IntoView {
    let state = use_app_state();
    let c = state.comparison();
    let criterion = &c.criteria[index];
    let open = RwSignal::new(false);
    // Changes to other rounds' scores leave this one's controls alone.
    let overridden = Memo::new(move |_| state.overrides.with(|o| o.is_overridden(index)));
    let fields = move || {
        Side::BOTH.map(|side| {
            let ours = criterion.take(side).score;
            let value = use_score(index, side);
            let value = move || value.get();
            let on_change = move |ev: leptos::ev::Event| {
                // A number field can hold anything typed; use only whole 0 to 10,
                // and put back the score that counts when it is anything else.
                let input = event_target::<web_sys::HtmlInputElement>(&ev);
                match input.value().trim().parse::<u8>() {
                    Ok(score) => {
                        let ours = c.score_table();
                        state
                            .overrides
                            .update(|o| o.set(index, side, Some(score.min(MAX_SCORE)), &ours));
                        input.set_value(&value().to_string());
                    }
                    Err(_) => input.set_value(&value().to_string()),
                }
            };
            view! {
                <label class=format!("score-field side-{}", side.index())>
                    <span>
                        "Your score for " {c.framework(side).name}
                        <span class="sr-only">" on " {criterion.name}</span>
                    </span>
                    <input
                        type="number"
                        min="0"
                        max=MAX_SCORE.to_string()
                        step="1"
                        inputmode="numeric"
                        prop:value=move || value().to_string()
                        on:change=on_change
                    />
                    <span class="ours">"ours: " {ours}</span>
                </label>
            }
        })
    };
    view! {
        <div class="score-editor">
            <div class="editor-actions">
                <button
                    type="button"
                    class="disagree"
                    aria-expanded=move || open.get().to_string()
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    "I disagree"
                    <span class="sr-only">" with the scores for " {criterion.name}</span>
                </button>
                {move || {
                    overridden.get().then(|| {
                        view! {
                            <span class="your-scores">"Your scores count here"</span>
                            <button
                                type="button"
                                class="use-ours"
                                on:click=move |ev| {
                                    // The button goes with the override: focus back to "I disagree".
                                    focus_beside(ev.current_target(), ".editor-actions", "button");
                                    state.overrides.update(|o| o.clear(index));
                                }
                            >
                                "Use our scores"
                                <span class="sr-only">" for " {criterion.name}</span>
                            </button>
                        }
                    })
                }}
            </div>
            {move || open.get().then(|| view! { <div class="score-fields">{fields()}</div> })}
        </div>
    }
}
