use leptos::prelude::*;

use super::fill_bar::FillBar;
use crate::domain::comparison::Side;
use crate::domain::explain::chart_summary;
use crate::state::use_app_state;

/// Signed bars: how far each criterion pushes the result toward one
/// framework or the other under the current priorities, largest first.
///
/// Rows re-sort and bars grow by transforms alone, so a slider move costs the
/// chart no layout. HTML, not SVG: the labels size like the page's text, and
/// an HTML transform stays cheap for the browser to update.
#[component]
pub fn WhyChart() -> impl IntoView {
    let state = use_app_state();
    let c = state.comparison();
    let outcome = state.outcome;
    let count = c.criteria.len();
    // Per criterion: its rank, and its bar's length in each framework's half
    // (percent of the half; 0 on the side it does not push toward).
    let layout = Memo::new(move |_| {
        let (pushes, order) = outcome.with(|o| (o.contributions(), o.by_influence()));
        let largest = pushes.iter().fold(0.0_f64, |m, p| m.max(p.abs()));
        let mut rows = vec![(0, [0, 0]); count];
        for (rank, &i) in order.iter().enumerate() {
            let length = if largest > 0.0 {
                (pushes[i].abs() / largest * 100.0).round() as u32
            } else {
                0
            };
            let toward = if pushes[i] < 0.0 {
                Side::Second
            } else {
                Side::First
            };
            let mut lengths = [0, 0];
            lengths[toward.index()] = length;
            rows[i] = (rank, lengths);
        }
        rows
    });
    let rows = c
        .criteria
        .iter()
        .enumerate()
        .map(|(i, criterion)| {
            let row = move || layout.with(|rows| rows[i]);
            view! {
                // Slides to its rank by a custom property the stylesheet
                // reads (rows keep their DOM order).
                <div class="bar-row" style:--shift=move || (row().0 as i64 - i as i64).to_string()>
                    <span class="bar-label">{criterion.topic}</span>
                    <FillBar class="bar side-0" percent=move || row().1[0] />
                    <FillBar class="bar side-1" percent=move || row().1[1] />
                </div>
            }
        })
        .collect_view();
    let [first, second] = &c.frameworks;
    view! {
        <figure class="why-chart">
            <figcaption id="why-caption">
                "What pushes the result, under your priorities, largest first"
            </figcaption>
            <div
                class="chart"
                role="img"
                aria-labelledby="why-caption"
                aria-describedby="why-summary"
            >
                <div class="chart-legend">
                    <span class="side-0">"← " {first.name}</span>
                    <span class="side-1">{second.name} " →"</span>
                </div>
                {rows}
            </div>
            <p id="why-summary" class="sr-only">
                {move || outcome.with(|o| chart_summary(c, o))}
            </p>
        </figure>
    }
}
