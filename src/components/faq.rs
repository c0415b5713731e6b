use leptos::prelude::*;

use crate::content::GUIDE;
use crate::state::use_app_state;

/// The article's eight questions and answers, in our words, each one a
/// native disclosure (keyboard and screen-reader friendly as it is).
#[component]
pub fn Faq() -> impl IntoView {
    let c = use_app_state().comparison();
    let items = GUIDE
        .faq
        .iter()
        .map(|faq| {
            view! {
                <details class="faq-item">
                    <summary>{faq.question}</summary>
                    <p>{faq.answer}</p>
                </details>
            }
        })
        .collect_view();
    view! {
        <section id="faq" class="guide-section" aria-labelledby="faq-title">
            <h2 id="faq-title">"Questions people ask"</h2>
            <div class="faq">{items}</div>
            <a href=c.source.section_url(GUIDE.anchors.faq) target="_blank" rel="noopener">
                "The FAQ in the article"
                <span class="sr-only">" (opens in a new tab)"</span>
            </a>
        </section>
    }
}
