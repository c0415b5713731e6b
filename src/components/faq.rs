use leptos::prelude::*;

use super::article_link::ArticleLink;
use crate::content::GUIDE;

/// The article's eight questions and answers, in our words, each one a
/// native disclosure (keyboard and screen-reader friendly as it is).
#[component]
pub fn Faq() -> impl IntoView {
    let items = GUIDE
        .faq
        .iter()
        .map(|faq| {
            view! {
                <details class="faq-item">
                    <summary>{faq.question.text()}</summary>
                    <p>{faq.answer.text()}</p>
                </details>
            }
        })
        .collect_view();
    view! {
        <section id="faq" class="guide-section" aria-labelledby="faq-title">
            <h2 id="faq-title">"Questions people ask"</h2>
            <div class="faq">{items}</div>
            <ArticleLink anchor=GUIDE.anchors.faq text="The FAQ in the article".to_owned() />
        </section>
    }
}
