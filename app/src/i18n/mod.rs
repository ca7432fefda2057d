//! Translations: Bahasa Indonesia first, English second.
//!
//! Every text lives in a field of [`Texts`]; each language is one `const Texts` value. A missing
//! or misspelt key is therefore a compile error, in both languages, without a build step or a
//! second copy of Leptos in the bundle.
//!
//! The chosen language persists in the `lang` cookie. The server reads it to render the page;
//! the browser reads the `lang` attribute the server put on `<html>`, so hydration starts from
//! the same language the HTML was rendered in.

mod en;
pub mod format;
mod id;

use leptos::prelude::*;

use crate::rules::{distribution::OrgPredikat, Predikat, Rating};

/// Name of the cookie that holds the chosen language.
pub const COOKIE: &str = "lang";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    Id,
    En,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::Id, Locale::En];

    pub fn code(self) -> &'static str {
        match self {
            Locale::Id => "id",
            Locale::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Locale::Id => &id::TEXTS,
            Locale::En => &en::TEXTS,
        }
    }

    /// The language named in a `Cookie` header, if any.
    pub fn from_cookie_header(header: &str) -> Option<Locale> {
        header
            .split(';')
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == COOKIE)
            .and_then(|(_, value)| Locale::from_code(value))
    }

    /// The preferred supported language of an `Accept-Language` header (first match wins;
    /// q-values are ignored because browsers already list languages in preference order).
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        header.split(',').find_map(|part| {
            let tag = part.split(';').next().unwrap_or("").trim();
            Locale::from_code(tag.split('-').next().unwrap_or(""))
        })
    }
}

/// Every user-visible text. Field names are the translation keys.
pub struct Texts {
    /// The language these texts are in (a feature's own texts follow it).
    pub locale: Locale,
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_menu: &'static str,
    pub nav_public: &'static str,
    pub nav_home: &'static str,
    pub nav_simulator: &'static str,
    pub nav_leaderboard: &'static str,
    pub nav_pegawai: &'static str,
    pub nav_profile: &'static str,
    pub nav_skp: &'static str,
    pub nav_career: &'static str,
    pub nav_development: &'static str,
    pub nav_catalogue: &'static str,
    pub nav_penilai: &'static str,
    pub nav_team: &'static str,
    pub nav_atasan: &'static str,
    pub nav_approvals: &'static str,
    pub nav_tim_evaluasi: &'static str,
    pub nav_evaluation: &'static str,
    pub nav_admin_instansi: &'static str,
    pub nav_admin: &'static str,
    pub nav_platform_admin: &'static str,
    pub nav_platform: &'static str,
    pub nav_login: &'static str,
    pub lang_label: &'static str,
    pub home_title: &'static str,
    pub home_intro: &'static str,
    pub home_cta: &'static str,
    pub home_feature_preview_title: &'static str,
    pub home_feature_preview_body: &'static str,
    pub home_feature_career_title: &'static str,
    pub home_feature_career_body: &'static str,
    pub home_feature_explain_title: &'static str,
    pub home_feature_explain_body: &'static str,
    pub sim_title: &'static str,
    pub sim_intro: &'static str,
    pub sim_hasil_legend: &'static str,
    pub sim_perilaku_legend: &'static str,
    pub sim_result_label: &'static str,
    pub sim_submit: &'static str,
    pub sim_matrix_caption: &'static str,
    pub sim_matrix_corner: &'static str,
    pub sim_offline_note: &'static str,
    pub rating_di_atas: &'static str,
    pub rating_sesuai: &'static str,
    pub rating_di_bawah: &'static str,
    pub predikat_sangat_baik: &'static str,
    pub predikat_baik: &'static str,
    pub predikat_butuh_perbaikan: &'static str,
    pub predikat_kurang_misconduct: &'static str,
    pub predikat_sangat_kurang: &'static str,
    pub cite_article: &'static str,
    pub cite_and: &'static str,
    pub cite_jo: &'static str,
    pub cite_uu: &'static str,
    pub cite_pp: &'static str,
    pub cite_perka_bkn: &'static str,
    pub cite_peraturan_bkn: &'static str,
    pub cite_se_menpanrb: &'static str,
    pub cite_permenpanrb: &'static str,
    pub soon_badge: &'static str,
    pub soon_body: &'static str,
    pub page_profile_title: &'static str,
    pub page_profile_desc: &'static str,
    pub page_skp_title: &'static str,
    pub page_skp_desc: &'static str,
    pub page_career_title: &'static str,
    pub page_development_title: &'static str,
    pub page_learning_title: &'static str,
    pub page_learning_admin_title: &'static str,
    pub page_catalogue_title: &'static str,
    pub page_ranked_title: &'static str,
    pub page_career_desc: &'static str,
    pub page_team_title: &'static str,
    pub page_team_desc: &'static str,
    pub page_approvals_title: &'static str,
    pub page_approvals_desc: &'static str,
    pub page_evaluation_title: &'static str,
    pub page_evaluation_desc: &'static str,
    pub page_admin_title: &'static str,
    pub page_admin_desc: &'static str,
    pub page_platform_title: &'static str,
    pub page_platform_desc: &'static str,
    pub page_leaderboard_title: &'static str,
    pub page_leaderboard_desc: &'static str,
    pub page_login_title: &'static str,
    pub page_login_desc: &'static str,
    pub not_found_title: &'static str,
    pub error_title: &'static str,
    pub error_not_found: &'static str,
    pub error_invalid_input: &'static str,
    pub error_unreadable_request: &'static str,
    pub error_too_large: &'static str,
    pub error_password_change_required: &'static str,
    pub error_unreachable: &'static str,
    pub error_internal: &'static str,
    pub back_home: &'static str,
    pub error_login_required: &'static str,
    pub login_required_title: &'static str,
    pub footer: &'static str,
    pub auth_invalid: &'static str,
    pub auth_throttled: &'static str,
    pub auth_seconds: &'static str,
    pub auth_required: &'static str,
    pub password_mismatch: &'static str,
    pub password_too_short: &'static str,
    pub password_too_long: &'static str,
    pub password_common: &'static str,
    pub password_contains_identifier: &'static str,
    pub password_current_wrong: &'static str,
    pub login_identifier: &'static str,
    pub login_password: &'static str,
    pub login_submit: &'static str,
    pub login_demo_title: &'static str,
    pub login_demo_note: &'static str,
    pub login_demo_or_nip: &'static str,
    pub logout: &'static str,
    pub signed_in_as: &'static str,
    pub change_password_title: &'static str,
    pub change_password_forced: &'static str,
    pub change_password_current: &'static str,
    pub change_password_new: &'static str,
    pub change_password_confirm: &'static str,
    pub change_password_submit: &'static str,
    pub nav_account: &'static str,
    pub role_pegawai: &'static str,
    pub role_pejabat_penilai: &'static str,
    pub role_atasan: &'static str,
    pub role_tim_evaluasi: &'static str,
    pub role_admin_instansi: &'static str,
    pub role_platform_admin: &'static str,
    pub profile_nip: &'static str,
    pub profile_kind: &'static str,
    pub profile_golongan: &'static str,
    pub profile_position: &'static str,
    pub profile_education: &'static str,
    pub profile_unit: &'static str,
    pub profile_agency: &'static str,
    pub profile_penilai: &'static str,
    pub profile_atasan: &'static str,
    pub profile_birth_date: &'static str,
    pub profile_pension: &'static str,
    pub profile_readonly_note: &'static str,
    pub years: &'static str,
    pub days_unit: &'static str,
    pub admin_search_label: &'static str,
    pub admin_search_submit: &'static str,
    pub admin_next_page: &'static str,
    pub admin_col_nip: &'static str,
    pub admin_col_name: &'static str,
    pub admin_col_golongan: &'static str,
    pub admin_col_position: &'static str,
    pub admin_col_unit: &'static str,
    pub admin_empty: &'static str,
    pub admin_audit_title: &'static str,
    pub import_title: &'static str,
    pub import_file_label: &'static str,
    pub import_template: &'static str,
    pub import_submit: &'static str,
    pub import_done: &'static str,
    pub import_failed: &'static str,
    pub import_col_line: &'static str,
    pub import_col_column: &'static str,
    pub import_col_problem: &'static str,
    pub import_too_large: &'static str,
    pub admin_export_csv: &'static str,
    pub admin_export_xlsx: &'static str,
    pub import_template_xlsx: &'static str,
    pub correction_title: &'static str,
    pub correction_field: &'static str,
    pub correction_message: &'static str,
    pub correction_submit: &'static str,
    pub correction_sent: &'static str,
    pub correction_field_invalid: &'static str,
    pub correction_message_length: &'static str,
    pub corrections_open_title: &'static str,
    pub field_nip: &'static str,
    pub field_name: &'static str,
    pub field_birth_date: &'static str,
    pub field_golongan: &'static str,
    pub field_position: &'static str,
    pub field_education: &'static str,
    pub field_unit: &'static str,
    pub field_other: &'static str,
    pub team_overdue: &'static str,
    pub input360_title: &'static str,
    pub input360_invited: &'static str,
    pub input360_answered: &'static str,
    pub input360_hidden: &'static str,
    pub input360_rater_nip: &'static str,
    pub input360_relation: &'static str,
    pub input360_peer: &'static str,
    pub input360_subordinate: &'static str,
    pub input360_invite: &'static str,
    pub input360_privacy: &'static str,
    pub input360_submit: &'static str,
    pub input360_withdraw: &'static str,
    pub inv_input360_relation: &'static str,
    pub inv_input360_rater: &'static str,
    pub inv_input360_values: &'static str,
    pub inv_text_control: &'static str,
    pub inv_plan_too_many_results: &'static str,
    pub inv_result_too_many_indicators: &'static str,
    pub inv_input360_closed: &'static str,
    pub progress_export: &'static str,
    pub progress_title: &'static str,
    pub progress_agency_sb: &'static str,
    pub progress_flag_rule: &'static str,
    pub progress_pp: &'static str,
    pub progress_min_rated: &'static str,
    pub progress_rated: &'static str,
    pub progress_flag: &'static str,
    pub progress_lenient: &'static str,
    pub tasks_title: &'static str,
    pub tasks_none: &'static str,
    pub tasks_due: &'static str,
    pub tasks_days_left: &'static str,
    pub tasks_days_late: &'static str,
    pub inv_rating_appealed: &'static str,
    pub distributions_title: &'static str,
    pub distributions_none: &'static str,
    pub inv_distribution_no_org: &'static str,
    pub team_empty: &'static str,
    pub inv_distribution_unrated: &'static str,
    pub inv_distribution_violation: &'static str,
    pub inv_distribution_submitted: &'static str,
    pub feedback_title: &'static str,
    pub feedback_empty: &'static str,
    pub feedback_about: &'static str,
    pub feedback_whole_plan: &'static str,
    pub feedback_text: &'static str,
    pub feedback_submit: &'static str,
    pub outbox_title: &'static str,
    pub outbox_waiting: &'static str,
    pub outbox_offline: &'static str,
    pub outbox_queued: &'static str,
    pub outbox_refused: &'static str,
    pub outbox_send_now: &'static str,
    pub outbox_discard: &'static str,
    pub outbox_login_again: &'static str,
    pub outbox_realisation: &'static str,
    pub outbox_feedback: &'static str,
    pub appeal_title: &'static str,
    pub appeal_rated: &'static str,
    pub appeal_reason: &'static str,
    pub appeal_status_filed: &'static str,
    pub appeal_status_decided: &'static str,
    pub appeal_changed: &'static str,
    pub appeal_upheld: &'static str,
    pub appeal_exchange: &'static str,
    pub appeal_message: &'static str,
    pub appeal_decide_title: &'static str,
    pub appeal_final_note: &'static str,
    pub appeal_change_to: &'static str,
    pub appeal_new_predikat: &'static str,
    pub appeal_note: &'static str,
    pub appeal_decide_submit: &'static str,
    pub appeal_file: &'static str,
    pub appeal_file_submit: &'static str,
    pub appeals_title: &'static str,
    pub appeals_none: &'static str,
    pub inv_feedback_text: &'static str,
    pub inv_appeal_reason: &'static str,
    pub inv_appeal_exists: &'static str,
    pub inv_appeal_late: &'static str,
    pub inv_appeal_no_atasan: &'static str,
    pub inv_appeal_decided: &'static str,
    pub inv_appeal_note: &'static str,
    pub inv_appeal_predikat: &'static str,
    pub value_berorientasi_pelayanan: &'static str,
    pub value_akuntabel: &'static str,
    pub value_kompeten: &'static str,
    pub value_harmonis: &'static str,
    pub value_loyal: &'static str,
    pub value_adaptif: &'static str,
    pub value_kolaboratif: &'static str,
    pub skp_status_draft: &'static str,
    pub skp_status_submitted: &'static str,
    pub skp_status_approved: &'static str,
    pub skp_status_returned: &'static str,
    pub skp_status_none: &'static str,
    pub skp_remove: &'static str,
    pub skp_review_comment: &'static str,
    pub skp_kind_utama: &'static str,
    pub skp_kind_tambahan: &'static str,
    pub skp_supports: &'static str,
    pub skp_supported_by: &'static str,
    pub skp_evidence: &'static str,
    pub skp_expectations: &'static str,
    pub skp_ratings: &'static str,
    pub skp_period: &'static str,
    pub skp_annual: &'static str,
    pub skp_nilai: &'static str,
    pub skp_rule_set: &'static str,
    pub skp_period_year: &'static str,
    pub skp_plan_deadline: &'static str,
    pub skp_start: &'static str,
    pub skp_add_result: &'static str,
    pub skp_result_text: &'static str,
    pub skp_result_kind: &'static str,
    pub skp_parent: &'static str,
    pub skp_parent_none: &'static str,
    pub skp_add_result_submit: &'static str,
    pub skp_add_indicator: &'static str,
    pub skp_for_result: &'static str,
    pub skp_indicator_text: &'static str,
    pub skp_target_kind: &'static str,
    pub skp_kind_quantitative: &'static str,
    pub skp_kind_qualitative: &'static str,
    pub skp_kind_lower: &'static str,
    pub skp_kind_range: &'static str,
    pub skp_unit: &'static str,
    pub skp_add_indicator_submit: &'static str,
    pub skp_submit: &'static str,
    pub skp_realisation_title: &'static str,
    pub skp_evidence_url: &'static str,
    pub skp_note: &'static str,
    pub skp_realisation_submit: &'static str,
    pub team_waiting: &'static str,
    pub team_col_status: &'static str,
    pub review_title: &'static str,
    pub review_expectations_note: &'static str,
    pub review_comment: &'static str,
    pub review_approve: &'static str,
    pub review_return: &'static str,
    pub rating_title: &'static str,
    pub rating_follow_suggestion: &'static str,
    pub rating_fill_all: &'static str,
    pub rating_suggested: &'static str,
    pub rating_months: &'static str,
    pub rating_submit: &'static str,
    pub rating_saved: &'static str,
    pub periods_title: &'static str,
    pub org_istimewa: &'static str,
    pub period_open: &'static str,
    pub period_closed: &'static str,
    pub period_monthly: &'static str,
    pub period_quarterly: &'static str,
    pub period_rating_deadline: &'static str,
    pub period_appeal_days: &'static str,
    pub period_appeal_days_label: &'static str,
    pub period_org_predikat: &'static str,
    pub period_close: &'static str,
    pub period_open_title: &'static str,
    pub period_frequency: &'static str,
    pub period_open_submit: &'static str,
    pub inv_period_year: &'static str,
    pub inv_period_frequency: &'static str,
    pub inv_period_appeal_days: &'static str,
    pub inv_period_deadlines: &'static str,
    pub inv_period_exists: &'static str,
    pub inv_period_other_open: &'static str,
    pub inv_period_org_predikat: &'static str,
    pub inv_period_none_open: &'static str,
    pub inv_period_closed: &'static str,
    pub inv_plan_no_penilai: &'static str,
    pub inv_result_kind: &'static str,
    pub inv_result_text: &'static str,
    pub inv_result_weight: &'static str,
    pub inv_result_parent: &'static str,
    pub inv_result_supported: &'static str,
    pub inv_plan_not_editable: &'static str,
    pub inv_indicator_kind: &'static str,
    pub inv_indicator_text: &'static str,
    pub inv_indicator_unit: &'static str,
    pub inv_indicator_target: &'static str,
    pub inv_plan_no_main_result: &'static str,
    pub inv_plan_result_without_indicator: &'static str,
    pub inv_review_comment: &'static str,
    pub inv_review_expectations: &'static str,
    pub inv_plan_not_submitted: &'static str,
    pub inv_plan_not_approved: &'static str,
    pub inv_realisation_value: &'static str,
    pub inv_evidence_url: &'static str,
    pub inv_realisation_note: &'static str,
    pub inv_rating_period: &'static str,
    pub inv_rating_values: &'static str,
    pub skp_weight: &'static str,
    pub skp_target: &'static str,
    pub skp_target_high: &'static str,
    pub skp_realisasi: &'static str,
    pub rating_not_computable: &'static str,
    pub rating_mismatch: &'static str,
    pub corrections_mine_title: &'static str,
    pub correction_status_open: &'static str,
    pub correction_status_done: &'static str,
    pub correction_status_rejected: &'static str,
    pub invalid_agency_code: &'static str,
    pub invalid_agency_code_taken: &'static str,
    pub invalid_agency_region_kind: &'static str,
    pub invalid_agency_name: &'static str,
    pub agencies_title: &'static str,
    pub agencies_add: &'static str,
    pub agencies_code: &'static str,
    pub agencies_name: &'static str,
    pub agencies_region_kind: &'static str,
    pub agencies_region_name: &'static str,
    pub agencies_submit: &'static str,
    pub agencies_created: &'static str,
    pub agencies_units: &'static str,
    pub agencies_employees: &'static str,
    pub region_province: &'static str,
    pub region_city: &'static str,
    pub region_regency: &'static str,
    pub region_national: &'static str,
    pub profile_angka_kredit: &'static str,
    pub profile_edit: &'static str,
    pub history_rank: &'static str,
    pub history_position: &'static str,
    pub history_education: &'static str,
    pub history_col_value: &'static str,
    pub history_col_start: &'static str,
    pub history_empty: &'static str,
    pub lines_title: &'static str,
    pub lines_col_period: &'static str,
    pub lines_now: &'static str,
    pub edit_title: &'static str,
    pub edit_save: &'static str,
    pub edit_saved: &'static str,
    pub edit_conflict: &'static str,
    pub edit_bad_date: &'static str,
    pub edit_bad_number: &'static str,
    pub edit_golongan_tmt: &'static str,
    pub edit_position_tmt: &'static str,
    pub edit_education_date: &'static str,
    pub edit_angka_kredit: &'static str,
    pub edit_reload: &'static str,
    pub field_kind: &'static str,
    pub field_gender: &'static str,
    pub field_position_kind: &'static str,
    pub field_jenjang: &'static str,
    pub invalid_unit_unknown: &'static str,
    pub invalid_see_form: &'static str,
    pub invalid_nip_taken: &'static str,
    pub invalid_line_self: &'static str,
    pub invalid_line_same: &'static str,
    pub invalid_line_person_unknown: &'static str,
    pub invalid_line_start: &'static str,
    pub invalid_unit_parent_unknown: &'static str,
    pub invalid_unit_code_taken: &'static str,
    pub invalid_unit_cycle: &'static str,
    pub invalid_role_not_grantable: &'static str,
    pub invalid_account_unknown: &'static str,
    pub invalid_role_self_revoke: &'static str,
    pub invalid_scenario_name: &'static str,
    pub invalid_scenario_too_big: &'static str,
    pub invalid_scenario_event_before_start: &'static str,
    pub invalid_scenario_event_after_retirement: &'static str,
    pub invalid_scenario_diploma_before_birth: &'static str,
    pub invalid_scenario_comment: &'static str,
    pub invalid_request_key: &'static str,
    pub invalid_eselon: &'static str,
    pub field_eselon: &'static str,
    pub invalid_other: &'static str,
    pub invalid_record_cell: &'static str,
    pub line_title: &'static str,
    pub line_penilai_nip: &'static str,
    pub line_atasan_nip: &'static str,
    pub line_start: &'static str,
    pub line_submit: &'static str,
    pub line_saved: &'static str,
    pub initial_password_title: &'static str,
    pub initial_password_issue: &'static str,
    pub initial_password_note: &'static str,
    pub initial_password_shown: &'static str,
    pub units_title: &'static str,
    pub units_add: &'static str,
    pub units_code: &'static str,
    pub units_name: &'static str,
    pub units_parent: &'static str,
    pub units_top: &'static str,
    pub units_save: &'static str,
    pub period_save: &'static str,
    pub units_edit: &'static str,
    pub units_employees: &'static str,
    pub units_saved: &'static str,
    pub unit_code_rule: &'static str,
    pub unit_name_rule: &'static str,
    pub roles_title: &'static str,
    pub roles_intro: &'static str,
    pub roles_identifier: &'static str,
    pub roles_role: &'static str,
    pub roles_grant: &'static str,
    pub roles_revoke: &'static str,
    pub roles_col_account: &'static str,
    pub roles_saved: &'static str,
    pub correction_done: &'static str,
    pub correction_reject: &'static str,
    pub correction_note: &'static str,
    pub correction_status_invalid: &'static str,
    pub correction_note_rule: &'static str,
    pub correction_resolved: &'static str,
    pub inv_evidence_size: &'static str,
    pub inv_evidence_type: &'static str,
    pub inv_evidence_too_many: &'static str,
    pub inv_evidence_rated: &'static str,
    pub inv_review_note_text: &'static str,
    pub inv_review_not_rated: &'static str,
    pub skp_evidence_file: &'static str,
    pub skp_evidence_upload: &'static str,
    pub skp_evidence_uploaded: &'static str,
    pub skp_evidence_remove: &'static str,
    pub skp_evidence_files: &'static str,
    pub annual_review_title: &'static str,
    pub annual_review_none: &'static str,
    pub annual_review_note: &'static str,
    pub annual_review_outlier: &'static str,
    pub annual_review_outlier_badge: &'static str,
    pub annual_review_submit: &'static str,
    pub summaries_title: &'static str,
    pub summaries_hint: &'static str,
    pub summaries_col_notes: &'static str,
    pub summaries_open: &'static str,
    pub summaries_empty: &'static str,
    pub badge_tasks: &'static str,
    pub badge_urgent: &'static str,
    pub badge_title: &'static str,
    pub months: &'static str,
    pub decimal_separator: &'static str,
    pub group_separator: &'static str,
    pub progress_export_xlsx: &'static str,
    pub dash_my_plan: &'static str,
    pub dash_predikat: &'static str,
    pub dash_rating_deadline: &'static str,
    pub dash_urgent: &'static str,
    pub dash_team: &'static str,
    pub dash_idp: &'static str,
    pub dash_agency: &'static str,
    pub dash_people: &'static str,
    pub rating_360_hint: &'static str,
    pub audit_bad_date: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
}

impl Texts {
    pub fn rating(&self, r: Rating) -> &'static str {
        match r {
            Rating::DiAtasEkspektasi => self.rating_di_atas,
            Rating::SesuaiEkspektasi => self.rating_sesuai,
            Rating::DiBawahEkspektasi => self.rating_di_bawah,
        }
    }

    pub fn role(&self, r: crate::auth::Role) -> &'static str {
        use crate::auth::Role;
        match r {
            Role::Pegawai => self.role_pegawai,
            Role::PejabatPenilai => self.role_pejabat_penilai,
            Role::AtasanPejabatPenilai => self.role_atasan,
            Role::TimEvaluasi => self.role_tim_evaluasi,
            Role::AdminInstansi => self.role_admin_instansi,
            Role::PlatformAdmin => self.role_platform_admin,
        }
    }

    /// The label of a correction-request field code (see `api::corrections::FIELDS`).
    pub fn record_field(&self, code: &str) -> &'static str {
        match code {
            "nip" => self.field_nip,
            "name" => self.field_name,
            "birth_date" => self.field_birth_date,
            "golongan" => self.field_golongan,
            "position" => self.field_position,
            "education" => self.field_education,
            "unit" => self.field_unit,
            _ => self.field_other,
        }
    }

    /// The message of a refused value or change: every reason has one (no fallback arm).
    /// The label of a form field named in a refusal, when it has one.
    pub fn form_field(&self, field: &str) -> Option<&'static str> {
        Some(match field {
            "weight" => self.skp_weight,
            "target" => self.skp_target,
            "target_high" => self.skp_target_high,
            "realisasi" => self.skp_realisasi,
            "plan_deadline" => self.skp_plan_deadline,
            "rating_deadline" => self.period_rating_deadline,
            "golongan_tmt" => self.edit_golongan_tmt,
            "position_tmt" => self.edit_position_tmt,
            "education_date" => self.edit_education_date,
            "angka_kredit" => self.edit_angka_kredit,
            "start_date" => self.line_start,
            "eselon" => self.field_eselon,
            _ => return None,
        })
    }

    pub fn invalid(&self, reason: crate::kernel::reason::Reason) -> &'static str {
        use crate::kernel::reason::Reason;
        match reason {
            // A feature's own refusals: their words live with the feature (its texts are
            // not paid for by every page); the form that shows them asks the feature.
            Reason::OfferingText
            | Reason::OfferingForm
            | Reason::OfferingJp
            | Reason::OfferingQuota
            | Reason::OfferingDates
            | Reason::OfferingCriteria
            | Reason::OfferingUnit
            | Reason::OfferingClosed
            | Reason::OfferingStarted
            | Reason::OfferingDecided
            | Reason::OfferingNotEligible
            | Reason::LearningVerdict
            | Reason::LearningFuture
            | Reason::MentoringFeedbackGiven
            | Reason::MentoringRating
            | Reason::MentoringNote
            | Reason::MentoringMinutes
            | Reason::MentoringDate
            | Reason::MentoringEnded
            | Reason::MentoringPeriod
            | Reason::MentoringGoals
            | Reason::MentoringPerson
            | Reason::MentoringPaired
            | Reason::MentorFull
            | Reason::DiplomaDate
            | Reason::StudyState
            | Reason::StudyNote
            | Reason::StudyDates
            | Reason::StudyEducation
            | Reason::StudyKind
            | Reason::IdpState
            | Reason::IdpEmpty
            | Reason::IdpFull
            | Reason::IdpFocus
            | Reason::IdpKind
            | Reason::IdpOffering
            | Reason::IdpTarget
            | Reason::IdpText
            | Reason::IdpNote
            | Reason::IdpProgress => self.invalid_see_form,
            Reason::UnitUnknown => self.invalid_unit_unknown,
            Reason::NipTaken => self.invalid_nip_taken,
            Reason::LineSelf => self.invalid_line_self,
            Reason::LineSame => self.invalid_line_same,
            Reason::LinePersonUnknown => self.invalid_line_person_unknown,
            Reason::LineStartNotAfterCurrent => self.invalid_line_start,
            Reason::UnitParentUnknown => self.invalid_unit_parent_unknown,
            Reason::UnitCodeTaken => self.invalid_unit_code_taken,
            Reason::UnitCycle => self.invalid_unit_cycle,
            Reason::RoleNotGrantable => self.invalid_role_not_grantable,
            Reason::AccountUnknown => self.invalid_account_unknown,
            Reason::RoleSelfRevoke => self.invalid_role_self_revoke,
            Reason::AgencyCode => self.invalid_agency_code,
            Reason::AgencyCodeTaken => self.invalid_agency_code_taken,
            Reason::AgencyRegionKind => self.invalid_agency_region_kind,
            Reason::AgencyName => self.invalid_agency_name,
            Reason::PeriodYear => self.inv_period_year,
            Reason::PeriodFrequency => self.inv_period_frequency,
            Reason::PeriodAppealDays => self.inv_period_appeal_days,
            Reason::PeriodDeadlines => self.inv_period_deadlines,
            Reason::PeriodExists => self.inv_period_exists,
            Reason::PeriodOtherOpen => self.inv_period_other_open,
            Reason::PeriodOrgPredikat => self.inv_period_org_predikat,
            Reason::PeriodNoneOpen => self.inv_period_none_open,
            Reason::PeriodClosed => self.inv_period_closed,
            Reason::PlanNoPenilai => self.inv_plan_no_penilai,
            Reason::ResultKind => self.inv_result_kind,
            Reason::ResultText => self.inv_result_text,
            Reason::ResultWeight => self.inv_result_weight,
            Reason::ResultParent => self.inv_result_parent,
            Reason::ResultSupported => self.inv_result_supported,
            Reason::PlanNotEditable => self.inv_plan_not_editable,
            Reason::IndicatorKind => self.inv_indicator_kind,
            Reason::IndicatorText => self.inv_indicator_text,
            Reason::IndicatorUnit => self.inv_indicator_unit,
            Reason::IndicatorTarget => self.inv_indicator_target,
            Reason::PlanNoMainResult => self.inv_plan_no_main_result,
            Reason::PlanResultWithoutIndicator => self.inv_plan_result_without_indicator,
            Reason::ReviewComment => self.inv_review_comment,
            Reason::ReviewExpectations => self.inv_review_expectations,
            Reason::PlanNotSubmitted => self.inv_plan_not_submitted,
            Reason::PlanNotApproved => self.inv_plan_not_approved,
            Reason::RealisationValue => self.inv_realisation_value,
            Reason::EvidenceUrl => self.inv_evidence_url,
            Reason::EvidenceSize => self.inv_evidence_size,
            Reason::EvidenceType => self.inv_evidence_type,
            Reason::EvidenceTooMany => self.inv_evidence_too_many,
            Reason::EvidenceRated => self.inv_evidence_rated,
            Reason::ReviewNoteText => self.inv_review_note_text,
            Reason::ReviewNotRated => self.inv_review_not_rated,
            Reason::RealisationNote => self.inv_realisation_note,
            Reason::RatingPeriod => self.inv_rating_period,
            Reason::RatingValues => self.inv_rating_values,
            Reason::FeedbackText => self.inv_feedback_text,
            Reason::AppealReason => self.inv_appeal_reason,
            Reason::AppealExists => self.inv_appeal_exists,
            Reason::AppealLate => self.inv_appeal_late,
            Reason::AppealNoAtasan => self.inv_appeal_no_atasan,
            Reason::AppealDecided => self.inv_appeal_decided,
            Reason::AppealNote => self.inv_appeal_note,
            Reason::AppealPredikat => self.inv_appeal_predikat,
            Reason::DistributionNoOrg => self.inv_distribution_no_org,
            Reason::DistributionUnrated => self.inv_distribution_unrated,
            Reason::DistributionViolation => self.inv_distribution_violation,
            Reason::DistributionSubmitted => self.inv_distribution_submitted,
            Reason::RatingAppealed => self.inv_rating_appealed,
            Reason::Input360Relation => self.inv_input360_relation,
            Reason::Input360Rater => self.inv_input360_rater,
            Reason::Input360Values => self.inv_input360_values,
            Reason::TextControl => self.inv_text_control,
            Reason::PlanTooManyResults => self.inv_plan_too_many_results,
            Reason::ResultTooManyIndicators => self.inv_result_too_many_indicators,
            Reason::Input360Closed => self.inv_input360_closed,
            Reason::UnitName => self.unit_name_rule,
            Reason::UnitCode => self.unit_code_rule,
            Reason::RatingMismatch => self.rating_mismatch,
            Reason::RatingNotComputable => self.rating_not_computable,
            Reason::CorrectionStatus => self.correction_status_invalid,
            Reason::CorrectionNote => self.correction_note_rule,
            Reason::BadDate => self.edit_bad_date,
            Reason::BadNumber => self.edit_bad_number,
            Reason::PasswordMismatch => self.password_mismatch,
            Reason::PasswordTooShort => self.password_too_short,
            Reason::PasswordTooLong => self.password_too_long,
            Reason::PasswordCommon => self.password_common,
            Reason::PasswordContainsIdentifier => self.password_contains_identifier,
            Reason::PasswordCurrentWrong => self.password_current_wrong,
            Reason::AuditBadDate => self.audit_bad_date,
            Reason::CorrectionField => self.correction_field_invalid,
            Reason::CorrectionMessage => self.correction_message_length,
            Reason::RecordCell => self.invalid_record_cell,
            Reason::ScenarioName => self.invalid_scenario_name,
            Reason::ScenarioTooBig => self.invalid_scenario_too_big,
            Reason::ScenarioEventBeforeStart => self.invalid_scenario_event_before_start,
            Reason::ScenarioEventAfterRetirement => self.invalid_scenario_event_after_retirement,
            Reason::ScenarioDiplomaBeforeBirth => self.invalid_scenario_diploma_before_birth,
            Reason::ScenarioComment => self.invalid_scenario_comment,
            Reason::RequestKey => self.invalid_request_key,
            Reason::Eselon => self.invalid_eselon,
            Reason::Other => self.invalid_other,
        }
    }

    pub fn correction_status(&self, s: crate::people::types::CorrectionStatus) -> &'static str {
        use crate::people::types::CorrectionStatus;
        match s {
            CorrectionStatus::Open => self.correction_status_open,
            CorrectionStatus::Done => self.correction_status_done,
            CorrectionStatus::Rejected => self.correction_status_rejected,
        }
    }

    pub fn region_kind(&self, code: &str) -> &'static str {
        match code {
            "province" => self.region_province,
            "city" => self.region_city,
            "regency" => self.region_regency,
            _ => self.region_national,
        }
    }

    pub fn predikat(&self, p: Predikat) -> &'static str {
        match p {
            Predikat::SangatBaik => self.predikat_sangat_baik,
            Predikat::Baik => self.predikat_baik,
            Predikat::ButuhPerbaikan => self.predikat_butuh_perbaikan,
            Predikat::KurangMisconduct => self.predikat_kurang_misconduct,
            Predikat::SangatKurang => self.predikat_sangat_kurang,
        }
    }

    /// The organisation's predikat reads like an employee's, except the top one (Istimewa).
    pub fn org_predikat(&self, o: OrgPredikat) -> &'static str {
        match o {
            OrgPredikat::Istimewa => self.org_istimewa,
            OrgPredikat::Baik => self.predikat_baik,
            OrgPredikat::ButuhPerbaikan => self.predikat_butuh_perbaikan,
            OrgPredikat::Kurang => self.predikat_kurang_misconduct,
            OrgPredikat::SangatKurang => self.predikat_sangat_kurang,
        }
    }
}

/// The reactive language of the page, shared through context.
#[derive(Debug, Clone, Copy)]
pub struct I18n {
    locale: RwSignal<Locale>,
}

impl I18n {
    pub fn locale(&self) -> Locale {
        self.locale.get()
    }

    /// The texts of the current language (tracked: views re-render when it changes).
    pub fn t(&self) -> &'static Texts {
        self.locale.get().texts()
    }

    /// Switch language now and remember it for the next visit.
    pub fn set(&self, locale: Locale) {
        self.locale.set(locale);
        persist(locale);
    }
}

/// A reactive text: `{tr(|t| t.nav_home)}` in a view. Every call returns the same closure type,
/// so the renderer is instantiated once for all texts instead of once per text (this keeps the
/// WebAssembly bundle small).
pub fn tr(
    text: fn(&Texts) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || text(i18n.t())
}

pub fn provide_i18n(initial: Locale) -> I18n {
    let i18n = I18n { locale: RwSignal::new(initial) };
    provide_context(i18n);
    i18n
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// The language to render in: on the server from the `lang` cookie, in the browser from the
/// `lang` attribute that the server rendered.
///
/// Pages deliberately ignore `Accept-Language`: many Indonesian phones run in English, and the
/// product speaks Bahasa Indonesia until the reader picks English themselves. (The JSON API,
/// which has no switch, honours `Accept-Language`.)
pub fn initial_locale() -> Locale {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .and_then(|parts| {
                let cookie = parts.headers.get(http::header::COOKIE)?.to_str().ok()?;
                Locale::from_cookie_header(cookie)
            })
            .unwrap_or_default()
    }
    #[cfg(all(feature = "hydrate", not(feature = "ssr")))]
    {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|e| e.get_attribute("lang"))
            .and_then(|code| Locale::from_code(&code))
            .unwrap_or_default()
    }
    #[cfg(not(any(feature = "ssr", feature = "hydrate")))]
    {
        Locale::default()
    }
}

/// Store the choice in the cookie the server reads, and keep `<html lang>` truthful.
fn persist(locale: Locale) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(html) = doc.document_element() {
                let _ = html.set_attribute("lang", locale.code());
            }
            if let Ok(doc) = doc.dyn_into::<web_sys::HtmlDocument>() {
                let _ = doc.set_cookie(&cookie_value(locale));
            }
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = locale;
}

/// The `Set-Cookie` value for a language choice: a year, whole site, not needed cross-site.
/// Not `HttpOnly` because the browser sets it itself when the user switches language.
pub fn cookie_value(locale: Locale) -> String {
    format!("{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax", locale.code())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_cookie_is_found_among_other_cookies() {
        assert_eq!(Locale::from_cookie_header("a=1; lang=en; b=2"), Some(Locale::En));
        assert_eq!(Locale::from_cookie_header("lang=id"), Some(Locale::Id));
        assert_eq!(Locale::from_cookie_header("xlang=en"), None);
        assert_eq!(Locale::from_cookie_header("lang=fr"), None);
    }

    #[test]
    fn accept_language_picks_the_first_supported_language() {
        assert_eq!(Locale::from_accept_language("fr-FR, en-US;q=0.8, id;q=0.5"), Some(Locale::En));
        assert_eq!(Locale::from_accept_language("id-ID,id;q=0.9"), Some(Locale::Id));
        assert_eq!(Locale::from_accept_language("de"), None);
    }

    #[test]
    fn indonesian_is_the_default_language() {
        assert_eq!(Locale::default(), Locale::Id);
        assert_eq!(initial_locale(), Locale::Id);
    }

    #[test]
    fn both_languages_translate_every_predikat_differently_where_the_words_differ() {
        let (id, en) = (Locale::Id.texts(), Locale::En.texts());
        assert_eq!(id.predikat(Predikat::SangatBaik), "Sangat Baik");
        assert!(en.predikat(Predikat::SangatBaik).contains("very good"));
        assert_ne!(id.nav_home, en.nav_home);
    }
}
