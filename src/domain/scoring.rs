//! From scores and priorities to a recommendation.
//!
//! Each framework's total is the mean of its criterion scores weighted by the
//! user's priorities. All sums are kept as integers, so comparisons (who leads,
//! is it a close call) are exact; floats appear only for display.

use super::comparison::Side;
use super::small_sort::sort_by_key;

/// Two totals closer than this (on the 0 to 10 scale) are a close call.
/// Scores are whole-number judgments: at equal weights, scoring four of the
/// 13 criteria one point differently moves a total by 4/13, about 0.3. A
/// margin under a quarter point is within that noise, so naming a winner
/// there would be false precision.
pub const CLOSE_CALL_MARGIN: f64 = 0.25;
/// `margin < CLOSE_CALL_MARGIN` is `|lead| * CLOSE_CALL_DIVISOR < weight_total`.
const CLOSE_CALL_DIVISOR: i64 = 4;

/// Scores of one criterion, indexed by [`Side::index`].
pub type ScorePair = [u8; 2];

/// How decisively a framework leads, for the headline's wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Decisiveness {
    /// Under one point ahead.
    Slight,
    /// One to two and a half points ahead.
    Solid,
    /// More than two and a half points ahead.
    Strong,
}

/// What the recommendation says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Call {
    /// Every priority is zero: there is nothing to weigh.
    NoPriorities,
    /// The totals are within [`CLOSE_CALL_MARGIN`]; `ahead` is None on an exact tie.
    CloseCall { ahead: Option<Side> },
    Leads {
        side: Side,
        decisiveness: Decisiveness,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Sum of weight times score, per side.
    weighted: [i64; 2],
    /// Sum of all weights.
    weight_total: i64,
    /// Per criterion, weight times (first side's score minus second's): how
    /// far that criterion pushes the result toward the first side.
    pushes: Vec<i64>,
}

/// Scores the criteria under the given weights. Criteria without a weight
/// (a shorter weight list) count with weight 0.
pub fn evaluate(scores: &[ScorePair], weights: &[u32]) -> Outcome {
    let mut weighted = [0i64; 2];
    let mut weight_total = 0i64;
    let pushes = scores
        .iter()
        .enumerate()
        .map(|(i, pair)| {
            let w = i64::from(weights.get(i).copied().unwrap_or(0));
            weight_total += w;
            for side in Side::BOTH {
                weighted[side.index()] += w * i64::from(pair[side.index()]);
            }
            w * (i64::from(pair[0]) - i64::from(pair[1]))
        })
        .collect();
    Outcome {
        weighted,
        weight_total,
        pushes,
    }
}

impl Outcome {
    /// Weighted mean score per side, or None when no criterion has weight.
    pub fn totals(&self) -> Option<[f64; 2]> {
        (self.weight_total > 0).then(|| self.weighted.map(|w| w as f64 / self.weight_total as f64))
    }

    /// The first side's total minus the second's, as an exact numerator over
    /// `weight_total`.
    pub fn lead_numerator(&self) -> i64 {
        self.weighted[0] - self.weighted[1]
    }

    /// How far the leader is ahead, in points out of 10 (0 without priorities).
    pub fn margin(&self) -> f64 {
        if self.weight_total == 0 {
            return 0.0;
        }
        self.lead_numerator().abs() as f64 / self.weight_total as f64
    }

    /// The side with the higher total, None on a tie or without priorities.
    /// The margin in whole hundredths, cut rather than rounded (exact: no
    /// float in between), so it is 25 or more exactly when the margin
    /// reaches [`CLOSE_CALL_MARGIN`].
    pub fn margin_hundredths(&self) -> i64 {
        if self.weight_total == 0 {
            return 0;
        }
        self.lead_numerator().abs() * 100 / self.weight_total
    }

    pub fn ahead(&self) -> Option<Side> {
        match self.lead_numerator() {
            0 => None,
            n if n > 0 => Some(Side::First),
            _ => Some(Side::Second),
        }
    }

    pub fn call(&self) -> Call {
        if self.weight_total == 0 {
            return Call::NoPriorities;
        }
        let lead = self.lead_numerator().abs();
        if lead * CLOSE_CALL_DIVISOR < self.weight_total {
            return Call::CloseCall {
                ahead: self.ahead(),
            };
        }
        // lead / total < 1 and < 2.5, kept in integers.
        let decisiveness = if lead < self.weight_total {
            Decisiveness::Slight
        } else if 2 * lead <= 5 * self.weight_total {
            Decisiveness::Solid
        } else {
            Decisiveness::Strong
        };
        match self.ahead() {
            Some(side) => Call::Leads { side, decisiveness },
            None => Call::CloseCall { ahead: None },
        }
    }

    /// Per criterion, how many points of the first side's lead it accounts
    /// for (negative: toward the second side). They add up to the lead; all
    /// zero without priorities.
    pub fn contributions(&self) -> Vec<f64> {
        let total = self.weight_total.max(1) as f64;
        self.pushes.iter().map(|&p| p as f64 / total).collect()
    }

    /// Every criterion's index, the largest push (either way) first; ties
    /// keep content order.
    pub fn by_influence(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.pushes.len()).collect();
        sort_by_key(&mut order, |&i| std::cmp::Reverse(self.pushes[i].abs()));
        order
    }

    /// Criteria that push toward `side`, strongest first: (criterion index, push).
    /// Ties keep content order, so the explanation is stable.
    pub fn drivers(&self, side: Side) -> Vec<(usize, i64)> {
        let sign = if side == Side::First { 1 } else { -1 };
        let mut drivers: Vec<_> = self
            .pushes
            .iter()
            .enumerate()
            .map(|(i, &p)| (i, p * sign))
            .filter(|&(_, p)| p > 0)
            .collect();
        sort_by_key(&mut drivers, |&(_, push)| std::cmp::Reverse(push));
        drivers
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const SCORES: [ScorePair; 4] = [[8, 6], [6, 9], [9, 5], [7, 8]];

    #[test]
    fn weighted_mean_of_each_side() {
        let o = evaluate(&SCORES, &[1, 0, 3, 0]);
        let [a, b] = o.totals().expect("has weight");
        assert_eq!(a, (8.0 + 27.0) / 4.0);
        assert_eq!(b, (6.0 + 15.0) / 4.0);
        assert_eq!(o.margin(), 14.0 / 4.0);
    }

    #[test]
    fn all_weights_zero_means_no_priorities_and_no_numbers() {
        let o = evaluate(&SCORES, &[0, 0, 0, 0]);
        assert_eq!(o.call(), Call::NoPriorities);
        assert_eq!(o.totals(), None);
        assert_eq!(o.margin(), 0.0);
        assert_eq!(o.ahead(), None);
        assert!(o.drivers(Side::First).is_empty());
    }

    #[test]
    fn an_exact_tie_is_a_close_call_with_nobody_ahead() {
        let o = evaluate(&[[8, 6], [6, 8]], &[5, 5]);
        assert_eq!(o.call(), Call::CloseCall { ahead: None });
    }

    #[test]
    fn close_call_boundary_is_a_quarter_point() {
        // Margin 1/5 = 0.2: close. Margin 1/4 = 0.25: not close.
        let close = evaluate(&[[6, 5], [5, 5], [5, 5], [5, 5], [5, 5]], &[1; 5]);
        assert_eq!(
            close.call(),
            Call::CloseCall {
                ahead: Some(Side::First)
            }
        );
        let not_close = evaluate(&[[5, 6], [5, 5], [5, 5], [5, 5]], &[1; 4]);
        assert_eq!(not_close.margin(), CLOSE_CALL_MARGIN);
        assert_eq!(
            (close.margin_hundredths(), not_close.margin_hundredths()),
            (20, 25)
        );
        assert_eq!(
            not_close.call(),
            Call::Leads {
                side: Side::Second,
                decisiveness: Decisiveness::Slight
            }
        );
    }

    #[test]
    fn decisiveness_grows_with_the_margin() {
        let call = |gap: u8| evaluate(&[[5 + gap, 5], [5, 5]], &[1, 1]).call();
        // Margins 0.5, 1.0, 2.5, 3.0.
        assert!(matches!(
            call(1),
            Call::Leads {
                decisiveness: Decisiveness::Slight,
                ..
            }
        ));
        assert!(matches!(
            call(2),
            Call::Leads {
                decisiveness: Decisiveness::Solid,
                ..
            }
        ));
        assert!(matches!(
            call(5),
            Call::Leads {
                decisiveness: Decisiveness::Solid,
                ..
            }
        ));
        assert!(matches!(
            call(5 + 1),
            Call::Leads {
                decisiveness: Decisiveness::Strong,
                ..
            }
        ));
    }

    #[test]
    fn contributions_add_up_to_the_lead() {
        let o = evaluate(&SCORES, &[5, 2, 5, 1]);
        let [a, b] = o.totals().expect("weighted");
        let sum: f64 = o.contributions().iter().sum();
        assert!((sum - (a - b)).abs() < 1e-12);
        assert_eq!(evaluate(&SCORES, &[0; 4]).contributions(), vec![0.0; 4]);
    }

    #[test]
    fn influence_ranks_pushes_either_way() {
        // Pushes: +10, -15, +20, -5.
        assert_eq!(
            evaluate(&SCORES, &[5, 5, 5, 5]).by_influence(),
            vec![2, 1, 0, 3]
        );
    }

    #[test]
    fn drivers_are_sorted_strongest_first() {
        let o = evaluate(&SCORES, &[5, 5, 5, 5]);
        assert_eq!(o.drivers(Side::First), vec![(2, 20), (0, 10)]);
        assert_eq!(o.drivers(Side::Second), vec![(1, 15), (3, 5)]);
    }

    #[test]
    fn raising_a_won_criterion_can_lower_a_lead_that_already_exceeds_its_gap() {
        // Why the property below is stated the way it is: the total is a
        // weighted *mean*, so adding weight to a criterion pulls the lead
        // toward that criterion's own gap, even when the gap is in favour.
        let scores = [[9, 5], [7, 5]];
        let before = evaluate(&scores, &[10, 0]).margin();
        let after = evaluate(&scores, &[10, 10]).margin();
        assert!(after < before);
        assert_eq!(evaluate(&scores, &[10, 10]).ahead(), Some(Side::First));
    }

    fn scores_and_weights() -> impl Strategy<Value = (Vec<ScorePair>, Vec<u32>)> {
        (1usize..=13).prop_flat_map(|n| {
            (
                prop::collection::vec([0u8..=10, 0u8..=10], n),
                prop::collection::vec(0u32..=10, n),
            )
        })
    }

    /// The first side's lead as an exact fraction (numerator, denominator).
    fn lead(o: &Outcome) -> (i64, i64) {
        (o.lead_numerator(), o.weight_total)
    }

    proptest! {
        #[test]
        fn one_nonzero_weight_gives_that_criterions_scores((scores, mut weights) in scores_and_weights(), pick in any::<prop::sample::Index>(), w in 1u32..=10) {
            let k = pick.index(scores.len());
            weights.iter_mut().for_each(|x| *x = 0);
            weights[k] = w;
            let o = evaluate(&scores, &weights);
            let totals = o.totals().expect("one weight is set");
            prop_assert_eq!(totals, scores[k].map(f64::from));
        }

        #[test]
        fn scaling_every_weight_changes_nothing((scores, weights) in scores_and_weights(), factor in 1u32..=1000) {
            let a = evaluate(&scores, &weights);
            let scaled: Vec<u32> = weights.iter().map(|w| w * factor).collect();
            let b = evaluate(&scores, &scaled);
            prop_assert_eq!(a.call(), b.call());
            prop_assert_eq!(a.totals(), b.totals());
            prop_assert_eq!(a.margin(), b.margin());
            let order = |o: &Outcome, s| o.drivers(s).iter().map(|d| d.0).collect::<Vec<_>>();
            prop_assert_eq!(order(&a, Side::First), order(&b, Side::First));
        }

        /// Raising the weight of a criterion that `side` wins never costs it
        /// the lead, and never lowers its lead below that criterion's own gap
        /// (see the test above for why that bound, and not "never lowers").
        #[test]
        fn raising_a_won_criterion_helps_its_winner((scores, weights) in scores_and_weights(), pick in any::<prop::sample::Index>(), extra in 1u32..=10) {
            let k = pick.index(scores.len());
            let gap = i64::from(scores[k][0]) - i64::from(scores[k][1]);
            prop_assume!(gap != 0);
            let side_sign = gap.signum();
            let mut raised = weights.clone();
            raised[k] += extra;
            let (n0, d0) = lead(&evaluate(&scores, &weights));
            let (n1, d1) = lead(&evaluate(&scores, &raised));
            // The winner's lead before (before/d0) and after (after/d1). The new
            // lead is a weighted average of the old one and the criterion's own gap.
            let (before, after) = (side_sign * n0, side_sign * n1);
            let own_gap = side_sign * gap;
            if d0 == 0 {
                prop_assert_eq!(after, own_gap * d1);
            } else if before >= own_gap * d0 {
                prop_assert!(after >= own_gap * d1, "lead fell below the criterion's own gap");
            } else {
                prop_assert!(after * d0 >= before * d1, "lead fell: {}/{} -> {}/{}", before, d0, after, d1);
            }
            if before >= 0 {
                prop_assert!(after > 0, "the winner of criterion {} is not ahead", k);
            }
        }

        #[test]
        fn margin_and_call_agree((scores, weights) in scores_and_weights()) {
            let o = evaluate(&scores, &weights);
            match o.call() {
                Call::NoPriorities => prop_assert!(o.totals().is_none()),
                Call::CloseCall { .. } => prop_assert!(o.margin() < CLOSE_CALL_MARGIN),
                Call::Leads { side, .. } => {
                    prop_assert!(o.margin() >= CLOSE_CALL_MARGIN);
                    let [a, b] = o.totals().expect("weighted");
                    let (lead, trail) = if side == Side::First { (a, b) } else { (b, a) };
                    prop_assert!(lead > trail);
                }
            }
            prop_assert!(o.margin().is_finite());
        }
    }
}
