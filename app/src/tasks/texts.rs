//! The tasks page's sentences, in both languages (a key missing from either does not compile).
//! They live with the feature so that only the tasks page pays for them.

use crate::i18n::{use_i18n, Locale};

pub struct TasksTexts {
    pub answer_360: &'static str,
    pub learning_jp: &'static str,
    pub study_endorse: &'static str,
    pub idp_agree: &'static str,
    pub idp_returned: &'static str,
    pub plan_start: &'static str,
    pub plan_returned: &'static str,
    pub plan_review: &'static str,
    pub plan_rate: &'static str,
    pub appeal_decide: &'static str,
    pub appeal_decided: &'static str,
    pub distribution_decide: &'static str,
    pub distribution_returned: &'static str,
}

const ID: TasksTexts = TasksTexts {
    answer_360: "Isi masukan 360 untuk",
    learning_jp: "Lengkapi jam pelajaran (JP) pengembangan kompetensi tahun ini:",
    study_endorse: "Tinjau permohonan tugas/izin belajar",
    idp_agree: "Tinjau dan setujui rencana pengembangan individu",
    idp_returned: "Rencana pengembangan Anda dikembalikan: perbaiki lalu ajukan lagi",
    plan_start: "Susun dan ajukan SKP Anda",
    plan_returned: "SKP Anda dikembalikan: perbaiki dan ajukan lagi",
    plan_review: "Tinjau SKP",
    plan_rate: "Nilai kinerja tahunan",
    appeal_decide: "Putuskan keberatan",
    appeal_decided: "Keberatan Anda sudah diputuskan",
    distribution_decide: "Setujui atau kembalikan distribusi unit",
    distribution_returned: "Distribusi unit Anda dikembalikan atasan",
};

const EN: TasksTexts = TasksTexts {
    answer_360: "Give 360 input for",
    learning_jp: "Complete this year's learning hours (JP):",
    study_endorse: "Review a study leave request",
    idp_agree: "Review and agree an individual development plan",
    idp_returned: "Your development plan was returned: revise it and submit again",
    plan_start: "Draft and submit your plan",
    plan_returned: "Your plan was returned: amend and resubmit it",
    plan_review: "Review the plan of",
    plan_rate: "Rate the year of",
    appeal_decide: "Decide the appeal of",
    appeal_decided: "Your appeal has been decided",
    distribution_decide: "Approve or return the unit distribution of",
    distribution_returned: "Your unit distribution was returned",
};

impl TasksTexts {
    pub fn of(locale: Locale) -> &'static TasksTexts {
        match locale {
            Locale::Id => &ID,
            Locale::En => &EN,
        }
    }
}

pub fn use_tasks_texts() -> impl Fn() -> &'static TasksTexts + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || TasksTexts::of(i18n.locale())
}
