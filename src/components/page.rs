//! The page as the build prerenders it, once: the prose in full, and a slot
//! for each live part, holding what a first visit sees (see `live`).

use leptos::prelude::*;

use super::app::LOADING;
use super::criteria_section::CriteriaSection;
use super::faq::Faq;
use super::live::{Prerendered, Slot};
use super::overview::Overview;
use super::pros_cons::ProsCons;
use super::recommendation::RESULT_HEADING;
use super::sources::Sources;
use crate::domain::render_plan::{Part, RESULT_PANEL};
use crate::state::use_app_state;

#[component]
pub fn Page() -> impl IntoView {
    let c = use_app_state().comparison();
    let [first, second] = &c.frameworks;
    let rounds = c.criteria.len();
    view! {
        <div class="page" style:--hue-0=first.hue.to_string() style:--hue-1=second.hue.to_string()>
            <a class="skip-link" href="#criteria">"Skip to the criteria"</a>
            <header class="masthead">
                <div class="masthead-top">
                    <p class="eyebrow">"Python web framework face-off"</p>
                    <Prerendered live=Slot::Part(Part::ThemePicker) />
                </div>
                <h1>
                    <span class="side-0 name">{first.name}</span>
                    " or "
                    <span class="side-1 name">{second.name}</span>
                    "?"
                </h1>
                <p class="intro">
                    {format!("Say how much each of the {rounds} criteria matters to your project and see which framework fits, by how much and why. ")}
                    "Content: our own summary of "
                    <a href=c.source.url() rel="noopener">{c.source.title}</a>
                    " (" {c.source.publisher} ", " {c.source.published}
                    "). The verdicts are the article's; the 0 to 10 scores are ours and follow them."
                </p>
                <nav class="jump" aria-label="On this page">
                    <a href="#profiles">"Profiles"</a>
                    <a href="#fit">"Fit check"</a>
                    <a href="#criteria">{format!("The {rounds} rounds")}</a>
                    <a href="#pros-cons">"Pros and cons"</a>
                    <a href="#overview">"At a glance"</a>
                    <a href="#faq">"FAQ"</a>
                    <a href="#sources">"Sources"</a>
                </nav>
            </header>
            <main>
                <Prerendered live=Slot::Part(Part::Notices) />
                <Prerendered live=Slot::Part(Part::SharedBanner) />
                <div class="layout">
                    <p id=LOADING class="boot-note">"Loading the comparison…"</p>
                    // The panel stays; only its content is live. The panel is a
                    // scroll container on wide screens, and WebKit took up to
                    // 200 ms to remove one there.
                    <section class="result-panel" aria-labelledby=RESULT_HEADING>
                        {RESULT_PANEL.map(|part| view! { <Prerendered live=Slot::Part(part) /> })}
                    </section>
                    <div class="main-column">
                        <Prerendered live=Slot::Part(Part::Team) />
                        <Prerendered live=Slot::Part(Part::Tools) />
                        <CriteriaSection />
                        <ProsCons />
                        <Overview />
                        <Faq />
                    </div>
                </div>
            </main>
            <Prerendered live=Slot::Part(Part::ResultBar) />
            <Sources />
        </div>
    }
}
