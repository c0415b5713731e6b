//! Which live part of the page the app mounts in which task. The build
//! prerenders the whole page (its prose is never rebuilt); the app mounts
//! only the parts that change into their slots. Stage 0 is the first task:
//! the result, what a visitor reads first; stage 1, the task right after it,
//! the rest of the first screen. Every later stage is a task of its own
//! after the first paint, so no single task keeps the browser busy long
//! enough to delay the first screen or a key press.

/// A part of the page the app keeps live.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    ThemePicker,
    Notices,
    SharedBanner,
    Recommendation,
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

/// The rest of the first screen: the header's controls, notices, the bar.
pub const FIRST_SCREEN_REST: u8 = 1;
/// The first stage after the first paint: the first cards. The cards come
/// before the tools, as their sliders are what most visitors reach for.
pub const AFTER_PAINT: u8 = FIRST_SCREEN_REST + 1;
/// Cards mounted per stage: a stage takes 10 to 17 ms on this repository's
/// machine (four a stage had the sliders ready about 20 ms later).
pub const CARDS_PER_STAGE: usize = 5;

const FIRST_SCREEN_LATER: [Part; 4] = [
    Part::ThemePicker,
    Part::Notices,
    Part::SharedBanner,
    Part::ResultBar,
];

/// The last stage, after every card's: the profiles, the questionnaire,
/// the fit check, the card tools and the team view (saturating).
pub fn last_stage(total_cards: usize) -> u8 {
    u8::try_from(total_cards.div_ceil(CARDS_PER_STAGE))
        .ok()
        .and_then(|card_stages| AFTER_PAINT.checked_add(card_stages))
        .unwrap_or(u8::MAX)
}

/// The parts mounted in `stage`, for a page of `total` cards.
pub fn parts_in_stage(stage: u8, total: usize) -> Vec<Part> {
    let tools = last_stage(total);
    match stage {
        0 => vec![Part::Recommendation],
        FIRST_SCREEN_REST => FIRST_SCREEN_LATER.to_vec(),
        _ if stage == tools => vec![Part::Tools, Part::CardTools, Part::Team],
        _ if stage > tools => Vec::new(),
        _ => {
            let first = usize::from(stage - AFTER_PAINT).saturating_mul(CARDS_PER_STAGE);
            (first..first.saturating_add(CARDS_PER_STAGE).min(total))
                .map(Part::Card)
                .collect()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashSet;

    #[test]
    fn the_result_comes_first_then_five_cards_a_stage_then_the_tools() {
        assert_eq!(parts_in_stage(0, 13), [Part::Recommendation]);
        assert!(parts_in_stage(FIRST_SCREEN_REST, 13).contains(&Part::ResultBar));
        assert_eq!(
            parts_in_stage(AFTER_PAINT, 13),
            (0..5).map(Part::Card).collect::<Vec<_>>()
        );
        assert_eq!(
            parts_in_stage(AFTER_PAINT + 2, 13),
            (10..13).map(Part::Card).collect::<Vec<_>>()
        );
        assert_eq!(last_stage(13), AFTER_PAINT + 3);
        assert_eq!(
            parts_in_stage(last_stage(13), 13),
            [Part::Tools, Part::CardTools, Part::Team]
        );
        assert_eq!(last_stage(0), AFTER_PAINT);
    }

    proptest! {
        #[test]
        fn every_part_is_mounted_once_and_nothing_after_the_last_stage(total in 0usize..200) {
            let last = last_stage(total);
            let mut seen = HashSet::new();
            for stage in 0..=last {
                let parts = parts_in_stage(stage, total);
                prop_assert!(!parts.is_empty(), "stage {} mounts nothing", stage);
                prop_assert!(parts.len() <= CARDS_PER_STAGE);
                for part in parts {
                    prop_assert!(seen.insert(part), "{:?} mounted twice", part);
                }
            }
            prop_assert_eq!(seen.len(), 1 + FIRST_SCREEN_LATER.len() + 3 + total);
            prop_assert!(parts_in_stage(last.saturating_add(1), total).is_empty() || last == u8::MAX);
        }
    }
}
