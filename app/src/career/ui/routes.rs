//! The career pages as lazily loaded routes: the public predikat simulator, and the career
//! simulator (its own chunk: the odds, the timeline and saved scenarios are only its).

use crate::{
    career::ui::{
        career_page::{CareerPage, EmployeeCareerPage},
        predikat_simulator_page::PredikatSimulatorPage,
    },
    kernel::policy::{Audience, PEGAWAI},
    ui::lazy_pages::lazy_pages,
};

lazy_pages!(simulator_pages {
    /// `/simulasi/predikat`: anyone may try it.
    PredikatSimulatorRoute => (Audience::Everyone, PredikatSimulatorPage),
});

lazy_pages!(career_pages {
    /// `/karier`: the employee's own career.
    CareerRoute => (PEGAWAI, CareerPage),
    /// `/karier/{employee}`: an employee's career, read by a counsellor.
    EmployeeCareerRoute => (Audience::LoggedIn, EmployeeCareerPage),
});
