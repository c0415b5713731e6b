//! When a rate-limited write runs, as plain state machines with the time
//! passed in (milliseconds, from any clock that does not go backwards).
//! [`Debounce`] runs once things have been quiet for a while (storage
//! writes); [`Throttle`] runs at once, then at most once per interval while
//! changes keep coming (the address bar, which browsers throttle
//! themselves). `browser::debounce` only keeps the timers they ask for.

/// What the caller does next.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Next {
    /// Run the action now.
    pub run: bool,
    /// Call `wake` at this time (a timer to set; none is needed otherwise).
    pub wake_at: Option<u64>,
}

impl Next {
    const IDLE: Next = Next {
        run: false,
        wake_at: None,
    };
}

/// A rate limit, told of changes, of its timer ending, and of the page
/// going away.
pub trait RateLimit {
    /// A change came in at `now`.
    fn change(&mut self, now: u64) -> Next;
    /// The timer it asked for ended, at `now`.
    fn wake(&mut self, now: u64) -> Next;
    /// The page is going away: run a pending change now.
    fn flush(&mut self) -> Next;
}

#[derive(Clone, Debug)]
pub struct Debounce {
    quiet: u64,
    last_change: Option<u64>,
    /// When the timer that is set now ends.
    timer: Option<u64>,
}

impl Debounce {
    pub fn new(quiet_ms: u64) -> Debounce {
        Debounce {
            quiet: quiet_ms,
            last_change: None,
            timer: None,
        }
    }

    fn wait_until(&mut self, at: u64) -> Next {
        self.timer = Some(at);
        Next {
            run: false,
            wake_at: Some(at),
        }
    }
}

impl RateLimit for Debounce {
    /// One timer at a time: a change while it runs only moves the moment
    /// the action is due, and `wake` sets the next timer.
    fn change(&mut self, now: u64) -> Next {
        self.last_change = Some(now);
        if self.timer.is_some() {
            return Next::IDLE;
        }
        self.wait_until(now.saturating_add(self.quiet))
    }

    /// Runs if it has been quiet long enough since the last change, else
    /// waits for the rest of the quiet period.
    fn wake(&mut self, now: u64) -> Next {
        self.timer = None;
        let Some(last) = self.last_change else {
            return Next::IDLE;
        };
        let due = last.saturating_add(self.quiet);
        if now >= due {
            self.last_change = None;
            Next {
                run: true,
                wake_at: None,
            }
        } else {
            self.wait_until(due)
        }
    }

    fn flush(&mut self) -> Next {
        Next {
            run: self.last_change.take().is_some(),
            wake_at: None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Throttle {
    interval: u64,
    /// The earliest time the action may run again.
    next_allowed: u64,
    pending: bool,
    timer_set: bool,
}

impl Throttle {
    pub fn new(interval_ms: u64) -> Throttle {
        Throttle {
            interval: interval_ms,
            next_allowed: 0,
            pending: false,
            timer_set: false,
        }
    }
}

impl RateLimit for Throttle {
    /// Runs now if the last run is an interval ago, else once the interval is over.
    fn change(&mut self, now: u64) -> Next {
        if now >= self.next_allowed && !self.timer_set {
            self.next_allowed = now.saturating_add(self.interval);
            return Next {
                run: true,
                wake_at: None,
            };
        }
        self.pending = true;
        if self.timer_set {
            return Next::IDLE;
        }
        self.timer_set = true;
        Next {
            run: false,
            wake_at: Some(self.next_allowed),
        }
    }

    /// Runs the change that waited, if any.
    fn wake(&mut self, now: u64) -> Next {
        self.timer_set = false;
        if !self.pending {
            return Next::IDLE;
        }
        if now < self.next_allowed {
            // Woken early (timers may be): wait for the rest.
            self.timer_set = true;
            return Next {
                run: false,
                wake_at: Some(self.next_allowed),
            };
        }
        self.pending = false;
        self.next_allowed = now.saturating_add(self.interval);
        Next {
            run: true,
            wake_at: None,
        }
    }

    fn flush(&mut self) -> Next {
        Next {
            run: std::mem::take(&mut self.pending),
            wake_at: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Drives a limiter through changes at the given times, honouring every
    /// timer it asks for (woken exactly then, or `late` ms after), and
    /// returns the times it ran.
    fn simulate(limiter: &mut impl RateLimit, changes: &[u64], late: u64) -> Vec<u64> {
        let mut runs = Vec::new();
        let mut timers: Vec<u64> = Vec::new();
        let handle = |next: Next, now: u64, runs: &mut Vec<u64>, timers: &mut Vec<u64>| {
            if next.run {
                runs.push(now);
            }
            if let Some(at) = next.wake_at {
                timers.push(at.max(now) + late);
            }
        };
        for &at in changes {
            // Timers due before this change go off first.
            while let Some(i) = (0..timers.len())
                .filter(|&i| timers[i] <= at)
                .min_by_key(|&i| timers[i])
            {
                let now = timers.remove(i);
                let next = limiter.wake(now);
                handle(next, now, &mut runs, &mut timers);
            }
            let next = limiter.change(at);
            handle(next, at, &mut runs, &mut timers);
        }
        while !timers.is_empty() {
            let i = (0..timers.len()).min_by_key(|&i| timers[i]).unwrap_or(0);
            let now = timers.remove(i);
            let next = limiter.wake(now);
            handle(next, now, &mut runs, &mut timers);
        }
        runs
    }

    fn times() -> impl Strategy<Value = Vec<u64>> {
        prop::collection::vec(0u64..1_000, 1..40).prop_map(|gaps| {
            gaps.iter()
                .scan(0u64, |t, gap| {
                    *t += gap;
                    Some(*t)
                })
                .collect()
        })
    }

    #[test]
    fn a_debounce_runs_once_a_quiet_period_after_the_last_change() {
        let mut d = Debounce::new(400);
        let runs = simulate(&mut d, &[0, 100, 250], 0);
        assert_eq!(runs, [650]);
    }

    #[test]
    fn a_throttle_runs_at_once_then_once_per_interval() {
        let mut t = Throttle::new(400);
        let runs = simulate(&mut t, &[0, 100, 250, 900], 0);
        assert_eq!(runs, [0, 400, 900]);
    }

    #[test]
    fn flushing_runs_what_is_pending_once() {
        let mut d = Debounce::new(400);
        d.change(0);
        assert!(d.flush().run);
        assert!(!d.flush().run);
        assert!(
            !d.wake(400).run,
            "the timer that was set finds nothing to do"
        );
        let mut t = Throttle::new(400);
        assert!(t.change(0).run);
        assert!(!t.change(10).run);
        assert!(t.flush().run);
        assert!(!t.wake(400).run);
    }

    proptest! {
        #[test]
        fn a_debounce_never_loses_the_last_change_and_never_runs_early(
            changes in times(), quiet in 1u64..800, late in 0u64..50,
        ) {
            let mut d = Debounce::new(quiet);
            let runs = simulate(&mut d, &changes, late);
            let last = *changes.last().unwrap_or(&0);
            prop_assert!(runs.last().is_some_and(|&r| r >= last + quiet));
            prop_assert!(runs.last().is_some_and(|&r| r <= last + quiet + 2 * late));
            for &run in &runs {
                // Quiet for the whole period before each run.
                prop_assert!(!changes.iter().any(|&c| c < run && c + quiet > run));
            }
        }

        #[test]
        fn a_throttle_keeps_its_interval_and_never_loses_the_last_change(
            changes in times(), interval in 1u64..800, late in 0u64..50,
        ) {
            let mut t = Throttle::new(interval);
            let runs = simulate(&mut t, &changes, late);
            prop_assert!(runs.windows(2).all(|w| w[1] >= w[0] + interval), "{:?}", runs);
            let last = *changes.last().unwrap_or(&0);
            prop_assert!(runs.last().is_some_and(|&r| r >= last && r <= last + interval + 2 * late));
        }
    }
}
