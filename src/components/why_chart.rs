use leptos::prelude::*;

use crate::domain::comparison::Side;
use crate::domain::explain::chart_summary;
use crate::state::use_app_state;

// Chart geometry, in SVG user units.
const WIDTH: u32 = 340;
const LEGEND: u32 = 22;
const ROW: u32 = 22;
const LABEL_END: u32 = 126;
const CENTER: u32 = 236;
const HALF: f64 = 100.0;

/// Signed bars: how far each criterion pushes the result toward one
/// framework or the other under the current priorities, largest first.
#[component]
pub fn WhyChart() -> impl IntoView {
    let state = use_app_state();
    let c = state.comparison();
    let outcome = state.outcome;
    let count = c.criteria.len();
    // Per criterion: (rank, bar length, side it pushes toward).
    let layout = Memo::new(move |_| {
        let (pushes, order) = outcome.with(|o| (o.contributions(), o.by_influence()));
        let largest = pushes.iter().fold(0.0_f64, |m, p| m.max(p.abs()));
        let mut rows = vec![(0, 0, Side::First); count];
        for (rank, &i) in order.iter().enumerate() {
            let length = if largest > 0.0 {
                (pushes[i].abs() / largest * HALF).round() as u32
            } else {
                0
            };
            let side = if pushes[i] < 0.0 {
                Side::Second
            } else {
                Side::First
            };
            rows[i] = (rank as u32, length, side);
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
                <g
                    class=move || format!("bar-row side-{}", row().2.index())
                    style:transform=move || format!("translateY({}px)", LEGEND + row().0 * ROW)
                >
                    <text x=LABEL_END y="15" text-anchor="end">
                        {criterion.topic}
                    </text>
                    <rect
                        y="5"
                        height="13"
                        rx="3"
                        x=move || {
                            let (_, length, side) = row();
                            if side == Side::First { CENTER - length } else { CENTER }
                        }
                        width=move || row().1
                    ></rect>
                </g>
            }
        })
        .collect_view();
    let height = LEGEND + ROW * count as u32 + 4;
    let [first, second] = &c.frameworks;
    view! {
        <figure class="why-chart">
            <figcaption id="why-caption">
                "What pushes the result, under your priorities, largest first"
            </figcaption>
            <svg
                viewBox=format!("0 0 {WIDTH} {height}")
                role="img"
                aria-labelledby="why-caption"
                aria-describedby="why-summary"
            >
                <text class="legend side-0" x=CENTER - 8 y="13" text-anchor="end">
                    "← " {first.name}
                </text>
                <text class="legend side-1" x=CENTER + 8 y="13">
                    {second.name} " →"
                </text>
                <line class="axis" x1=CENTER x2=CENTER y1=LEGEND - 2 y2=height></line>
                {rows}
            </svg>
            <p id="why-summary" class="sr-only">
                {move || outcome.with(|o| chart_summary(c, o))}
            </p>
        </figure>
    }
}
