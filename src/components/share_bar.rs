use leptos::prelude::*;
use leptos::task::spawn_local;

use super::copy_button::CopyButton;
use crate::browser::clipboard;
use crate::state::use_app_state;

/// "Copy link", and the system share sheet where there is one.
#[component]
pub fn ShareBar() -> impl IntoView {
    let state = use_app_state();
    let [first, second] = &state.comparison().frameworks;
    let title = format!("{} or {}? My priorities", first.name, second.name);
    let share = move |_| {
        let (url, title) = (state.share_url(), title.clone());
        spawn_local(async move {
            clipboard::share(&title, &url).await;
        });
    };
    view! {
        <CopyButton
            label="Copy link"
            done="Link copied"
            by_hand="The clipboard is not available here. Copy this link:"
            text=Box::new(move || state.share_url())
            primary=true
        />
        {clipboard::can_share()
            .then(|| view! { <button type="button" on:click=share>"Share…"</button> })}
    }
}
