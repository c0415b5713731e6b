//! Checks of the content's consistency: ids, references, scores that follow
//! the verdicts, no empty text. The native tests run them on the real
//! content (`content`); the wasm build never needs them.

use std::fmt;

use super::comparison::{Comparison, Criterion, Preset, MAX_SCORE};

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
            if fw.name.trim().is_empty() || fw.tagline.is_blank() {
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
    if c.verdict.summary.is_blank() {
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
        if take.offers.is_blank() || take.reason.is_blank() {
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
