use leptos::prelude::*;

use super::criterion_card::CriterionCard;
use super::notices::NoticeArea;
use super::presets::PresetPicker;
use super::questionnaire::Questionnaire;
use super::recommendation::{Recommendation, ResultBar};
use super::shared_banner::SharedBanner;
use crate::state::provide_app_state;

#[component]
pub fn App() -> impl IntoView {
    let state = provide_app_state();
    let c = state.comparison();
    let [first, second] = &c.frameworks;
    let cards = (0..c.criteria.len())
        .map(|index| view! { <CriterionCard index /> })
        .collect_view();
    view! {
        <div class="page" style:--hue-0=first.hue.to_string() style:--hue-1=second.hue.to_string()>
            <a class="skip-link" href="#criteria">"Skip to the criteria"</a>
            <header class="masthead">
                <p class="eyebrow">"Python web framework face-off"</p>
                <h1>
                    <span class="side-0 name">{first.name}</span>
                    " or "
                    <span class="side-1 name">{second.name}</span>
                    "?"
                </h1>
                <p class="intro">
                    "Say how much each of the 13 criteria matters to your project and see which framework fits, by how much and why. "
                    "Content: our own summary of "
                    <a href=c.source.url rel="noopener">{c.source.title}</a>
                    " (Host IT Smart, " {c.source.published}
                    "). The verdicts are the article's; the 0 to 10 scores are ours and follow them."
                </p>
            </header>
            <main>
                <NoticeArea />
                <SharedBanner />
                <div class="layout">
                <Recommendation />
                <div class="main-column">
                <PresetPicker />
                <Questionnaire />
                <section id="criteria" class="criteria" aria-labelledby="criteria-title">
                    <div class="section-head">
                        <h2 id="criteria-title">"The 13 rounds"</h2>
                        <p class="hint">
                            "Each slider sets how much a criterion counts: 0 ignores it, 10 makes it critical. "
                            "Disagree with a score? Change it on the card."
                        </p>
                        <Show when=move || state.overrides.with(|o| !o.is_empty())>
                            <button type="button" class="use-ours-all" on:click=move |_| state.reset_scores()>
                                "Use our scores everywhere"
                            </button>
                        </Show>
                    </div>
                    <div class="cards">{cards}</div>
                </section>
                </div>
                </div>
            </main>
            <ResultBar />
            <footer class="footer">
                <p>
                    "Source: " <a href=c.source.url rel="noopener">{c.source.title}</a>
                    ", " {c.source.published}
                    ". Figures such as star counts are as of that date. Verdicts are the article's opinion; scores and recommendation are this tool's."
                </p>
            </footer>
        </div>
    }
}
