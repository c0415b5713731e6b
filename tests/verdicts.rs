//! Each round's verdict as the page shows it, pinned to the source: the
//! same winner and the article's own words for the verdict, round by round,
//! from the verdict table in ../shared/source (beside the repository, as on
//! the team's machines and in CI).

mod common;

use faceoff::content::COMPARISON;

/// One row of the source's verdict table.
struct SourceVerdict {
    winner: String,
    /// The first phrase the table quotes from the article's verdict.
    words: String,
    anchor: String,
}

fn verdict_table(article: &str) -> Vec<SourceVerdict> {
    article
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line
                .trim()
                .trim_matches('|')
                .split('|')
                .map(str::trim)
                .collect();
            let [number, _round, winner, wording, anchor] = cells.as_slice() else {
                return None;
            };
            number.parse::<usize>().ok()?;
            let words = wording.split('"').nth(1)?.to_owned();
            Some(SourceVerdict {
                winner: (*winner).to_owned(),
                words,
                anchor: anchor.trim_matches('`').to_owned(),
            })
        })
        .collect()
}

#[test]
fn every_round_has_the_articles_winner_and_its_words() {
    let Some(article) = common::source_article("the verdict check") else {
        return;
    };
    let table = verdict_table(&article);
    assert_eq!(
        table.len(),
        COMPARISON.criteria.len(),
        "rounds in the source's verdict table"
    );
    for (criterion, source) in COMPARISON.criteria.iter().zip(&table) {
        let ours = &criterion.verdict;
        assert_eq!(
            criterion.anchor, source.anchor,
            "{}: not the same round",
            criterion.name
        );
        assert_eq!(
            COMPARISON.framework(ours.winner).name,
            source.winner,
            "{}",
            criterion.name
        );
        assert!(
            source.words.contains(ours.wording) || ours.wording.contains(&source.words),
            "{}: we say \"{}\", the article \"{}\"",
            criterion.name,
            ours.wording,
            source.words
        );
    }
}
