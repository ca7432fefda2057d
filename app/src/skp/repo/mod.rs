//! Repositories (server only).

pub mod evidence;
pub mod feedback;
pub mod plan_view;
pub mod plans;
pub mod ratings;
