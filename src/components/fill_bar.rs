use leptos::prelude::*;

/// Where a bar's fill starts.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Grow {
    FromLeft,
    FromRight,
}

/// A track filled to `percent` (0 to 100). The fill is a full-length bar slid
/// along by a transform rather than resized: moving it needs no layout, where
/// a width change lays out its surroundings on every slider step.
#[component]
pub fn FillBar(
    class: &'static str,
    #[prop(into)] percent: Signal<u32>,
    #[prop(default = Grow::FromLeft)] grow: Grow,
) -> impl IntoView {
    view! {
        <span class=class aria-hidden="true">
            <span style:transform=move || fill_transform(percent.get(), grow)></span>
        </span>
    }
}

/// The transform that leaves `percent` of the fill inside the track.
fn fill_transform(percent: u32, grow: Grow) -> String {
    let hidden = 100 - percent.min(100);
    match grow {
        Grow::FromLeft => format!("translateX(-{hidden}%)"),
        Grow::FromRight => format!("translateX({hidden}%)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fill_slides_out_by_what_is_missing() {
        assert_eq!(fill_transform(100, Grow::FromLeft), "translateX(-0%)");
        assert_eq!(fill_transform(30, Grow::FromLeft), "translateX(-70%)");
        assert_eq!(fill_transform(30, Grow::FromRight), "translateX(70%)");
        assert_eq!(fill_transform(0, Grow::FromRight), "translateX(100%)");
    }

    #[test]
    fn more_than_full_stays_full() {
        assert_eq!(fill_transform(250, Grow::FromLeft), "translateX(-0%)");
    }
}
