//! The 360 input page as a lazily loaded route.

use crate::{
    input360::ui::input360_page::Input360Page, kernel::policy::Audience, ui::lazy_pages::lazy_pages,
};

lazy_pages!(input360_pages {
    /// `/360`: the requests the caller was asked to answer.
    Input360Route => (Audience::LoggedIn, Input360Page),
});
