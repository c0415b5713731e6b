use leptos::either::Either;
use leptos::prelude::*;

use super::copy_button::CopyButton;
use crate::browser::export;
use crate::domain::comparison::Side;
use crate::domain::explain::{margin_line_for, points, reason_for, team_headline, Audience};
use crate::domain::team::words::{self, group_flip_line, spread_line, swing_line};
use crate::domain::team::TeamView;
use crate::state::use_app_state;

/// The team's result: its recommendation and why, where the members differ
/// most, who could change it, and the ways to share and record it.
#[component]
pub fn TeamResult(
    /// The members combined.
    view: Memo<Option<TeamView>>,
) -> impl IntoView {
    let state = use_app_state();
    let c = state.comparison();
    let markdown = move || {
        view.with_untracked(|v| {
            v.as_ref()
                .map(|v| words::markdown(c, v, &export::today(), &state.team_url()))
                .unwrap_or_default()
        })
    };
    let download = move |_| {
        export::download(&words::file_name(c, &export::today()), &markdown());
    };
    let body = move || view.with(|v| v.as_ref().map(|v| summary(state.comparison(), v)));
    // An empty team has nothing to share or record: it is told how to begin.
    let has_members = Memo::new(move |_| view.with(Option::is_some));
    let actions = move || {
        if !has_members.get() {
            return Either::Left(view! {
                <p class="hint">"The team has no members yet: add their result links above, or your own result."</p>
            });
        }
        Either::Right(view! {
            <div class="team-actions">
                <CopyButton
                    label="Copy team link"
                    done="Team link copied"
                    by_hand="The clipboard is not available here. Copy this link:"
                    text=Box::new(move || state.team_url())
                    primary=true
                />
                <CopyButton
                    label="Copy as Markdown"
                    done="Team record copied"
                    by_hand="The clipboard is not available here. Copy this record:"
                    multiline=true
                    text=Box::new(markdown)
                />
                <button type="button" on:click=download>"Download .md"</button>
            </div>
            <p class="print-only">
                "Reproduce this team's result: "
                {move || {
                    state.printing.track();
                    state.team_url()
                }}
            </p>
        })
    };
    view! {
        <section class="team-result" aria-labelledby="team-result-title">
            <h3 id="team-result-title">"The team's recommendation"</h3>
            {body}
            {actions}
        </section>
    }
}

fn summary(c: &'static crate::domain::comparison::Comparison, v: &TeamView) -> impl IntoView {
    let o = &v.outcome;
    let totals = o.totals().map(|t| {
        Side::BOTH
            .map(|side| format!("{} {}", c.framework(side).name, points(t[side.index()])))
            .join(" · ")
    });
    let priorities = v
        .disagreement
        .iter()
        .map(|&i| {
            let (low, high) = v.spread[i];
            view! {
                <li>
                    <span class="criterion-name">{c.criteria[i].name}</span>
                    " "
                    <span class="spread-text">{spread_line(v, i)}</span>
                    // The range and the mean drawn on the 0 to 10 scale.
                    <span
                        class="spread"
                        aria-hidden="true"
                        style:--low=low.to_string()
                        style:--high=high.to_string()
                        style:--mean=points(v.mean[i])
                    ></span>
                </li>
            }
        })
        .collect_view();
    let agreed = v.spread.iter().all(|(low, high)| low == high);
    let how_to_read = if agreed {
        "Every member gave every criterion the same priority."
    } else {
        "Each bar runs from the lowest to the highest priority a member gave (0 to 10); the mark is the team's mean, which the team's result weighs."
    };
    let swings = v.swings.iter().map(|s| swing_line(c, v, s)).collect();
    let flips = v.flips.iter().map(|f| group_flip_line(c, v, f)).collect();
    view! {
        <p class="headline">{team_headline(c, o)}</p>
        <p class="margin">
            {margin_line_for(c, o, Audience::Team)}
            {totals.map(|t| format!(" ({t})"))}
        </p>
        <p class="why">{reason_for(c, o, Audience::Team)}</p>
        {words::scores_differ_line(c, v).map(|line| view! { <p class="scores-differ">{line}</p> })}
        <h4>"The team's priorities, most disputed first"</h4>
        <p class="hint">{how_to_read}</p>
        <ul class="disputed">{priorities}</ul>
        <h4>"Who could change the result"</h4>
        <TextList lines=swings none="No member can change who is ahead by moving one slider." />
        <h4>"What would flip it"</h4>
        <TextList lines=flips none="No single criterion's team priority can change who is ahead." />
    }
}

/// Sentences as a list, or the one saying there are none.
#[component]
fn TextList(lines: Vec<String>, none: &'static str) -> impl IntoView {
    let none = lines.is_empty().then(|| view! { <li>{none}</li> });
    view! {
        <ul>
            {none}
            {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
        </ul>
    }
}
