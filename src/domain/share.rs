//! Priorities to and from a URL query, so a link reproduces a result.
//!
//! Format version 2: `v=2&security=9&performance=2&django.security=7`.
//! Criteria are named by their stable ids, weights are integers from 0 to
//! 10, and criteria at the default weight are left out. A key
//! `<framework>.<criterion>` is the user's own score for that framework on
//! that criterion (0 to 10). `v` is always present, so a link to the default
//! state still says "these are the sender's priorities". Version 1 links
//! (the same without scores) still open.
//!
//! Decoding never fails: it keeps what it can use and lists the rest as
//! [`LinkProblem`]s for a short notice.

use super::comparison::Side;
use super::overrides::Overrides;
use super::priorities::{Priorities, DEFAULT_WEIGHT, MAX_WEIGHT};

pub const VERSION: u32 = 2;
/// Queries longer than this are refused unread: no real link comes close
/// (a fully customised state is about 180 characters).
pub const MAX_QUERY_LEN: usize = 1024;
const VERSION_KEY: &str = "v";
/// The longest unknown key a notice names (see [`looks_mistyped`]).
const MAX_KEY_SHOWN: usize = 40;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    /// The query is longer than [`MAX_QUERY_LEN`]; nothing in it was used.
    TooLong,
    /// The link comes from a newer version of the app; nothing in it was used.
    NewerVersion,
    /// `v` is not a version this app knows; the rest was read as version 1.
    BadVersion,
    /// A value that is not a whole number (text, a fraction, empty): dropped.
    BadValue { key: String },
    /// A whole number outside 0 to 10: clamped into range.
    OutOfRange { key: String },
    /// The same criterion twice: the first value was used.
    Repeated { key: String },
    /// A key that looks like a mistyped criterion or score: ignored. Other
    /// unknown keys (campaign tags and the like) are ignored without a word.
    Unknown { key: String },
}

/// The stable ids a link is written with.
#[derive(Clone, Copy, Debug)]
pub struct Ids<'a> {
    pub criteria: &'a [&'a str],
    pub frameworks: [&'a str; 2],
}

impl Ids<'_> {
    fn criterion(&self, id: &str) -> Option<usize> {
        self.criteria.iter().position(|c| *c == id)
    }

    /// A `<framework>.<criterion>` key, as (criterion, side).
    fn score_key(&self, key: &str) -> Option<(usize, Side)> {
        let (framework, criterion) = key.split_once('.')?;
        let side = Side::BOTH
            .into_iter()
            .find(|s| self.frameworks[s.index()] == framework)?;
        Some((self.criterion(criterion)?, side))
    }
}

/// What a query yields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The priorities the link carries; None when it carries none (a plain
    /// address) or was refused. Criteria it leaves out are at the default.
    pub priorities: Option<Priorities>,
    /// The sender's own scores (none when the link carries none).
    pub overrides: Overrides,
    pub problems: Vec<LinkProblem>,
}

/// The query (without `?`) for these priorities and scores, criteria in
/// content order.
pub fn encode(ids: Ids, priorities: &Priorities, overrides: &Overrides) -> String {
    let mut query = format!("{VERSION_KEY}={VERSION}");
    for (i, id) in ids.criteria.iter().enumerate() {
        let weight = priorities.get(i);
        if weight != DEFAULT_WEIGHT {
            query.push_str(&format!("&{id}={weight}"));
        }
    }
    for (i, side, score) in overrides.iter() {
        let (framework, criterion) = (ids.frameworks[side.index()], ids.criteria[i]);
        query.push_str(&format!("&{framework}.{criterion}={score}"));
    }
    query
}

/// Reads priorities from a query (with or without the leading `?`).
/// Unknown keys are ignored; in a result link, those that look mistyped are
/// reported (see [`looks_mistyped`]).
pub fn decode(query: &str, ids: Ids) -> Decoded {
    let count = ids.criteria.len();
    let query = query.strip_prefix('?').unwrap_or(query);
    if query.len() > MAX_QUERY_LEN {
        return refused(LinkProblem::TooLong, count);
    }
    let mut problems = Vec::new();
    let mut version = None;
    let mut weights: Vec<Option<u8>> = vec![None; count];
    let mut scores: Vec<[Option<u8>; 2]> = vec![[None, None]; count];
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        if key == VERSION_KEY {
            // A second version is reported; if any of them is newer the
            // link is, whichever order they come in.
            let seen = parse_version(&value);
            match version {
                None => version = Some(seen),
                Some(first) => {
                    problems.push(LinkProblem::Repeated { key: key.into() });
                    if seen == VersionSeen::Newer || first == VersionSeen::Newer {
                        version = Some(VersionSeen::Newer);
                    }
                }
            }
            continue;
        }
        let slot = if let Some(i) = ids.criterion(&key) {
            &mut weights[i]
        } else if let Some((i, side)) = ids.score_key(&key) {
            &mut scores[i][side.index()]
        } else {
            if looks_mistyped(&key, &value) {
                problems.push(LinkProblem::Unknown { key: key.into() });
            }
            continue;
        };
        if slot.is_some() {
            problems.push(LinkProblem::Repeated { key: key.into() });
            continue;
        }
        match parse_weight(&value) {
            Some((value, in_range)) => {
                if !in_range {
                    problems.push(LinkProblem::OutOfRange { key: key.into() });
                }
                *slot = Some(value);
            }
            None => problems.push(LinkProblem::BadValue { key: key.into() }),
        }
    }
    let mut overrides = Overrides::none(count);
    for (i, pair) in scores.iter().enumerate() {
        for side in Side::BOTH {
            if let Some(score) = pair[side.index()] {
                overrides.insert(i, side, score);
            }
        }
    }
    let carries_nothing = weights.iter().all(Option::is_none) && overrides.is_empty();
    match version {
        // Not a result link at all: its unknown keys are someone else's.
        None if carries_nothing
            && problems
                .iter()
                .all(|p| matches!(p, LinkProblem::Unknown { .. })) =>
        {
            Decoded {
                priorities: None,
                overrides,
                problems: Vec::new(),
            }
        }
        Some(VersionSeen::Newer) => refused(LinkProblem::NewerVersion, count),
        seen => {
            if seen == Some(VersionSeen::Unknown) {
                problems.insert(0, LinkProblem::BadVersion);
            }
            Decoded {
                priorities: Some(Priorities::from_weights(
                    weights.into_iter().map(|w| w.unwrap_or(DEFAULT_WEIGHT)),
                )),
                overrides,
                problems,
            }
        }
    }
}

/// One short sentence for the user about what could not be used, if anything.
pub fn describe(problems: &[LinkProblem]) -> Option<String> {
    let details: Vec<String> = problems
        .iter()
        .map(|problem| match problem {
            LinkProblem::TooLong => {
                "This link is too long to be a result link, so it was ignored.".into()
            }
            LinkProblem::NewerVersion => {
                "This link comes from a newer version of this page, so it was ignored.".into()
            }
            LinkProblem::BadVersion => "its version was unreadable".into(),
            LinkProblem::BadValue { key } => {
                format!("“{key}” was unreadable and left at the default")
            }
            LinkProblem::OutOfRange { key } => {
                format!("“{key}” was outside 0 to 10 and was clamped")
            }
            LinkProblem::Repeated { key } => {
                format!("“{key}” appeared twice and its first value was used")
            }
            LinkProblem::Unknown { key } => {
                format!("“{key}” matched nothing on this page and was ignored")
            }
        })
        .collect();
    match problems.first()? {
        LinkProblem::TooLong | LinkProblem::NewerVersion => details.into_iter().next(),
        _ => Some(format!(
            "Part of this link could not be used as given: {}.",
            details.join("; ")
        )),
    }
}

/// Whether an unknown key and its value are in a result link's own alphabet
/// (an id in lowercase, maybe after a framework and a dot, and a whole
/// number): a criterion or score mistyped, most likely, unlike a campaign tag.
fn looks_mistyped(key: &str, value: &str) -> bool {
    let in_alphabet = |b: u8| b.is_ascii_lowercase() || b == b'-' || b == b'.';
    (1..=MAX_KEY_SHOWN).contains(&key.len())
        && key.bytes().all(in_alphabet)
        && !value.is_empty()
        && value.bytes().all(|b| b.is_ascii_digit())
}

fn refused(problem: LinkProblem, count: usize) -> Decoded {
    Decoded {
        priorities: None,
        overrides: Overrides::none(count),
        problems: vec![problem],
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum VersionSeen {
    Current,
    Newer,
    Unknown,
}

fn parse_version(text: &str) -> VersionSeen {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return VersionSeen::Unknown;
    }
    // All digits: too big for u32 is still a (far) newer version.
    match text.parse::<u32>() {
        Ok(1..=VERSION) => VersionSeen::Current,
        Ok(0) => VersionSeen::Unknown,
        _ => VersionSeen::Newer,
    }
}

/// A whole number, optionally negative, clamped to 0..=10 (the range of
/// weights and scores alike): (value, was it in range).
/// Anything else (fractions, exponents, signs other than a leading minus,
/// spaces, NaN) is not a weight.
fn parse_weight(text: &str) -> Option<(u8, bool)> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if negative {
        let is_zero = digits.bytes().all(|b| b == b'0');
        return Some((0, is_zero));
    }
    // Leading zeros are fine; anything past u32 is simply too big.
    match digits.parse::<u32>() {
        Ok(n) if n <= u32::from(MAX_WEIGHT) => Some((n as u8, true)),
        _ => Some((MAX_WEIGHT, false)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const IDS: Ids = Ids {
        criteria: &["core", "security", "use-cases", "performance"],
        frameworks: ["django", "flask"],
    };

    fn no_scores() -> Overrides {
        Overrides::none(IDS.criteria.len())
    }

    fn weights(d: &Decoded) -> Option<Vec<u8>> {
        d.priorities.as_ref().map(|p| p.weights().to_vec())
    }

    #[test]
    fn a_second_version_is_reported_and_newer_wins_in_either_order() {
        let twice = decode("v=2&v=1&core=1", IDS);
        assert_eq!(weights(&twice), Some(vec![1, 5, 5, 5]));
        assert_eq!(
            twice.problems,
            vec![LinkProblem::Repeated { key: "v".into() }]
        );
        for query in ["v=2&v=3&core=1", "v=3&v=2&core=1"] {
            let decoded = decode(query, IDS);
            assert_eq!(decoded.priorities, None, "{query}");
            assert_eq!(decoded.problems, vec![LinkProblem::NewerVersion], "{query}");
        }
    }

    #[test]
    fn encodes_only_what_differs_from_the_default() {
        let p = Priorities::from_weights([5, 9, 5, 2]);
        assert_eq!(
            encode(IDS, &p, &no_scores()),
            "v=2&security=9&performance=2"
        );
        assert_eq!(encode(IDS, &Priorities::defaults(4), &no_scores()), "v=2");
    }

    #[test]
    fn a_fully_customised_state_of_the_real_content_stays_short() {
        let ids: Vec<&str> = crate::content::COMPARISON
            .criteria
            .iter()
            .map(|c| c.id)
            .collect();
        let all_ten = Priorities::from_weights(vec![10; ids.len()]);
        let ids = Ids {
            criteria: &ids,
            frameworks: ["django", "flask"],
        };
        let query = encode(ids, &all_ten, &Overrides::none(ids.criteria.len()));
        assert!(query.len() < 200, "{} characters: {query}", query.len());
    }

    #[test]
    fn a_plain_address_carries_no_priorities() {
        for query in ["", "?", "?utm_source=mail&ref=x"] {
            let d = decode(query, IDS);
            assert_eq!(d.priorities, None, "{query}");
            assert!(d.problems.is_empty(), "{query}");
        }
    }

    #[test]
    fn reads_a_link_with_and_without_the_question_mark() {
        for query in [
            "?v=1&security=9&performance=2",
            "security=9&v=1&performance=2",
        ] {
            let d = decode(query, IDS);
            assert_eq!(weights(&d), Some(vec![5, 9, 5, 2]));
            assert!(d.problems.is_empty());
        }
    }

    #[test]
    fn a_link_without_a_version_is_read_as_version_one() {
        assert_eq!(weights(&decode("security=0", IDS)), Some(vec![5, 0, 5, 5]));
    }

    #[test]
    fn hostile_values_are_clamped_or_dropped_and_reported() {
        let cases: &[(&str, u8, Option<LinkProblem>)] = &[
            (
                "security=11",
                10,
                Some(LinkProblem::OutOfRange {
                    key: "security".into(),
                }),
            ),
            (
                "security=-3",
                0,
                Some(LinkProblem::OutOfRange {
                    key: "security".into(),
                }),
            ),
            (
                "security=99999999999999999999999",
                10,
                Some(LinkProblem::OutOfRange {
                    key: "security".into(),
                }),
            ),
            ("security=-0", 0, None),
            ("security=007", 7, None),
            (
                "security=7.5",
                5,
                Some(LinkProblem::BadValue {
                    key: "security".into(),
                }),
            ),
            (
                "security=NaN",
                5,
                Some(LinkProblem::BadValue {
                    key: "security".into(),
                }),
            ),
            (
                "security=",
                5,
                Some(LinkProblem::BadValue {
                    key: "security".into(),
                }),
            ),
            (
                "security=1e1",
                5,
                Some(LinkProblem::BadValue {
                    key: "security".into(),
                }),
            ),
            (
                "security=+4",
                5,
                Some(LinkProblem::BadValue {
                    key: "security".into(),
                }),
            ),
            ("security=%37", 7, None),
            ("%73ecurity=8", 8, None),
            (
                "security=%FF%FE",
                5,
                Some(LinkProblem::BadValue {
                    key: "security".into(),
                }),
            ),
            (
                "security=<script>alert(1)</script>",
                5,
                Some(LinkProblem::BadValue {
                    key: "security".into(),
                }),
            ),
        ];
        for (query, expected, problem) in cases {
            let d = decode(&format!("v=1&{query}"), IDS);
            assert_eq!(
                d.priorities.as_ref().map(|p| p.get(1)),
                Some(*expected),
                "{query}"
            );
            assert_eq!(d.problems.first(), problem.as_ref(), "{query}");
        }
    }

    #[test]
    fn a_repeated_criterion_keeps_its_first_value() {
        let d = decode("v=1&security=2&security=9", IDS);
        assert_eq!(weights(&d), Some(vec![5, 2, 5, 5]));
        assert_eq!(
            d.problems,
            vec![LinkProblem::Repeated {
                key: "security".into()
            }]
        );
    }

    #[test]
    fn a_newer_version_is_ignored_whole() {
        let d = decode("v=3&security=9", IDS);
        assert_eq!(d.priorities, None);
        assert_eq!(d.problems, vec![LinkProblem::NewerVersion]);
        assert!(describe(&d.problems)
            .unwrap_or_default()
            .contains("newer version"));
    }

    #[test]
    fn a_version_too_big_to_parse_is_still_newer() {
        let d = decode("v=99999999999999999999&security=9", IDS);
        assert_eq!(d.problems, vec![LinkProblem::NewerVersion]);
    }

    #[test]
    fn a_garbled_version_is_reported_and_the_rest_still_read() {
        let d = decode("v=banana&security=9", IDS);
        assert_eq!(weights(&d), Some(vec![5, 9, 5, 5]));
        assert_eq!(d.problems, vec![LinkProblem::BadVersion]);
    }

    #[test]
    fn an_over_long_query_is_refused_unread() {
        let query = format!("v=1&security=9&pad={}", "x".repeat(MAX_QUERY_LEN));
        let d = decode(&query, IDS);
        assert_eq!(d.priorities, None);
        assert_eq!(d.problems, vec![LinkProblem::TooLong]);
    }

    #[test]
    fn describes_problems_in_one_sentence() {
        assert_eq!(describe(&[]), None);
        let one = describe(&[LinkProblem::BadValue { key: "x".into() }]);
        assert_eq!(
            one.as_deref(),
            Some("Part of this link could not be used as given: “x” was unreadable and left at the default.")
        );
        let two = describe(&[
            LinkProblem::BadVersion,
            LinkProblem::OutOfRange { key: "x".into() },
        ]);
        assert_eq!(
            two.as_deref(),
            Some("Part of this link could not be used as given: its version was unreadable; “x” was outside 0 to 10 and was clamped.")
        );
    }

    fn any_overrides() -> impl Strategy<Value = Overrides> {
        prop::collection::vec((0usize..4, any::<bool>(), 0u8..=10), 0..6).prop_map(|entries| {
            let mut o = Overrides::none(4);
            for (i, first, score) in entries {
                o.insert(i, if first { Side::First } else { Side::Second }, score);
            }
            o
        })
    }

    #[test]
    fn scores_travel_as_framework_dot_criterion() {
        let mut scores = no_scores();
        scores.insert(1, Side::First, 7);
        scores.insert(3, Side::Second, 2);
        let query = encode(IDS, &Priorities::defaults(4), &scores);
        assert_eq!(query, "v=2&django.security=7&flask.performance=2");
        let d = decode(&query, IDS);
        assert_eq!(d.overrides, scores);
        assert_eq!(d.priorities, Some(Priorities::defaults(4)));
    }

    #[test]
    fn bad_score_keys_are_reported_and_bad_scores_handled_like_weights() {
        let d = decode(
            "v=2&pyramid.security=3&django.nothing=3&django.security=11&flask.core=x",
            IDS,
        );
        assert_eq!(
            d.overrides.iter().collect::<Vec<_>>(),
            vec![(1, Side::First, 10)]
        );
        assert_eq!(
            d.problems,
            vec![
                LinkProblem::Unknown {
                    key: "pyramid.security".into()
                },
                LinkProblem::Unknown {
                    key: "django.nothing".into()
                },
                LinkProblem::OutOfRange {
                    key: "django.security".into()
                },
                LinkProblem::BadValue {
                    key: "flask.core".into()
                },
            ]
        );
    }

    #[test]
    fn a_result_links_mistyped_keys_are_reported_campaign_tags_are_not() {
        let d = decode("v=2&securty=9&utm_source=mail&security=2&ref=x", IDS);
        assert_eq!(weights(&d), Some(vec![5, 2, 5, 5]));
        assert_eq!(
            d.problems,
            vec![LinkProblem::Unknown {
                key: "securty".into()
            }]
        );
        assert_eq!(
            describe(&d.problems).as_deref(),
            Some("Part of this link could not be used as given: “securty” matched nothing on this page and was ignored.")
        );
        // Without `v` or anything readable it is not a result link at all.
        let plain = decode("page=2&securty=9", IDS);
        assert_eq!((plain.priorities, plain.problems), (None, vec![]));
    }

    #[test]
    fn only_keys_in_a_links_own_alphabet_are_named() {
        let long = "k".repeat(MAX_KEY_SHOWN + 1);
        for query in [
            "v=2&__proto__=1&SECURITY=9&ke%0Ay=1&=3&core.x=&django.core=9a",
            &format!("v=2&{long}=1"),
        ] {
            let problems = decode(query, IDS).problems;
            assert!(
                problems
                    .iter()
                    .all(|p| !matches!(p, LinkProblem::Unknown { .. })),
                "{query}: {problems:?}"
            );
        }
    }

    #[test]
    fn a_version_one_link_still_opens() {
        let d = decode("v=1&security=9", IDS);
        assert_eq!(d.priorities, Some(Priorities::from_weights([5, 9, 5, 5])));
        assert!(d.problems.is_empty());
    }

    fn any_priorities() -> impl Strategy<Value = Priorities> {
        prop::collection::vec(0u8..=MAX_WEIGHT, IDS.criteria.len())
            .prop_map(Priorities::from_weights)
    }

    proptest! {
        #[test]
        fn decoding_an_encoded_state_gives_it_back(p in any_priorities(), scores in any_overrides()) {
            let d = decode(&encode(IDS, &p, &scores), IDS);
            prop_assert_eq!(d.priorities, Some(p));
            prop_assert_eq!(d.overrides, scores);
            prop_assert!(d.problems.is_empty());
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(100_000))]
        #[test]
        fn decoding_never_panics_and_always_yields_valid_weights(query in "\\PC{0,80}|(v=[0-9]{1,3}&)?(((django|flask|x)\\.)?(core|security|use-cases|x)=[-+%0-9a-fA-F.eN]{0,6}&?){0,6}") {
            let d = decode(&query, IDS);
            if let Some(p) = d.priorities {
                prop_assert_eq!(p.len(), IDS.criteria.len());
                prop_assert!(p.weights().iter().all(|&w| w <= MAX_WEIGHT));
            }
        }
    }
}
