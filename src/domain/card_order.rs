//! Which cards show, and in what order: the article's order, the user's
//! priorities, or the size of the difference; all rounds or one side's wins.

use super::comparison::{Comparison, Side};
use super::scoring::ScorePair;
use super::small_sort::sort_by_key;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CardOrder {
    #[default]
    Article,
    Priority,
    Difference,
}

impl CardOrder {
    pub const ALL: [CardOrder; 3] = [
        CardOrder::Article,
        CardOrder::Priority,
        CardOrder::Difference,
    ];

    pub fn id(self) -> &'static str {
        match self {
            CardOrder::Article => "article",
            CardOrder::Priority => "priority",
            CardOrder::Difference => "difference",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            CardOrder::Article => "The article's order",
            CardOrder::Priority => "Your priorities, highest first",
            CardOrder::Difference => "Biggest difference first",
        }
    }

    pub fn from_id(id: &str) -> Option<CardOrder> {
        CardOrder::ALL.into_iter().find(|o| o.id() == id)
    }
}

/// All rounds, or only those the article gives to one side.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CardFilter {
    #[default]
    All,
    WonBy(Side),
}

/// The criteria to show, as indexes in content order, sorted by `order`
/// (ties keep the article's order) and kept by `filter`. `scores` are the
/// scores in use (the user's own where they changed ours).
pub fn card_order(
    comparison: &Comparison,
    scores: &[ScorePair],
    weights: &[u8],
    order: CardOrder,
    filter: CardFilter,
) -> Vec<usize> {
    let mut shown: Vec<usize> = (0..comparison.criteria.len())
        .filter(|&i| match filter {
            CardFilter::All => true,
            CardFilter::WonBy(side) => comparison.criteria[i].verdict.winner == side,
        })
        .collect();
    match order {
        CardOrder::Article => {}
        CardOrder::Priority => sort_by_key(&mut shown, |&i| std::cmp::Reverse(weights[i])),
        CardOrder::Difference => sort_by_key(&mut shown, |&i| {
            std::cmp::Reverse(scores[i][0].abs_diff(scores[i][1]))
        }),
    }
    shown
}

/// The status line above the cards: how many show and, once they are
/// sorted, which comes first (`leading`), so that a screen reader hears the
/// new order when the cards are sorted again.
pub fn showing_line(shown: usize, total: usize, leading: Option<&str>) -> String {
    let count = match shown == total {
        true => format!("Showing all {total} rounds."),
        false => format!("Showing {shown} of {total} rounds."),
    };
    match leading {
        Some(name) => format!("{count} First: {name}."),
        None => count,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::COMPARISON;
    use proptest::prelude::*;

    fn ours() -> Vec<ScorePair> {
        COMPARISON.score_table()
    }

    #[test]
    fn the_status_line_counts_the_cards_and_names_the_first_once_sorted() {
        assert_eq!(showing_line(13, 13, None), "Showing all 13 rounds.");
        assert_eq!(showing_line(6, 13, None), "Showing 6 of 13 rounds.");
        assert_eq!(
            showing_line(13, 13, Some("Security")),
            "Showing all 13 rounds. First: Security."
        );
        assert_eq!(showing_line(0, 13, None), "Showing 0 of 13 rounds.");
    }

    #[test]
    fn article_order_shows_every_round_in_turn() {
        let weights = vec![5; 13];
        let all = card_order(
            &COMPARISON,
            &ours(),
            &weights,
            CardOrder::Article,
            CardFilter::All,
        );
        assert_eq!(all, (0..13).collect::<Vec<_>>());
    }

    #[test]
    fn filters_keep_one_side_s_wins_in_order() {
        let weights = vec![5; 13];
        for side in Side::BOTH {
            let shown = card_order(
                &COMPARISON,
                &ours(),
                &weights,
                CardOrder::Article,
                CardFilter::WonBy(side),
            );
            assert_eq!(shown.len(), COMPARISON.tally()[side.index()]);
            assert!(shown.windows(2).all(|w| w[0] < w[1]));
            assert!(shown
                .iter()
                .all(|&i| COMPARISON.criteria[i].verdict.winner == side));
        }
    }

    #[test]
    fn priority_order_puts_the_heaviest_first_and_keeps_ties_in_article_order() {
        let mut weights = vec![5; 13];
        weights[9] = 10;
        weights[2] = 8;
        weights[0] = 0;
        let shown = card_order(
            &COMPARISON,
            &ours(),
            &weights,
            CardOrder::Priority,
            CardFilter::All,
        );
        assert_eq!(&shown[..3], &[9, 2, 1]);
        assert_eq!(shown.last(), Some(&0));
    }

    #[test]
    fn difference_order_follows_the_scores_in_use() {
        let weights = vec![5; 13];
        let mut scores = ours();
        scores[12] = [0, 10];
        let shown = card_order(
            &COMPARISON,
            &scores,
            &weights,
            CardOrder::Difference,
            CardFilter::All,
        );
        assert_eq!(shown[0], 12);
        let gaps: Vec<u8> = shown
            .iter()
            .map(|&i| scores[i][0].abs_diff(scores[i][1]))
            .collect();
        assert!(gaps.windows(2).all(|w| w[0] >= w[1]));
    }

    #[test]
    fn order_ids_read_back() {
        for order in CardOrder::ALL {
            assert_eq!(CardOrder::from_id(order.id()), Some(order));
        }
        assert_eq!(CardOrder::from_id("random"), None);
    }

    proptest! {
        #[test]
        fn every_order_shows_each_kept_round_once(
            weights in proptest::collection::vec(0u8..=10, 13),
            order in 0usize..3,
        ) {
            let order = CardOrder::ALL[order];
            let mut shown = card_order(&COMPARISON, &ours(), &weights, order, CardFilter::All);
            if order == CardOrder::Priority {
                let sorted: Vec<u8> = shown.iter().map(|&i| weights[i]).collect();
                prop_assert!(sorted.windows(2).all(|w| w[0] >= w[1]));
            }
            shown.sort_unstable();
            prop_assert_eq!(shown, (0..13).collect::<Vec<_>>());
        }
    }
}
