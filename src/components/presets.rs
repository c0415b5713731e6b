use leptos::prelude::*;

use crate::state::use_app_state;

/// One-click profiles that set every slider; the one the sliders match is
/// shown as active, and "Custom" once the user moves a slider.
#[component]
pub fn PresetPicker() -> impl IntoView {
    let state = use_app_state();
    let c = state.comparison();
    let active = state.active_preset;
    let buttons = c
        .presets
        .iter()
        .enumerate()
        .map(|(i, preset)| {
            view! {
                <button
                    type="button"
                    class=format!("chip side-{}", preset.leans.index())
                    aria-pressed=move || (active.get() == Some(i)).to_string()
                    on:click=move |_| state.apply_preset(preset)
                >
                    {preset.name}
                </button>
            }
        })
        .collect_view();
    let described = move || match active.get().map(|i| &c.presets[i]) {
        Some(preset) => format!(
            "Profile: {}. {} (The article points such projects to {}.)",
            preset.name,
            preset.why,
            c.framework(preset.leans).name
        ),
        None => "Custom priorities: no profile matches your sliders.".to_owned(),
    };
    view! {
        <section id="profiles" class="profiles" aria-labelledby="profiles-title">
            <h2 id="profiles-title">"Start from a profile"</h2>
            <p class="hint">"Each profile sets every slider; fine-tune from there."</p>
            <div class="chips" role="group" aria-label="Profiles">
                {buttons}
            </div>
            <p class="profile-status" aria-live="polite">{described}</p>
        </section>
    }
}
