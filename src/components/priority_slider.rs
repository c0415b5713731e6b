use leptos::prelude::*;

use crate::domain::explain::flip_note;
use crate::domain::priorities::{weight_in_words, MAX_WEIGHT};
use crate::state::{use_app_state, use_flip, use_priority};

/// The priority of one criterion: a native range input, 0 to 10.
#[component]
pub fn PrioritySlider(
    /// Position of the criterion in the content.
    index: usize,
) -> impl IntoView {
    let state = use_app_state();
    let criterion = &state.comparison().criteria[index];
    let (id, name) = (criterion.id, criterion.name);
    let (weight, set_weight) = use_priority(index);
    let input_id = format!("priority-{id}");
    let note_id = format!("flip-{id}");
    let flip = use_flip(index);
    // The flip point's place on the track, in thousandths of the thumb's
    // travel: a memo, so the mark is touched only when it moves.
    let mark = Memo::new(move |_| {
        flip.with(|f| f.crossing)
            .map(|x| (x / f64::from(MAX_WEIGHT) * 1000.0).round() as u32)
    });
    let on_input = move |ev: leptos::ev::Event| {
        // A range input only ever reports an integer in range, but the DOM
        // is outside our control: ignore anything that does not parse.
        if let Ok(value) = event_target_value(&ev).parse::<u8>() {
            set_weight(value);
        }
    };
    view! {
        <div class="priority">
            <label for=input_id.clone()>
                // One accessible name, "Priority: <criterion>"; the card's heading
                // already shows the criterion to sighted users.
                <span class="sr-only">"Priority: " {name}</span>
                <span aria-hidden="true">"Priority"</span>
            </label>
            <div class="track">
            <input
                id=input_id.clone()
                aria-describedby=note_id.clone()
                type="range"
                min="0"
                max=MAX_WEIGHT.to_string()
                step="1"
                prop:value=move || weight.get().to_string()
                style:--fill=move || format!("{}%", u32::from(weight.get()) * 100 / u32::from(MAX_WEIGHT))
                aria-valuetext=move || format!("{}, {}", weight.get(), weight_in_words(weight.get()))
                on:input=on_input
            />
            // Always there, hidden when no value flips the result: moving a
            // slider then updates 13 styles instead of rebuilding 13 elements.
            <span
                class="flip-mark"
                aria-hidden="true"
                hidden=move || mark.get().is_none()
                style:left=move || {
                    let permille = mark.get().unwrap_or_default();
                    format!("calc(12px + (100% - 24px) * {permille} / 1000)")
                }
            ></span>
            </div>
            <output for=input_id.clone() class="priority-value" aria-hidden="true">
                <span class="number">{move || weight.get()}</span>
                <span class="words">{move || weight_in_words(weight.get())}</span>
            </output>
            <p id=note_id class="flip-note">
                {move || flip.with(|f| flip_note(state.comparison(), f))}
            </p>
        </div>
    }
}
