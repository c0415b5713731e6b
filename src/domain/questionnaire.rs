//! A few questions about the project that set the sliders: each answer
//! nudges some weights up or down from the defaults.

use super::priorities::{Priorities, DEFAULT_WEIGHT, MAX_WEIGHT};

#[derive(Debug)]
pub struct Question {
    /// Stable id.
    pub id: &'static str,
    pub text: &'static str,
    pub options: &'static [Choice],
}

#[derive(Debug)]
pub struct Choice {
    pub label: &'static str,
    /// Criterion id and how much this answer adds to its weight.
    pub nudges: &'static [(&'static str, i8)],
}

/// The weights the answers point to: defaults, plus every chosen answer's
/// nudges, clamped to 0..=10. `answers[q]` is the chosen option of question
/// `q`, None when skipped; `ids` are the criteria in content order.
pub fn priorities_from_answers(
    questions: &[Question],
    answers: &[Option<usize>],
    ids: &[&str],
) -> Priorities {
    let mut weights = vec![i32::from(DEFAULT_WEIGHT); ids.len()];
    let chosen = questions
        .iter()
        .zip(answers)
        .filter_map(|(q, a)| a.and_then(|i| q.options.get(i)));
    for choice in chosen {
        for (id, nudge) in choice.nudges {
            if let Some(i) = ids.iter().position(|c| c == id) {
                weights[i] += i32::from(*nudge);
            }
        }
    }
    Priorities::from_weights(
        weights
            .into_iter()
            .map(|w| w.clamp(0, i32::from(MAX_WEIGHT)) as u8),
    )
}

/// Problems in the questions: unknown criteria, empty questions.
pub fn problems(questions: &[Question], ids: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for q in questions {
        if q.options.len() < 2 {
            found.push(format!("question '{}' needs at least two answers", q.id));
        }
        for choice in q.options {
            for (id, _) in choice.nudges {
                if !ids.contains(id) {
                    found.push(format!("question '{}': '{id}' is not a criterion", q.id));
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const IDS: [&str; 3] = ["speed", "size", "safety"];
    static QUESTIONS: [Question; 2] = [
        Question {
            id: "risk",
            text: "How risky?",
            options: &[
                Choice {
                    label: "Low",
                    nudges: &[("safety", -3)],
                },
                Choice {
                    label: "High",
                    nudges: &[("safety", 9), ("speed", -1)],
                },
            ],
        },
        Question {
            id: "scale",
            text: "How big?",
            options: &[
                Choice {
                    label: "Small",
                    nudges: &[("size", -6)],
                },
                Choice {
                    label: "Big",
                    nudges: &[("size", 2)],
                },
            ],
        },
    ];

    #[test]
    fn no_answers_leave_the_defaults() {
        let p = priorities_from_answers(&QUESTIONS, &[None, None], &IDS);
        assert_eq!(p, Priorities::defaults(3));
    }

    #[test]
    fn answers_add_up_and_are_clamped() {
        let p = priorities_from_answers(&QUESTIONS, &[Some(1), Some(0)], &IDS);
        assert_eq!(p.weights(), &[4, 0, 10]);
        let p = priorities_from_answers(&QUESTIONS, &[Some(0), None], &IDS);
        assert_eq!(p.weights(), &[5, 5, 2]);
    }

    #[test]
    fn an_answer_out_of_range_is_ignored() {
        let p = priorities_from_answers(&QUESTIONS, &[Some(7), Some(1)], &IDS);
        assert_eq!(p.weights(), &[5, 7, 5]);
    }

    #[test]
    fn unknown_criteria_are_reported() {
        assert!(problems(&QUESTIONS, &IDS).is_empty());
        assert_eq!(
            problems(&QUESTIONS, &["speed", "size"]),
            vec![
                "question 'risk': 'safety' is not a criterion",
                "question 'risk': 'safety' is not a criterion"
            ]
        );
    }
}
