use leptos::prelude::*;

use super::article_link::ArticleLink;
use crate::content::GUIDE;
use crate::domain::comparison::Side;
use crate::state::use_app_state;

/// Who made each framework, when, its philosophy and the article's figures,
/// each with the date it is from.
#[component]
pub fn Overview() -> impl IntoView {
    let c = use_app_state().comparison();
    let columns = Side::BOTH.map(|side| {
        let framework = c.framework(side);
        let guide = &GUIDE.frameworks[side.index()];
        let figures = guide
            .figures
            .iter()
            .map(|figure| {
                view! {
                    <div class="figure">
                        <dt>{figure.label.text()}</dt>
                        <dd>{figure.value.text()} <span class="as-of">" (" {figure.as_of.text()} ")"</span></dd>
                    </div>
                }
            })
            .collect_view();
        let anchor = GUIDE.anchors.overview[side.index()];
        view! {
            <div class=format!("overview-card side-{}", side.index())>
                <h3 class="name">{framework.name}</h3>
                <p class="tagline">{framework.tagline.text()}</p>
                <dl class="figures">
                    <div class="figure">
                        <dt>"Created"</dt>
                        <dd>{guide.created} " by " {guide.creators.text()}</dd>
                    </div>
                    {figures}
                </dl>
                <p>{guide.summary.text()}</p>
                <ArticleLink anchor text=format!("What is {}? in the article", framework.name) />
            </div>
        }
    });
    view! {
        <section id="overview" class="guide-section" aria-labelledby="overview-title">
            <h2 id="overview-title">"The two frameworks at a glance"</h2>
            <div class="two-sides">{columns}</div>
        </section>
    }
}
