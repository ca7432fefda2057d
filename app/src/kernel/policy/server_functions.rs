//! Every server function and who may call it at all. The server's access layer refuses a call
//! outside its audience before the arguments are read (401 for a visitor, 404 for everyone
//! else, as a missing record answers); the function then decides on the record itself.
//! A server function missing from this table fails the access-matrix test, and so does one
//! missing from the README's access table.

use super::{
    Audience::{self, Everyone, LoggedIn},
    AGENCY_STAFF, AUDITORS, EVALUATION, HR, PLATFORM,
};

/// `(path, audience)`, grouped by feature. A new server function adds one line here.
pub const SERVER_FUNCTIONS: &[(&str, Audience)] = &[
    // Accounts and sessions.
    ("/api/auth/login", Everyone),
    ("/api/auth/logout", Everyone),
    ("/api/auth/me", Everyone),
    ("/api/auth/demo-accounts", Everyone),
    ("/api/auth/change-password", LoggedIn),
    // The home page and the header badge (both empty for a visitor).
    ("/api/dashboard", Everyone),
    ("/api/tasks/count", Everyone),
    ("/api/tasks", LoggedIn),
    // Plans (SKP): the plan's parties decide on each plan.
    ("/api/skp/mine", LoggedIn),
    ("/api/skp/start", LoggedIn),
    ("/api/skp/plan", LoggedIn),
    ("/api/skp/result/add", LoggedIn),
    ("/api/skp/indicator/add", LoggedIn),
    ("/api/skp/remove", LoggedIn),
    ("/api/skp/submit", LoggedIn),
    ("/api/skp/review", LoggedIn),
    ("/api/skp/realisation", LoggedIn),
    ("/api/skp/feedback", LoggedIn),
    ("/api/skp/team", LoggedIn),
    ("/api/skp/rate", LoggedIn),
    ("/api/skp/rate-form", LoggedIn),
    ("/api/skp/evidence/upload", LoggedIn),
    ("/api/skp/evidence/remove", LoggedIn),
    ("/api/skp/document", LoggedIn),
    // Periods and the agency's progress.
    ("/api/skp/periods", AGENCY_STAFF),
    ("/api/skp/periods/open", HR),
    ("/api/skp/periods/update", HR),
    ("/api/skp/progress", AGENCY_STAFF),
    // The tim evaluasi's annual review.
    ("/api/skp/annual-review/unit", AGENCY_STAFF),
    ("/api/skp/annual-review/note", EVALUATION),
    // Appeals (keberatan), distributions and 360 input: their parties decide.
    ("/api/appeals/file", LoggedIn),
    ("/api/appeals/get", LoggedIn),
    ("/api/appeals/message", LoggedIn),
    ("/api/appeals/decide", LoggedIn),
    ("/api/appeals/to-decide", LoggedIn),
    ("/api/distribution/mine", LoggedIn),
    ("/api/distribution/submit", LoggedIn),
    ("/api/distribution/to-decide", LoggedIn),
    ("/api/distribution/decide", LoggedIn),
    ("/api/360/invite", LoggedIn),
    ("/api/360/mine", LoggedIn),
    ("/api/360/answer", LoggedIn),
    ("/api/360/summary", LoggedIn),
    // People: own records, and the HR office's.
    ("/api/employees/profile", LoggedIn),
    ("/api/profile/corrections", LoggedIn),
    ("/api/profile/request-correction", LoggedIn),
    ("/api/admin/employees", AGENCY_STAFF),
    ("/api/admin/units", AGENCY_STAFF),
    ("/api/admin/units/save", HR),
    ("/api/admin/audit", AUDITORS),
    ("/api/admin/corrections", HR),
    ("/api/admin/corrections/resolve", HR),
    ("/api/admin/roles", HR),
    ("/api/admin/roles/change", HR),
    ("/api/admin/employee/update", HR),
    ("/api/admin/employee/reporting-line", HR),
    ("/api/admin/employee/initial-password", HR),
    ("/api/admin/import-employees", HR),
    ("/api/admin/import-employees-xlsx", HR),
    // Development: the HR office's catalogue and decisions; employees apply and record their
    // learning; a pejabat penilai nominates (each function checks the record itself).
    ("/api/development/offerings", LoggedIn),
    ("/api/development/offerings/create", HR),
    ("/api/development/apply", LoggedIn),
    ("/api/development/withdraw", LoggedIn),
    ("/api/development/nominate", LoggedIn),
    ("/api/development/team", LoggedIn),
    ("/api/development/ranked", HR),
    ("/api/development/decide", HR),
    ("/api/development/mine", LoggedIn),
    ("/api/development/learning", LoggedIn),
    ("/api/development/learning/record", LoggedIn),
    ("/api/development/learning/verify", HR),
    ("/api/development/learning/pending", HR),
    ("/api/development/compliance", HR),
    ("/api/development/studies", LoggedIn),
    ("/api/development/studies/request", LoggedIn),
    ("/api/development/studies/withdraw", LoggedIn),
    ("/api/development/studies/queue", LoggedIn),
    ("/api/development/studies/endorse", LoggedIn),
    ("/api/development/studies/decide", HR),
    ("/api/development/studies/diploma", HR),
    ("/api/development/offerings/import", HR),
    ("/api/development/learning/import", HR),
    ("/api/development/idp", LoggedIn),
    ("/api/development/idp/start", LoggedIn),
    ("/api/development/idp/action", LoggedIn),
    ("/api/development/idp/remove", LoggedIn),
    ("/api/development/idp/submit", LoggedIn),
    ("/api/development/idp/review", LoggedIn),
    ("/api/development/idp/progress", LoggedIn),
    ("/api/development/idp/team", LoggedIn),
    ("/api/development/mentoring", LoggedIn),
    ("/api/development/mentoring/suggest", LoggedIn),
    ("/api/development/mentoring/pair", LoggedIn),
    ("/api/development/mentoring/session", LoggedIn),
    ("/api/development/mentoring/end", LoggedIn),
    ("/api/development/mentoring/feedback", LoggedIn),
    ("/api/development/mentoring/overview", HR),
    // Career: the record the simulator runs on (the employee and their counsellors decide).
    ("/api/career/record", LoggedIn),
    ("/api/career/scenarios", LoggedIn),
    ("/api/career/scenarios/save", LoggedIn),
    ("/api/career/scenarios/delete", LoggedIn),
    ("/api/career/scenarios/share", LoggedIn),
    ("/api/career/scenarios/comment", LoggedIn),
    // The platform.
    ("/api/platform/agencies", PLATFORM),
    ("/api/platform/agencies/create", PLATFORM),
];

/// The audience of the server function at `path`, if `path` is one.
pub fn audience_of(path: &str) -> Option<Audience> {
    SERVER_FUNCTIONS.iter().find(|(p, _)| *p == path).map(|(_, a)| *a)
}
