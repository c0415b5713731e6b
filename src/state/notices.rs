//! Short, non-blocking messages to the user (a link that was partly
//! unusable, storage that can't be written), each dismissable.

use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    pub shown: bool,
    /// Offers to reload the page, for what only a reload can fix.
    pub offers_reload: bool,
}

/// Notices keep their place once added; a dismissed one is hidden, not
/// removed, so the list is rendered by position without a keyed diff
/// (1.9 KB less gzipped wasm) and no notice's text ever moves to another
/// element, which a screen reader would announce again.
#[derive(Clone, Copy)]
pub struct Notices(RwSignal<Vec<Notice>>);

impl Notices {
    pub fn new(initial: impl IntoIterator<Item = String>) -> Self {
        let notices = Notices(RwSignal::new(Vec::new()));
        initial.into_iter().for_each(|text| notices.push(text));
        notices
    }

    /// Shows a notice: a new one at the end, or a dismissed one with the
    /// same text again where it was.
    pub fn push(&self, text: String) {
        self.add(text, false);
    }

    /// Shows a notice with a button that reloads the page.
    pub fn push_offering_reload(&self, text: String) {
        self.add(text, true);
    }

    fn add(&self, text: String, offers_reload: bool) {
        self.0
            .update(|list| match list.iter_mut().find(|n| n.text == text) {
                Some(same) => same.shown = true,
                None => list.push(Notice {
                    text,
                    shown: true,
                    offers_reload,
                }),
            });
    }

    pub fn dismiss(&self, index: usize) {
        self.0.update(|list| {
            if let Some(notice) = list.get_mut(index) {
                notice.shown = false;
            }
        });
    }

    pub fn list(&self) -> Vec<Notice> {
        self.0.get()
    }
}
