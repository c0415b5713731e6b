//! The shape of the comparison content: two frameworks, a list of criteria
//! (the article's rounds), each with a verdict and a score per framework.
//! Nothing here names a framework: the content module supplies the data.

use std::fmt;

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

    /// A short phrase for the verdict badge: "{winner} {label}".
    pub fn label(self) -> &'static str {
        match self {
            Strength::Edge => "edges it",
            Strength::Win => "wins",
            Strength::Clear => "wins clearly",
        }
    }
}

#[derive(Debug)]
pub struct Framework {
    /// Stable id, used in links and saved state.
    pub id: &'static str,
    pub name: &'static str,
    /// One line on what kind of framework it is.
    pub tagline: &'static str,
    /// Colour hue (0 to 360) for this framework's identity in both themes.
    pub hue: u16,
}

/// What one framework brings to one criterion, and the score we give it there.
#[derive(Debug)]
pub struct Take {
    /// Two or three sentences, in our own words.
    pub offers: &'static str,
    /// 0 to 10.
    pub score: u8,
    /// Why this score, in one line.
    pub reason: &'static str,
}

#[derive(Debug)]
pub struct Verdict {
    pub winner: Side,
    pub strength: Strength,
    /// The article's reasoning for the verdict, paraphrased in one line.
    pub summary: &'static str,
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

/// A problem in the content, naming the criterion (or framework) it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub place: String,
    pub problem: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.problem)
    }
}

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

    /// Every problem in the content, so one run reports them all.
    pub fn validate(&self) -> Vec<ContentError> {
        let mut errors = Vec::new();
        let mut report = |place: &str, problem: String| {
            errors.push(ContentError {
                place: place.to_owned(),
                problem,
            })
        };
        if self.criteria.is_empty() {
            report("content", "there are no criteria".into());
        }
        let ids = self
            .frameworks
            .iter()
            .map(|f| f.id)
            .chain(self.criteria.iter().map(|c| c.id));
        let mut seen = std::collections::HashSet::new();
        for id in ids {
            if !is_valid_id(id) {
                report(
                    id,
                    "ids must be lowercase letters, digits and dashes".into(),
                );
            }
            if !seen.insert(id) {
                report(id, "this id is used twice".into());
            }
        }
        for fw in &self.frameworks {
            if fw.name.trim().is_empty() || fw.tagline.trim().is_empty() {
                report(fw.id, "a framework needs a name and a tagline".into());
            }
            if fw.hue > 360 {
                report(fw.id, format!("hue {} is not between 0 and 360", fw.hue));
            }
        }
        for c in self.criteria {
            for problem in criterion_problems(c) {
                report(c.name, problem);
            }
        }
        for preset in self.presets {
            for problem in self.preset_problems(preset) {
                report(preset.name, problem);
            }
        }
        errors
    }
}

impl Comparison {
    fn preset_problems(&self, preset: &Preset) -> Vec<String> {
        let mut problems = Vec::new();
        if !is_valid_id(preset.id) || preset.why.trim().is_empty() {
            problems.push("a preset needs a valid id and a reason".into());
        }
        for (id, weight) in preset.weights {
            if !self.criteria.iter().any(|c| c.id == *id) {
                problems.push(format!("'{id}' is not a criterion"));
            }
            if *weight > super::priorities::MAX_WEIGHT {
                problems.push(format!("the weight for '{id}' is above 10"));
            }
        }
        for c in self.criteria {
            match preset.weights.iter().filter(|(id, _)| *id == c.id).count() {
                1 => {}
                0 => problems.push(format!("it sets no weight for '{}'", c.id)),
                _ => problems.push(format!("it sets '{}' twice", c.id)),
            }
        }
        problems
    }
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn criterion_problems(c: &Criterion) -> Vec<String> {
    let mut problems = Vec::new();
    if c.topic.trim().is_empty() || c.topic.to_lowercase() != c.topic {
        problems.push("its topic must be a non-empty lowercase phrase".into());
    }
    if c.anchor.trim().is_empty() {
        problems.push("it has no section anchor on the original article".into());
    }
    if c.verdict.summary.trim().is_empty() {
        problems.push("its verdict has no summary".into());
    }
    for (i, take) in c.takes.iter().enumerate() {
        if take.score > MAX_SCORE {
            problems.push(format!(
                "score {} of framework #{} is above {MAX_SCORE}",
                take.score,
                i + 1
            ));
        }
        if take.offers.trim().is_empty() || take.reason.trim().is_empty() {
            problems.push(format!(
                "framework #{} needs both what it offers and a reason for its score",
                i + 1
            ));
        }
    }
    let gap = c.gap(c.verdict.winner);
    let band = c.verdict.strength.gap_range();
    if gap <= 0 {
        problems.push(format!(
            "the verdict names framework #{} as winner, but its score is not higher (gap {gap})",
            c.verdict.winner.index() + 1
        ));
    } else if !band.contains(&u8::try_from(gap).unwrap_or(u8::MAX)) {
        problems.push(format!(
            "a verdict worded '{}' needs a score gap of {} to {}, not {gap}",
            c.verdict.strength.label(),
            band.start(),
            band.end()
        ));
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn take(score: u8) -> Take {
        Take {
            offers: "Offers something.",
            score,
            reason: "Because.",
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
                summary: "Summary.",
            },
        }
    }

    fn comparison(criteria: &'static [Criterion]) -> Comparison {
        let fw = |id| Framework {
            id,
            name: "Name",
            tagline: "Tagline",
            hue: 100,
        };
        Comparison {
            source: Source {
                site: "https://example.org",
                path: "/a",
                title: "T",
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
