//! The team link: every member in one query, compact enough to share.

use super::{clean_label, Member, MAX_LINK_LEN, MAX_MEMBERS};
use crate::domain::opening::Choices;
use crate::domain::overrides::Overrides;
use crate::domain::priorities::{Priorities, MAX_WEIGHT};
use crate::domain::share::Ids;

/// The query key that marks a team link; one value per member.
const MEMBER_KEY: &str = "member";
/// The team link's format (`v=t1`), apart from a result link's (`v=2`).
const TEAM_VERSION: &str = "t1";

/// The team link's query: the version, then one value per member,
/// `<weights>*<scores>*<label>`: 13 weights as base-11 digits (0–9, `a`
/// for 10), the scores as two such digits per criterion (`-` where the
/// member keeps ours; empty when they keep ours everywhere), then the label.
pub fn encode(members: &[Member], ids: Ids) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    query.append_pair("v", TEAM_VERSION);
    for m in members {
        let (weights, scores) = choice_digits(&m.choices);
        debug_assert_eq!(m.choices.priorities.len(), ids.criteria.len());
        query.append_pair(MEMBER_KEY, &format!("{weights}*{scores}*{}", m.label));
    }
    query.finish()
}

/// A member's weights and scores as base-11 digits (see [`encode`]).
pub(super) fn choice_digits(choices: &Choices) -> (String, String) {
    let weights = choices
        .priorities
        .weights()
        .iter()
        .map(|&w| digit(w))
        .collect();
    let scores = if choices.overrides.is_empty() {
        String::new()
    } else {
        choices
            .overrides
            .pairs()
            .iter()
            .flat_map(|pair| pair.map(|s| s.map_or('-', digit)))
            .collect()
    };
    (weights, scores)
}

/// `query` without its '?' when it is a team link this version reads. A few
/// comparisons: the start tells a team link apart with it, and leaves
/// reading its members to the team view's code, loaded on demand.
pub fn team_link(query: &str) -> Option<&str> {
    let query = query.strip_prefix('?').unwrap_or(query);
    let ours = form_urlencoded::parse(query.as_bytes()).any(|(k, v)| k == "v" && v == TEAM_VERSION);
    (ours && query.len() <= MAX_LINK_LEN).then_some(query)
}

/// The members a team link carries; None when `query` is not a team link
/// this version reads. Members whose values are broken or hostile are left
/// out and counted in the second value.
pub fn decode(query: &str, ids: Ids) -> Option<(Vec<Member>, usize)> {
    let query = team_link(query)?;
    let count = ids.criteria.len();
    let mut members: Vec<Member> = Vec::new();
    let mut dropped = 0;
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        if key != MEMBER_KEY {
            continue;
        }
        let member = decode_member(&value, count);
        match member {
            Some(m)
                if members.len() < MAX_MEMBERS
                    && !members.iter().any(|x| x.choices == m.choices) =>
            {
                members.push(m)
            }
            _ => dropped += 1,
        }
    }
    Some((members, dropped))
}

/// Whether `query` is a team link from a newer version of the page.
pub fn newer_team_version(query: &str) -> bool {
    let query = query.strip_prefix('?').unwrap_or(query);
    form_urlencoded::parse(query.as_bytes()).any(|(key, value)| {
        key == "v"
            && value != TEAM_VERSION
            && value
                .strip_prefix('t')
                .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    })
}

fn decode_member(value: &str, count: usize) -> Option<Member> {
    let mut parts = value.splitn(3, '*');
    let (weights, scores, label) = (parts.next()?, parts.next()?, parts.next()?);
    let weights: Vec<u8> = weights.chars().map(undigit).collect::<Option<_>>()?;
    if weights.len() != count {
        return None;
    }
    let overrides = if scores.is_empty() {
        Overrides::none(count)
    } else {
        let cells: Vec<Option<u8>> = scores
            .chars()
            .map(|c| {
                if c == '-' {
                    Some(None)
                } else {
                    undigit(c).map(Some)
                }
            })
            .collect::<Option<_>>()?;
        if cells.len() != 2 * count {
            return None;
        }
        Overrides::from_pairs(cells.chunks(2).map(|c| [c[0], c[1]]).collect())
    };
    Some(Member {
        label: clean_label(label)?,
        choices: Choices {
            priorities: Priorities::from_weights(weights),
            overrides,
        },
    })
}

fn digit(value: u8) -> char {
    char::from_digit(u32::from(value.min(MAX_WEIGHT)), 11).unwrap_or('0')
}

fn undigit(c: char) -> Option<u8> {
    c.to_digit(11).and_then(|d| u8::try_from(d).ok())
}
