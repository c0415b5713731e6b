use leptos::prelude::*;

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
                                <button
                                    type="button"
                                    class="dismiss"
                                    aria-label="Dismiss this notice"
                                    on:click=move |_| notices.dismiss(index)
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
