//! The development pages and their parts.

pub mod catalogue_page;
pub mod idp_page;
pub mod idp_parts;
pub mod idp_team_page;
pub mod learning_admin_page;
pub mod learning_page;
pub mod mentoring_page;
pub mod merit_reasons;
pub mod offerings_page;
pub mod path_form;
pub mod ranked_page;
pub mod routes;
pub mod studies_page;
pub mod study_queue_page;
