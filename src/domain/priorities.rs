//! The user's priorities: one weight per criterion, an integer from 0 to 10.

pub const MAX_WEIGHT: u8 = 10;
pub const DEFAULT_WEIGHT: u8 = 5;

/// One weight per criterion, in content order, each within `0..=MAX_WEIGHT`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Priorities(Vec<u8>);

impl Priorities {
    /// Every criterion at the default weight.
    pub fn defaults(count: usize) -> Self {
        Priorities(vec![DEFAULT_WEIGHT; count])
    }

    /// Builds priorities from any weights, clamping each into range.
    pub fn from_weights(weights: impl IntoIterator<Item = u8>) -> Self {
        Priorities(weights.into_iter().map(|w| w.min(MAX_WEIGHT)).collect())
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The weight at `index`, or 0 for a criterion that does not exist.
    pub fn get(&self, index: usize) -> u8 {
        self.0.get(index).copied().unwrap_or(0)
    }

    /// Sets one weight, clamped into range; an unknown index changes nothing.
    pub fn set(&mut self, index: usize, weight: u8) {
        if let Some(slot) = self.0.get_mut(index) {
            *slot = weight.min(MAX_WEIGHT);
        }
    }

    pub fn weights(&self) -> &[u8] {
        &self.0
    }

    /// The weights widened for scoring arithmetic.
    pub fn as_u32(&self) -> Vec<u32> {
        self.0.iter().map(|&w| u32::from(w)).collect()
    }

    pub fn is_default(&self) -> bool {
        self.0.iter().all(|&w| w == DEFAULT_WEIGHT)
    }
}

/// How a weight reads in words, for the slider's visible label and `aria-valuetext`.
pub fn weight_in_words(weight: u8) -> &'static str {
    match weight {
        0 => "ignore",
        1 => "negligible",
        2 => "minor",
        3 => "low",
        4 => "modest",
        5 => "moderate",
        6 => "considerable",
        7 => "high",
        8 => "very high",
        9 => "essential",
        _ => "critical",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_are_clamped_on_the_way_in() {
        let mut p = Priorities::from_weights([3, 11, 255]);
        assert_eq!(p.weights(), &[3, 10, 10]);
        p.set(0, 200);
        assert_eq!(p.get(0), MAX_WEIGHT);
    }

    #[test]
    fn unknown_indices_are_harmless() {
        let mut p = Priorities::defaults(2);
        p.set(7, 1);
        assert_eq!(p, Priorities::defaults(2));
        assert_eq!(p.get(7), 0);
    }

    #[test]
    fn every_weight_has_distinct_words_from_ignore_to_critical() {
        let words: Vec<_> = (0..=MAX_WEIGHT).map(weight_in_words).collect();
        assert_eq!(words.first(), Some(&"ignore"));
        assert_eq!(words.last(), Some(&"critical"));
        let unique: std::collections::HashSet<_> = words.iter().collect();
        assert_eq!(unique.len(), words.len());
    }

    #[test]
    fn defaults_are_default() {
        assert!(Priorities::defaults(13).is_default());
        assert!(!Priorities::from_weights([5, 4]).is_default());
    }
}
