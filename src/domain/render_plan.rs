//! Which live part of the page the app mounts in which task. The build
//! prerenders the whole page (its prose is never rebuilt); the app mounts
//! only the parts that change into their slots, in the order a visitor
//! needs them and a few a task, so that no task keeps the browser busy long
//! enough to delay a paint or a key press, even on a slow phone.

/// A part of the page the app keeps live.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    ThemePicker,
    Notices,
    SharedBanner,
    /// The result itself: who fits, both totals, the margin and why.
    Recommendation,
    /// The chart of what pushes the result.
    WhyChart,
    /// The result's buttons, decision record and the article's own count.
    ResultActions,
    ResultBar,
    /// The profiles, the questionnaire and the fit check.
    Tools,
    /// The rounds' order, filter and count.
    CardTools,
    /// The team view, shown when started or opened from a team link.
    Team,
    /// One round's scores, score editor and priority slider.
    Card(usize),
}

impl Part {
    /// Whether what it shows depends on the visitor (their priorities,
    /// scores, theme or link): a first visit's copy would then mislead a
    /// returning visitor until the app mounts theirs. The tools show the
    /// same to everyone, give or take which profile is active.
    pub fn shows_the_visitors_own(self) -> bool {
        !matches!(self, Part::Tools | Part::CardTools)
    }
}

/// The parts that fill the result panel, in the order they are mounted. The
/// result was one part, and the longest to mount by far (19 ms at the median
/// on this repository's machine, up to 72): three keep each task short. A
/// returning visitor's panel stays hidden until all three are mounted.
pub const RESULT_PANEL: [Part; 3] = [Part::Recommendation, Part::WhyChart, Part::ResultActions];

/// Every part, in the order the app mounts them: the result panel, what a
/// visitor reads first; the rest of the first screen (the header's
/// controls, notices, the phone's result bar); every card's part, as their
/// sliders are what most visitors reach for; then the profiles, the
/// questionnaire, the fit check, the card tools and the team view.
pub fn mount_order(total_cards: usize) -> std::vec::IntoIter<Part> {
    RESULT_PANEL
        .into_iter()
        .chain([
            Part::ThemePicker,
            Part::Notices,
            Part::SharedBanner,
            Part::ResultBar,
        ])
        .chain((0..total_cards).map(Part::Card))
        .chain([Part::Tools, Part::CardTools, Part::Team])
        .collect::<Vec<_>>()
        .into_iter()
}

/// How long one task keeps mounting parts before it yields to the browser
/// (to paint, or to answer a key press). A phone's CPU is about four times
/// slower than this repository's machine (Lighthouse's mobile factor), and
/// there a task over 50 ms blocks: a task stops after the part that took it
/// past 8 ms, so that it stays around 10 ms here and under 50 there. The
/// result, the largest part, takes about 7.5 ms here, so it usually has a
/// task to itself.
pub const TASK_BUDGET_MS: f64 = 8.0;

/// Mounts parts from `queue` until it is empty or, after at least one,
/// `elapsed_ms` (since the task began) reaches the budget.
pub fn mount_slice(
    queue: &mut impl Iterator<Item = Part>,
    elapsed_ms: impl Fn() -> f64,
    mut mount: impl FnMut(Part),
) {
    for part in queue.by_ref() {
        mount(part);
        if elapsed_ms() >= TASK_BUDGET_MS {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::cell::Cell;
    use std::collections::HashSet;

    /// Mounts every part a slice at a time on a clock where each part takes
    /// `cost` ms: the parts each slice mounted.
    fn slices(total: usize, cost: f64) -> Vec<Vec<Part>> {
        let mut queue = mount_order(total);
        let mut slices = Vec::new();
        while queue.len() > 0 {
            let clock = Cell::new(0.0);
            let mut slice = Vec::new();
            mount_slice(
                &mut queue,
                || clock.get(),
                |part| {
                    clock.set(clock.get() + cost);
                    slice.push(part);
                },
            );
            slices.push(slice);
        }
        slices
    }

    #[test]
    fn the_result_comes_first_then_the_first_screen_then_the_cards_then_the_tools() {
        let order: Vec<Part> = mount_order(13).collect();
        assert_eq!(order[..3], RESULT_PANEL);
        assert_eq!(order[0], Part::Recommendation);
        assert!(order[3..7].contains(&Part::ResultBar));
        assert_eq!(
            order[7..20],
            (0..13).map(Part::Card).collect::<Vec<_>>()[..]
        );
        assert_eq!(order[20..], [Part::Tools, Part::CardTools, Part::Team]);
    }

    #[test]
    fn a_task_mounts_parts_until_its_budget_is_spent() {
        // 3 ms a part, 8 ms a task: three parts make 9 ms, past the budget.
        let cheap = slices(13, 3.0);
        assert_eq!(cheap[0], RESULT_PANEL);
        assert_eq!(cheap.len(), 23_usize.div_ceil(3));
        // A part slower than the budget alone still gets mounted, one a task.
        assert!(slices(13, 20.0).iter().all(|slice| slice.len() == 1));
        // A fast machine mounts everything in one task.
        assert_eq!(slices(13, 0.1).len(), 1);
    }

    proptest! {
        #[test]
        fn every_part_is_mounted_once_in_order(total in 0usize..200, cost in 0.0f64..30.0) {
            let mounted: Vec<Part> = slices(total, cost).into_iter().flatten().collect();
            prop_assert_eq!(&mounted, &mount_order(total).collect::<Vec<_>>());
            let unique: HashSet<Part> = mounted.iter().copied().collect();
            // The result panel's three, four more first-screen parts, the
            // cards, three tools.
            prop_assert_eq!(unique.len(), 3 + 4 + total + 3);
        }
    }
}
