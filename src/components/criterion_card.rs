use leptos::prelude::*;

use super::live::{Prerendered, Slot};
use crate::content::GUIDE;
use crate::domain::comparison::{Side, Strength};
use crate::domain::render_plan::Part;
use crate::state::use_app_state;

/// One round of the comparison, prerendered and never rebuilt: both
/// frameworks' takes, the article's verdict, our scores and their reasons,
/// a link to the article's section, and slots for the live scores, score
/// editor and priority slider.
#[component]
pub fn CriterionCard(
    /// Position of the criterion in the content.
    index: usize,
) -> impl IntoView {
    let state = use_app_state();
    let c = state.comparison();
    let criterion = &c.criteria[index];
    let verdict = &criterion.verdict;
    let winner = c.framework(verdict.winner);
    let title_id = format!("round-{}", criterion.id);
    let takes = Side::BOTH.map(|side| {
        let take = criterion.take(side);
        view! {
            <div class=format!("take side-{}", side.index()) class:won=side == verdict.winner>
                <Prerendered live=Slot::TakeHead(index, side) />
                <p class="offers">{take.offers.text()}</p>
                <p class="reason">
                    <span class="label">"Why " {take.score} ": "</span>
                    {take.reason.text()}
                </p>
            </div>
        }
    });
    let related_points = GUIDE.related(criterion.id);
    let has_related = !related_points.is_empty();
    let related = related_points
        .into_iter()
        .map(|(side, pro, point)| {
            let kind = if pro { "Pro" } else { "Con" };
            view! {
                <li class=format!("side-{}", side.index())>
                    <span class="sign" aria-hidden="true">{if pro { "+" } else { "−" }}</span>
                    <span class="sr-only">{format!("{kind} of ")}</span>
                    <span class="name">{c.framework(side).name}</span>
                    ": " {point.title.text()}
                </li>
            }
        })
        .collect_view();
    view! {
        <article
            class="card"
            id=format!("card-{}", criterion.id)
            aria-labelledby=title_id.clone()
            data-round=index
        >
            <header class="card-head">
                <span class="round-number" aria-hidden="true">{index + 1}</span>
                <h3 id=title_id.clone()>{criterion.name}</h3>
                <p class=format!("verdict-badge side-{}", verdict.winner.index())>
                    <span class="sr-only">"The article's verdict: "</span>
                    {winner.name} " " {verdict.wording}
                    <StrengthPips strength=verdict.strength />
                </p>
            </header>
            <div class="takes">{takes}</div>
            <p class="verdict-summary">
                {verdict.summary.text()} " "
                <a href=c.source.section_url(criterion.anchor) target="_blank" rel="noopener">
                    <span class="sr-only">
                        "Read this round in the article: " {criterion.name} " (opens in a new tab)"
                    </span>
                    <span aria-hidden="true">"Read this round in the article"</span>
                </a>
            </p>
            {has_related.then(|| view! {
                <div class="related">
                    <h4>"In the pros and cons"</h4>
                    <ul>{related}</ul>
                </div>
            })}
            <Prerendered live=Slot::Part(Part::Card(index)) />
        </article>
    }
}

/// How firmly we read the article's verdict (our scale, which sets the gap
/// between the scores), as one to three filled pips.
#[component]
fn StrengthPips(strength: Strength) -> impl IntoView {
    let filled = match strength {
        Strength::Edge => 1,
        Strength::Win => 2,
        Strength::Clear => 3,
    };
    let pips = (1..=3)
        .map(|i| view! { <span class="pip" class:on=i <= filled></span> })
        .collect_view();
    let ours = format!("Our reading: {}, {filled} of 3", strength.label());
    view! {
        <span class="pips" aria-hidden="true" title=ours.clone()>
            {pips}
        </span>
        <span class="sr-only">{format!(" ({ours})")}</span>
    }
}
