//! The audit log in words: every action and kind of record by name, in the reader's language.
//! The matches are exhaustive, so a new action does not compile until it has a name.

use crate::{
    audit::types::{AuditAction, AuditEntity},
    i18n::Texts,
};

pub fn action_label(t: &Texts, a: AuditAction) -> &'static str {
    match a {
        AuditAction::Login => t.audit_act_login,
        AuditAction::LoginFailed => t.audit_act_login_failed,
        AuditAction::Logout => t.audit_act_logout,
        AuditAction::PasswordChanged => t.audit_act_password_changed,
        AuditAction::UserCreated => t.audit_act_user_created,
        AuditAction::AccountCreated => t.audit_act_account_created,
        AuditAction::InitialPasswordIssued => t.audit_act_initial_password_issued,
        AuditAction::RoleGranted => t.audit_act_role_granted,
        AuditAction::RoleRevoked => t.audit_act_role_revoked,
        AuditAction::AgencyCreated => t.audit_act_agency_created,
        AuditAction::UnitCreated => t.audit_act_unit_created,
        AuditAction::UnitUpdated => t.audit_act_unit_updated,
        AuditAction::EmployeeUpdated => t.audit_act_employee_updated,
        AuditAction::EmployeesImported => t.audit_act_employees_imported,
        AuditAction::ReportingLineSet => t.audit_act_reporting_line_set,
        AuditAction::CorrectionRequested => t.audit_act_correction_requested,
        AuditAction::CorrectionResolved => t.audit_act_correction_resolved,
        AuditAction::PeriodOpened => t.audit_act_period_opened,
        AuditAction::PeriodUpdated => t.audit_act_period_updated,
        AuditAction::SkpStarted => t.audit_act_skp_started,
        AuditAction::SkpResultAdded => t.audit_act_skp_result_added,
        AuditAction::SkpResultRemoved => t.audit_act_skp_result_removed,
        AuditAction::SkpIndicatorAdded => t.audit_act_skp_indicator_added,
        AuditAction::SkpIndicatorRemoved => t.audit_act_skp_indicator_removed,
        AuditAction::SkpSubmitted => t.audit_act_skp_submitted,
        AuditAction::SkpApproved => t.audit_act_skp_approved,
        AuditAction::SkpReturned => t.audit_act_skp_returned,
        AuditAction::RealisationRecorded => t.audit_act_realisation_recorded,
        AuditAction::EvidenceUploaded => t.audit_act_evidence_uploaded,
        AuditAction::EvidenceRemoved => t.audit_act_evidence_removed,
        AuditAction::Input360Invited => t.audit_act_input_3_6_0_invited,
        AuditAction::SkpRated => t.audit_act_skp_rated,
        AuditAction::SkpRerated => t.audit_act_skp_rerated,
        AuditAction::AnnualReviewNoted => t.audit_act_annual_review_noted,
        AuditAction::DistributionSubmitted => t.audit_act_distribution_submitted,
        AuditAction::DistributionApproved => t.audit_act_distribution_approved,
        AuditAction::DistributionReturned => t.audit_act_distribution_returned,
        AuditAction::AppealFiled => t.audit_act_appeal_filed,
        AuditAction::AppealDecided => t.audit_act_appeal_decided,
        AuditAction::PlanHandedOver => t.audit_act_plan_handed_over,
        AuditAction::AppealHandedOver => t.audit_act_appeal_handed_over,
        AuditAction::OfferingCreated => t.audit_act_offering_created,
        AuditAction::TrainingApplied => t.audit_act_training_applied,
        AuditAction::TrainingNominated => t.audit_act_training_nominated,
        AuditAction::TrainingDecided => t.audit_act_training_decided,
        AuditAction::TrainingPromoted => t.audit_act_training_promoted,
        AuditAction::TrainingWithdrawn => t.audit_act_training_withdrawn,
        AuditAction::LearningRecorded => t.audit_act_learning_recorded,
        AuditAction::LearningVerified => t.audit_act_learning_verified,
        AuditAction::LearningRejected => t.audit_act_learning_rejected,
    }
}

pub fn entity_label(t: &Texts, e: AuditEntity) -> &'static str {
    match e {
        AuditEntity::Account => t.audit_ent_account,
        AuditEntity::AppUser => t.audit_ent_app_user,
        AuditEntity::Agency => t.audit_ent_agency,
        AuditEntity::OrgUnit => t.audit_ent_org_unit,
        AuditEntity::Employee => t.audit_ent_employee,
        AuditEntity::AssessmentPeriod => t.audit_ent_assessment_period,
        AuditEntity::SkpPlan => t.audit_ent_skp_plan,
        AuditEntity::SkpIndicator => t.audit_ent_skp_indicator,
        AuditEntity::SkpEvidenceFile => t.audit_ent_skp_evidence_file,
        AuditEntity::DistributionSubmission => t.audit_ent_distribution_submission,
        AuditEntity::Appeal => t.audit_ent_appeal,
        AuditEntity::TrainingOffering => t.audit_ent_training_offering,
        AuditEntity::LearningRecord => t.audit_ent_learning_record,
    }
}

/// A stored field's name in words; a field without one shows as stored, underscores as spaces.
pub fn field_label(t: &Texts, field: &str) -> String {
    let name = match field {
        "status" => t.audit_field_status,
        "name" => t.audit_field_name,
        "nip" => t.audit_field_nip,
        "golongan" => t.audit_field_golongan,
        "text" => t.audit_field_text,
        "kind" => t.audit_field_kind,
        "weight" => t.audit_field_weight,
        "target" => t.audit_field_target,
        "unit" => t.audit_field_unit,
        "predikat" => t.audit_field_predikat,
        "hasil" => t.audit_field_hasil,
        "perilaku" => t.audit_field_perilaku,
        "nilai_skp" => t.audit_field_nilai_skp,
        "period_no" => t.audit_field_period_no,
        "plan_deadline" => t.audit_field_plan_deadline,
        "rating_deadline" => t.audit_field_rating_deadline,
        "org_predikat" => t.audit_field_org_predikat,
        "realisasi" => t.audit_field_realisasi,
        "role" => t.audit_field_role,
        "username" => t.audit_field_username,
        "year" => t.audit_field_year,
        "comment" => t.audit_field_comment,
        "file_name" => t.audit_field_file_name,
        "angka_kredit" => t.audit_field_angka_kredit,
        "at" => t.audit_field_at,
        "results" => t.audit_field_results,
        "indicators" => t.audit_field_indicators,
        other => return other.replace('_', " "),
    };
    name.to_string()
}

/// A dotted path (`results.2.text`) in words: "RHK 2 · Uraian".
pub fn path_label(t: &Texts, path: &str) -> String {
    let mut out = String::new();
    for part in path.split('.') {
        if part.bytes().all(|b| b.is_ascii_digit()) {
            out.push(' ');
            out.push_str(part);
        } else {
            if !out.is_empty() {
                out.push_str(" · ");
            }
            out.push_str(&field_label(t, part));
        }
    }
    out
}
