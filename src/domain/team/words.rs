//! The team view in words: one line per member, swing and flip, and the
//! team's decision record as Markdown.

use super::{GroupFlip, Swing, TeamView};
use crate::domain::comparison::{Comparison, Side};
use crate::domain::explain::{
    margin_line_for, margin_points, points, reason_for, team_headline, Audience,
};
use crate::domain::scoring::{Call, Outcome};

/// Said when a team link from a newer version of the page is opened.
pub const NEWER_TEAM_LINK: &str =
    "This team link comes from a newer version of this page, so it was not opened. Reload to get the newer version.";

/// Said when members of an opened team link could not be read.
pub fn dropped_notice(dropped: usize) -> Option<String> {
    match dropped {
        0 => None,
        1 => Some("One member of this team link could not be read (a broken, repeated or extra entry) and was left out.".into()),
        n => Some(format!("{n} members of this team link could not be read (broken, repeated or extra entries) and were left out.")),
    }
}

/// A member's result in a few words: "Django by 1.2 points".
pub fn member_call(c: &Comparison, o: &Outcome) -> String {
    match o.call() {
        Call::NoPriorities => "No priorities set".into(),
        Call::CloseCall { .. } => "Too close to call".into(),
        Call::Leads { side, .. } => {
            format!("{} by {} points", c.framework(side).name, margin_points(o))
        }
    }
}

/// Who could change the group's result, and how.
pub fn swing_line(c: &Comparison, view: &TeamView, s: &Swing) -> String {
    let label = view
        .members
        .get(s.member)
        .map_or("A member", |m| m.label.as_str());
    format!(
        "{label}: {} from {} to {} would put {} ahead for the team.",
        c.criteria[s.criterion].name,
        s.from,
        s.to,
        c.framework(s.side).name
    )
}

/// Where the team's mean priority for one criterion changes who is ahead.
pub fn group_flip_line(c: &Comparison, view: &TeamView, f: &GroupFlip) -> String {
    let now = view.mean[f.criterion];
    let direction = if f.at > now { "above" } else { "below" };
    format!(
        "{}: a team mean {direction} {} (now {}) would put {} ahead.",
        c.criteria[f.criterion].name,
        points(f.at),
        points(now),
        c.framework(f.side).name
    )
}

/// One criterion's priorities across the team.
pub fn spread_line(view: &TeamView, criterion: usize) -> String {
    match view.spread[criterion] {
        (low, high) if low == high => format!("everyone at {low}"),
        (low, high) => format!(
            "from {low} to {high}, mean {}",
            points(view.mean[criterion])
        ),
    }
}

/// The criteria whose scores the members count differently, in words; None
/// when they all count the same.
pub fn scores_differ_line(c: &Comparison, view: &TeamView) -> Option<String> {
    if view.scores_differ.is_empty() {
        return None;
    }
    let names: Vec<&str> = view
        .scores_differ
        .iter()
        .map(|&i| c.criteria[i].name)
        .collect();
    Some(format!(
        "Members set their own scores differently for {}: for those the team's result counts this page's scores, and each member's own result counts theirs.",
        names.join(", ")
    ))
}

/// A file name for the downloaded team record.
pub fn file_name(c: &Comparison, date: &str) -> String {
    format!(
        "{}-or-{}-team-decision-{date}.md",
        c.frameworks[0].id, c.frameworks[1].id
    )
}

/// The team's decision as Markdown: the group's result and why, each
/// member's, the criteria from the most disputed, and who could swing it.
pub fn markdown(c: &Comparison, view: &TeamView, date: &str, link: &str) -> String {
    let [first, second] = [
        c.framework(Side::First).name,
        c.framework(Side::Second).name,
    ];
    let o = &view.outcome;
    let totals = |o: &Outcome| {
        o.totals()
            .map(|t| t.map(points))
            .unwrap_or_else(|| ["–".into(), "–".into()])
    };
    let group = totals(o);
    let mut md = format!("# {first} or {second}: team decision record\n\n");
    md += &format!("- **Date:** {date}\n");
    md += &format!("- **Members:** {}\n", view.members.len());
    md += &format!(
        "- **Team result:** {}. {}\n",
        team_headline(c, o),
        margin_line_for(c, o, Audience::Team)
    );
    md += &format!(
        "- **Totals (out of 10):** {first} {}, {second} {}\n",
        group[0], group[1]
    );
    md += &format!("- **Why:** {}\n", reason_for(c, o, Audience::Team));
    md += &format!(
        "- **Scores:** {}\n",
        scores_differ_line(c, view).unwrap_or_else(|| "the same for every member".into())
    );
    md += &format!("- **Reproduce:** <{link}>\n\n");

    md += "## Members\n\n";
    md += &format!("| Member | Result | {first} | {second} |\n|---|---|---:|---:|\n");
    for m in &view.members {
        let t = totals(&m.outcome);
        md += &format!(
            "| {} | {} | {} | {} |\n",
            escape(&m.label),
            member_call(c, &m.outcome),
            t[0],
            t[1]
        );
    }

    md += "\n## Criteria, most disputed first\n\n";
    md += &format!("| Criterion | Team priority | {first} | {second} | What would flip it |\n");
    md += "|---|---|---:|---:|---|\n";
    for &i in &view.disagreement {
        let flip = view
            .flips
            .iter()
            .find(|f| f.criterion == i)
            .map_or_else(|| "—".to_owned(), |f| group_flip_line(c, view, f));
        let flagged = if view.scores_differ.contains(&i) {
            "*"
        } else {
            ""
        };
        md += &format!(
            "| [{}]({}) | {} | {}{flagged} | {}{flagged} | {} |\n",
            c.criteria[i].name,
            c.source.section_url(c.criteria[i].anchor),
            spread_line(view, i),
            view.scores[i][0],
            view.scores[i][1],
            flip
        );
    }
    if !view.scores_differ.is_empty() {
        md += "\n\\* Members' own scores differ here: the team's result counts this page's.\n";
    }

    md += "\n## Who could change the result\n\n";
    if view.swings.is_empty() {
        md += "No member can change who is ahead by moving one slider.\n";
    }
    for s in &view.swings {
        md += &format!("- {}\n", escape(&swing_line(c, view, s)));
    }
    md
}

/// Text a member chose, made inert in Markdown (no links, tables or emphasis).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // A heading or list marker only counts at the start.
    if text.starts_with(['#', '-', '+', '=']) {
        out.push('\\');
    }
    for ch in text.chars() {
        if "\\`*_[]()<>|~".contains(ch) {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::COMPARISON;
    use crate::domain::opening::Choices;
    use crate::domain::overrides::Overrides;
    use crate::domain::priorities::Priorities;
    use crate::domain::team::{combine, Member};

    fn member(label: &str, weights: Vec<u8>) -> Member {
        Member {
            label: label.into(),
            choices: Choices {
                priorities: Priorities::from_weights(weights),
                overrides: Overrides::none(13),
            },
        }
    }

    #[test]
    fn the_record_names_every_member_and_criterion_and_escapes_labels() {
        let c = &COMPARISON;
        let ours = c.score_table();
        let team = [
            member("Ana", vec![9; 13]),
            member(
                "[x](http://evil)|",
                (0..13).map(|i| (i % 11) as u8).collect(),
            ),
        ];
        let view = combine(&team, &ours);
        let md = markdown(c, &view, "2026-12-07", "https://example.org/?v=t1");
        assert!(md.starts_with("# Django or Flask: team decision record"));
        assert!(md.contains("| Ana |"));
        assert!(md.contains("\\[x\\]\\(http://evil\\)\\|"), "{md}");
        assert!(!md.contains("[x](http"));
        for criterion in c.criteria {
            assert!(
                md.contains(&format!("[{}](", criterion.name)),
                "{}",
                criterion.name
            );
        }
        assert!(md.contains("<https://example.org/?v=t1>"));
    }

    #[test]
    fn a_member_call_names_the_leader_and_the_margin() {
        let c = &COMPARISON;
        let view = combine(&[member("Ana", vec![0; 13])], &c.score_table());
        assert_eq!(
            member_call(c, &view.members[0].outcome),
            "No priorities set"
        );
        let mut weights = vec![0; 13];
        weights[0] = 10;
        let view = combine(&[member("Ana", weights)], &c.score_table());
        let call = member_call(c, &view.members[0].outcome);
        assert!(call.ends_with(" points") && call.contains(" by "), "{call}");
    }
}
