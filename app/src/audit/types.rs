//! What the audit log records, as types: the server writes an [`AuditAction`] on a kind of
//! [`AuditEntity`], and the audit page names both in the reader's language. An exhaustive
//! `match` over each (in `audit::ui::labels`) means a new action cannot reach the log
//! without a name people can read.

use serde::{Deserialize, Serialize};

use crate::kernel::coded::coded_enum;

coded_enum! {
    /// What happened.
    AuditAction {
        Login = "login",
        LoginFailed = "login_failed",
        Logout = "logout",
        PasswordChanged = "password_changed",
        UserCreated = "user_created",
        AccountCreated = "account_created",
        InitialPasswordIssued = "initial_password_issued",
        RoleGranted = "role_granted",
        RoleRevoked = "role_revoked",
        AgencyCreated = "agency_created",
        UnitCreated = "unit_created",
        UnitUpdated = "unit_updated",
        EmployeeUpdated = "employee_updated",
        EmployeesImported = "employees_imported",
        ReportingLineSet = "reporting_line_set",
        CorrectionRequested = "correction_requested",
        CorrectionResolved = "correction_resolved",
        PeriodOpened = "period_opened",
        PeriodUpdated = "period_updated",
        SkpStarted = "skp_started",
        SkpResultAdded = "skp_result_added",
        SkpResultRemoved = "skp_result_removed",
        SkpIndicatorAdded = "skp_indicator_added",
        SkpIndicatorRemoved = "skp_indicator_removed",
        SkpSubmitted = "skp_submitted",
        SkpApproved = "skp_approved",
        SkpReturned = "skp_returned",
        RealisationRecorded = "realisation_recorded",
        EvidenceUploaded = "evidence_uploaded",
        EvidenceRemoved = "evidence_removed",
        Input360Invited = "input360_invited",
        SkpRated = "skp_rated",
        SkpRerated = "skp_rerated",
        AnnualReviewNoted = "annual_review_noted",
        DistributionSubmitted = "distribution_submitted",
        DistributionApproved = "distribution_approved",
        DistributionReturned = "distribution_returned",
        AppealFiled = "appeal_filed",
        AppealDecided = "appeal_decided",
        PlanHandedOver = "plan_handed_over",
        AppealHandedOver = "appeal_handed_over",
        OfferingCreated = "offering_created",
        TrainingApplied = "training_applied",
        TrainingNominated = "training_nominated",
        TrainingDecided = "training_decided",
        TrainingPromoted = "training_promoted",
        MentoringFeedback = "mentoring_feedback",
        MentoringEnded = "mentoring_ended",
        MentoringSession = "mentoring_session",
        MentoringPaired = "mentoring_paired",
        DiplomaRecorded = "diploma_recorded",
        StudyWithdrawn = "study_withdrawn",
        StudyDecided = "study_decided",
        StudyEndorsed = "study_endorsed",
        StudyRequested = "study_requested",
        TrainingWithdrawn = "training_withdrawn",
        LearningRecorded = "learning_recorded",
        LearningVerified = "learning_verified",
        LearningRejected = "learning_rejected",
        IdpCreated = "idp_created",
        IdpChanged = "idp_changed",
        IdpSubmitted = "idp_submitted",
        IdpAgreed = "idp_agreed",
        IdpReturned = "idp_returned",
        IdpProgress = "idp_progress",
    }
}

coded_enum! {
    /// The kind of record it happened to.
    AuditEntity {
        Account = "account",
        AppUser = "app_user",
        Agency = "agency",
        OrgUnit = "org_unit",
        Employee = "employee",
        AssessmentPeriod = "assessment_period",
        SkpPlan = "skp_plan",
        SkpIndicator = "skp_indicator",
        SkpEvidenceFile = "skp_evidence_file",
        DistributionSubmission = "distribution_submission",
        Appeal = "appeal",
        TrainingOffering = "training_offering",
        LearningRecord = "learning_record",
        StudyRequest = "study_request",
        MentoringPair = "mentoring_pair",
        IdpPlan = "idp_plan",
    }
}

/// One value of a changed field, typed so the page can format it in its language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum AuditValue {
    Text(String),
    Number(f64),
    Bool(bool),
    /// A calendar date, ISO `YYYY-MM-DD`.
    Date(String),
    /// An instant, Unix milliseconds.
    Time(i64),
}

/// A field whose value differs between the record before and after the change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditChange {
    /// The field's name as stored (`status`, `plan_deadline`, `results.1.text`).
    pub field: String,
    pub before: Option<AuditValue>,
    pub after: Option<AuditValue>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditRow {
    pub id: i64,
    pub at_ms: i64,
    pub actor: Option<String>,
    /// `None` for a code this build does not know (a newer server's log, read by an old page).
    pub action: Option<AuditAction>,
    pub action_code: String,
    pub entity: Option<AuditEntity>,
    pub entity_id: Option<String>,
    /// The record by name ("Dian Ningsih", "Bagian Umum", "2026"), when it still exists.
    pub entity_name: Option<String>,
    pub changes: Vec<AuditChange>,
}

/// The audit page's filters; every one optional. Dates are the agency's calendar days, inclusive.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AuditFilter {
    /// A fragment of the actor's name or username.
    pub actor: Option<String>,
    pub action: Option<AuditAction>,
    pub from: Option<String>,
    pub to: Option<String>,
    /// Keyset pagination: entries older than this id.
    pub before: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditPage {
    pub rows: Vec<AuditRow>,
    /// Pass as `before` for the next (older) page.
    pub next_before: Option<i64>,
}

/// The fields that differ between two JSON records, flattened to dotted paths (`a.b`, `list.0`),
/// in the order they first appear. Values are typed by their shape and name: ISO dates as dates,
/// integers in fields named `at`/`*_at`/`*_ms` as instants. Field order in either record does not
/// matter; a field present on one side only is a change from or to nothing.
pub fn diff_json(
    before: Option<&serde_json::Value>,
    after: Option<&serde_json::Value>,
) -> Vec<AuditChange> {
    let mut b = Vec::new();
    let mut a = Vec::new();
    if let Some(v) = before {
        flatten("", v, &mut b);
    }
    if let Some(v) = after {
        flatten("", v, &mut a);
    }
    let mut fields: Vec<&str> = Vec::new();
    for (k, _) in b.iter().chain(a.iter()) {
        if !fields.contains(&k.as_str()) {
            fields.push(k);
        }
    }
    let find = |side: &[(String, AuditValue)], f: &str| {
        side.iter().find(|(k, _)| k == f).map(|(_, v)| v.clone())
    };
    fields
        .into_iter()
        .filter_map(|f| {
            let (before, after) = (find(&b, f), find(&a, f));
            (before != after).then(|| AuditChange { field: f.to_string(), before, after })
        })
        .collect()
}

fn flatten(prefix: &str, v: &serde_json::Value, out: &mut Vec<(String, AuditValue)>) {
    use serde_json::Value;
    let key = |k: &str| if prefix.is_empty() { k.to_string() } else { format!("{prefix}.{k}") };
    match v {
        Value::Object(map) => map.iter().for_each(|(k, v)| flatten(&key(k), v, out)),
        Value::Array(items) => {
            items.iter().enumerate().for_each(|(i, v)| flatten(&key(&(i + 1).to_string()), v, out))
        }
        Value::Null => {}
        Value::Bool(x) => out.push((prefix.to_string(), AuditValue::Bool(*x))),
        Value::Number(n) => {
            let name = prefix.rsplit('.').next().unwrap_or(prefix);
            let instant = name == "at" || name.ends_with("_at") || name.ends_with("_ms");
            let value = match n.as_i64() {
                Some(ms) if instant => AuditValue::Time(ms),
                _ => AuditValue::Number(n.as_f64().unwrap_or_default()),
            };
            out.push((prefix.to_string(), value));
        }
        Value::String(s) => {
            let value = if is_iso_date(s) {
                AuditValue::Date(s.clone())
            } else {
                AuditValue::Text(s.clone())
            };
            out.push((prefix.to_string(), value));
        }
    }
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn codes_are_unique_and_round_trip() {
        for (i, a) in AuditAction::ALL.iter().enumerate() {
            assert_eq!(AuditAction::from_code(a.code()), Some(*a));
            assert!(AuditAction::ALL[i + 1..].iter().all(|b| b.code() != a.code()));
        }
        for e in AuditEntity::ALL {
            assert_eq!(AuditEntity::from_code(e.code()), Some(*e));
        }
        assert_eq!(AuditAction::from_code("no_such_action"), None);
    }

    #[test]
    fn diff_keeps_only_changed_fields_typed_by_shape() {
        let before =
            json!({"status": "open", "plan_deadline": "2026-01-31", "weight": 40, "same": 1});
        let after = json!({"same": 1, "status": "closed", "plan_deadline": "2026-02-28", "closed_at": 1764662400000_i64});
        // Field order follows serde_json's map order, which depends on the
        // features other crates enable; the set of changes is what matters.
        let mut changes = diff_json(Some(&before), Some(&after));
        changes.sort_by(|a, b| a.field.cmp(&b.field));
        let mut expected = vec![
            AuditChange {
                field: "status".into(),
                before: Some(AuditValue::Text("open".into())),
                after: Some(AuditValue::Text("closed".into())),
            },
            AuditChange {
                field: "plan_deadline".into(),
                before: Some(AuditValue::Date("2026-01-31".into())),
                after: Some(AuditValue::Date("2026-02-28".into())),
            },
            AuditChange {
                field: "weight".into(),
                before: Some(AuditValue::Number(40.0)),
                after: None,
            },
            AuditChange {
                field: "closed_at".into(),
                before: None,
                after: Some(AuditValue::Time(1_764_662_400_000)),
            },
        ];
        expected.sort_by(|a, b| a.field.cmp(&b.field));
        assert_eq!(changes, expected);
    }

    #[test]
    fn nested_records_flatten_to_paths() {
        let after = json!({"results": [{"text": "A", "indicators": [{"target": 5}]}]});
        let changes = diff_json(None, Some(&after));
        let mut fields: Vec<_> = changes.iter().map(|c| c.field.as_str()).collect();
        fields.sort();
        assert_eq!(fields, ["results.1.indicators.1.target", "results.1.text"]);
        assert!(diff_json(Some(&after), Some(&after)).is_empty());
    }
}
