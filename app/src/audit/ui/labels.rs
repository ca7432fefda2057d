//! The audit log in words: every action and kind of record by name, in the reader's language.
//! The matches are exhaustive, so a new action does not compile until it has a name.

use crate::{
    audit::texts::AuditTexts,
    audit::types::{AuditAction, AuditEntity},
};

pub fn action_label(t: &AuditTexts, a: AuditAction) -> &'static str {
    match a {
        AuditAction::Login => t.act_login,
        AuditAction::LoginFailed => t.act_login_failed,
        AuditAction::Logout => t.act_logout,
        AuditAction::PasswordChanged => t.act_password_changed,
        AuditAction::UserCreated => t.act_user_created,
        AuditAction::AccountCreated => t.act_account_created,
        AuditAction::InitialPasswordIssued => t.act_initial_password_issued,
        AuditAction::RoleGranted => t.act_role_granted,
        AuditAction::RoleRevoked => t.act_role_revoked,
        AuditAction::AgencyCreated => t.act_agency_created,
        AuditAction::UnitCreated => t.act_unit_created,
        AuditAction::UnitUpdated => t.act_unit_updated,
        AuditAction::EmployeeUpdated => t.act_employee_updated,
        AuditAction::EmployeesImported => t.act_employees_imported,
        AuditAction::ReportingLineSet => t.act_reporting_line_set,
        AuditAction::CorrectionRequested => t.act_correction_requested,
        AuditAction::CorrectionResolved => t.act_correction_resolved,
        AuditAction::PeriodOpened => t.act_period_opened,
        AuditAction::PeriodUpdated => t.act_period_updated,
        AuditAction::SkpStarted => t.act_skp_started,
        AuditAction::SkpResultAdded => t.act_skp_result_added,
        AuditAction::SkpResultRemoved => t.act_skp_result_removed,
        AuditAction::SkpIndicatorAdded => t.act_skp_indicator_added,
        AuditAction::SkpIndicatorRemoved => t.act_skp_indicator_removed,
        AuditAction::SkpSubmitted => t.act_skp_submitted,
        AuditAction::SkpApproved => t.act_skp_approved,
        AuditAction::SkpReturned => t.act_skp_returned,
        AuditAction::RealisationRecorded => t.act_realisation_recorded,
        AuditAction::EvidenceUploaded => t.act_evidence_uploaded,
        AuditAction::EvidenceRemoved => t.act_evidence_removed,
        AuditAction::Input360Invited => t.act_input_3_6_0_invited,
        AuditAction::SkpRated => t.act_skp_rated,
        AuditAction::SkpRerated => t.act_skp_rerated,
        AuditAction::AnnualReviewNoted => t.act_annual_review_noted,
        AuditAction::DistributionSubmitted => t.act_distribution_submitted,
        AuditAction::DistributionApproved => t.act_distribution_approved,
        AuditAction::DistributionReturned => t.act_distribution_returned,
        AuditAction::AppealFiled => t.act_appeal_filed,
        AuditAction::AppealDecided => t.act_appeal_decided,
        AuditAction::PlanHandedOver => t.act_plan_handed_over,
        AuditAction::AppealHandedOver => t.act_appeal_handed_over,
        AuditAction::OfferingCreated => t.act_offering_created,
        AuditAction::TrainingApplied => t.act_training_applied,
        AuditAction::TrainingNominated => t.act_training_nominated,
        AuditAction::TrainingDecided => t.act_training_decided,
        AuditAction::TrainingPromoted => t.act_training_promoted,
        AuditAction::MentoringFeedback => t.act_mentoring_feedback,
        AuditAction::MentoringEnded => t.act_mentoring_ended,
        AuditAction::MentoringSession => t.act_mentoring_session,
        AuditAction::MentoringPaired => t.act_mentoring_paired,
        AuditAction::IdpCreated => t.act_idp_created,
        AuditAction::IdpChanged => t.act_idp_changed,
        AuditAction::IdpSubmitted => t.act_idp_submitted,
        AuditAction::IdpAgreed => t.act_idp_agreed,
        AuditAction::IdpReturned => t.act_idp_returned,
        AuditAction::IdpProgress => t.act_idp_progress,
        AuditAction::DiplomaRecorded => t.act_diploma_recorded,
        AuditAction::StudyWithdrawn => t.act_study_withdrawn,
        AuditAction::StudyDecided => t.act_study_decided,
        AuditAction::StudyEndorsed => t.act_study_endorsed,
        AuditAction::StudyRequested => t.act_study_requested,
        AuditAction::TrainingWithdrawn => t.act_training_withdrawn,
        AuditAction::LearningRecorded => t.act_learning_recorded,
        AuditAction::LearningVerified => t.act_learning_verified,
        AuditAction::LearningRejected => t.act_learning_rejected,
    }
}

pub fn entity_label(t: &AuditTexts, e: AuditEntity) -> &'static str {
    match e {
        AuditEntity::Account => t.ent_account,
        AuditEntity::AppUser => t.ent_app_user,
        AuditEntity::Agency => t.ent_agency,
        AuditEntity::OrgUnit => t.ent_org_unit,
        AuditEntity::Employee => t.ent_employee,
        AuditEntity::AssessmentPeriod => t.ent_assessment_period,
        AuditEntity::SkpPlan => t.ent_skp_plan,
        AuditEntity::SkpIndicator => t.ent_skp_indicator,
        AuditEntity::SkpEvidenceFile => t.ent_skp_evidence_file,
        AuditEntity::DistributionSubmission => t.ent_distribution_submission,
        AuditEntity::Appeal => t.ent_appeal,
        AuditEntity::TrainingOffering => t.ent_training_offering,
        AuditEntity::LearningRecord => t.ent_learning_record,
        AuditEntity::StudyRequest => t.ent_study_request,
        AuditEntity::MentoringPair => t.ent_mentoring_pair,
        AuditEntity::IdpPlan => t.ent_idp_plan,
    }
}

/// A stored field's name in words; a field without one shows as stored, underscores as spaces.
pub fn field_label(t: &AuditTexts, field: &str) -> String {
    let name = match field {
        "status" => t.field_status,
        "name" => t.field_name,
        "nip" => t.field_nip,
        "golongan" => t.field_golongan,
        "text" => t.field_text,
        "kind" => t.field_kind,
        "weight" => t.field_weight,
        "target" => t.field_target,
        "unit" => t.field_unit,
        "predikat" => t.field_predikat,
        "hasil" => t.field_hasil,
        "perilaku" => t.field_perilaku,
        "nilai_skp" => t.field_nilai_skp,
        "period_no" => t.field_period_no,
        "plan_deadline" => t.field_plan_deadline,
        "rating_deadline" => t.field_rating_deadline,
        "org_predikat" => t.field_org_predikat,
        "realisasi" => t.field_realisasi,
        "role" => t.field_role,
        "username" => t.field_username,
        "year" => t.field_year,
        "comment" => t.field_comment,
        "file_name" => t.field_file_name,
        "angka_kredit" => t.field_angka_kredit,
        "at" => t.field_at,
        "results" => t.field_results,
        "indicators" => t.field_indicators,
        other => return other.replace('_', " "),
    };
    name.to_string()
}

/// A dotted path (`results.2.text`) in words: "RHK 2 · Uraian".
pub fn path_label(t: &AuditTexts, path: &str) -> String {
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
