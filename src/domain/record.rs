//! The decision record: everything needed to explain and reproduce a
//! decision, as Markdown to paste into a ticket, a wiki or a pull request.

use super::comparison::{Comparison, Side};
use super::explain::{headline, margin_line, points, reason, stability_line};
use super::insight::{flips, Flip, Flips};
use super::overrides::Overrides;
use super::priorities::{weight_in_words, Priorities};
use super::scoring::{evaluate, ScorePair};

/// What a record is made from.
pub struct RecordInput<'a> {
    pub comparison: &'a Comparison,
    pub priorities: &'a Priorities,
    /// The user's own scores, where they replace ours.
    pub overrides: &'a Overrides,
    /// The date of the decision, as the user's calendar shows it (YYYY-MM-DD).
    pub date: &'a str,
    /// The address that reproduces this result.
    pub link: &'a str,
    /// The profile the sliders match, if any.
    pub profile: Option<&'a str>,
}

/// A file name for the downloaded record.
pub fn file_name(c: &Comparison, date: &str) -> String {
    format!(
        "{}-or-{}-decision-{date}.md",
        c.frameworks[0].id, c.frameworks[1].id
    )
}

pub fn markdown(input: &RecordInput) -> String {
    let c = input.comparison;
    let ours: Vec<ScorePair> = c.score_table();
    let scores = input.overrides.apply(&ours);
    let weights = input.priorities.as_u32();
    let outcome = evaluate(&scores, &weights);
    let Flips {
        each: flips,
        smallest,
    } = flips(&scores, &weights);
    let [first, second] = [
        c.framework(Side::First).name,
        c.framework(Side::Second).name,
    ];
    let totals = outcome
        .totals()
        .map(|t| t.map(points))
        .unwrap_or_else(|| ["–".into(), "–".into()]);

    let mut md = format!("# {first} or {second}: decision record\n\n");
    md += &format!("- **Date:** {}\n", input.date);
    md += &format!(
        "- **Result:** {}. {}\n",
        headline(c, &outcome),
        margin_line(c, &outcome)
    );
    md += &format!(
        "- **Totals (out of 10):** {first} {}, {second} {}\n",
        totals[0], totals[1]
    );
    md += &format!("- **Why:** {}\n", reason(c, &outcome));
    let stability = stability_line(c, &outcome, smallest.as_ref());
    if !stability.is_empty() {
        md += &format!("- **Stability:** {stability}\n");
    }
    md += &format!(
        "- **Profile:** {}\n",
        input.profile.unwrap_or("custom priorities")
    );
    md += &format!("- **Reproduce:** <{}>\n", input.link);
    if input.overrides.is_empty() {
        md += "- **Scores:** as set by this tool\n\n";
    } else {
        md += &format!(
            "- **Scores:** {} replaced by the user (marked *; this tool's score in brackets)\n\n",
            input.overrides.iter().count()
        );
    }

    md += "## Criteria\n\n";
    md += &format!("| # | Criterion | Priority | {first} | {second} | Article's verdict | What would flip it |\n");
    md += "|---:|---|---|---:|---:|---|---|\n";
    for (i, criterion) in c.criteria.iter().enumerate() {
        let weight = input.priorities.get(i);
        let verdict = &criterion.verdict;
        md += &format!(
            "| {} | [{}]({}) | {weight} ({}) | {} | {} | {} {} | {} |\n",
            i + 1,
            criterion.name,
            c.source.section_url(criterion.anchor),
            weight_in_words(weight),
            score_cell(input.overrides, &ours, i, Side::First),
            score_cell(input.overrides, &ours, i, Side::Second),
            c.framework(verdict.winner).name,
            verdict.wording,
            flip_cell(c, &flips[i]),
        );
    }
    md += &format!(
        "|  | **Weighted total** |  | **{}** | **{}** |  |  |\n\n",
        totals[0], totals[1]
    );
    md += &format!(
        "Scores (0 to 10) are this tool's, set to follow the verdicts of [{}]({}), published {}. \
         Each total is the mean of a framework's scores weighted by the priorities.\n",
        c.source.title,
        c.source.url(),
        c.source.published
    );
    md
}

fn score_cell(overrides: &Overrides, ours: &[ScorePair], i: usize, side: Side) -> String {
    match overrides.get(i, side) {
        Some(score) => format!("{score}* ({})", ours[i][side.index()]),
        None => ours[i][side.index()].to_string(),
    }
}

fn flip_cell(c: &Comparison, flip: &Flip) -> String {
    let mut parts = Vec::new();
    if let Some((v, side)) = flip.from_above {
        parts.push(format!("{} from {v} up", c.framework(side).name));
    }
    if let Some((v, side)) = flip.from_below {
        parts.push(format!("{} at {v} or below", c.framework(side).name));
    }
    if parts.is_empty() {
        "—".into()
    } else {
        parts.join("; ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::sample;

    fn record(weights: [u8; 3]) -> String {
        record_with(weights, &Overrides::none(3))
    }

    fn record_with(weights: [u8; 3], overrides: &Overrides) -> String {
        let c = sample();
        let p = Priorities::from_weights(weights);
        markdown(&RecordInput {
            comparison: &c,
            priorities: &p,
            overrides,
            date: "2026-11-25",
            link: "https://example.org/app/?v=1&size=9",
            profile: None,
        })
    }

    #[test]
    fn a_record_has_the_date_result_totals_link_and_every_criterion() {
        let md = record([5, 9, 5]);
        assert!(md.starts_with("# Alpha or Beta: decision record\n"));
        assert!(md.contains("- **Date:** 2026-11-25\n"));
        // Alpha: (40 + 45 + 45) / 19 = 6.84; Beta: (30 + 81 + 30) / 19 = 7.42.
        assert!(
            md.contains("- **Totals (out of 10):** Alpha 6.8, Beta 7.4\n"),
            "{md}"
        );
        assert!(md.contains("- **Result:** Beta fits your priorities, narrowly. Beta leads by 0.6 points out of 10.\n"), "{md}");
        assert!(md.contains("- **Reproduce:** <https://example.org/app/?v=1&size=9>\n"));
        assert!(md.contains("- **Profile:** custom priorities\n"));
        assert!(md.contains("| 2 | [Size](https://example.org/sample#Size) | 9 (essential) | 5 | 9 | Beta wins clearly | Alpha at 6 or below |\n"), "{md}");
        assert!(md.contains("|  | **Weighted total** |  | **6.8** | **7.4** |  |  |\n"));
        assert_eq!(
            md.matches("\n| ").count(),
            3 + 2,
            "header, 3 criteria, total"
        );
    }

    #[test]
    fn a_record_without_priorities_has_no_numbers_it_cannot_have() {
        let md = record([0, 0, 0]);
        assert!(md.contains("- **Result:** No priorities set. Nothing to weigh yet.\n"));
        assert!(md.contains("Alpha –, Beta –"));
        assert!(!md.contains("Stability"));
        assert!(!md.contains("NaN"));
    }

    #[test]
    fn overridden_scores_are_marked_with_ours_beside_them_and_counted() {
        let mut o = Overrides::none(3);
        o.insert(1, Side::First, 9);
        let md = record_with([5, 9, 5], &o);
        assert!(md.contains("- **Scores:** 1 replaced by the user"), "{md}");
        assert!(md.contains("| 9 (essential) | 9* (5) | 9 |"), "{md}");
        // Alpha now: (40 + 81 + 45) / 19 = 8.7.
        assert!(
            md.contains("- **Totals (out of 10):** Alpha 8.7, Beta 7.4\n"),
            "{md}"
        );
        assert!(record([5, 9, 5]).contains("- **Scores:** as set by this tool\n"));
    }

    #[test]
    fn the_file_name_names_both_frameworks_and_the_date() {
        assert_eq!(
            file_name(&sample(), "2026-11-25"),
            "alpha-or-beta-decision-2026-11-25.md"
        );
    }
}
