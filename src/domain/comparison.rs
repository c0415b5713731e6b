//! The shape of the comparison content: two frameworks, a list of criteria
//! (the article's rounds), each with a verdict and a score per framework.
//! Nothing here names a framework: the content module supplies the data.

use super::prose::Prose;

/// One of the two frameworks being compared, by position in [`Comparison::frameworks`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    First,
    Second,
}

impl Side {
    pub const BOTH: [Side; 2] = [Side::First, Side::Second];

    pub fn index(self) -> usize {
        match self {
            Side::First => 0,
            Side::Second => 1,
        }
    }

    pub fn other(self) -> Side {
        match self {
            Side::First => Side::Second,
            Side::Second => Side::First,
        }
    }
}

/// How strongly the article words a round's verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// "a bit more": the winner is only slightly ahead.
    Edge,
    /// "wins", "is the winner": a plain win.
    Win,
    /// "wins clearly", "the clear winner".
    Clear,
}

impl Strength {
    /// The score gaps (winner minus loser) that match this strength. The bands
    /// are disjoint and ordered, so a stronger verdict always means a wider gap.
    pub fn gap_range(self) -> std::ops::RangeInclusive<u8> {
        match self {
            Strength::Edge => 1..=1,
            Strength::Win => 2..=3,
            Strength::Clear => 4..=5,
        }
    }

    /// Our name for it (the article's own words are `Verdict::wording`).
    pub fn label(self) -> &'static str {
        match self {
            Strength::Edge => "a narrow win",
            Strength::Win => "a win",
            Strength::Clear => "a clear win",
        }
    }
}

#[derive(Debug)]
pub struct Framework {
    /// Stable id, used in links and saved state.
    pub id: &'static str,
    pub name: &'static str,
    /// One line on what kind of framework it is.
    pub tagline: Prose,
    /// Colour hue (0 to 360) for this framework's identity in both themes.
    pub hue: u16,
}

/// What one framework brings to one criterion, and the score we give it there.
#[derive(Debug)]
pub struct Take {
    /// Two or three sentences, in our own words.
    pub offers: Prose,
    /// 0 to 10.
    pub score: u8,
    /// Why this score, in one line.
    pub reason: Prose,
}

#[derive(Debug)]
pub struct Verdict {
    pub winner: Side,
    /// Our reading of how firmly the article decides, which sets the gap
    /// between the scores; shown as ours.
    pub strength: Strength,
    /// The article's own words for the verdict ("wins", "is the clear
    /// winner"), shown after the winner's name.
    pub wording: &'static str,
    /// The article's reasoning for the verdict, paraphrased in one line.
    pub summary: Prose,
}

#[derive(Debug)]
pub struct Criterion {
    /// Stable id, used in links and saved state: never change one once published.
    pub id: &'static str,
    pub name: &'static str,
    /// A short lowercase label for charts and generated sentences ("security", "templating").
    pub topic: &'static str,
    /// Section anchor on the original article page.
    pub anchor: &'static str,
    /// Indexed by [`Side::index`].
    pub takes: [Take; 2],
    pub verdict: Verdict,
}

impl Criterion {
    pub fn take(&self, side: Side) -> &Take {
        &self.takes[side.index()]
    }

    /// Score of `side` minus the other side's score.
    pub fn gap(&self, side: Side) -> i32 {
        i32::from(self.take(side).score) - i32::from(self.take(side.other()).score)
    }
}

/// A one-click profile from the article's "when to choose" lists: a weight
/// for every criterion, and the framework the article points such projects to.
#[derive(Debug)]
pub struct Preset {
    /// Stable id.
    pub id: &'static str,
    pub name: &'static str,
    /// Why these weights, in one line.
    pub why: &'static str,
    /// The framework the article recommends for such projects.
    pub leans: Side,
    /// Criterion id to weight, for every criterion.
    pub weights: &'static [(&'static str, u8)],
}

#[derive(Debug)]
pub struct Source {
    /// Scheme and host, such as `https://example.org`.
    pub site: &'static str,
    /// The article's path on that site, from its first `/`.
    pub path: &'static str,
    pub title: &'static str,
    /// Who published it, as the page names them.
    pub publisher: &'static str,
    pub published: &'static str,
}

impl Source {
    /// Address of the original article.
    pub fn url(&self) -> String {
        format!("{}{}", self.site, self.path)
    }

    /// Address of one section of the original article.
    pub fn section_url(&self, anchor: &str) -> String {
        format!("{}#{anchor}", self.url())
    }
}

#[derive(Debug)]
pub struct Comparison {
    pub source: Source,
    pub frameworks: [Framework; 2],
    pub criteria: &'static [Criterion],
    pub presets: &'static [Preset],
}

pub const MAX_SCORE: u8 = 10;

impl Comparison {
    pub fn framework(&self, side: Side) -> &Framework {
        &self.frameworks[side.index()]
    }

    /// Every criterion's scores, in content order, indexed by [`Side::index`].
    pub fn score_table(&self) -> Vec<[u8; 2]> {
        self.criteria
            .iter()
            .map(|c| c.takes.each_ref().map(|t| t.score))
            .collect()
    }

    /// A preset's weights in content order (a criterion it leaves out gets 0).
    pub fn preset_weights(&self, preset: &Preset) -> Vec<u8> {
        self.criteria
            .iter()
            .map(|c| {
                preset
                    .weights
                    .iter()
                    .find(|(id, _)| *id == c.id)
                    .map_or(0, |&(_, w)| w)
            })
            .collect()
    }

    /// How many rounds each framework wins, indexed by [`Side::index`].
    pub fn tally(&self) -> [usize; 2] {
        Side::BOTH.map(|side| {
            self.criteria
                .iter()
                .filter(|c| c.verdict.winner == side)
                .count()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::prose::prose;

    fn take(score: u8) -> Take {
        Take {
            offers: prose("Offers something."),
            score,
            reason: prose("Because."),
        }
    }

    fn criterion(id: &'static str, scores: [u8; 2], winner: Side, strength: Strength) -> Criterion {
        Criterion {
            id,
            name: "Test round",
            topic: "testing",
            anchor: "Section",
            takes: [take(scores[0]), take(scores[1])],
            verdict: Verdict {
                winner,
                strength,
                wording: "wins",
                summary: prose("Summary."),
            },
        }
    }

    fn comparison(criteria: &'static [Criterion]) -> Comparison {
        let fw = |id| Framework {
            id,
            name: "Name",
            tagline: prose("Tagline"),
            hue: 100,
        };
        Comparison {
            source: Source {
                site: "https://example.org",
                path: "/a",
                title: "T",
                publisher: "Example",
                published: "2025-01-01",
            },
            frameworks: [fw("one"), fw("two")],
            criteria,
            presets: &[],
        }
    }

    fn leak(c: Vec<Criterion>) -> &'static [Criterion] {
        Box::leak(c.into_boxed_slice())
    }

    #[test]
    fn the_source_address_joins_site_and_path() {
        let c = comparison(leak(vec![]));
        assert_eq!(c.source.url(), "https://example.org/a");
        assert_eq!(c.source.section_url("Intro"), "https://example.org/a#Intro");
    }

    #[test]
    fn consistent_content_has_no_errors() {
        let c = comparison(leak(vec![
            criterion("a", [8, 5], Side::First, Strength::Win),
            criterion("b", [6, 7], Side::Second, Strength::Edge),
            criterion("c", [9, 4], Side::First, Strength::Clear),
        ]));
        assert_eq!(c.validate(), vec![]);
        assert_eq!(c.tally(), [2, 1]);
    }

    #[test]
    fn a_verdict_the_scores_contradict_is_reported_by_criterion_name() {
        let c = comparison(leak(vec![criterion(
            "a",
            [5, 8],
            Side::First,
            Strength::Win,
        )]));
        let errors = c.validate();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].place, "Test round");
        assert!(errors[0].problem.contains("not higher"), "{}", errors[0]);
    }

    #[test]
    fn a_gap_outside_the_strength_band_is_reported() {
        let c = comparison(leak(vec![
            criterion("a", [9, 8], Side::First, Strength::Clear),
            criterion("b", [4, 9], Side::Second, Strength::Edge),
        ]));
        let errors = c.validate();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors
            .iter()
            .all(|e| e.problem.contains("needs a score gap")));
    }

    #[test]
    fn scores_above_ten_are_reported() {
        let c = comparison(leak(vec![criterion(
            "a",
            [12, 9],
            Side::First,
            Strength::Win,
        )]));
        assert!(c.validate().iter().any(|e| e.problem.contains("above 10")));
    }

    #[test]
    fn duplicate_and_malformed_ids_are_reported() {
        let c = comparison(leak(vec![
            criterion("a", [8, 6], Side::First, Strength::Win),
            criterion("a", [8, 6], Side::First, Strength::Win),
            criterion("Bad Id", [8, 6], Side::First, Strength::Win),
        ]));
        let errors = c.validate();
        assert!(errors
            .iter()
            .any(|e| e.place == "a" && e.problem.contains("twice")));
        assert!(errors.iter().any(|e| e.place == "Bad Id"));
    }

    #[test]
    fn presets_must_weigh_every_criterion_once_and_only_criteria() {
        let criteria = leak(vec![
            criterion("a", [8, 6], Side::First, Strength::Win),
            criterion("b", [6, 8], Side::Second, Strength::Win),
        ]);
        let preset = |weights: &'static [(&'static str, u8)]| Preset {
            id: "p",
            name: "Profile",
            why: "Because.",
            leans: Side::First,
            weights,
        };
        let mut c = comparison(criteria);
        let presets = Box::leak(Box::new([
            preset(&[("a", 9), ("b", 1)]),
            preset(&[("a", 9), ("a", 2), ("zzz", 4), ("b", 11)]),
        ]));
        c.presets = presets;
        let problems: Vec<_> = c.validate().into_iter().map(|e| e.problem).collect();
        assert_eq!(
            problems,
            vec![
                "'zzz' is not a criterion",
                "the weight for 'b' is above 10",
                "it sets 'a' twice",
            ]
        );
        assert_eq!(c.preset_weights(&c.presets[0]), vec![9, 1]);
    }

    #[test]
    fn strength_bands_are_ordered_and_disjoint() {
        let bands = [Strength::Edge, Strength::Win, Strength::Clear].map(Strength::gap_range);
        for pair in bands.windows(2) {
            assert!(pair[0].end() < pair[1].start());
        }
    }

    #[test]
    fn sides_are_each_others_other() {
        for side in Side::BOTH {
            assert_eq!(side.other().other(), side);
            assert_ne!(side.other(), side);
        }
    }
}
