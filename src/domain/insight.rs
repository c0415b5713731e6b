//! Why the result is what it is, and what would change it: each criterion's
//! push, each slider's flip point (in closed form), and the smallest single
//! slider change that flips the result.

use super::comparison::Side;
use super::priorities::MAX_WEIGHT;
use super::scoring::ScorePair;

/// Where moving one slider changes who is ahead, with the others held still.
#[derive(Clone, Debug, PartialEq)]
pub struct Flip {
    /// At this value and above, this side would be ahead (it is not now).
    pub from_above: Option<(u8, Side)>,
    /// At this value and below, this side would be ahead (it is not now).
    pub from_below: Option<(u8, Side)>,
    /// The exact slider position (0 to 10) where the two totals are equal,
    /// when it lies on the track and a flip exists: for the mark on it.
    pub crossing: Option<f64>,
}

impl Flip {
    const NEVER: Flip = Flip {
        from_above: None,
        from_below: None,
        crossing: None,
    };

    /// Whether any value of this slider changes who is ahead.
    pub fn exists(&self) -> bool {
        self.from_above.is_some() || self.from_below.is_some()
    }
}

/// The lead of the first side, times the total weight: positive when the
/// first side is ahead. Its sign is who is ahead.
fn lead_numerator(scores: &[ScorePair], weights: &[u32]) -> i64 {
    scores
        .iter()
        .zip(weights)
        .map(|(pair, &w)| i64::from(w) * (i64::from(pair[0]) - i64::from(pair[1])))
        .sum()
}

fn ahead(lead: i64) -> Option<Side> {
    match lead.signum() {
        1 => Some(Side::First),
        -1 => Some(Side::Second),
        _ => None,
    }
}

/// The flip point of every slider, in content order.
///
/// With the other weights fixed, the first side's lead times the total weight
/// is `rest + w * gap`: linear in this slider's weight `w`, so its sign
/// changes exactly once, at `w* = -rest / gap`. Above `w*` the side the
/// criterion favours is ahead; below it, the other side.
pub fn flip_points(scores: &[ScorePair], weights: &[u32]) -> Vec<Flip> {
    let total = lead_numerator(scores, weights);
    scores
        .iter()
        .enumerate()
        .map(|(k, pair)| {
            let w = i64::from(weights.get(k).copied().unwrap_or(0));
            let gap = i64::from(pair[0]) - i64::from(pair[1]);
            if gap == 0 {
                return Flip::NEVER;
            }
            let rest = total - w * gap;
            let now = ahead(total);
            // w* = num / den with den > 0.
            let (num, den) = if gap > 0 { (-rest, gap) } else { (rest, -gap) };
            let favoured = if gap > 0 { Side::First } else { Side::Second };
            // Smallest whole value above w*, and largest below it.
            let above = num.div_euclid(den) + 1;
            let below = -(-num).div_euclid(den) - 1;
            let max = i64::from(MAX_WEIGHT);
            let from_above =
                (above <= max && now != Some(favoured)).then(|| (above.max(0) as u8, favoured));
            let from_below = (below >= 0 && now != Some(favoured.other()))
                .then(|| (below.min(max) as u8, favoured.other()));
            let crossing = (from_above.is_some() || from_below.is_some())
                .then(|| num as f64 / den as f64)
                .filter(|x| (0.0..=max as f64).contains(x));
            Flip {
                from_above,
                from_below,
                crossing,
            }
        })
        .collect()
}

/// The smallest change to a single slider that changes who is ahead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmallestFlip {
    pub criterion: usize,
    pub from: u8,
    pub to: u8,
    /// Who would then be ahead.
    pub side: Side,
}

impl SmallestFlip {
    pub fn steps(&self) -> u8 {
        self.from.abs_diff(self.to)
    }
}

/// What would change the result, for one set of weights: derived together,
/// once, for the sliders' marks and notes, the stability line and the record.
#[derive(Clone, Debug, PartialEq)]
pub struct Flips {
    /// Each slider's flip point, in content order.
    pub each: Vec<Flip>,
    pub smallest: Option<SmallestFlip>,
}

pub fn flips(scores: &[ScorePair], weights: &[u32]) -> Flips {
    let each = flip_points(scores, weights);
    let smallest = smallest_flip(&each, weights);
    Flips { each, smallest }
}

/// None when no single slider can change who is ahead. Ties between
/// criteria go to the first in content order.
pub fn smallest_flip(flips: &[Flip], weights: &[u32]) -> Option<SmallestFlip> {
    flips
        .iter()
        .enumerate()
        .flat_map(|(criterion, flip)| {
            let from = weights
                .get(criterion)
                .map_or(0, |&w| w.min(u32::from(MAX_WEIGHT)) as u8);
            [flip.from_above, flip.from_below]
                .into_iter()
                .flatten()
                .map(move |(to, side)| SmallestFlip {
                    criterion,
                    from,
                    to,
                    side,
                })
        })
        .min_by_key(|f| (f.steps(), f.criterion))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn who_leads(scores: &[ScorePair], weights: &[u32]) -> Option<Side> {
        ahead(lead_numerator(scores, weights))
    }

    const SCORES: [ScorePair; 3] = [[8, 6], [5, 9], [9, 6]];

    #[test]
    fn a_slider_favouring_the_trailing_side_flips_it_from_some_value_up() {
        // First leads: 5*2 - 5*4 + 5*3 = 5. Raising "size" (Second +4) flips it:
        // 10 + 15 - 4w < 0 from w > 6.25, so from 7.
        let flips = flip_points(&SCORES, &[5, 5, 5]);
        assert_eq!(flips[1].from_above, Some((7, Side::Second)));
        assert_eq!(flips[1].from_below, None);
        assert_eq!(flips[1].crossing, Some(6.25));
        // Lowering "safety" (First +3): 10 - 20 + 3w < 0 for w < 10/3, so at 3 and below.
        assert_eq!(flips[2].from_below, Some((3, Side::Second)));
        assert_eq!(flips[2].from_above, None);
    }

    #[test]
    fn no_value_flips_a_slider_that_cannot_outweigh_the_rest() {
        let flips = flip_points(&SCORES, &[10, 0, 10]);
        assert!(!flips[0].exists());
        assert_eq!(flips[0].crossing, None);
        // "size" at 10 gives 20 + 30 - 40 = 10 > 0: no flip either.
        assert!(!flips[1].exists());
    }

    #[test]
    fn an_exact_tie_can_go_either_way() {
        // 2*2 - 4*1 = 0 with weights 2, 1, 0: a tie. Raising "speed" favours First.
        let flips = flip_points(&SCORES, &[2, 1, 0]);
        assert_eq!(flips[0].from_above, Some((3, Side::First)));
        assert_eq!(flips[0].from_below, Some((1, Side::Second)));
        assert_eq!(flips[0].crossing, Some(2.0));
    }

    #[test]
    fn a_tied_criterion_never_flips() {
        let flips = flip_points(&[[7, 7], [9, 5]], &[5, 5]);
        assert_eq!(flips[0], Flip::NEVER);
    }

    #[test]
    fn the_smallest_flip_is_the_fewest_steps() {
        let weights = [5, 5, 5];
        let flips = flip_points(&SCORES, &weights);
        let smallest = smallest_flip(&flips, &weights).expect("a flip exists");
        // "size" 5 -> 7 (2 steps) beats "safety" 5 -> 3 (2 steps) on content order
        // only if equal; here both are 2, so the first in order wins.
        assert_eq!(
            smallest,
            SmallestFlip {
                criterion: 1,
                from: 5,
                to: 7,
                side: Side::Second
            }
        );
        assert_eq!(smallest.steps(), 2);
        assert_eq!(
            smallest_flip(&flip_points(&SCORES, &[10, 0, 10]), &[10, 0, 10]),
            None
        );
    }

    fn case() -> impl Strategy<Value = (Vec<ScorePair>, Vec<u32>, usize)> {
        (1usize..=13).prop_flat_map(|n| {
            (
                prop::collection::vec([0u8..=10, 0u8..=10], n),
                prop::collection::vec(0u32..=10, n),
                0..n,
            )
        })
    }

    proptest! {
        /// Every whole slider value agrees with the flip point: the side the
        /// card names leads from its value on, and nothing else changes.
        #[test]
        fn the_leader_on_each_side_of_the_flip_point_is_what_the_card_says((scores, weights, k) in case()) {
            let flip = &flip_points(&scores, &weights)[k];
            let now = who_leads(&scores, &weights);
            for value in 0..=MAX_WEIGHT {
                let mut moved = weights.clone();
                moved[k] = u32::from(value);
                let leads = who_leads(&scores, &moved);
                let expected = match (flip.from_above, flip.from_below) {
                    (Some((v, side)), _) if value >= v => Some(side),
                    (_, Some((v, side))) if value <= v => Some(side),
                    _ => None,
                };
                match expected {
                    Some(side) => prop_assert_eq!(leads, Some(side), "value {}", value),
                    // Between the two flip values: as now, or an exact tie at the crossing.
                    None => prop_assert!(leads == now || leads.is_none(), "value {}: {:?} vs now {:?}", value, leads, now),
                }
                if leads.is_some() && leads != now {
                    prop_assert!(expected.is_some(), "value {} changes the leader but the card does not say so", value);
                }
            }
        }

        #[test]
        fn the_smallest_flip_really_flips_and_nothing_smaller_does((scores, weights, _k) in case()) {
            let flips = flip_points(&scores, &weights);
            let now = who_leads(&scores, &weights);
            match smallest_flip(&flips, &weights) {
                Some(f) => {
                    let mut moved = weights.clone();
                    moved[f.criterion] = u32::from(f.to);
                    prop_assert_eq!(who_leads(&scores, &moved), Some(f.side));
                    prop_assert_ne!(Some(f.side), now);
                    for k in 0..scores.len() {
                        for value in 0..=MAX_WEIGHT {
                            if u32::from(value).abs_diff(weights[k]) < u32::from(f.steps()) {
                                let mut moved = weights.clone();
                                moved[k] = u32::from(value);
                                let leads = who_leads(&scores, &moved);
                                prop_assert!(leads == now || leads.is_none());
                            }
                        }
                    }
                }
                None => {
                    for k in 0..scores.len() {
                        for value in 0..=MAX_WEIGHT {
                            let mut moved = weights.clone();
                            moved[k] = u32::from(value);
                            let leads = who_leads(&scores, &moved);
                            prop_assert!(leads == now || leads.is_none());
                        }
                    }
                }
            }
        }
    }
}
