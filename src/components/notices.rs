use leptos::prelude::*;

use super::recommendation::RESULT_HEADING;
use crate::browser::focus::{focus_beside, focus_id};
use crate::browser::url::reload;
use crate::state::use_app_state;

/// Short messages about things that went partly wrong (a damaged link,
/// storage that can't be written). They never block the page.
#[component]
pub fn NoticeArea() -> impl IntoView {
    let notices = use_app_state().notices;
    view! {
        <div class="notices" aria-live="polite">
            {move || {
                notices
                    .list()
                    .into_iter()
                    .enumerate()
                    .map(|(index, notice)| {
                        view! {
                            <p class="notice" hidden=!notice.shown>
                                <span>{notice.text}</span>
                                {notice.offers_reload.then(|| view! {
                                    <button type="button" class="reload" on:click=|_| reload()>
                                        "Reload the page"
                                    </button>
                                })}
                                <button
                                    type="button"
                                    class="dismiss"
                                    aria-label="Dismiss this notice"
                                    on:click=move |ev| {
                                        notices.dismiss(index);
                                        focus_after_dismissing(ev.current_target());
                                    }
                                >
                                    "×"
                                </button>
                            </p>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}

/// The button that held focus is about to be hidden: focus goes to the next
/// notice, or else the result, not back to the top of the page.
fn focus_after_dismissing(button: Option<web_sys::EventTarget>) {
    if !focus_beside(button, ".notices", ".notice:not([hidden]) .dismiss") {
        focus_id(RESULT_HEADING);
    }
}
