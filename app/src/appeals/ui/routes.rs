//! The appeal page as a lazily loaded route.

use crate::{
    appeals::ui::appeal_page::AppealPage, kernel::policy::Audience, ui::lazy_pages::lazy_pages,
};

lazy_pages!(appeal_pages {
    /// `/keberatan/{id}`.
    AppealRoute => (Audience::LoggedIn, AppealPage),
});
