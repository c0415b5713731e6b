//! The user's own scores, where they disagree with ours: for any criterion,
//! either framework's score can be replaced. Overridden scores count in the
//! recommendation, and travel with saved preferences and share links.

use super::comparison::{Side, MAX_SCORE};
use super::scoring::ScorePair;

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Overrides(Vec<[Option<u8>; 2]>);

impl Overrides {
    /// No overrides, for `count` criteria.
    pub fn none(count: usize) -> Self {
        Overrides(vec![[None, None]; count])
    }

    pub fn get(&self, criterion: usize, side: Side) -> Option<u8> {
        self.0.get(criterion).and_then(|pair| pair[side.index()])
    }

    /// Sets one score (clamped to 0..=10), or clears it with None. A score
    /// equal to ours is stored as no override, so "overridden" always means
    /// "different from ours".
    pub fn set(&mut self, criterion: usize, side: Side, score: Option<u8>, ours: &[ScorePair]) {
        let Some(pair) = self.0.get_mut(criterion) else {
            return;
        };
        let ours = ours.get(criterion).map(|p| p[side.index()]);
        pair[side.index()] = score.map(|s| s.min(MAX_SCORE)).filter(|&s| Some(s) != ours);
    }

    /// Sets one score as given (clamped), whatever ours is: for decoding.
    /// Follow with [`Overrides::normalized`].
    pub fn insert(&mut self, criterion: usize, side: Side, score: u8) {
        if let Some(pair) = self.0.get_mut(criterion) {
            pair[side.index()] = Some(score.min(MAX_SCORE));
        }
    }

    /// The same overrides without those equal to our scores.
    pub fn normalized(&self, ours: &[ScorePair]) -> Overrides {
        let mut clean = Overrides::none(self.0.len());
        for (i, side, score) in self.iter() {
            clean.set(i, side, Some(score), ours);
        }
        clean
    }

    pub fn clear(&mut self, criterion: usize) {
        if let Some(pair) = self.0.get_mut(criterion) {
            *pair = [None, None];
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|pair| pair.iter().all(Option::is_none))
    }

    pub fn is_overridden(&self, criterion: usize) -> bool {
        self.0
            .get(criterion)
            .is_some_and(|pair| pair.iter().any(Option::is_some))
    }

    /// Every override as (criterion, side, score), in content order.
    pub fn iter(&self) -> impl Iterator<Item = (usize, Side, u8)> + '_ {
        self.0.iter().enumerate().flat_map(|(i, pair)| {
            Side::BOTH
                .into_iter()
                .filter_map(move |side| pair[side.index()].map(|s| (i, side, s)))
        })
    }

    /// Per criterion, the two scores (or None), by [`Side::index`].
    pub fn pairs(&self) -> &[[Option<u8>; 2]] {
        &self.0
    }

    pub fn from_pairs(pairs: Vec<[Option<u8>; 2]>) -> Self {
        Overrides(pairs)
    }

    /// Our scores with the user's overrides applied.
    pub fn apply(&self, ours: &[ScorePair]) -> Vec<ScorePair> {
        ours.iter()
            .enumerate()
            .map(|(i, pair)| Side::BOTH.map(|side| self.get(i, side).unwrap_or(pair[side.index()])))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OURS: [ScorePair; 2] = [[8, 6], [5, 9]];

    #[test]
    fn overrides_replace_only_what_they_name() {
        let mut o = Overrides::none(2);
        assert!(o.is_empty());
        o.set(1, Side::First, Some(7), &OURS);
        assert_eq!(o.apply(&OURS), vec![[8, 6], [7, 9]]);
        assert!(o.is_overridden(1) && !o.is_overridden(0));
        assert_eq!(o.iter().collect::<Vec<_>>(), vec![(1, Side::First, 7)]);
    }

    #[test]
    fn a_score_equal_to_ours_is_no_override_and_scores_are_clamped() {
        let mut o = Overrides::none(2);
        o.set(0, Side::Second, Some(6), &OURS);
        assert!(o.is_empty());
        o.set(0, Side::Second, Some(42), &OURS);
        assert_eq!(o.get(0, Side::Second), Some(10));
        o.set(0, Side::Second, None, &OURS);
        assert!(o.is_empty());
    }

    #[test]
    fn clearing_one_criterion_leaves_the_others() {
        let mut o = Overrides::none(2);
        o.set(0, Side::First, Some(1), &OURS);
        o.set(1, Side::Second, Some(1), &OURS);
        o.clear(0);
        assert_eq!(o.iter().collect::<Vec<_>>(), vec![(1, Side::Second, 1)]);
        o.set(9, Side::First, Some(1), &OURS);
        assert_eq!(o.iter().count(), 1);
    }
}
