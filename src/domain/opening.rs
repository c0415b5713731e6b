//! What the user has chosen (priorities and their own scores), and which
//! choices the page opens with: a link's, else the saved ones, else the
//! defaults; and whether that puts the user's own aside.

use super::overrides::Overrides;
use super::priorities::Priorities;

/// Everything the user sets: saved, shared and merged as one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Choices {
    pub priorities: Priorities,
    pub overrides: Overrides,
}

impl Choices {
    pub fn defaults(count: usize) -> Self {
        Choices {
            priorities: Priorities::defaults(count),
            overrides: Overrides::none(count),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opening {
    /// What the page shows first.
    pub choices: Choices,
    /// The user's own choices (saved, or the defaults), when a link shows
    /// different ones: they are kept aside, unsaved over, until the user
    /// adopts the link's or goes back to these.
    pub own_set_aside: Option<Choices>,
}

pub fn opening(link: Option<Choices>, saved: Option<Choices>, count: usize) -> Opening {
    let own = saved.unwrap_or_else(|| Choices::defaults(count));
    match link {
        Some(shared) if shared != own => Opening {
            choices: shared,
            own_set_aside: Some(own),
        },
        _ => Opening {
            choices: own,
            own_set_aside: None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::comparison::Side;

    fn p(w: &[u8]) -> Choices {
        Choices {
            priorities: Priorities::from_weights(w.iter().copied()),
            overrides: Overrides::none(w.len()),
        }
    }

    #[test]
    fn defaults_without_a_link_or_saved_state() {
        assert_eq!(
            opening(None, None, 2),
            Opening {
                choices: Choices::defaults(2),
                own_set_aside: None
            }
        );
    }

    #[test]
    fn saved_state_without_a_link() {
        assert_eq!(
            opening(None, Some(p(&[1, 2])), 2),
            Opening {
                choices: p(&[1, 2]),
                own_set_aside: None
            }
        );
    }

    #[test]
    fn a_link_wins_and_sets_the_users_own_aside() {
        assert_eq!(
            opening(Some(p(&[9, 9])), Some(p(&[1, 2])), 2),
            Opening {
                choices: p(&[9, 9]),
                own_set_aside: Some(p(&[1, 2]))
            }
        );
        assert_eq!(
            opening(Some(p(&[9, 9])), None, 2),
            Opening {
                choices: p(&[9, 9]),
                own_set_aside: Some(Choices::defaults(2))
            }
        );
    }

    #[test]
    fn a_link_that_differs_only_in_scores_is_still_different() {
        let mut scored = p(&[1, 2]);
        scored.overrides.insert(0, Side::First, 3);
        let opened = opening(Some(scored.clone()), Some(p(&[1, 2])), 2);
        assert_eq!(opened.choices, scored);
        assert_eq!(opened.own_set_aside, Some(p(&[1, 2])));
    }

    #[test]
    fn a_link_equal_to_the_users_own_changes_nothing() {
        assert_eq!(
            opening(Some(p(&[1, 2])), Some(p(&[1, 2])), 2),
            Opening {
                choices: p(&[1, 2]),
                own_set_aside: None
            }
        );
    }
}
