//! Components and pages.

pub mod periods_page;
pub mod platform_page;
pub mod roles_page;
pub mod routes;
pub mod rule_set_view;
pub mod units_page;
