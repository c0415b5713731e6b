use leptos::prelude::*;

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
    // Per criterion: (rank, bar length in percent of a half, side it pushes toward).
    let layout = Memo::new(move |_| {
        let (pushes, order) = outcome.with(|o| (o.contributions(), o.by_influence()));
        let largest = pushes.iter().fold(0.0_f64, |m, p| m.max(p.abs()));
        let mut rows = vec![(0, 0, Side::First); count];
        for (rank, &i) in order.iter().enumerate() {
            let length = if largest > 0.0 {
                (pushes[i].abs() / largest * 100.0).round() as u32
            } else {
                0
            };
            let side = if pushes[i] < 0.0 {
                Side::Second
            } else {
                Side::First
            };
            rows[i] = (rank, length, side);
        }
        rows
    });
    let rows = c
        .criteria
        .iter()
        .enumerate()
        .map(|(i, criterion)| {
            // Custom properties read by the stylesheet: the row slides to its
            // rank (rows keep their DOM order), and the bar in each
            // framework's half to its length, 0 on the side not pushed toward.
            // (Set one by one: the page's CSP refuses a whole style attribute.)
            let row = move || layout.with(|rows| rows[i]);
            let toward = move |side: Side| {
                let (_, length, pushes) = row();
                format!("{}%", if pushes == side { length } else { 0 })
            };
            view! {
                <div
                    class="bar-row"
                    style:--shift=move || (row().0 as i64 - i as i64).to_string()
                    style:--first=move || toward(Side::First)
                    style:--second=move || toward(Side::Second)
                >
                    <span class="bar-label">{criterion.topic}</span>
                    <span class="bar side-0"><span></span></span>
                    <span class="bar side-1"><span></span></span>
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
