//! The distribution sandbox as a lazily loaded route.

use crate::{
    distribution::ui::distribution_page::DistributionPage, kernel::policy::PENILAI,
    ui::lazy_pages::lazy_pages,
};

lazy_pages!(distribution_pages {
    /// `/tim/distribusi`.
    DistributionRoute => (PENILAI, DistributionPage),
});
