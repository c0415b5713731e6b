//! The comparison content, as data: the only Rust file that names the
//! frameworks. Every text is our own summary of the source article; each
//! criterion links to the article's section for the claim. `cargo test`
//! validates it (see the test at the bottom) and names any bad criterion.
//!
//! Scores are ours, set so that the article's winner of each round scores
//! higher, with a gap that follows how strongly the article words the
//! verdict: 1 for "a bit more", 2 to 3 for "wins", 4 to 5 for "wins clearly".

use crate::domain::comparison::{
    Comparison, Criterion, Framework, Side, Source, Strength, Take, Verdict,
};
use crate::domain::prose::prose;

mod guide;
mod presets;
pub mod questions;

pub use guide::GUIDE;

/// The article's section anchors for rounds 2 to 13 share one prefix.
macro_rules! round_anchor {
    ($topic:literal) => {
        concat!("%E2%9E%A2_Django_and_Flask_Difference_", $topic)
    };
}

pub(crate) const DJANGO: Side = Side::First;
pub(crate) const FLASK: Side = Side::Second;

pub static COMPARISON: Comparison = Comparison {
    source: Source {
        site: "https://www.hostitsmart.com",
        path: "/blog/difference-between-django-and-flask/",
        title: "Difference Between Django and Flask: A Face-Off!",
        publisher: "Host IT Smart",
        published: "2025-08-05",
    },
    frameworks: [
        Framework {
            id: "django",
            name: "Django",
            tagline: prose("Full-stack and batteries-included, around since 2005"),
            hue: 152,
        },
        Framework {
            id: "flask",
            name: "Flask",
            tagline: prose("A micro-framework you extend piece by piece, since 2010"),
            hue: 222,
        },
    ],
    criteria: &CRITERIA,
    presets: &presets::PRESETS,
};

static CRITERIA: [Criterion; 13] = [
    Criterion {
        id: "core",
        name: "Core difference",
        topic: "full-stack core",
        anchor: "%E2%9E%A2_What_is_the_Difference_Between_Flask_and_Django",
        takes: [
            Take {
                offers: prose("A full-stack framework: an ORM, user authentication and an admin interface come in the box. A team starts with most of what a production site needs already wired together."),
                score: 8,
                reason: prose("The essentials ship up front, so fewer gaps are left to fill before launch."),
            },
            Take {
                offers: prose("A micro-framework that covers routing and request handling and leaves the rest to you. Nothing you did not ask for sits in the project."),
                score: 6,
                reason: prose("A lean core, but every production essential is a choice you make and wire up."),
            },
        ],
        verdict: Verdict {
            winner: DJANGO,
            strength: Strength::Win,
            wording: "wins",
            summary: prose("The full-stack approach saves time and makes it harder to forget something production needs."),
        },
    },
    Criterion {
        id: "flexibility",
        name: "Flexibility and customization",
        topic: "flexibility",
        anchor: round_anchor!("Flexibility_and_Customization"),
        takes: [
            Take {
                offers: prose("Django has a preferred way of doing things, with its own conventions and patterns. Projects come out consistent and maintainable, at the price of some freedom to go your own way."),
                score: 6,
                reason: prose("Its conventions bring order but push back on unusual designs."),
            },
            Take {
                offers: prose("You decide how the project is laid out and pick every library and tool yourself. Little in the framework resists an unconventional design."),
                score: 9,
                reason: prose("Near-total freedom over structure and components."),
            },
        ],
        verdict: Verdict {
            winner: FLASK,
            strength: Strength::Win,
            wording: "wins",
            summary: prose("Flask takes the round by leaving the developer in control of nearly everything."),
        },
    },
    Criterion {
        id: "features",
        name: "Built-in features",
        topic: "built-in features",
        anchor: round_anchor!("Built-in_Features"),
        takes: [
            Take {
                offers: prose("A large, integrated toolbox covers common needs from the first day. Little integration work stands between you and a production-ready app."),
                score: 9,
                reason: prose("The wider set of integrated tools of the two."),
            },
            Take {
                offers: prose("A deliberately small starting kit. Anything past the basics arrives by choosing and adding extensions by hand."),
                score: 6,
                reason: prose("Only the basics are included; everything else is an add-on."),
            },
        ],
        verdict: Verdict {
            winner: DJANGO,
            strength: Strength::Win,
            wording: "wins",
            summary: prose("Django's rich built-in toolset decides this round."),
        },
    },
    Criterion {
        id: "learning",
        name: "Learning curve",
        topic: "learning curve",
        anchor: round_anchor!("Learning_Curve"),
        takes: [
            Take {
                offers: prose("Django comes with its own rules, patterns and vocabulary, which newcomers need time to absorb. The effort pays back later, when large projects get easier to manage."),
                score: 5,
                reason: prose("More to learn before a new team is productive."),
            },
            Take {
                offers: prose("A small API and plain syntax mean anyone with basic Python can have an app running quickly. There are few concepts to master before shipping."),
                score: 8,
                reason: prose("Small surface and a quick first success."),
            },
        ],
        verdict: Verdict {
            winner: FLASK,
            strength: Strength::Win,
            wording: "wins",
            summary: prose("Flask's simplicity lets a team build and deploy without a long learning phase."),
        },
    },
    Criterion {
        id: "scalability",
        name: "Scalability",
        topic: "scalability",
        anchor: round_anchor!("Scalability"),
        takes: [
            Take {
                offers: prose("Its ORM, built-in tooling and structured layout are made for sites that take heavy traffic and keep growing. Big, complex applications stay manageable."),
                score: 9,
                reason: prose("Designed with large, high-traffic platforms in mind."),
            },
            Take {
                offers: prose("Flask ships no tooling aimed at scale. Growth is possible, but it takes deliberate architecture and extra manual work."),
                score: 5,
                reason: prose("It can grow, but only with planning and effort you supply."),
            },
        ],
        verdict: Verdict {
            winner: DJANGO,
            strength: Strength::Clear,
            wording: "wins clearly",
            summary: prose("A clear Django win for any project expected to grow large."),
        },
    },
    Criterion {
        id: "use-cases",
        name: "Use cases",
        topic: "use-case fit",
        anchor: round_anchor!("Use_Cases"),
        takes: [
            Take {
                offers: prose("Django suits complete web applications with many moving parts. When advanced capabilities are needed from day one, having them built in saves development time."),
                score: 8,
                reason: prose("The better choice for robust web applications with many features."),
            },
            Take {
                offers: prose("Flask fits small, focused projects that need to ship fast. A minimal setup keeps you in full control of every piece."),
                score: 6,
                reason: prose("Ideal for narrow apps, less so for broad ones."),
            },
        ],
        verdict: Verdict {
            winner: DJANGO,
            strength: Strength::Win,
            wording: "is the winner",
            summary: prose("For robust applications rich in features, Django is the article's pick."),
        },
    },
    Criterion {
        id: "community",
        name: "Community and ecosystem",
        topic: "community",
        anchor: round_anchor!("Community_and_Ecosystem"),
        takes: [
            Take {
                offers: prose("Around since 2005, Django has a huge base of developers, contributors and companies, and about 84K GitHub stars (August 2025). Its ecosystem is mature and well stocked."),
                score: 9,
                reason: prose("An older, larger community: answers and packages are easy to find."),
            },
            Take {
                offers: prose("A strong, active community, popular with developers who like its simplicity and flexibility, with about 70K GitHub stars (August 2025). Its ecosystem is the smaller of the two."),
                score: 7,
                reason: prose("A strong community, with a smaller ecosystem."),
            },
        ],
        verdict: Verdict {
            winner: DJANGO,
            strength: Strength::Win,
            wording: "wins",
            summary: prose("Django's bigger community and mature ecosystem make help and tools easier to find."),
        },
    },
    Criterion {
        id: "dev-speed",
        name: "Speed of development",
        topic: "development speed",
        anchor: round_anchor!("Speed_of_Development"),
        takes: [
            Take {
                offers: prose("So much is included that complex applications come together quickly. There is no stage of assembling the parts before real work starts."),
                score: 8,
                reason: prose("The quickest route to a complex, feature-rich app."),
            },
            Take {
                offers: prose("A simple project is quick to set up. As the app grows, though, more and more time goes into picking and configuring extensions for what Django has by default."),
                score: 6,
                reason: prose("Fast to start, slower as requirements pile up."),
            },
        ],
        verdict: Verdict {
            winner: DJANGO,
            strength: Strength::Win,
            wording: "wins",
            summary: prose("Django gets feature-rich apps built faster."),
        },
    },
    Criterion {
        id: "performance",
        name: "Performance",
        topic: "performance",
        anchor: round_anchor!("Performance"),
        takes: [
            Take {
                offers: prose("Its many built-in parts can add some overhead. It is well optimised and does well for medium and large apps, though it may fall short of Flask's raw speed on minimal ones."),
                score: 5,
                reason: prose("Good, but heavier than Flask for small, speed-sensitive services."),
            },
            Take {
                offers: prose("With no extra layers, Flask stays lean and fast for small apps, APIs and microservices. You load only what you use."),
                score: 9,
                reason: prose("Low overhead makes it the quicker option for lightweight services."),
            },
        ],
        verdict: Verdict {
            winner: FLASK,
            strength: Strength::Clear,
            wording: "is the clear winner",
            summary: prose("When raw speed for lightweight apps or APIs comes first, Flask wins clearly."),
        },
    },
    Criterion {
        id: "security",
        name: "Security",
        topic: "security",
        anchor: round_anchor!("Security"),
        takes: [
            Take {
                offers: prose("Security was a design goal: protection against common attacks is included and switched on by default. Most safeguards need no manual setup."),
                score: 9,
                reason: prose("Secure defaults out of the box."),
            },
            Take {
                offers: prose("Flask can be made secure, but as a minimal framework it leaves many protections for you to add, by hand or through extensions. You get control at the price of manual work."),
                score: 6,
                reason: prose("Security is possible, but largely your job."),
            },
        ],
        verdict: Verdict {
            winner: DJANGO,
            strength: Strength::Win,
            wording: "wins",
            summary: prose("Django's built-in protections win the round."),
        },
    },
    Criterion {
        id: "templates",
        name: "Template engine",
        topic: "templating",
        anchor: round_anchor!("Template_Engine"),
        takes: [
            Take {
                offers: prose("The Django Template Language (DTL) is easy to use and tightly integrated, which keeps templates consistent across an app. It is a little less flexible than Jinja2."),
                score: 7,
                reason: prose("Solid and consistent, slightly less flexible."),
            },
            Take {
                offers: prose("Flask uses Jinja2 by default, a fast and capable engine. Its inheritance, filters and macros give room to build dynamic pages your way."),
                score: 8,
                reason: prose("Jinja2 is powerful and flexible."),
            },
        ],
        verdict: Verdict {
            winner: FLASK,
            strength: Strength::Edge,
            wording: "wins",
            summary: prose("Both engines are good; Jinja2 gives Flask a small edge in flexibility and power."),
        },
    },
    Criterion {
        id: "routing",
        name: "Routing mechanism",
        topic: "routing",
        anchor: round_anchor!("Routing_Mechanism"),
        takes: [
            Take {
                offers: prose("URL patterns live in separate configuration files. That order helps large projects, but can feel stiff for a small app."),
                score: 6,
                reason: prose("Well organised for big projects, heavier for small ones."),
            },
            Take {
                offers: prose("Routes are declared with a decorator right on the view function. It is plain at a glance which URL runs which code."),
                score: 8,
                reason: prose("Simple, visible and flexible routes."),
            },
        ],
        verdict: Verdict {
            winner: FLASK,
            strength: Strength::Win,
            wording: "wins",
            summary: prose("Flask's direct, flexible routing wins, above all for APIs and lightweight apps."),
        },
    },
    Criterion {
        id: "extensions",
        name: "Third-party libraries and extensions",
        topic: "extensions",
        anchor: round_anchor!("Third-party_Libraries_and_Extensions"),
        takes: [
            Take {
                offers: prose("Django has a rich set of third-party apps too. With so much built in, though, a project may need fewer of them, unless it adds very specific features."),
                score: 6,
                reason: prose("A rich catalogue, though less central to everyday work."),
            },
            Take {
                offers: prose("A broad and growing range of extensions adds authentication, database access, form validation and more. You assemble exactly the stack you want."),
                score: 8,
                reason: prose("Extensions are central to Flask, and there are many."),
            },
        ],
        verdict: Verdict {
            winner: FLASK,
            strength: Strength::Win,
            wording: "is the winner",
            summary: prose("Flask's wide catalogue of extensions lets you build precisely what you want."),
        },
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_is_valid() {
        let errors = COMPARISON.validate();
        assert!(
            errors.is_empty(),
            "invalid comparison content:\n{}",
            errors
                .iter()
                .map(|e| format!("  - {e}"))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }

    #[test]
    fn every_preset_leads_to_the_framework_the_article_names_for_it() {
        use crate::domain::scoring::{evaluate, Call};
        for preset in COMPARISON.presets {
            let weights: Vec<u32> = COMPARISON
                .preset_weights(preset)
                .into_iter()
                .map(u32::from)
                .collect();
            let call = evaluate(&COMPARISON.score_table(), &weights).call();
            assert!(
                matches!(call, Call::Leads { side, .. } if side == preset.leans),
                "preset '{}' gives {call:?}",
                preset.name
            );
        }
    }

    #[test]
    fn the_questions_name_only_real_criteria() {
        let ids: Vec<&str> = COMPARISON.criteria.iter().map(|c| c.id).collect();
        let problems = crate::domain::questionnaire::problems(&questions::QUESTIONS, &ids);
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn typical_answers_point_where_the_article_does() {
        use crate::domain::questionnaire::priorities_from_answers;
        use crate::domain::scoring::{evaluate, Call};
        let ids: Vec<&str> = COMPARISON.criteria.iter().map(|c| c.id).collect();
        let leader = |answers: [usize; 6]| {
            let answers = answers.map(Some);
            let p = priorities_from_answers(&questions::QUESTIONS, &answers, &ids);
            match evaluate(&COMPARISON.score_table(), &p.as_u32()).call() {
                Call::Leads { side, .. } => Some(side),
                _ => None,
            }
        };
        // Small API, experienced team, relaxed, low risk, full control: Flask.
        assert_eq!(leader([0, 2, 0, 0, 0, 2]), Some(FLASK));
        // Large site, new team, tight deadline, sensitive data, defaults: Django.
        assert_eq!(leader([2, 0, 2, 1, 2, 0]), Some(DJANGO));
    }

    #[test]
    fn the_guide_is_valid_and_has_every_item_of_the_article() {
        let errors = GUIDE.validate(&COMPARISON);
        assert!(errors.is_empty(), "{errors:#?}");
        let [django, flask] = &GUIDE.frameworks;
        assert_eq!((django.pros.len(), django.cons.len()), (11, 8));
        assert_eq!((flask.pros.len(), flask.cons.len()), (9, 8));
        assert_eq!((django.fits.len(), flask.fits.len()), (5, 5));
        assert_eq!(GUIDE.faq.len(), 8);
        assert_eq!((django.created, flask.created), (2003, 2010));
    }

    #[test]
    fn security_relates_to_a_pro_of_django_and_a_con_of_flask() {
        let related = GUIDE.related("security");
        assert_eq!(related.len(), 2);
        assert!(related.iter().any(|&(side, pro, _)| side == DJANGO && pro));
        assert!(related.iter().any(|&(side, pro, _)| side == FLASK && !pro));
    }

    #[test]
    fn all_thirteen_rounds_with_the_articles_tally() {
        assert_eq!(COMPARISON.criteria.len(), 13);
        assert_eq!(COMPARISON.tally(), [7, 6]);
    }

    #[test]
    fn offers_are_two_or_three_sentences_and_reasons_one() {
        for c in COMPARISON.criteria {
            for take in &c.takes {
                let sentences = take.offers.text().matches(". ").count() + 1;
                assert!(
                    (2..=3).contains(&sentences),
                    "{}: 'offers' should be two or three sentences",
                    c.name
                );
                assert!(
                    !take.reason.text().contains(". "),
                    "{}: reason is one line",
                    c.name
                );
            }
        }
    }
}
