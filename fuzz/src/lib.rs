//! What the fuzz targets share: the app's real ids.

use faceoff::content::COMPARISON;
use faceoff::domain::share::Ids;

/// The ids links and storage are written with, as the app builds them.
pub fn ids() -> Ids<'static> {
    let criteria: &'static [&'static str] =
        Vec::leak(COMPARISON.criteria.iter().map(|c| c.id).collect());
    Ids {
        criteria,
        frameworks: COMPARISON.frameworks.each_ref().map(|f| f.id),
    }
}
