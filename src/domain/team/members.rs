//! Who is on the team: result links pasted in (with the names before them),
//! the visitor's own result, renames, and why a member may not join.

use super::{
    decode, encode, newer_team_version, Member, MAX_LABEL_CHARS, MAX_LINK_LEN, MAX_MEMBERS,
};
use crate::domain::opening::Choices;
use crate::domain::scoring::ScorePair;
use crate::domain::share::{self, Ids, LinkProblem};

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
