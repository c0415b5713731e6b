use leptos::prelude::*;

use crate::state::use_app_state;

/// A link to one section of the source article, in a new tab, saying so to
/// screen readers.
#[component]
pub fn ArticleLink(
    /// The section's anchor on the article's page.
    anchor: &'static str,
    text: String,
) -> impl IntoView {
    let source = &use_app_state().comparison().source;
    view! {
        <a href=source.section_url(anchor) target="_blank" rel="noopener">
            {text}
            <span class="sr-only">" (opens in a new tab)"</span>
        </a>
    }
}
