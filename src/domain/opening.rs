//! Which priorities the page opens with: a link's, else the saved ones,
//! else the defaults; and whether that puts the user's own aside.

use super::priorities::Priorities;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opening {
    /// What the page shows first.
    pub priorities: Priorities,
    /// The user's own priorities (saved, or the defaults), when a link shows
    /// different ones: they are kept aside, unsaved over, until the user
    /// adopts the link's or goes back to these.
    pub own_set_aside: Option<Priorities>,
}

pub fn opening(link: Option<Priorities>, saved: Option<Priorities>, count: usize) -> Opening {
    let own = saved.unwrap_or_else(|| Priorities::defaults(count));
    match link {
        Some(shared) if shared != own => Opening {
            priorities: shared,
            own_set_aside: Some(own),
        },
        _ => Opening {
            priorities: own,
            own_set_aside: None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(w: &[u8]) -> Priorities {
        Priorities::from_weights(w.iter().copied())
    }

    #[test]
    fn defaults_without_a_link_or_saved_state() {
        assert_eq!(
            opening(None, None, 2),
            Opening {
                priorities: Priorities::defaults(2),
                own_set_aside: None
            }
        );
    }

    #[test]
    fn saved_state_without_a_link() {
        assert_eq!(
            opening(None, Some(p(&[1, 2])), 2),
            Opening {
                priorities: p(&[1, 2]),
                own_set_aside: None
            }
        );
    }

    #[test]
    fn a_link_wins_and_sets_the_users_own_aside() {
        assert_eq!(
            opening(Some(p(&[9, 9])), Some(p(&[1, 2])), 2),
            Opening {
                priorities: p(&[9, 9]),
                own_set_aside: Some(p(&[1, 2]))
            }
        );
        assert_eq!(
            opening(Some(p(&[9, 9])), None, 2),
            Opening {
                priorities: p(&[9, 9]),
                own_set_aside: Some(Priorities::defaults(2))
            }
        );
    }

    #[test]
    fn a_link_equal_to_the_users_own_changes_nothing() {
        assert_eq!(
            opening(Some(p(&[1, 2])), Some(p(&[1, 2])), 2),
            Opening {
                priorities: p(&[1, 2]),
                own_set_aside: None
            }
        );
    }
}
