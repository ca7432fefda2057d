//! The account pages behind a login, lazily loaded (the login page itself is in the first
//! page's module).

use crate::{
    auth::ui::change_password_page::ChangePasswordPage, kernel::policy::Audience,
    ui::lazy_pages::lazy_pages,
};

lazy_pages!(account_pages {
    /// `/ganti-sandi`.
    ChangePasswordRoute => (Audience::LoggedIn, ChangePasswordPage),
});
