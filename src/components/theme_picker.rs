use leptos::prelude::*;

use crate::browser::theme;
use crate::domain::theme::Theme;

/// Auto (the system's setting), Light or Dark; remembered in this browser.
/// Storage that refuses is already reported at start: the choice then
/// lasts until the page is closed.
#[component]
pub fn ThemePicker() -> impl IntoView {
    let saved = theme::saved();
    let options = Theme::ALL
        .into_iter()
        .map(|option| {
            view! {
                <label class="theme-option">
                    <input
                        type="radio"
                        name="theme"
                        value=option.as_str()
                        // Markup, also for the prerendered first screen; from
                        // then on the radio group keeps its own state.
                        checked=saved == option
                        on:change=move |_| {
                            theme::apply_and_save(option);
                        }
                    />
                    <span>{option.label()}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="theme-picker">
            <legend>"Theme"</legend>
            {options}
        </fieldset>
    }
}
