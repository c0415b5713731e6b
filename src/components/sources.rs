use leptos::prelude::*;

use crate::state::use_app_state;

/// Where the content comes from, and which parts are the article's opinion
/// and which are this tool's.
#[component]
pub fn Sources() -> impl IntoView {
    let c = use_app_state().comparison();
    view! {
        <footer id="sources" class="footer" aria-labelledby="sources-title">
            <h2 id="sources-title">"Sources and method"</h2>
            <p>
                "Source: " <a href=c.source.url() rel="noopener">{c.source.title}</a>
                ", " {c.source.publisher} " blog, published " <time datetime=c.source.published>{c.source.published}</time>
                ". " <span class="url">{c.source.url()}</span>
            </p>
            <dl class="method">
                <dt>"The article's"</dt>
                <dd>
                    {format!("The {} rounds", c.criteria.len())} " and who wins each, how strongly it says so, the pros and cons, the “when to choose” lists, the FAQ answers and the figures (survey ranks and GitHub stars as of the publication date). "
                    "Every text on this page is our own summary; each card and section links to the article's words."
                </dd>
                <dt>"This tool's"</dt>
                <dd>
                    "The 0 to 10 scores and their reasons (set so that the article's winner scores higher, by more when it is firmer), "
                    "the profiles, the questions, your weights and the recommendation computed from them. None of it is the article's advice."
                </dd>
            </dl>
        </footer>
    }
}
