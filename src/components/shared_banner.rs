use leptos::prelude::*;

use super::recommendation::RESULT_HEADING;
use crate::browser::focus::focus_id;
use crate::state::{use_app_state, AppState};

/// Shown while the page displays priorities from a shared link that differ
/// from the user's own: adopt them, or go back. Always in the page, hidden
/// otherwise: toggling an attribute takes less code than a `Show`.
#[component]
pub fn SharedBanner() -> impl IntoView {
    let state = use_app_state();
    let hidden = move || state.own_set_aside.with(Option::is_none);
    // Either answer hides the banner and the button with it: focus goes to
    // the result it changed.
    let answer = move |choice: fn(&AppState)| {
        move |_| {
            choice(&state);
            focus_id(RESULT_HEADING);
        }
    };
    view! {
        <section class="shared-banner" aria-labelledby="shared-title" hidden=hidden>
            <div>
                <h2 id="shared-title">"You are viewing shared priorities"</h2>
                <p>
                    "They come from the link you opened. Your own saved priorities are untouched until you choose."
                </p>
            </div>
            <div class="banner-actions">
                <button type="button" class="primary" on:click=answer(AppState::keep_shared)>
                    "Keep these"
                </button>
                <button type="button" on:click=answer(AppState::back_to_own)>
                    "Back to mine"
                </button>
            </div>
        </section>
    }
}
