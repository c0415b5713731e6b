use leptos::prelude::*;

use super::copy_button::CopyButton;
use crate::browser::export;
use crate::domain::record::{self, RecordInput};
use crate::state::use_app_state;

/// Keep a record of the decision: as Markdown (copied or downloaded) or printed.
#[component]
pub fn RecordBar() -> impl IntoView {
    let state = use_app_state();
    let c = state.comparison();
    let markdown = move || {
        let profile = state
            .active_preset
            .get_untracked()
            .map(|i| c.presets[i].name);
        let overrides = state.overrides.get_untracked();
        state.priorities.with_untracked(|p| {
            record::markdown(&RecordInput {
                comparison: c,
                priorities: p,
                overrides: &overrides,
                date: &export::today(),
                link: &state.share_url(),
                profile,
            })
        })
    };
    let download = move |_| {
        let today = export::today();
        export::download(&record::file_name(c, &today), &markdown());
    };
    view! {
        <section class="record" aria-labelledby="record-title">
            <h3 id="record-title">"Decision record"</h3>
            <div class="record-actions">
                <CopyButton
                    label="Copy as Markdown"
                    done="Record copied"
                    by_hand="The clipboard is not available here. Copy this record:"
                    multiline=true
                    text=Box::new(markdown)
                />
                <button type="button" on:click=download>"Download .md"</button>
                <button type="button" on:click=|_| export::print()>"Print"</button>
            </div>
        </section>
    }
}
