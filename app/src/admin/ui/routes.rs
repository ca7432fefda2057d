//! The administration pages as lazily loaded routes: one chunk for the feature.

use crate::{
    admin::ui::{
        periods_page::AdminPeriodsPage, platform_page::PlatformPage, roles_page::AdminRolesPage,
        units_page::AdminUnitsPage,
    },
    kernel::policy::{HR, PLATFORM},
    ui::lazy_pages::lazy_pages,
};

lazy_pages!(admin_pages {
    /// `/admin/unit`.
    UnitsRoute => (HR, AdminUnitsPage),
    /// `/admin/peran`.
    RolesRoute => (HR, AdminRolesPage),
    /// `/admin/periode`.
    PeriodsRoute => (HR, AdminPeriodsPage),
    /// `/platform`: the platform administrator's agencies.
    PlatformRoute => (PLATFORM, PlatformPage),
});
