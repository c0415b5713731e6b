use leptos::prelude::*;

use super::fill_bar::FillBar;
use super::record_bar::RecordBar;
use super::share_bar::ShareBar;
use super::team_view::TEAM_HEADING;
use crate::browser::focus::focus_id;
use crate::domain::comparison::Side;
use crate::domain::explain::{
    headline, margin_line, points, reason, short_headline, stability_line,
};
use crate::domain::scoring::Call;
use crate::state::use_app_state;

/// The result's heading: where focus goes when a notice or the shared-link
/// banner that held it is dismissed.
pub const RESULT_HEADING: &str = "result-title";

/// A compact copy of the result pinned to the bottom of narrow screens, so
/// the effect of a slider far down the page stays in view. Hidden from
/// assistive technology: the status region already announces the result.
#[component]
pub fn ResultBar() -> impl IntoView {
    let state = use_app_state();
    let c = state.comparison();
    let outcome = state.outcome;
    let totals = Side::BOTH.map(|side| {
        view! {
            <span class=format!("side-{}", side.index())>
                <span class="name">{c.framework(side).name}</span>
                " "
                {move || outcome.with(|o| o.totals().map_or_else(|| "–".to_owned(), |t| points(t[side.index()])))}
            </span>
        }
    });
    view! {
        <div class="result-bar" aria-hidden="true">
            <span class="bar-totals">{totals}</span>
            <span class="bar-headline">{move || outcome.with(|o| short_headline(c, o))}</span>
        </div>
    }
}

/// The headline result: who fits the user's priorities, both totals, the
/// margin and why. Announced to assistive technology as it changes. It opens
/// the page's result panel (`page::Page`), above the chart and the actions.
#[component]
pub fn Recommendation() -> impl IntoView {
    let state = use_app_state();
    let c = state.comparison();
    let outcome = state.outcome;
    let flips = state.flips;
    let stability =
        move || flips.with(|f| outcome.with(|o| stability_line(c, o, f.smallest.as_ref())));
    let tone = move || match outcome.with(|o| o.call()) {
        Call::Leads { side, .. } => format!("result leads side-{}", side.index()),
        Call::CloseCall { .. } => "result close".to_owned(),
        Call::NoPriorities => "result empty".to_owned(),
    };
    let totals = Side::BOTH.map(|side| {
        let total = move || outcome.with(|o| o.totals().map(|t| t[side.index()]));
        view! {
            <div class=format!("total side-{}", side.index())>
                <span class="name">{c.framework(side).name}</span>
                <FillBar
                    class="meter"
                    percent=move || (total().unwrap_or(0.0) * 10.0).round() as u32
                />
                <span class="value">
                    {move || total().map_or_else(|| "–".to_owned(), points)}
                    <span class="out-of">" / 10"</span>
                </span>
            </div>
        }
    });
    view! {
        <div class=tone>
            <h2 id=RESULT_HEADING class="eyebrow" tabindex="-1">"Your recommendation"</h2>
            <div role="status" aria-labelledby=RESULT_HEADING class="status">
                <p class="headline">{move || outcome.with(|o| headline(c, o))}</p>
                <div class="totals">{totals}</div>
                <p class="margin">{move || outcome.with(|o| margin_line(c, o))}</p>
                <p class="why">{move || outcome.with(|o| reason(c, o))}</p>
                <p class="stability">{stability}</p>
            </div>
        </div>
    }
}

/// The result panel's tools, below the chart: share, reset, decide as a
/// team, the decision record, and the article's own count of wins.
#[component]
pub fn ResultActions() -> impl IntoView {
    let state = use_app_state();
    let c = state.comparison();
    let tally = c.tally();
    let open_team = move |_| {
        state.start_team();
        // Back to a view already open; one that opens now takes focus itself
        // once its code has arrived.
        request_animation_frame(|| focus_id(TEAM_HEADING));
    };
    view! {
        <div class="panel-actions">
            <ShareBar />
            <button type="button" class="reset" on:click=move |_| state.reset()>
                "Reset priorities"
            </button>
            <button type="button" on:click=open_team>"Decide as a team"</button>
        </div>
        <RecordBar />
        <p class="print-only">
            "Reproduce this result: "
            {move || {
                state.printing.track();
                state.share_url()
            }}
        </p>
        <p class="tally">
            "The article's own count: " {c.frameworks[0].name} " wins " {tally[0]} " rounds, "
            {c.frameworks[1].name} " wins " {tally[1]} "."
        </p>
    }
}
