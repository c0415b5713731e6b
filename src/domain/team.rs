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

mod combine;
mod link;
mod members;
pub mod words;

pub use combine::{combine, GroupFlip, MemberResult, Swing, TeamView};
pub use link::{decode, encode, newer_team_version, team_link};
pub use members::{
    add_member, add_own, add_pasted, clean_label, rename, Added, OwnJoined, Refusal,
};

use super::opening::Choices;

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
        let (weights, scores) = link::choice_digits(&self.choices);
        format!("{weights}*{scores}")
    }
}

#[cfg(test)]
mod tests;
