//! A small, valid comparison for the domain's own tests.

use super::comparison::*;
use super::prose::prose;

fn take(score: u8) -> Take {
    Take {
        offers: prose("Offers something."),
        score,
        reason: prose("Because."),
    }
}

const fn verdict(winner: Side, strength: Strength) -> Verdict {
    Verdict {
        winner,
        strength,
        wording: match strength {
            Strength::Edge => "edges it",
            Strength::Win => "wins",
            Strength::Clear => "wins clearly",
        },
        summary: prose("Summary."),
    }
}

/// Alpha wins speed (+2) and safety (+3); Beta wins size (+4).
pub fn sample() -> Comparison {
    let criteria = vec![
        Criterion {
            id: "speed",
            name: "Speed",
            topic: "speed",
            anchor: "Speed",
            takes: [take(8), take(6)],
            verdict: verdict(Side::First, Strength::Win),
        },
        Criterion {
            id: "size",
            name: "Size",
            topic: "size",
            anchor: "Size",
            takes: [take(5), take(9)],
            verdict: verdict(Side::Second, Strength::Clear),
        },
        Criterion {
            id: "safety",
            name: "Safety",
            topic: "safety",
            anchor: "Safety",
            takes: [take(9), take(6)],
            verdict: verdict(Side::First, Strength::Win),
        },
    ];
    let framework = |id, name| Framework {
        id,
        name,
        tagline: prose("A framework."),
        hue: 120,
    };
    Comparison {
        source: Source {
            site: "https://example.org",
            path: "/sample",
            title: "Sample",
            publisher: "Example",
            published: "2025-01-01",
        },
        frameworks: [framework("alpha", "Alpha"), framework("beta", "Beta")],
        criteria: Box::leak(criteria.into_boxed_slice()),
        presets: &[],
    }
}
