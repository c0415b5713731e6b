//! The recommendation in words: a headline and a one-line reason, generated
//! from the content and the outcome.

use super::comparison::{Comparison, Side};
use super::insight::{Flip, SmallestFlip};
use super::scoring::{Call, Decisiveness, Outcome};

/// How many criteria a reason names on each side.
const NAMED_DRIVERS: usize = 2;

/// The call in words, at one length: with no priorities, on a close call,
/// and after the leader's name as it leads slightly, solidly or strongly.
struct CallWords {
    no_priorities: &'static str,
    close_call: &'static str,
    leads: [&'static str; 3],
}

const HEADLINE: CallWords = CallWords {
    no_priorities: "No priorities set",
    close_call: "Too close to call",
    leads: [
        " fits your priorities, narrowly",
        " fits your priorities better",
        " fits your priorities far better",
    ],
};

/// The headline for a team's combined priorities.
const TEAM_HEADLINE: CallWords = CallWords {
    no_priorities: "No priorities set",
    close_call: "Too close to call",
    leads: [
        " fits the team's priorities, narrowly",
        " fits the team's priorities better",
        " fits the team's priorities far better",
    ],
};

/// Whose priorities a result weighs: the words change, the scoring does not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    You,
    Team,
}

impl Audience {
    fn for_whom(self) -> &'static str {
        match self {
            Audience::You => "for you",
            Audience::Team => "for the team",
        }
    }

    fn who(self) -> &'static str {
        match self {
            Audience::You => "you",
            Audience::Team => "the team",
        }
    }
}

/// Two or three words, for the compact bar on phones.
const SHORT_HEADLINE: CallWords = CallWords {
    no_priorities: "No priorities",
    close_call: "Too close to call",
    leads: [", narrowly", " ahead", ", clearly"],
};

fn call_in_words(c: &Comparison, o: &Outcome, words: &CallWords) -> String {
    match o.call() {
        Call::NoPriorities => words.no_priorities.into(),
        Call::CloseCall { .. } => words.close_call.into(),
        Call::Leads { side, decisiveness } => {
            let degree = match decisiveness {
                Decisiveness::Slight => 0,
                Decisiveness::Solid => 1,
                Decisiveness::Strong => 2,
            };
            format!("{}{}", c.framework(side).name, words.leads[degree])
        }
    }
}

pub fn headline(c: &Comparison, o: &Outcome) -> String {
    call_in_words(c, o, &HEADLINE)
}

/// The headline for a team's combined priorities.
pub fn team_headline(c: &Comparison, o: &Outcome) -> String {
    call_in_words(c, o, &TEAM_HEADLINE)
}

/// The result in two or three words, for the compact bar on phones.
pub fn short_headline(c: &Comparison, o: &Outcome) -> String {
    call_in_words(c, o, &SHORT_HEADLINE)
}

/// One line saying how far ahead the leader is.
pub fn margin_line(c: &Comparison, o: &Outcome) -> String {
    margin_line_for(c, o, Audience::You)
}

pub fn margin_line_for(c: &Comparison, o: &Outcome, audience: Audience) -> String {
    match (o.call(), o.ahead()) {
        (Call::NoPriorities, _) => "Nothing to weigh yet.".into(),
        (_, None) => format!(
            "Both frameworks score exactly the same {}.",
            audience.for_whom()
        ),
        (Call::CloseCall { .. }, Some(side)) => {
            let gap = margin_points(o);
            let by = if gap.bytes().all(|b| b == b'0' || b == b'.') {
                // A gap that rounds to nothing is still a gap: say how small
                // it is ("0.0" gives "0.1", "0.00" gives "0.01").
                format!("by less than {}1", &gap[..gap.len() - 1])
            } else {
                format!("by only {gap}")
            };
            format!(
                "{} is ahead {by} points, under the quarter point that counts as a real lead.",
                c.framework(side).name
            )
        }
        (_, Some(side)) => format!(
            "{} leads by {} points out of 10.",
            c.framework(side).name,
            margin_points(o)
        ),
    }
}

/// Why the result is what it is, naming the criteria that weigh most.
pub fn reason(c: &Comparison, o: &Outcome) -> String {
    reason_for(c, o, Audience::You)
}

pub fn reason_for(c: &Comparison, o: &Outcome, audience: Audience) -> String {
    let strengths = |side: Side| {
        let names: Vec<String> = o
            .drivers(side)
            .iter()
            .take(NAMED_DRIVERS)
            .map(|&(i, _)| c.criteria[i].topic.to_owned())
            .collect();
        join_names(&names)
    };
    let name = |side: Side| c.framework(side).name;
    match o.call() {
        Call::NoPriorities => {
            "Every priority is set to ignore: raise at least one slider to get a recommendation."
                .into()
        }
        Call::Leads { side, .. } => {
            let despite = strengths(side.other());
            let because = format!(
                "{} leads {} mainly because of {}",
                name(side),
                audience.for_whom(),
                strengths(side)
            );
            if despite.is_empty() {
                format!("{because}.")
            } else {
                format!(
                    "{because}, despite {}'s edge in {despite}.",
                    name(side.other())
                )
            }
        }
        Call::CloseCall { ahead } => {
            let first = ahead.unwrap_or(Side::First);
            let (mine, theirs) = (strengths(first), strengths(first.other()));
            if mine.is_empty() || theirs.is_empty() {
                format!(
                    "The criteria {} weighted score the same for both frameworks.",
                    audience.who()
                )
            } else {
                format!(
                    "{}'s strengths in {} are offset by {}'s in {}.",
                    name(first),
                    mine,
                    name(first.other()),
                    theirs
                )
            }
        }
    }
}

/// What moving one slider would do, for its card.
pub fn flip_note(c: &Comparison, flip: &Flip) -> String {
    let name = |side: Side| c.framework(side).name;
    let above = flip.from_above.map(|(v, side)| match v {
        10 => format!("{} would pull ahead at 10", name(side)),
        v => format!("{} would pull ahead from {v} upwards", name(side)),
    });
    let below = flip.from_below.map(|(v, side)| match v {
        0 => format!("{} would pull ahead at 0", name(side)),
        v => format!("{} would pull ahead at {v} or below", name(side)),
    });
    match (above, below) {
        (None, None) => "No value of this slider changes who is ahead.".into(),
        (Some(one), None) | (None, Some(one)) => format!("{one}."),
        (Some(up), Some(down)) => format!("{up}; {down}."),
    }
}

/// How stable the result is: the smallest single slider move that flips it.
pub fn stability_line(c: &Comparison, o: &Outcome, smallest: Option<&SmallestFlip>) -> String {
    if o.call() == Call::NoPriorities {
        return String::new();
    }
    match smallest {
        None => "No single slider can change who is ahead.".into(),
        Some(f) => format!(
            "Smallest change that flips it: {} from {} to {} ({} step{}) puts {} ahead.",
            c.criteria[f.criterion].name,
            f.from,
            f.to,
            f.steps(),
            if f.steps() == 1 { "" } else { "s" },
            c.framework(f.side).name
        ),
    }
}

/// The contributions chart in words, for screen readers: every criterion
/// that pushes at all, largest first.
pub fn chart_summary(c: &Comparison, o: &Outcome) -> String {
    let pushes = o.contributions();
    let order: Vec<usize> = o
        .by_influence()
        .into_iter()
        .filter(|&i| pushes[i] != 0.0)
        .collect();
    if order.is_empty() {
        return "No criterion pushes either way.".into();
    }
    let parts: Vec<String> = order
        .iter()
        .map(|&i| {
            let side = if pushes[i] > 0.0 {
                Side::First
            } else {
                Side::Second
            };
            format!(
                "{} {} toward {}",
                c.criteria[i].topic,
                points(pushes[i].abs()),
                c.framework(side).name
            )
        })
        .collect();
    format!("In points: {}.", parts.join("; "))
}

/// A score or margin with one decimal, as shown on the page. Integer
/// formatting only: float formatting would add kilobytes to the wasm.
pub fn points(value: f64) -> String {
    let tenths = tenths(value);
    let sign = if tenths < 0 { "-" } else { "" };
    format!("{sign}{}.{}", tenths.abs() / 10, tenths.abs() % 10)
}

/// `value` in whole tenths, rounded half away from zero, as `points` shows it.
fn tenths(value: f64) -> i64 {
    (value * 10.0).round() as i64
}

/// The leader's margin as the page writes it: with one decimal, like the
/// totals shown beside it, when that is their difference as shown; else
/// with two, so that no sum on the page looks wrong (totals of 7.34 and
/// 7.06 show as 7.3 and 7.1, and their margin as 0.28, not 0.3).
pub fn margin_points(o: &Outcome) -> String {
    let shown_apart = o.totals().map(|[a, b]| (tenths(a) - tenths(b)).abs());
    if shown_apart.is_none_or(|apart| apart == tenths(o.margin())) {
        return points(o.margin());
    }
    // Cut, not rounded: a margin under the quarter point never reads 0.25.
    let hundredths = o.margin_hundredths();
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {}", rest.join(", "), last),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::scoring::evaluate;
    use crate::domain::test_support::sample;
    use proptest::prelude::*;

    /// A number as the page writes it, in its smallest unit ("0.28" is 28).
    fn in_units(shown: &str) -> i64 {
        shown.replace('.', "").parse().expect("a number")
    }

    #[test]
    fn a_margin_the_shown_totals_do_not_add_up_to_gets_two_decimals() {
        let c = sample();
        // Totals 367/50 = 7.34 and 353/50 = 7.06: shown as 7.3 and 7.1.
        let o = evaluate(
            &[[7, 7], [7, 7], [7, 7], [7, 7], [9, 7], [6, 10]],
            &[10, 10, 10, 10, 9, 1],
        );
        assert_eq!(
            o.totals().map(|t| t.map(points)),
            Some(["7.3".into(), "7.1".into()])
        );
        assert_eq!(margin_line(&c, &o), "Alpha leads by 0.28 points out of 10.");
        // Totals 385/53 = 7.26 and 372/53 = 7.02, shown as 7.3 and 7.0; the
        // margin, 13/53 = 0.245, is a close call: cut, not rounded to 0.25.
        let o = evaluate(
            &[[8, 8], [8, 7], [7, 7], [7, 7], [7, 7], [5, 4]],
            &[10, 10, 10, 10, 10, 3],
        );
        assert_eq!(
            margin_line(&c, &o),
            "Alpha is ahead by only 0.24 points, under the quarter point that counts as a real lead."
        );
        // Where the shown totals agree, one decimal, as before.
        let o = evaluate(&c.score_table(), &[10, 1, 10]);
        assert_eq!(margin_points(&o).len(), 3, "{}", margin_points(&o));
    }

    proptest! {
        /// The margin shown is the difference of the totals shown, or has two
        /// decimals and is the true margin cut to hundredths; and it reaches
        /// 0.25 exactly when the call is a lead.
        #[test]
        fn the_margin_shown_agrees_with_the_totals_shown_and_with_the_call(
            scores in proptest::collection::vec([0u8..=10, 0u8..=10], 13),
            weights in proptest::collection::vec(0u32..=10, 13),
        ) {
            let o = evaluate(&scores, &weights);
            let shown = margin_points(&o);
            let decimals = shown.len() - shown.find('.').expect("a point") - 1;
            let hundredths = in_units(&shown) * if decimals == 1 { 10 } else { 1 };
            if let Some([a, b]) = o.totals() {
                let apart = (in_units(&points(a)) - in_units(&points(b))).abs();
                if decimals == 1 {
                    prop_assert_eq!(hundredths, apart * 10, "{} for {} and {}", shown, a, b);
                } else {
                    prop_assert_eq!(decimals, 2);
                    let cut = o.margin() * 100.0 - hundredths as f64;
                    prop_assert!((-1e-9..1.0).contains(&cut), "{} for {}", shown, o.margin());
                }
            }
            prop_assert_eq!(hundredths >= 25, matches!(o.call(), Call::Leads { .. }), "{}", shown);
        }
    }

    #[test]
    fn points_have_one_decimal_rounded_half_away_from_zero() {
        assert_eq!(points(7.3077), "7.3");
        assert_eq!(points(0.25), "0.3");
        assert_eq!(points(0.0), "0.0");
        assert_eq!(points(10.0), "10.0");
        assert_eq!(points(-1.25), "-1.3");
        assert_eq!(points(0.04), "0.0");
    }

    #[test]
    fn joins_names_in_plain_english() {
        let s = |v: &[&str]| join_names(&v.iter().map(|x| x.to_string()).collect::<Vec<_>>());
        assert_eq!(s(&[]), "");
        assert_eq!(s(&["a"]), "a");
        assert_eq!(s(&["a", "b"]), "a and b");
        assert_eq!(s(&["a", "b", "c"]), "a, b and c");
    }

    #[test]
    fn a_lead_names_its_drivers_and_what_speaks_against_it() {
        let c = sample();
        let o = evaluate(&c.score_table(), &[10, 1, 10]);
        assert_eq!(headline(&c, &o), "Alpha fits your priorities better");
        assert_eq!(short_headline(&c, &o), "Alpha ahead");
        assert_eq!(
            reason(&c, &o),
            "Alpha leads for you mainly because of safety and speed, despite Beta's edge in size."
        );
        assert!(margin_line(&c, &o).starts_with("Alpha leads by "));
    }

    #[test]
    fn flip_notes_and_the_stability_line_say_what_would_change_it() {
        use crate::domain::insight::{flip_points, smallest_flip};
        let c = sample();
        let weights = [5, 5, 5];
        let flips = flip_points(&c.score_table(), &weights);
        assert_eq!(
            flip_note(&c, &flips[1]),
            "Beta would pull ahead from 7 upwards."
        );
        assert_eq!(
            flip_note(&c, &flips[2]),
            "Beta would pull ahead at 3 or below."
        );
        let tie = flip_points(&c.score_table(), &[2, 1, 0]);
        assert_eq!(
            flip_note(&c, &tie[0]),
            "Alpha would pull ahead from 3 upwards; Beta would pull ahead at 1 or below."
        );
        let o = evaluate(&c.score_table(), &weights);
        assert_eq!(
            stability_line(&c, &o, smallest_flip(&flips, &weights).as_ref()),
            "Smallest change that flips it: Size from 5 to 7 (2 steps) puts Beta ahead."
        );
        let solid = [10, 0, 10];
        let o = evaluate(&c.score_table(), &solid);
        let none = smallest_flip(&flip_points(&c.score_table(), &solid), &solid);
        assert_eq!(
            stability_line(&c, &o, none.as_ref()),
            "No single slider can change who is ahead."
        );
        assert_eq!(
            flip_note(&c, &flip_points(&c.score_table(), &solid)[0]),
            "No value of this slider changes who is ahead."
        );
    }

    #[test]
    fn the_chart_summary_lists_pushes_largest_first() {
        let c = sample();
        let o = evaluate(&c.score_table(), &[5, 5, 5]);
        // Pushes: speed +10/15, size -20/15, safety +15/15.
        assert_eq!(
            chart_summary(&c, &o),
            "In points: size 1.3 toward Beta; safety 1.0 toward Alpha; speed 0.7 toward Alpha."
        );
        let none = evaluate(&c.score_table(), &[0, 0, 0]);
        assert_eq!(chart_summary(&c, &none), "No criterion pushes either way.");
    }

    #[test]
    fn no_priorities_says_so_without_numbers() {
        let c = sample();
        let o = evaluate(&c.score_table(), &[0, 0, 0]);
        assert_eq!(headline(&c, &o), "No priorities set");
        assert_eq!(short_headline(&c, &o), "No priorities");
        assert!(reason(&c, &o).contains("raise at least one slider"));
        assert!(!margin_line(&c, &o).contains("NaN"));
    }

    #[test]
    fn a_lead_too_small_to_show_in_tenths_is_not_called_zero() {
        let c = sample();
        let mut tiny = 0;
        for w in (0..=10).flat_map(|a| (0..=10).flat_map(move |b| (0..=10).map(move |d| [a, b, d])))
        {
            let o = evaluate(&c.score_table(), &w);
            let line = margin_line(&c, &o);
            assert!(!line.contains(" 0.0 "), "{w:?}: {line}");
            if o.ahead().is_some() && o.margin() < 0.05 {
                tiny += 1;
                // Or, when the totals shown are 0.1 apart, the gap in hundredths.
                let hundredths = line.contains("is ahead by only 0.0") && !line.contains(" 0.00 ");
                assert!(
                    line.contains("is ahead by less than 0.1 points") || hundredths,
                    "{w:?}: {line}"
                );
            }
        }
        assert!(
            tiny > 0,
            "no weights gave a lead under 0.05: the test checks nothing"
        );
    }

    #[test]
    fn a_close_call_says_what_offsets_what() {
        let c = sample();
        // Alpha: +2 speed, +3 safety; Beta: +4 size. 2+3 = 5 vs 4*1.25 = 5: a tie.
        let o = evaluate(&c.score_table(), &[4, 5, 4]);
        assert_eq!(headline(&c, &o), "Too close to call");
        assert_eq!(
            margin_line(&c, &o),
            "Both frameworks score exactly the same for you."
        );
        assert!(reason(&c, &o).contains("offset by Beta's in size"));
    }
}
