use proptest::prelude::*;

use super::*;
use crate::domain::comparison::Side;
use crate::domain::overrides::Overrides;
use crate::domain::priorities::Priorities;
use crate::domain::scoring::{evaluate, ScorePair};
use crate::domain::share::Ids;

const CRITERIA: [&str; 13] = [
    "core",
    "flexibility",
    "features",
    "learning",
    "scalability",
    "use-cases",
    "community",
    "dev-speed",
    "performance",
    "security",
    "templates",
    "routing",
    "extensions",
];
const IDS: Ids = Ids {
    criteria: &CRITERIA,
    frameworks: ["django", "flask"],
};

/// Our scores, from 13 rounds that mostly differ.
fn ours() -> Vec<ScorePair> {
    vec![
        [8, 6],
        [6, 8],
        [9, 5],
        [5, 8],
        [9, 5],
        [8, 6],
        [8, 6],
        [8, 6],
        [5, 9],
        [9, 6],
        [7, 8],
        [6, 8],
        [6, 8],
    ]
}

fn member(label: &str, weights: [u8; 13]) -> Member {
    Member {
        label: label.to_owned(),
        choices: Choices {
            priorities: Priorities::from_weights(weights),
            overrides: Overrides::none(13),
        },
    }
}

fn link(weights: &[(&str, u8)]) -> String {
    let pairs: String = weights.iter().map(|(id, w)| format!("&{id}={w}")).collect();
    format!("https://example.org/faceoff/?v=2{pairs}")
}

fn members() -> impl Strategy<Value = Vec<Member>> {
    let one = (
        prop::array::uniform13(0u8..=10),
        prop::collection::vec((0usize..13, 0usize..2, 0u8..=10), 0..3),
    );
    prop::collection::vec(one, 1..=MAX_MEMBERS).prop_map(|raw| {
        raw.into_iter()
            .enumerate()
            .map(|(i, (weights, scores))| {
                let mut m = member(&format!("Member {}", i + 1), weights);
                for (criterion, side, score) in scores {
                    m.choices
                        .overrides
                        .insert(criterion, Side::BOTH[side], score);
                }
                m
            })
            .collect()
    })
}

#[test]
fn a_team_of_one_member_gives_that_members_own_view() {
    let mut m = member("Ana", [5, 9, 2, 7, 10, 0, 3, 5, 8, 6, 1, 4, 5]);
    m.choices.overrides.insert(2, Side::Second, 9);
    let team = combine(
        &[m.clone(), {
            let mut twin = m.clone();
            twin.label = "Bo".into();
            twin
        }],
        &ours(),
    );
    let own_scores = m.choices.overrides.apply(&ours());
    let single = evaluate(&own_scores, &m.choices.priorities.as_u32());
    assert_eq!(team.scores, own_scores);
    assert!(team.scores_differ.is_empty());
    assert_eq!(team.outcome.call(), single.call());
    assert_eq!(team.outcome.totals(), single.totals());
    assert_eq!(team.members[0].outcome, single);
    for (i, &w) in m.choices.priorities.weights().iter().enumerate() {
        assert_eq!(team.mean[i], f64::from(w));
        assert_eq!(team.spread[i], (w, w));
    }
}

#[test]
fn members_who_disagree_on_a_score_leave_ours_for_the_group() {
    let mut a = member("Ana", [5; 13]);
    let mut b = member("Bo", [6; 13]);
    a.choices.overrides.insert(0, Side::First, 2);
    b.choices.overrides.insert(0, Side::First, 3);
    // Both replace round 2's Flask score by the same value: the group counts it.
    a.choices.overrides.insert(1, Side::Second, 10);
    b.choices.overrides.insert(1, Side::Second, 10);
    let team = combine(&[a, b], &ours());
    assert_eq!(team.scores_differ, [0]);
    assert_eq!(team.scores[0], ours()[0]);
    assert_eq!(team.scores[1], [6, 10]);
}

#[test]
fn the_largest_spread_comes_first_and_a_swing_member_is_named() {
    // Scalability (Django +4) against performance (Flask +4): Django by a hair.
    let a = member("Ana", [0, 0, 0, 0, 10, 0, 0, 0, 9, 0, 0, 0, 0]);
    let b = member("Bo", [0; 13]);
    let members = [a, b];
    let team = combine(&members, &ours());
    assert_eq!(team.spread[4], (0, 10));
    assert_eq!(&team.disagreement[..2], &[4, 8]);
    assert_eq!(team.outcome.ahead(), Some(Side::First));
    // Bo giving 2 to a round Flask wins by 3 or more hands it to Flask: the
    // learning curve is the first such round in content order.
    assert_eq!(
        team.swings.iter().find(|s| s.member == 1),
        Some(&Swing {
            member: 1,
            criterion: 3,
            from: 0,
            to: 2,
            side: Side::Second
        })
    );
    for swing in &team.swings {
        // The move named does change who is ahead for the group.
        let mut moved = members.clone();
        moved[swing.member]
            .choices
            .priorities
            .set(swing.criterion, swing.to);
        assert_eq!(combine(&moved, &ours()).outcome.ahead(), Some(swing.side));
        assert_ne!(team.outcome.ahead(), Some(swing.side));
    }
}

#[test]
fn pasted_text_adds_links_with_their_names_and_refuses_the_rest() {
    let mut team = Vec::new();
    let text = format!(
        "Ana: {}\n{}\nhello there\nhttps://example.org/?q=1\nCy {}\n{}",
        link(&[("security", 9)]),
        link(&[("performance", 10)]),
        link(&[("security", 9)]),
        "https://example.org/faceoff/?v=9&security=1",
    );
    let added = add_pasted(&mut team, &text, IDS, &ours());
    let labels: Vec<&str> = team.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(labels, ["Ana", "Member 2"]);
    assert!(added.refused.contains(&Refusal::NotAResultLink {
        text: "hello there".into()
    }));
    assert!(added.refused.contains(&Refusal::NotAResultLink {
        text: "https://example.org/?q=1".into()
    }));
    assert!(added.refused.contains(&Refusal::Duplicate {
        label: "Cy".into(),
        of: "Ana".into()
    }));
    assert!(added.refused.contains(&Refusal::NewerVersion {
        label: "Member 3".into()
    }));
    for refusal in &added.refused {
        assert!(refusal.describe().ends_with('.'), "{}", refusal.describe());
    }
}

#[test]
fn hostile_values_are_clamped_and_said_and_labels_are_plain_text() {
    let mut team = Vec::new();
    let text = format!(
        "<img src=x onerror=alert(1)>\u{7}: {}",
        link(&[("security", 99)]).replace("=99", "=99&performance=NaN")
    );
    let added = add_pasted(&mut team, &text, IDS, &ours());
    assert_eq!(team.len(), 1);
    assert_eq!(team[0].choices.priorities.get(9), 10);
    assert_eq!(added.notes.len(), 1);
    assert!(!team[0].label.chars().any(char::is_control));
    assert!(team[0].label.chars().count() <= MAX_LABEL_CHARS);
}

#[test]
fn a_link_whose_own_score_equals_ours_is_the_same_choices_as_one_without_it() {
    let mut team = Vec::new();
    // Our Django score for the core is 8: "own" 8 is no change of score.
    let plain = link(&[("core", 3)]);
    let text = format!("Ana {plain}&django.core=8\nBen {plain}\nCara {plain}&django.core=7");
    let added = add_pasted(&mut team, &text, IDS, &ours());
    let labels: Vec<&str> = team.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(labels, ["Ana", "Cara"]);
    assert!(team[0].choices.overrides.is_empty());
    assert!(
        matches!(&added.refused[..], [Refusal::Duplicate { label, of }] if label == "Ben" && of == "Ana")
    );
}

#[test]
fn the_own_result_joins_once_and_is_brought_up_to_date_after() {
    let mut team = vec![member("Ana", [9; 13])];
    let first = member("Me", [5; 13]).choices;
    assert_eq!(
        add_own(&mut team, "Me", first.clone(), IDS),
        Ok(OwnJoined::Added)
    );
    assert_eq!(
        add_own(&mut team, "Me", first, IDS),
        Ok(OwnJoined::Unchanged)
    );
    let moved = member("Me", [2; 13]).choices;
    assert_eq!(
        add_own(&mut team, "Me", moved.clone(), IDS),
        Ok(OwnJoined::Updated)
    );
    assert_eq!(team.len(), 2);
    assert_eq!(team[1].choices, moved, "updated in place");
    // The same choices as another member: refused, and the old ones kept.
    let anas = team[0].choices.clone();
    assert!(matches!(
        add_own(&mut team, "Me", anas, IDS),
        Err(Refusal::Duplicate { of, .. }) if of == "Ana"
    ));
    assert_eq!(team[1].choices, moved);
    // Renamed, the old own result is someone else's: the own one joins anew.
    rename(&mut team, 1, "Me last week", IDS).unwrap();
    let now = member("Me", [7; 13]).choices;
    assert_eq!(add_own(&mut team, "Me", now, IDS), Ok(OwnJoined::Added));
    assert_eq!(team.len(), 3);
}

#[test]
fn a_full_team_refuses_one_more() {
    let mut team: Vec<Member> = (0..MAX_MEMBERS)
        .map(|i| member(&format!("M{i}"), [i as u8 % 11; 13]))
        .collect();
    team[11] = member("M11", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0, 1, 2]);
    let added = add_pasted(&mut team, &link(&[("core", 3)]), IDS, &ours());
    assert_eq!(team.len(), MAX_MEMBERS);
    assert!(matches!(added.refused[..], [Refusal::TooMany { .. }]));
}

#[test]
fn the_largest_team_with_plain_labels_fits_the_link_limit() {
    let team: Vec<Member> = (0..MAX_MEMBERS)
        .map(|i| {
            let label: String = format!("{i:02}{}", "W".repeat(MAX_LABEL_CHARS - 2));
            let mut weights = [10; 13];
            weights[0] = (i % 11) as u8;
            weights[1] = (i / 11) as u8;
            let mut m = member(&label, weights);
            for criterion in 0..13 {
                for side in Side::BOTH {
                    m.choices.overrides.insert(criterion, side, (i % 11) as u8);
                }
            }
            m
        })
        .collect();
    let query = encode(&team, IDS);
    assert!(
        query.len() + "https://example.org/django-vs-flask/?".len() <= MAX_LINK_LEN,
        "{}",
        query.len()
    );
    assert_eq!(decode(&query, IDS), Some((team, 0)));
}

#[test]
fn a_team_link_from_a_result_link_or_garbage_is_no_team() {
    assert_eq!(decode("v=2&security=9", IDS), None);
    assert_eq!(decode("", IDS), None);
    assert_eq!(team_link("?v=2&security=9"), None);
    assert_eq!(team_link("?v=t1&member=x"), Some("v=t1&member=x"));
    let too_long = format!("v=t1&member={}", "5".repeat(MAX_LINK_LEN));
    assert_eq!((team_link(&too_long), decode(&too_long, IDS)), (None, None));
    let (members, dropped) = decode(
        "v=t1&member=zz*%2A*x&member=5555555555555**Ana&member=555**short",
        IDS,
    )
    .unwrap_or_default();
    assert_eq!(members.len(), 1);
    assert_eq!(dropped, 2);
}

#[test]
fn a_team_link_from_a_newer_version_is_told_apart() {
    assert!(newer_team_version("v=t2&member=5555555555555**Ana"));
    assert!(newer_team_version("?v=t10"));
    assert!(!newer_team_version("v=t1&member=5555555555555**Ana"));
    assert!(!newer_team_version("v=2&security=9"));
    assert!(!newer_team_version("v=tx"));
    let mut team = Vec::new();
    let added = add_pasted(
        &mut team,
        "Dee: https://example.org/?v=t2&member=5555555555555**Ana",
        IDS,
        &ours(),
    );
    assert!(team.is_empty());
    assert_eq!(
        added.refused,
        [Refusal::NewerVersion {
            label: "Dee".into()
        }]
    );
}

#[test]
fn a_rename_keeps_the_old_name_when_the_new_one_is_blank_or_too_long_to_share() {
    let mut team = vec![member("Ana", [5; 13]), member("Ben", [6; 13])];
    assert_eq!(rename(&mut team, 0, "  Anna\u{7} ", IDS), Ok(()));
    assert_eq!(team[0].label, "Anna");
    assert_eq!(rename(&mut team, 1, " \t", IDS), Ok(()));
    assert_eq!(team[1].label, "Ben");
    assert_eq!(rename(&mut team, 7, "Nobody", IDS), Ok(()));
    // A full team of long names in a script that percent-encodes to nine
    // characters a letter leaves no room for one more such name.
    let long = "語".repeat(MAX_LABEL_CHARS);
    let mut full: Vec<Member> = (0..MAX_MEMBERS)
        .map(|i| member(&format!("M{i}"), [(i % 11) as u8; 13]))
        .collect();
    let mut refused = None;
    for i in 0..MAX_MEMBERS {
        if let Err(refusal) = rename(&mut full, i, &long, IDS) {
            refused = Some((i, refusal));
            break;
        }
    }
    let (at, refusal) = refused.expect("some rename must be refused");
    assert_eq!(full[at].label, format!("M{at}"));
    assert!(refusal
        .describe()
        .starts_with(&format!("M{at} keeps that name")));
    assert!(encode(&full, IDS).len() <= MAX_LINK_LEN);
}

proptest! {
    #[test]
    fn combining_does_not_depend_on_the_members_order(team in members(), rotate in 0usize..12) {
        let mut turned = team.clone();
        let by = rotate % turned.len();
        turned.rotate_left(by);
        let (a, b) = (combine(&team, &ours()), combine(&turned, &ours()));
        prop_assert_eq!(a.outcome.call(), b.outcome.call());
        prop_assert_eq!(a.outcome.totals(), b.outcome.totals());
        prop_assert_eq!(&a.mean, &b.mean);
        prop_assert_eq!(&a.spread, &b.spread);
        prop_assert_eq!(&a.scores, &b.scores);
        prop_assert_eq!(&a.scores_differ, &b.scores_differ);
        prop_assert_eq!(&a.disagreement, &b.disagreement);
        prop_assert_eq!(&a.flips, &b.flips);
        let swings = |v: &TeamView, team: &[Member]| {
            let mut s: Vec<(String, usize, u8, u8)> = v.swings.iter()
                .map(|s| (team[s.member].label.clone(), s.criterion, s.from, s.to)).collect();
            s.sort();
            s
        };
        prop_assert_eq!(swings(&a, &team), swings(&b, &turned));
    }

    #[test]
    fn each_group_priority_lies_within_the_members(team in members()) {
        let view = combine(&team, &ours());
        for (i, &mean) in view.mean.iter().enumerate() {
            let (low, high) = view.spread[i];
            prop_assert!(f64::from(low) <= mean && mean <= f64::from(high));
        }
    }

    #[test]
    fn a_team_of_identical_members_is_that_members_view(team in members(), copies in 1usize..5) {
        let one = &team[0];
        let same: Vec<Member> = (0..copies).map(|i| Member { label: format!("{i}"), ..one.clone() }).collect();
        let view = combine(&same, &ours());
        let single = evaluate(&one.choices.overrides.apply(&ours()), &one.choices.priorities.as_u32());
        prop_assert_eq!(view.outcome.call(), single.call());
        prop_assert_eq!(view.outcome.totals(), single.totals());
    }

    #[test]
    fn a_group_flip_is_where_the_group_changes_hands(team in members()) {
        let view = combine(&team, &ours());
        let n = team.len() as f64;
        for flip in &view.flips {
            // Just past the crossing, on the side away from today's mean.
            let beyond = if flip.at > view.mean[flip.criterion] { flip.at + 0.01 } else { flip.at - 0.01 };
            // A mean the members can reach: the scale runs from 0 to 10.
            prop_assert!((0.0..=10.0).contains(&beyond), "{}", flip.at);
            let mut sums: Vec<f64> = view.mean.iter().map(|m| m * n).collect();
            sums[flip.criterion] = beyond * n;
            let lead: f64 = view.scores.iter().zip(&sums).map(|(p, w)| w * (f64::from(p[0]) - f64::from(p[1]))).sum();
            let side = if lead > 0.0 { Side::First } else { Side::Second };
            prop_assert_eq!(side, flip.side);
            prop_assert!(view.outcome.ahead() != Some(flip.side));
        }
        // The nearest crossing comes first.
        let away: Vec<f64> = view.flips.iter().map(|f| (f.at - view.mean[f.criterion]).abs()).collect();
        prop_assert!(away.windows(2).all(|w| w[0] <= w[1] + 1e-3), "{:?}", away);
    }

    #[test]
    fn team_links_round_trip(team in members()) {
        let query = encode(&team, IDS);
        let mut unique: Vec<Member> = Vec::new();
        for m in team { if !unique.iter().any(|u| u.choices == m.choices) { unique.push(m); } }
        let expected_dropped = 0;
        let (decoded, dropped) = decode(&encode(&unique, IDS), IDS).expect("a team link");
        prop_assert_eq!(decoded, unique);
        prop_assert_eq!(dropped, expected_dropped);
        prop_assert!(query.starts_with("v=t1"));
        prop_assert_eq!(team_link(&query), Some(query.as_str()));
    }

    #[test]
    fn no_text_makes_pasting_or_decoding_panic(text in "\\PC{0,300}", raw in "[a-z0-9=&*%?.:/ -]{0,300}") {
        let mut team = Vec::new();
        let _ = add_pasted(&mut team, &text, IDS, &ours());
        let _ = add_pasted(&mut team, &format!("https://x/?v=t1&{raw}"), IDS, &ours());
        prop_assert!(team.len() <= MAX_MEMBERS);
        if let Some((members, _)) = decode(&raw, IDS) {
            prop_assert!(members.len() <= MAX_MEMBERS);
        }
    }
}
