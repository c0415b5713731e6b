//! A team's decision: several people's result links combined into one view,
//! with the same scoring as a single visitor's.
//!
//! - The group's priority for a criterion is the members' mean; the group's
//!   result weighs our scores by the members' summed weights, which gives
//!   exactly the mean's result (a weighted mean does not change when every
//!   weight is scaled alike).
//! - Scores: where every member counts the same score for a criterion (ours,
//!   or the same own score), the group counts it too; where members' scores
//!   differ, the group counts ours and says which criteria those are. Each
//!   member's own result always counts their own scores. So a team of
//!   identical members gives exactly that member's view.
//! - The team link carries every member compactly and reproduces the view
//!   exactly; it is kept under [`MAX_LINK_LEN`] characters.

use super::comparison::Side;
use super::opening::Choices;
use super::overrides::Overrides;
use super::priorities::{Priorities, MAX_WEIGHT};
use super::scoring::{evaluate, Outcome, ScorePair};
use super::share::{self, Ids, LinkProblem};
use super::small_sort::sort_by_key;

/// The most members a team view holds: enough for a team that decides
/// together, few enough to read at a glance on a phone.
pub const MAX_MEMBERS: usize = 12;
/// The longest label, in characters.
pub const MAX_LABEL_CHARS: usize = 24;
/// The longest team link, in characters: the classic limit (about 2,000)
/// under which a link works in every browser, mail client and chat tool's
/// link detection. A team of [`MAX_MEMBERS`] with plain labels of
/// [`MAX_LABEL_CHARS`] and own scores everywhere fits (a test holds it);
/// labels in other scripts take more room once percent-encoded, and a
/// member that would not fit is refused with a message.
pub const MAX_LINK_LEN: usize = 2000;
/// The query key that marks a team link; one value per member.
const MEMBER_KEY: &str = "member";
const TEAM_VERSION: &str = "t1";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    /// Their name, or "Member N"; always shown as text.
    pub label: String,
    pub choices: Choices,
}

impl Member {
    /// What tells members apart (no two share their choices): their
    /// weights and scores as the team link writes them.
    pub fn key(&self) -> String {
        let (weights, scores) = choice_digits(&self.choices);
        format!("{weights}*{scores}")
    }
}

/// Why a pasted piece did not join the team.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Text that is not a result link of this page.
    NotAResultLink { text: String },
    /// A result link from a newer version of the page.
    NewerVersion { label: String },
    /// The team is full.
    TooMany { label: String },
    /// The same priorities and scores as a member already there.
    Duplicate { label: String, of: String },
    /// The team link would grow past [`MAX_LINK_LEN`].
    LinkTooLong { label: String },
    /// A new name would make the team link too long.
    NameTooLong { label: String },
}

impl Refusal {
    /// One sentence for the user.
    pub fn describe(&self) -> String {
        match self {
            Refusal::NotAResultLink { text } => {
                format!("“{}” is not a result link of this page, so it was left out.", shorten(text, 40))
            }
            Refusal::NewerVersion { label } => format!(
                "{label}'s link comes from a newer version of this page: reload to read it."
            ),
            Refusal::TooMany { label } => {
                format!("{label} was not added: a team view holds {MAX_MEMBERS} members at most.")
            }
            Refusal::Duplicate { label, of } => {
                format!("{label} has exactly the same priorities and scores as {of}, so was not added twice.")
            }
            Refusal::LinkTooLong { label } => format!(
                "{label} was not added: the team link would be too long to share. Shorter names leave more room."
            ),
            Refusal::NameTooLong { label } => format!(
                "{label} keeps that name: the new one would make the team link too long to share."
            ),
        }
    }
}

/// What adding pasted text did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Added {
    pub members: Vec<Member>,
    pub refused: Vec<Refusal>,
    /// Values a link carried that were out of range or unreadable (clamped
    /// or left at the default), one sentence per member concerned.
    pub notes: Vec<String>,
}

/// Adds the result links found in `text` to `team`, in order. Each link may
/// follow a name on its line ("Ana: https://…?v=2&…"), which becomes its
/// label; others are "Member N". Nothing else is changed.
pub fn add_pasted(team: &mut Vec<Member>, text: &str, ids: Ids, ours: &[ScorePair]) -> Added {
    let mut added = Added::default();
    for line in text.lines() {
        let mut name_words: Vec<&str> = Vec::new();
        for word in line.split_whitespace() {
            // Another team view's link: its members join one by one.
            if let Some((members, _)) = word.split_once('?').and_then(|(_, q)| decode(q, ids)) {
                for member in members {
                    join(team, member, ids, ours, &mut added);
                }
                continue;
            }
            let Some(query) = result_query(word) else {
                if word.contains("://") || word.starts_with('?') {
                    added.refused.push(Refusal::NotAResultLink {
                        text: word.to_owned(),
                    });
                } else {
                    name_words.push(word);
                }
                continue;
            };
            let label = clean_label(&name_words.join(" "))
                .unwrap_or_else(|| format!("Member {}", team.len() + 1));
            name_words.clear();
            let decoded = share::decode(query, ids);
            if newer_team_version(query) || decoded.problems.contains(&LinkProblem::NewerVersion) {
                added.refused.push(Refusal::NewerVersion { label });
                continue;
            }
            let Some(priorities) = decoded.priorities else {
                added.refused.push(Refusal::NotAResultLink {
                    text: word.to_owned(),
                });
                continue;
            };
            if let Some(sentence) = share::describe(&decoded.problems) {
                added.notes.push(format!("{label}: {sentence}"));
            }
            let member = Member {
                label,
                choices: Choices {
                    priorities,
                    overrides: decoded.overrides,
                },
            };
            join(team, member, ids, ours, &mut added);
        }
        // Words on a line without a link are not a result link either.
        if !name_words.is_empty() && !line.trim().is_empty() {
            added.refused.push(Refusal::NotAResultLink {
                text: name_words.join(" "),
            });
        }
    }
    added
}

/// Adds `member` to `team` unless it may not join, and notes which. A link
/// may carry "own" scores equal to ours: they are dropped, so that it reads
/// as the same choices as a link without them (and the team link is shorter).
fn join(
    team: &mut Vec<Member>,
    mut member: Member,
    ids: Ids,
    ours: &[ScorePair],
    added: &mut Added,
) {
    member.choices.overrides = member.choices.overrides.normalized(ours);
    match add_member(team, member.clone(), ids) {
        Ok(()) => added.members.push(member),
        Err(refusal) => added.refused.push(refusal),
    }
}

/// Adds `member` to `team`, or says why it may not join.
pub fn add_member(team: &mut Vec<Member>, member: Member, ids: Ids) -> Result<(), Refusal> {
    admit(team, &member, ids)?;
    team.push(member);
    Ok(())
}

/// What adding the user's own result did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OwnJoined {
    Added,
    /// The member under the own label now has the current choices.
    Updated,
    /// The member under the own label already had them.
    Unchanged,
}

/// Adds the user's own result under `label`. A member already under that
/// label is brought up to date instead, so the team never shows two of
/// them; a member renamed since is someone else, and stays as they are.
pub fn add_own(
    team: &mut Vec<Member>,
    label: &str,
    own: Choices,
    ids: Ids,
) -> Result<OwnJoined, Refusal> {
    let me = Member {
        label: label.to_owned(),
        choices: own,
    };
    let Some(index) = team.iter().position(|m| m.label == label) else {
        add_member(team, me, ids)?;
        return Ok(OwnJoined::Added);
    };
    if team[index].choices == me.choices {
        return Ok(OwnJoined::Unchanged);
    }
    let mut others = team.clone();
    others.remove(index);
    admit(&others, &me, ids)?;
    team[index] = me;
    Ok(OwnJoined::Updated)
}

/// Renames member `index`. A name with nothing printable leaves the old
/// one; a name that would make the team link too long is refused.
pub fn rename(team: &mut [Member], index: usize, raw: &str, ids: Ids) -> Result<(), Refusal> {
    let (Some(label), Some(old)) = (clean_label(raw), team.get(index)) else {
        return Ok(());
    };
    let mut renamed = team.to_vec();
    renamed[index].label = label.clone();
    if encode(&renamed, ids).len() > MAX_LINK_LEN {
        return Err(Refusal::NameTooLong {
            label: old.label.clone(),
        });
    }
    team[index].label = label;
    Ok(())
}

/// Whether `member` may join `team`.
fn admit(team: &[Member], member: &Member, ids: Ids) -> Result<(), Refusal> {
    let label = member.label.clone();
    if team.len() >= MAX_MEMBERS {
        return Err(Refusal::TooMany { label });
    }
    if let Some(twin) = team.iter().find(|m| m.choices == member.choices) {
        return Err(Refusal::Duplicate {
            label,
            of: twin.label.clone(),
        });
    }
    let mut grown = team.to_vec();
    grown.push(member.clone());
    if encode(&grown, ids).len() > MAX_LINK_LEN {
        return Err(Refusal::LinkTooLong { label });
    }
    Ok(())
}

/// The query of a result link in `word` (an address with a query, or a bare
/// query): None when it has none.
fn result_query(word: &str) -> Option<&str> {
    let (_, query) = word.split_once('?')?;
    let query = query.split('#').next().unwrap_or_default();
    query
        .split('&')
        .any(|pair| pair.starts_with("v="))
        .then_some(query)
}

/// A label as shown: control characters dropped, spaces collapsed, a
/// trailing colon or dash dropped, at most [`MAX_LABEL_CHARS`] characters.
/// None when nothing is left.
pub fn clean_label(raw: &str) -> Option<String> {
    let printable: String = raw.chars().filter(|c| !c.is_control()).collect();
    let words: Vec<&str> = printable.split_whitespace().collect();
    let joined = words.join(" ");
    let trimmed = joined.trim_end_matches([':', '-', '–', ',']).trim();
    let label: String = trimmed.chars().take(MAX_LABEL_CHARS).collect();
    (!label.is_empty()).then_some(label)
}

fn shorten(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(chars - 1).collect();
        format!("{cut}…")
    }
}

/// One member's own result, with their own scores.
#[derive(Clone, Debug, PartialEq)]
pub struct MemberResult {
    pub label: String,
    pub outcome: Outcome,
}

/// A member who changes who is ahead for the group by moving one slider.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Swing {
    pub member: usize,
    pub criterion: usize,
    pub from: u8,
    /// The nearest value that does it.
    pub to: u8,
    /// Who would then be ahead for the group.
    pub side: Side,
}

/// Where the group's mean priority for one criterion changes who is ahead.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupFlip {
    pub criterion: usize,
    /// The mean at which the two totals are equal.
    pub at: f64,
    /// Who would be ahead past it.
    pub side: Side,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TeamView {
    pub members: Vec<MemberResult>,
    /// Per criterion: the members' mean priority, and the lowest and highest.
    pub mean: Vec<f64>,
    pub spread: Vec<(u8, u8)>,
    /// The scores the group counts (see the module's notes).
    pub scores: Vec<ScorePair>,
    /// Criteria where members count different scores: the group counts ours.
    pub scores_differ: Vec<usize>,
    pub outcome: Outcome,
    /// Criteria from the largest spread to the smallest (ties in content order).
    pub disagreement: Vec<usize>,
    pub flips: Vec<GroupFlip>,
    /// Members who could change the group's result with one slider, the
    /// smallest move each, fewest steps first.
    pub swings: Vec<Swing>,
}

/// The team view of `members` (at least one), over our scores `ours`.
pub fn combine(members: &[Member], ours: &[ScorePair]) -> TeamView {
    let count = ours.len();
    let n = members.len().max(1);
    let member_scores: Vec<Vec<ScorePair>> = members
        .iter()
        .map(|m| m.choices.overrides.apply(ours))
        .collect();
    let results = members
        .iter()
        .zip(&member_scores)
        .map(|(m, scores)| MemberResult {
            label: m.label.clone(),
            outcome: evaluate(scores, &m.choices.priorities.as_u32()),
        })
        .collect();
    let weight = |m: &Member, i: usize| m.choices.priorities.get(i);
    let sums: Vec<u32> = (0..count)
        .map(|i| members.iter().map(|m| u32::from(weight(m, i))).sum())
        .collect();
    let mean = sums.iter().map(|&s| f64::from(s) / n as f64).collect();
    let spread: Vec<(u8, u8)> = (0..count)
        .map(|i| {
            let weights = members.iter().map(|m| weight(m, i));
            (
                weights.clone().min().unwrap_or(0),
                weights.max().unwrap_or(0),
            )
        })
        .collect();
    let mut scores_differ = Vec::new();
    let scores: Vec<ScorePair> = (0..count)
        .map(|i| {
            let first = member_scores.first().map_or(ours[i], |s| s[i]);
            if member_scores.iter().all(|s| s[i] == first) {
                first
            } else {
                scores_differ.push(i);
                ours[i]
            }
        })
        .collect();
    let outcome = evaluate(&scores, &sums);
    let mut disagreement: Vec<usize> = (0..count).collect();
    sort_by_key(&mut disagreement, |&i| {
        std::cmp::Reverse(spread[i].1 - spread[i].0)
    });
    TeamView {
        members: results,
        mean,
        spread,
        flips: group_flips(&scores, &sums, n),
        swings: swings(members, &scores, &sums, &outcome),
        scores_differ,
        scores,
        outcome,
        disagreement,
    }
}

/// For each criterion, the mean priority (0 to 10) at which the group's
/// totals are equal, with the others held still, if there is one that
/// changes who is ahead: the nearest to today's mean first.
fn group_flips(scores: &[ScorePair], sums: &[u32], n: usize) -> Vec<GroupFlip> {
    let outcome = evaluate(scores, sums);
    let (lead, now) = (outcome.lead_numerator(), outcome.ahead());
    let mut flips: Vec<GroupFlip> = scores
        .iter()
        .zip(sums)
        .enumerate()
        .filter_map(|(i, (pair, &w))| {
            let d = i64::from(pair[0]) - i64::from(pair[1]);
            if d == 0 {
                return None;
            }
            // lead − w·d + x·d = 0
            let x = w as f64 - lead as f64 / d as f64;
            let at = x / n as f64;
            // At either end of the scale there is nothing past the tie.
            if !(at > 0.0 && at < f64::from(MAX_WEIGHT)) || (at - w as f64 / n as f64).abs() < 1e-9
            {
                return None;
            }
            // Past the crossing (moving away from today's mean), the side
            // the criterion favours gains when the mean rises.
            let favoured = if d > 0 { Side::First } else { Side::Second };
            let side = if at > w as f64 / n as f64 {
                favoured
            } else {
                favoured.other()
            };
            (Some(side) != now).then_some(GroupFlip {
                criterion: i,
                at,
                side,
            })
        })
        .collect();
    // In thousandths of a step: the distances are fractions of one member's.
    let distance = |f: &GroupFlip| {
        let today = f64::from(sums[f.criterion]) / n as f64;
        ((f.at - today).abs() * 1000.0).round() as u32
    };
    sort_by_key(&mut flips, distance);
    flips
}

/// Each member's smallest single-slider move that changes who is ahead for
/// the group (a tie counts as a change when someone was ahead).
fn swings(members: &[Member], scores: &[ScorePair], sums: &[u32], outcome: &Outcome) -> Vec<Swing> {
    let now = outcome.ahead();
    let mut found: Vec<Swing> = members
        .iter()
        .enumerate()
        .filter_map(|(member, m)| {
            let mut best: Option<Swing> = None;
            for criterion in 0..sums.len() {
                let from = m.choices.priorities.get(criterion);
                for to in 0..=MAX_WEIGHT {
                    let mut moved = sums.to_vec();
                    moved[criterion] = moved[criterion] - u32::from(from) + u32::from(to);
                    let Some(side) = evaluate(scores, &moved).ahead().filter(|&s| Some(s) != now)
                    else {
                        continue;
                    };
                    let swing = Swing {
                        member,
                        criterion,
                        from,
                        to,
                        side,
                    };
                    let steps = |s: &Swing| s.from.abs_diff(s.to);
                    if best.as_ref().is_none_or(|b| steps(&swing) < steps(b)) {
                        best = Some(swing);
                    }
                }
            }
            best
        })
        .collect();
    sort_by_key(&mut found, |s| (s.from.abs_diff(s.to), s.member));
    found
}

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
fn choice_digits(choices: &Choices) -> (String, String) {
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

pub mod words;

#[cfg(test)]
mod tests;
