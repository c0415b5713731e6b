//! The group's result: every member's own, the group's (see the notes of
//! [`super`]), where the group's mean would change hands, and who could tip it.

use super::Member;
use crate::domain::comparison::Side;
use crate::domain::priorities::MAX_WEIGHT;
use crate::domain::scoring::{evaluate, Outcome, ScorePair};
use crate::domain::small_sort::sort_by_key;

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
