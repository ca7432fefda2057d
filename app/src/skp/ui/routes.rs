//! The SKP pages as lazily loaded routes, in two chunks: the employee's own plan, and the
//! assessors' pages (the rating panel and its forms are only theirs).

use crate::{
    kernel::policy::{Audience, ATASAN, PEGAWAI, PENILAI},
    skp::ui::{
        approvals_page::ApprovalsPage, plan_page::SkpPage, team_page::TeamPage,
        team_plan_page::TeamPlanPage,
    },
    ui::lazy_pages::lazy_pages,
};

lazy_pages!(skp_pages {
    /// `/saya/skp`: the employee's own plan and realisation.
    PlanRoute => (PEGAWAI, SkpPage),
});

lazy_pages!(rating_pages {
    /// `/tim`: the pejabat penilai's people.
    TeamRoute => (PENILAI, TeamPage),
    /// `/tim/skp/{plan}`: review and rate a plan (its penilai; the plan decides, 404 otherwise).
    TeamPlanRoute => (Audience::LoggedIn, TeamPlanPage),
    /// `/persetujuan`: what the atasan decides.
    ApprovalsRoute => (ATASAN, ApprovalsPage),
});
