use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::clipboard;
use crate::state::use_app_state;

/// How long "Link copied" stays up.
const CONFIRMATION: Duration = Duration::from_secs(4);

/// "Copy link" (and the system share sheet where there is one). Where the
/// clipboard is refused, the link appears in a field to copy by hand.
#[component]
pub fn ShareBar() -> impl IntoView {
    let state = use_app_state();
    let copied = RwSignal::new(false);
    let manual_link = RwSignal::new(None::<String>);
    let manual_input = NodeRef::<leptos::html::Input>::new();
    let copy = move |_| {
        let url = state.share_url();
        spawn_local(async move {
            if clipboard::copy_text(&url).await {
                manual_link.set(None);
                copied.set(true);
                set_timeout(move || copied.set(false), CONFIRMATION);
            } else {
                copied.set(false);
                manual_link.set(Some(url));
                // Hand the link over ready to copy.
                request_animation_frame(move || {
                    if let Some(input) = manual_input.get_untracked() {
                        let _ = input.focus();
                        input.select();
                    }
                });
            }
        });
    };
    let [first, second] = &state.comparison().frameworks;
    let title = format!("{} or {}? My priorities", first.name, second.name);
    let share = move |_| {
        let (url, title) = (state.share_url(), title.clone());
        spawn_local(async move {
            clipboard::share(&title, &url).await;
        });
    };
    let select_all =
        |ev: leptos::ev::FocusEvent| event_target::<web_sys::HtmlInputElement>(&ev).select();
    view! {
        <div class="share">
            <div class="share-actions">
                <button type="button" class="primary" on:click=copy>
                    "Copy link"
                </button>
                {clipboard::can_share()
                    .then(|| view! { <button type="button" on:click=share>"Share…"</button> })}
            </div>
            <p class="share-feedback" aria-live="polite">
                {move || copied.get().then_some("Link copied")}
            </p>
            {move || {
                manual_link
                    .get()
                    .map(|url| {
                        view! {
                            <label class="manual-link">
                                "The clipboard is not available here. Copy this link:"
                                <input
                                    type="text"
                                    readonly
                                    node_ref=manual_input
                                    prop:value=url
                                    on:focus=select_all
                                />
                            </label>
                        }
                    })
            }}
        </div>
    }
}
