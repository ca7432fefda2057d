//! The access policy, in one place: who may open a page or call a server function at all
//! ([`Audience`], and the table of every server function in [`server_functions`]), and who may
//! read or change which record (the functions below and in [`records`]). Server functions and
//! pages ask here; repositories fetch and never decide.
//!
//! - Everyone logged in reads their own record.
//! - A pejabat penilai and an atasan pejabat penilai read the records of the people they assess
//!   (reporting lines in force today).
//! - The HR office (admin instansi) and the tim evaluasi read every record of their own agency;
//!   the admin instansi also changes them.
//! - The platform admin manages agencies and rule sets; it reads any employee record.
//! - Nobody reads across agencies otherwise. A denied read looks exactly like a missing record.

#[cfg(feature = "ssr")]
mod plans;
#[cfg(feature = "ssr")]
pub mod records;
#[cfg(feature = "ssr")]
pub mod server_functions;

#[cfg(feature = "ssr")]
pub use plans::*;
#[cfg(feature = "ssr")]
pub use records::{can_counsel, can_read_employee};

use crate::auth::{CurrentUser, Role};

/// Who may open a page, see a menu group or call a server function at all, decided from the
/// session alone (before any record is read).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Anyone, logged in or not.
    Everyone,
    /// Any logged-in user; the record asked for decides the rest (a foreign id answers 404).
    LoggedIn,
    /// A logged-in user holding at least one of these roles.
    Roles(&'static [Role]),
}

impl Audience {
    pub fn admits(self, user: Option<&CurrentUser>) -> bool {
        match self {
            Audience::Everyone => true,
            Audience::LoggedIn => user.is_some(),
            Audience::Roles(roles) => user.is_some_and(|u| roles.iter().any(|r| u.has(*r))),
        }
    }
}

pub const PEGAWAI: Audience = Audience::Roles(&[Role::Pegawai]);
pub const PENILAI: Audience = Audience::Roles(&[Role::PejabatPenilai]);
pub const ATASAN: Audience = Audience::Roles(&[Role::AtasanPejabatPenilai]);
pub const EVALUATION: Audience = Audience::Roles(&[Role::TimEvaluasi]);
/// The agency's staff who read every record of it: admin instansi and tim evaluasi.
pub const AGENCY_STAFF: Audience = Audience::Roles(&[Role::AdminInstansi, Role::TimEvaluasi]);
pub const HR: Audience = Audience::Roles(&[Role::AdminInstansi]);
/// Who decides on an employee's request on the way to the HR office: their pejabat penilai,
/// then the HR office.
pub const PENILAI_OR_HR: Audience = Audience::Roles(&[Role::PejabatPenilai, Role::AdminInstansi]);
pub const PLATFORM: Audience = Audience::Roles(&[Role::PlatformAdmin]);
/// Who reads an audit log: the HR office its agency's, the platform admin the platform's.
pub const AUDITORS: Audience = Audience::Roles(&[Role::AdminInstansi, Role::PlatformAdmin]);

/// The agency whose every record `user` reads (admin instansi or tim evaluasi), if any.
pub fn staff_agency(user: &CurrentUser) -> Option<i64> {
    user.agency_id.filter(|_| AGENCY_STAFF.admits(Some(user)))
}

/// Does `user` read every record of `agency_id` (its admin instansi or tim evaluasi)?
pub fn is_staff_of(user: &CurrentUser, agency_id: i64) -> bool {
    staff_agency(user) == Some(agency_id)
}

/// May `actor` change people, units, reporting lines, roles and periods of `agency_id`?
pub fn can_manage_agency(actor: &CurrentUser, agency_id: i64) -> bool {
    actor.has(Role::AdminInstansi) && actor.agency_id == Some(agency_id)
}

/// The agency whose people, units and periods `user` changes (its admin instansi), if any.
pub fn managed_agency(user: &CurrentUser) -> Option<i64> {
    user.agency_id.filter(|a| can_manage_agency(user, *a))
}

/// May `actor` read the audit log of `agency_id`?
pub fn can_read_audit(actor: &CurrentUser, agency_id: i64) -> bool {
    can_manage_agency(actor, agency_id) || actor.has(Role::PlatformAdmin)
}

/// May `user` manage agencies and rule sets (the platform admin)?
pub fn is_platform_admin(user: &CurrentUser) -> bool {
    PLATFORM.admits(Some(user))
}

/// Whom a plan, an appeal or a 360 request is about: the employee, their pejabat penilai and
/// atasan pejabat penilai, in an agency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parties {
    pub agency_id: i64,
    pub employee_id: i64,
    pub penilai_id: Option<i64>,
    pub atasan_id: Option<i64>,
}

/// Is employee `viewer` one of the parties: the employee, the pejabat penilai or the atasan?
pub fn is_party(viewer: Option<i64>, parties: &Parties) -> bool {
    viewer.is_some()
        && (viewer == Some(parties.employee_id)
            || viewer == parties.penilai_id
            || viewer == parties.atasan_id)
}

/// What employee `viewer` may do on an appeal: while it is `open`, its atasan decides and its
/// parties write to each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AppealActions {
    pub decide: bool,
    pub message: bool,
}

pub fn appeal_actions(viewer: Option<i64>, parties: &Parties, open: bool) -> AppealActions {
    AppealActions {
        decide: open && viewer.is_some() && viewer == parties.atasan_id,
        message: open && is_party(viewer, parties),
    }
}

/// May employee `viewer` appeal a rating of `owner`'s plan: the owner, once, within the window.
pub fn can_appeal(viewer: Option<i64>, owner: i64, appealed: bool, in_window: bool) -> bool {
    viewer == Some(owner) && !appealed && in_window
}

/// May employee `viewer` nominate someone for a development offering: their pejabat penilai
/// in force (`penilai`) only.
pub fn may_nominate(viewer: Option<i64>, penilai: Option<i64>) -> bool {
    viewer.is_some() && viewer == penilai
}

/// May employee `viewer` decide a unit's distribution: its atasan, while it waits.
pub fn can_decide_distribution(viewer: Option<i64>, atasan_id: Option<i64>, waiting: bool) -> bool {
    waiting && viewer.is_some() && viewer == atasan_id
}

/// May `user` read an appeal: its parties and the agency's HR office.
pub fn can_read_appeal(user: &CurrentUser, parties: &Parties) -> bool {
    is_party(user.employee_id, parties) || can_manage_agency(user, parties.agency_id)
}

/// What a reader may do with a saved career scenario. The owner changes, shares and deletes
/// it; a counsellor of the owner (see [`can_counsel`]) reads and comments only while it is
/// shared; to anyone else it does not exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScenarioAccess {
    Owner,
    Counsellor,
    None,
}

pub fn scenario_access(owner: bool, counsels: bool, shared: bool) -> ScenarioAccess {
    if owner {
        ScenarioAccess::Owner
    } else if counsels && shared {
        ScenarioAccess::Counsellor
    } else {
        ScenarioAccess::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(agency: Option<i64>, employee: Option<i64>, roles: &[Role]) -> CurrentUser {
        CurrentUser {
            user_id: 1,
            agency_id: agency,
            employee_id: employee,
            display_name: String::new(),
            roles: roles.to_vec(),
            must_change_password: false,
        }
    }

    #[test]
    fn audiences_admit_by_session_and_role() {
        let hr = user(Some(1), Some(10), &[Role::Pegawai, Role::AdminInstansi]);
        let pegawai = user(Some(1), Some(11), &[Role::Pegawai]);
        assert!(Audience::Everyone.admits(None));
        assert!(!Audience::LoggedIn.admits(None) && Audience::LoggedIn.admits(Some(&pegawai)));
        assert!(AGENCY_STAFF.admits(Some(&hr)) && !AGENCY_STAFF.admits(Some(&pegawai)));
        assert!(!HR.admits(None));
        assert_eq!(staff_agency(&hr), Some(1));
        assert_eq!(staff_agency(&pegawai), None);
        // A role without an agency (a broken account) reads no agency.
        assert_eq!(staff_agency(&user(None, None, &[Role::TimEvaluasi])), None);
    }

    #[test]
    fn only_the_parties_act_on_an_appeal_and_only_while_it_is_open() {
        let parties =
            Parties { agency_id: 1, employee_id: 10, penilai_id: Some(20), atasan_id: Some(30) };
        let atasan = appeal_actions(Some(30), &parties, true);
        assert!(atasan.decide && atasan.message);
        let employee = appeal_actions(Some(10), &parties, true);
        assert!(!employee.decide && employee.message);
        assert_eq!(
            appeal_actions(Some(30), &parties, false),
            AppealActions { decide: false, message: false }
        );
        assert!(!appeal_actions(Some(99), &parties, true).message);
        // No employee record is no party, even when a party's id is missing too.
        let orphan = Parties { penilai_id: None, ..parties };
        assert!(!is_party(None, &orphan));
        assert!(can_appeal(Some(10), 10, false, true));
        assert!(!can_appeal(Some(10), 10, true, true) && !can_appeal(Some(10), 10, false, false));
        assert!(!can_appeal(Some(20), 10, false, true));
        assert!(can_decide_distribution(Some(30), Some(30), true));
        assert!(!can_decide_distribution(None, None, true));
    }

    #[test]
    fn a_scenario_is_the_owners_and_its_counsellors_read_it_only_while_shared() {
        assert_eq!(scenario_access(true, true, false), ScenarioAccess::Owner);
        assert_eq!(scenario_access(false, true, true), ScenarioAccess::Counsellor);
        assert_eq!(scenario_access(false, true, false), ScenarioAccess::None);
        assert_eq!(scenario_access(false, false, true), ScenarioAccess::None);
    }
}
