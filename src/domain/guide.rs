//! The rest of the article, beyond its 13 rounds: each framework's overview
//! and key figures, pros and cons, "when to choose" lists and FAQ, as data
//! that names the criteria and profiles it relates to.

use super::comparison::Side;
use super::prose::Prose;
#[cfg(not(target_family = "wasm"))]
use super::{comparison::Comparison, content_check::ContentError};

#[derive(Debug)]
pub struct Guide {
    /// Indexed by [`Side::index`], like the frameworks.
    pub frameworks: [FrameworkGuide; 2],
    pub faq: &'static [Faq],
    /// Anchors of the article's sections this guide draws on.
    pub anchors: Anchors,
}

#[derive(Debug)]
pub struct Anchors {
    pub overview: [&'static str; 2],
    pub when_to_choose: [&'static str; 2],
    pub pros_and_cons: [&'static str; 2],
    pub faq: &'static str,
}

#[derive(Debug)]
pub struct FrameworkGuide {
    pub created: u16,
    pub creators: Prose,
    /// Origin and philosophy, in a sentence or two.
    pub summary: Prose,
    pub figures: &'static [Figure],
    pub pros: &'static [Point],
    pub cons: &'static [Point],
    pub fits: &'static [Fit],
}

/// A number from the article, with the date it is from.
#[derive(Debug)]
pub struct Figure {
    pub label: Prose,
    pub value: Prose,
    pub as_of: Prose,
}

/// One pro or con: a short title, a line of explanation and the criterion
/// (by id) it is about, if there is one.
#[derive(Debug)]
pub struct Point {
    pub title: Prose,
    pub detail: Prose,
    pub criterion: Option<&'static str>,
}

/// One "choose it when" item, and the profile (by id) that matches it.
#[derive(Debug)]
pub struct Fit {
    pub text: &'static str,
    pub preset: Option<&'static str>,
}

#[derive(Debug)]
pub struct Faq {
    pub question: Prose,
    pub answer: Prose,
}

impl Guide {
    /// The pros and cons related to criterion `id`, for both frameworks:
    /// (side, is a pro, point).
    pub fn related(&self, id: &str) -> Vec<(Side, bool, &'static Point)> {
        Side::BOTH
            .into_iter()
            .flat_map(|side| {
                let guide = &self.frameworks[side.index()];
                let pros = guide.pros.iter().map(move |p| (side, true, p));
                let cons = guide.cons.iter().map(move |p| (side, false, p));
                pros.chain(cons)
            })
            .filter(|(_, _, point)| point.criterion == Some(id))
            .collect()
    }

    /// Every reference to a criterion or profile that does not exist, and
    /// every empty text.
    #[cfg(not(target_family = "wasm"))]
    pub fn validate(&self, comparison: &Comparison) -> Vec<ContentError> {
        let mut errors = Vec::new();
        for side in Side::BOTH {
            let guide = &self.frameworks[side.index()];
            let place = comparison.framework(side).name;
            let mut report = |problem: String| {
                errors.push(ContentError {
                    place: place.to_owned(),
                    problem,
                })
            };
            let points = guide.pros.iter().chain(guide.cons);
            for point in points {
                if point.title.is_blank() || point.detail.is_blank() {
                    report("a pro or con has no title or detail".into());
                }
                if let Some(id) = point.criterion {
                    if !comparison.criteria.iter().any(|c| c.id == id) {
                        report(format!("'{}' names unknown criterion '{id}'", point.title));
                    }
                }
            }
            for fit in guide.fits {
                if let Some(id) = fit.preset {
                    match comparison.presets.iter().find(|p| p.id == id) {
                        None => report(format!("'{}' names unknown profile '{id}'", fit.text)),
                        Some(preset) if preset.leans != side => {
                            report(format!("profile '{id}' leans to the other framework"))
                        }
                        Some(_) => {}
                    }
                }
            }
        }
        for faq in self.faq {
            if faq.question.is_blank() || faq.answer.is_blank() {
                errors.push(ContentError {
                    place: "FAQ".into(),
                    problem: format!("'{}' needs a question and an answer", faq.question),
                });
            }
        }
        errors
    }
}

/// How many ticked "when to choose" items point to each framework, indexed
/// by [`Side::index`]; `ticked[side]` holds one flag per item of that side.
pub fn ticked_counts(ticked: &[Vec<bool>; 2]) -> [usize; 2] {
    ticked
        .each_ref()
        .map(|items| items.iter().filter(|&&t| t).count())
}

/// One sentence on what the ticks say, naming the frameworks.
pub fn ticked_summary(counts: [usize; 2], names: [&str; 2]) -> String {
    let [first, second] = counts;
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if first + second == 0 {
        return "Tick what describes your project to see which side it matches.".into();
    }
    if first == second {
        return format!(
            "{first} item{} on each side: your project matches both equally.",
            plural(first)
        );
    }
    let (lead, more, fewer) = if first > second {
        (names[0], first, second)
    } else {
        (names[1], second, first)
    };
    format!(
        "Your project matches {lead} more: {more} item{} against {fewer}.",
        plural(more)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_ticks_per_side() {
        let ticked = [vec![true, false, true], vec![false, true]];
        assert_eq!(ticked_counts(&ticked), [2, 1]);
        assert_eq!(ticked_counts(&[vec![], vec![]]), [0, 0]);
    }

    #[test]
    fn summary_names_the_side_with_more_ticks() {
        let names = ["A", "B"];
        assert_eq!(
            ticked_summary([0, 0], names),
            "Tick what describes your project to see which side it matches."
        );
        assert_eq!(
            ticked_summary([1, 3], names),
            "Your project matches B more: 3 items against 1."
        );
        assert_eq!(
            ticked_summary([1, 0], names),
            "Your project matches A more: 1 item against 0."
        );
        assert_eq!(
            ticked_summary([2, 2], names),
            "2 items on each side: your project matches both equally."
        );
    }
}
