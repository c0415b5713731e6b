//! Short, non-blocking messages to the user (a link that was partly
//! unusable, storage that can't be written), each dismissable.

use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub id: u32,
    pub text: String,
}

#[derive(Clone, Copy)]
pub struct Notices(RwSignal<Vec<Notice>>);

impl Notices {
    pub fn new(initial: impl IntoIterator<Item = String>) -> Self {
        let notices = Notices(RwSignal::new(Vec::new()));
        initial.into_iter().for_each(|text| notices.push(text));
        notices
    }

    /// Adds a notice, unless the same text is already showing.
    pub fn push(&self, text: String) {
        self.0.update(|list| {
            if list.iter().all(|n| n.text != text) {
                let id = list.iter().map(|n| n.id + 1).max().unwrap_or(0);
                list.push(Notice { id, text });
            }
        });
    }

    pub fn dismiss(&self, id: u32) {
        self.0.update(|list| list.retain(|n| n.id != id));
    }

    pub fn list(&self) -> Vec<Notice> {
        self.0.get()
    }
}
