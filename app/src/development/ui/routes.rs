//! The development pages as lazily loaded routes, in five chunks so that a page downloads only
//! its own part: the employee's learning, the HR office's catalogue and records, further
//! education, mentoring, and the development plan.

use crate::{
    development::ui::{
        catalogue_page::CataloguePage, idp_page::IdpPage, idp_team_page::IdpTeamPage,
        learning_admin_page::LearningAdminPage, learning_page::LearningPage,
        mentoring_page::MentoringPage, offerings_page::OfferingsPage, ranked_page::RankedPage,
        studies_page::StudiesPage, study_queue_page::StudyQueuePage,
    },
    kernel::policy::{Audience, HR, PEGAWAI, PENILAI, PENILAI_OR_HR},
    ui::lazy_pages::lazy_pages,
};

lazy_pages!(development_pages {
    /// `/pelatihan`: the offerings open to the employee and their applications.
    OfferingsRoute => (PEGAWAI, OfferingsPage),
    /// `/saya/pembelajaran`: the employee's learning record and JP.
    LearningRoute => (PEGAWAI, LearningPage),
});

lazy_pages!(development_admin_pages {
    /// `/admin/pelatihan`: the HR office's catalogue.
    CatalogueRoute => (HR, CataloguePage),
    /// `/admin/pelatihan/{id}`: an offering's applicants in merit order.
    RankedRoute => (HR, RankedPage),
    /// `/admin/pembelajaran`: records to verify and JP compliance by unit.
    LearningAdminRoute => (HR, LearningAdminPage),
});

lazy_pages!(study_pages {
    /// `/saya/pendidikan`: the employee's tugas belajar and izin belajar requests.
    StudiesRoute => (PEGAWAI, StudiesPage),
    /// `/persetujuan/belajar`: study requests to endorse, decide or complete with a diploma.
    StudyQueueRoute => (PENILAI_OR_HR, StudyQueuePage),
});

lazy_pages!(mentoring_pages {
    /// `/mentoring`: the caller's mentoring pairs; pairing for a penilai or the HR office.
    MentoringRoute => (Audience::LoggedIn, MentoringPage),
});

lazy_pages!(idp_pages {
    /// `/saya/pengembangan`: the employee's individual development plan of the year.
    IdpRoute => (PEGAWAI, IdpPage),
    /// `/tim/pengembangan`: the plans of the penilai's people, to agree.
    IdpTeamRoute => (PENILAI, IdpTeamPage),
});
