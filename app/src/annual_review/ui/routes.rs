//! The evaluation overview as a lazily loaded route.

use crate::{
    annual_review::ui::evaluation_page::EvaluationPage, kernel::policy::AGENCY_STAFF,
    ui::lazy_pages::lazy_pages,
};

lazy_pages!(evaluation_pages {
    /// `/evaluasi` and `/admin/progres`: the agency's progress and unit summaries.
    EvaluationRoute => (AGENCY_STAFF, EvaluationPage),
});
