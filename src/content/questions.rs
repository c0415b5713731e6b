//! The quick questionnaire: six questions about the project, each answer
//! nudging the weights of the criteria it bears on. Nudges are ours, drawn
//! from the article's "when to choose" lists and its FAQ.

use crate::domain::questionnaire::{Choice, Question};

/// The questionnaire's heading: it says how many questions there are.
pub const HEADING: &str = "Not sure? Answer six quick questions";

pub static QUESTIONS: [Question; 6] = [
    Question {
        id: "size",
        text: "How big will the project grow?",
        options: &[
            Choice {
                label: "Small and focused",
                nudges: &[
                    ("scalability", -3),
                    ("use-cases", -2),
                    ("features", -2),
                    ("performance", 1),
                    ("flexibility", 1),
                ],
            },
            Choice {
                label: "Medium",
                nudges: &[],
            },
            Choice {
                label: "A large platform with heavy traffic",
                nudges: &[
                    ("scalability", 4),
                    ("use-cases", 3),
                    ("features", 2),
                    ("community", 2),
                    ("core", 2),
                ],
            },
        ],
    },
    Question {
        id: "team",
        text: "How experienced is the team with Python web frameworks?",
        options: &[
            Choice {
                label: "New to them",
                nudges: &[("learning", 4), ("community", 1)],
            },
            Choice {
                label: "Some experience",
                nudges: &[("learning", 1)],
            },
            Choice {
                label: "Very experienced",
                nudges: &[("learning", -3), ("flexibility", 1)],
            },
        ],
    },
    Question {
        id: "deadline",
        text: "How tight is the deadline?",
        options: &[
            Choice {
                label: "Relaxed",
                nudges: &[("dev-speed", -2)],
            },
            Choice {
                label: "Normal",
                nudges: &[],
            },
            Choice {
                label: "Tight",
                nudges: &[("dev-speed", 4), ("features", 2)],
            },
        ],
    },
    Question {
        id: "kind",
        text: "What are you building?",
        options: &[
            Choice {
                label: "An API or microservice",
                nudges: &[
                    ("performance", 3),
                    ("routing", 3),
                    ("templates", -4),
                    ("use-cases", -1),
                ],
            },
            Choice {
                label: "A full website with pages",
                nudges: &[("templates", 2), ("features", 2), ("core", 1)],
            },
            Choice {
                label: "Both",
                nudges: &[("templates", 1)],
            },
        ],
    },
    Question {
        id: "data",
        text: "How sensitive is the data it handles?",
        options: &[
            Choice {
                label: "Not sensitive",
                nudges: &[("security", -2)],
            },
            Choice {
                label: "Somewhat",
                nudges: &[],
            },
            Choice {
                label: "Highly (payments, personal data)",
                nudges: &[("security", 5)],
            },
        ],
    },
    Question {
        id: "control",
        text: "How much do you want to pick your own tools?",
        options: &[
            Choice {
                label: "Give me good defaults",
                nudges: &[("core", 2), ("flexibility", -3), ("extensions", -2)],
            },
            Choice {
                label: "Somewhat",
                nudges: &[],
            },
            Choice {
                label: "I want full control",
                nudges: &[("flexibility", 4), ("extensions", 3), ("core", -2)],
            },
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_heading_counts_the_questions() {
        let words = [
            "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        ];
        let count = words[QUESTIONS.len()];
        assert!(
            HEADING.contains(&format!(" {count} ")),
            "{HEADING:?} for {count} questions"
        );
    }
}
