//! Runs an action once things have been quiet for a while, or at once on
//! `flush` (when the page is being hidden or closed).

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::{set_timeout_with_handle, TimeoutHandle};

#[derive(Clone)]
pub struct Debounced {
    action: Rc<dyn Fn()>,
    delay: Duration,
    pending: Rc<RefCell<Option<TimeoutHandle>>>,
}

impl Debounced {
    pub fn new(delay: Duration, action: impl Fn() + 'static) -> Self {
        Debounced {
            action: Rc::new(action),
            delay,
            pending: Rc::default(),
        }
    }

    /// (Re)starts the quiet period; the action runs when it ends.
    pub fn schedule(&self) {
        self.cancel();
        let this = self.clone();
        let handle = set_timeout_with_handle(
            move || {
                this.pending.borrow_mut().take();
                (this.action)();
            },
            self.delay,
        );
        match handle {
            Ok(handle) => *self.pending.borrow_mut() = Some(handle),
            // No timer available: don't lose the change, run it now.
            Err(_) => (self.action)(),
        }
    }

    /// Runs a pending action now; does nothing if none is pending.
    pub fn flush(&self) {
        if self.cancel() {
            (self.action)();
        }
    }

    /// Drops a pending action; true if there was one.
    pub fn cancel(&self) -> bool {
        match self.pending.borrow_mut().take() {
            Some(handle) => {
                handle.clear();
                true
            }
            None => false,
        }
    }
}
