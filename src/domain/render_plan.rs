//! In which task each part of the page is rendered. Stage 0 is the first
//! task: the header and the recommendation. Every later stage is a task of
//! its own after the first paint, so no single task keeps the browser busy
//! long enough to delay the first screen or a key press.

/// The profiles, the questionnaire, the fit check and the rounds' heading and tools.
pub const TOOLS: u8 = 1;
/// The first cards: a stage of their own, as the first run of the card
/// code is the slowest.
pub const FIRST_CARDS: u8 = TOOLS + 1;
/// Cards rendered per stage: a stage stays well under 50 ms on a slow phone.
pub const CARDS_PER_STAGE: usize = 4;

/// How many of `total` cards are rendered once `stage` is reached.
pub fn cards_shown(stage: u8, total: usize) -> usize {
    let stages_with_cards = usize::from(stage.saturating_sub(FIRST_CARDS - 1));
    stages_with_cards.saturating_mul(CARDS_PER_STAGE).min(total)
}

/// The stage after the last card's: the guide sections and the footer.
pub fn guide_stage(total_cards: usize) -> u8 {
    let card_stages = total_cards.div_ceil(CARDS_PER_STAGE).max(1);
    FIRST_CARDS.saturating_add(u8::try_from(card_stages).unwrap_or(u8::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_first_screen_has_no_cards_and_the_guide_follows_the_last_card() {
        assert_eq!(cards_shown(0, 13), 0);
        assert_eq!(cards_shown(TOOLS, 13), 0);
        assert_eq!(cards_shown(FIRST_CARDS, 13), CARDS_PER_STAGE);
        assert_eq!(guide_stage(13), FIRST_CARDS + 4);
        assert_eq!(cards_shown(guide_stage(13) - 1, 13), 13);
    }

    proptest! {
        #[test]
        fn every_card_is_shown_before_the_guide_and_never_more(total in 0usize..200, stage in 0u8..=255) {
            let guide = guide_stage(total);
            prop_assert!(guide > FIRST_CARDS);
            prop_assert_eq!(cards_shown(guide - 1, total), total);
            prop_assert!(cards_shown(stage, total) <= total);
            prop_assert!(cards_shown(stage, total) <= cards_shown(stage.saturating_add(1), total));
        }
    }
}
