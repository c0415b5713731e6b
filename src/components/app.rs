use leptos::prelude::*;

use super::criteria_section::CriteriaSection;
use super::deferred::{Deferred, RenderStage};
use super::faq::Faq;
use super::fit_checklist::FitChecklist;
use super::notices::NoticeArea;
use super::overview::Overview;
use super::presets::PresetPicker;
use super::pros_cons::ProsCons;
use super::questionnaire::Questionnaire;
use super::recommendation::{Recommendation, ResultBar};
use super::shared_banner::SharedBanner;
use super::sources::Sources;
use super::theme_picker::ThemePicker;
use crate::domain::render_plan::{guide_stage, TOOLS};
use crate::state::{provide_app_state, use_app_state};

/// The app in the browser.
#[component]
pub fn App() -> impl IntoView {
    provide_app_state();
    view! { <Page /> }
}

/// The first screen as a first-time visitor sees it, rendered off the
/// browser (by the build, into index.html): what `Page` shows before its
/// later stages, with the default priorities.
#[cfg(not(target_family = "wasm"))]
pub fn first_visit_html() -> String {
    crate::state::provide_first_visit_state();
    view! { <Page /> }.to_html()
}

#[component]
fn Page() -> impl IntoView {
    let state = use_app_state();
    let c = state.comparison();
    let [first, second] = &c.frameworks;
    let guide = guide_stage(c.criteria.len());
    RenderStage::provide(guide);
    view! {
        <div class="page" style:--hue-0=first.hue.to_string() style:--hue-1=second.hue.to_string()>
            <a class="skip-link" href="#criteria">"Skip to the criteria"</a>
            <header class="masthead">
                <div class="masthead-top">
                    <p class="eyebrow">"Python web framework face-off"</p>
                    <ThemePicker />
                </div>
                <h1>
                    <span class="side-0 name">{first.name}</span>
                    " or "
                    <span class="side-1 name">{second.name}</span>
                    "?"
                </h1>
                <p class="intro">
                    "Say how much each of the 13 criteria matters to your project and see which framework fits, by how much and why. "
                    "Content: our own summary of "
                    <a href=c.source.url() rel="noopener">{c.source.title}</a>
                    " (Host IT Smart, " {c.source.published}
                    "). The verdicts are the article's; the 0 to 10 scores are ours and follow them."
                </p>
                <nav class="jump" aria-label="On this page">
                    <a href="#profiles">"Profiles"</a>
                    <a href="#fit">"Fit check"</a>
                    <a href="#criteria">"The 13 rounds"</a>
                    <a href="#pros-cons">"Pros and cons"</a>
                    <a href="#overview">"At a glance"</a>
                    <a href="#faq">"FAQ"</a>
                    <a href="#sources">"Sources"</a>
                </nav>
            </header>
            <main>
                <NoticeArea />
                <SharedBanner />
                <div class="layout">
                    <Recommendation />
                    <div class="main-column">
                        <Deferred stage=TOOLS>
                            <PresetPicker />
                            <Questionnaire />
                            <FitChecklist />
                            // Renders its cards a few per stage.
                            <CriteriaSection />
                        </Deferred>
                        <Deferred stage=guide>
                            <ProsCons />
                            <Overview />
                            <Faq />
                        </Deferred>
                    </div>
                </div>
            </main>
            <ResultBar />
            <Sources />
        </div>
    }
}
