use leptos::prelude::*;

use super::article_link::ArticleLink;
use crate::content::GUIDE;
use crate::domain::comparison::Side;
use crate::domain::guide::Point;
use crate::state::use_app_state;

/// Every pro and con the article lists, tagged with the round it is about;
/// those of the round under the pointer or focus are highlighted.
#[component]
pub fn ProsCons() -> impl IntoView {
    let c = use_app_state().comparison();
    let columns = Side::BOTH.map(|side| {
        let framework = c.framework(side);
        let guide = &GUIDE.frameworks[side.index()];
        let anchor = GUIDE.anchors.pros_and_cons[side.index()];
        view! {
            <div class=format!("pros-cons side-{}", side.index())>
                <h3 class="name">{framework.name}</h3>
                <h4>{format!("Pros ({})", guide.pros.len())}</h4>
                <PointList points=guide.pros pro=true />
                <h4>{format!("Cons ({})", guide.cons.len())}</h4>
                <PointList points=guide.cons pro=false />
                <ArticleLink anchor text=format!("{}'s pros and cons in the article", framework.name) />
            </div>
        }
    });
    view! {
        <section id="pros-cons" class="guide-section" aria-labelledby="pros-cons-title">
            <h2 id="pros-cons-title">"Pros and cons"</h2>
            <p class="hint">
                "Each item names the round it is about. "
                <span class="needs-js">"Point at or tab into a round's card to highlight its items here."</span>
            </p>
            <div class="two-sides">{columns}</div>
        </section>
    }
}

#[component]
fn PointList(points: &'static [Point], pro: bool) -> impl IntoView {
    let c = use_app_state().comparison();
    let items = points
        .iter()
        .map(|point| {
            let round = point
                .criterion
                .and_then(|id| c.criteria.iter().position(|x| x.id == id));
            let tag = round.map(|i| {
                let criterion = &c.criteria[i];
                view! {
                    <a class="round-tag" href=format!("#card-{}", criterion.id)>
                        <span class="sr-only">"Round: "</span>
                        {criterion.name}
                    </a>
                }
            });
            view! {
                // The app highlights it while its round's card has the pointer or focus.
                <li data-round=round>
                    <span class="sign" aria-hidden="true">{if pro { "+" } else { "−" }}</span>
                    <div>
                        <strong>{point.title.text()}</strong> " " {point.detail.text()} " " {tag}
                    </div>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="points">{items}</ul> }
}
