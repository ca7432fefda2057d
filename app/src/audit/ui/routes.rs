//! The audit log as a lazily loaded route.

use crate::{
    audit::ui::audit_page::AuditPage, kernel::policy::AUDITORS, ui::lazy_pages::lazy_pages,
};

lazy_pages!(audit_pages {
    /// `/admin/audit`.
    AuditRoute => (AUDITORS, AuditPage),
});
