//! Text that only the prerendered page shows: the rounds' takes and
//! verdicts, the guide and the FAQ. The native build (the prerender, the
//! tests) keeps it; in the wasm build `prose` drops it while the statics
//! are evaluated at compile time, so the download never carries text the
//! page already has, and a live view that tried to show it would not compile.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Prose {
    #[cfg(not(target_family = "wasm"))]
    text: &'static str,
}

/// Prose from a literal.
pub const fn prose(text: &'static str) -> Prose {
    #[cfg(target_family = "wasm")]
    {
        let _ = text;
        Prose {}
    }
    #[cfg(not(target_family = "wasm"))]
    Prose { text }
}

#[cfg(not(target_family = "wasm"))]
impl std::fmt::Display for Prose {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.text)
    }
}

#[cfg(not(target_family = "wasm"))]
impl Prose {
    pub fn text(self) -> &'static str {
        self.text
    }

    pub fn is_blank(self) -> bool {
        self.text.trim().is_empty()
    }
}
