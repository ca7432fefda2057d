//! The people pages as lazily loaded routes: one WebAssembly chunk for the feature.

use crate::{
    kernel::policy::{Audience, HR, PEGAWAI},
    people::ui::{
        admin_employee_page::AdminEmployeePage, directory_page::AdminPage,
        employee_page::EmployeePage, profile_page::ProfilePage,
    },
    ui::lazy_pages::lazy_pages,
};

lazy_pages!(people_pages {
    /// `/saya`: the employee's own record.
    ProfileRoute => (PEGAWAI, ProfilePage),
    /// `/pegawai/{id}`: a record the caller may read.
    EmployeeRoute => (Audience::LoggedIn, EmployeePage),
    /// `/admin`: the agency's directory.
    DirectoryRoute => (HR, AdminPage),
    /// `/admin/pegawai/{id}`: the HR office edits a record.
    AdminEmployeeRoute => (HR, AdminEmployeePage),
});
