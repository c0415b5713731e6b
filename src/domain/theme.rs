//! The colour theme the user picked: the system's, or always light or dark.
//!
//! Kept under its own storage key, not in the saved priorities: it must be
//! read before the first paint (by `public/boot.js`, without the app), and
//! saved even while a shared link holds the priorities unsaved.

pub const THEME_KEY: &str = "faceoff.theme";

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The stored value; also the `data-theme` attribute for Light and Dark.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// Reads a stored value; anything unknown (hand-edited, newer app)
    /// follows the system, which is what an absent value means too.
    pub fn parse(stored: &str) -> Theme {
        Theme::ALL
            .into_iter()
            .find(|t| t.as_str() == stored)
            .unwrap_or_default()
    }

    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "Auto",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_theme_reads_back_as_itself() {
        for theme in Theme::ALL {
            assert_eq!(Theme::parse(theme.as_str()), theme);
        }
    }

    #[test]
    fn unknown_or_damaged_values_follow_the_system() {
        for stored in ["", "DARK", "sepia", "{\"theme\":\"dark\"}"] {
            assert_eq!(Theme::parse(stored), Theme::System);
        }
    }
}
