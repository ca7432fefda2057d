//! The further-education pages' texts, in both languages (a key missing from either does not
//! compile).

use crate::{
    development::study_types::{StudyKind, StudyStatus},
    i18n::{use_i18n, Locale},
};

pub struct StudyTexts {
    pub locale: Locale,
    pub title: &'static str,
    pub intro: &'static str,
    pub education_now: &'static str,
    pub mine_title: &'static str,
    pub none: &'static str,
    pub request_title: &'static str,
    pub field_kind: &'static str,
    pub field_education: &'static str,
    pub field_programme: &'static str,
    pub field_institution: &'static str,
    pub field_start: &'static str,
    pub field_expected: &'static str,
    pub submit: &'static str,
    pub submitted_note: &'static str,
    pub withdraw: &'static str,
    pub note: &'static str,
    pub diploma_on: &'static str,
    pub planned_note: &'static str,
    pub queue_title: &'static str,
    pub queue_intro: &'static str,
    pub to_endorse: &'static str,
    pub to_decide: &'static str,
    pub in_study: &'static str,
    pub nothing_waiting: &'static str,
    pub endorse: &'static str,
    pub approve: &'static str,
    pub reject: &'static str,
    pub note_label: &'static str,
    pub diploma_date: &'static str,
    pub record_diploma: &'static str,
    pub expected: &'static str,
}

const ID: StudyTexts = StudyTexts {
    locale: Locale::Id,
    title: "Tugas belajar & izin belajar",
    intro: "Ajukan pendidikan lanjutan ke jenjang yang lebih tinggi. Pejabat penilai Anda memberi persetujuan, lalu BKPSDM memutuskan. Setelah ijazah dicatat BKPSDM, pendidikan di data kepegawaian Anda diperbarui.",
    education_now: "Pendidikan Anda sekarang",
    mine_title: "Permohonan Anda",
    none: "Belum ada permohonan.",
    request_title: "Ajukan permohonan",
    field_kind: "Jenis",
    field_education: "Jenjang yang dituju",
    field_programme: "Program studi",
    field_institution: "Perguruan tinggi",
    field_start: "Mulai belajar",
    field_expected: "Perkiraan tanggal ijazah",
    submit: "Ajukan",
    submitted_note: "Permohonan terkirim; pejabat penilai Anda akan meninjaunya.",
    withdraw: "Tarik permohonan",
    note: "Catatan",
    diploma_on: "Ijazah",
    planned_note: "Disetujui: ijazah ini sudah dimasukkan sebagai peristiwa di Simulasi Karier Anda.",
    queue_title: "Persetujuan tugas & izin belajar",
    queue_intro: "Permohonan pendidikan lanjutan yang menunggu Anda: persetujuan pejabat penilai untuk anggota tim Anda, dan keputusan BKPSDM serta pencatatan ijazah.",
    to_endorse: "Menunggu persetujuan Anda sebagai pejabat penilai",
    to_decide: "Menunggu keputusan BKPSDM",
    in_study: "Sedang belajar: catat ijazah",
    nothing_waiting: "Tidak ada yang menunggu.",
    endorse: "Setujui",
    approve: "Setujui",
    reject: "Tolak",
    note_label: "Catatan (wajib bila menolak)",
    diploma_date: "Tanggal ijazah",
    record_diploma: "Catat ijazah",
    expected: "perkiraan ijazah",
};

const EN: StudyTexts = StudyTexts {
    locale: Locale::En,
    title: "Study leave (tugas belajar & izin belajar)",
    intro: "Ask to study for a higher degree. Your pejabat penilai endorses it, then the HR office decides. Once the HR office records the diploma, the education on your record is updated.",
    education_now: "Your education now",
    mine_title: "Your requests",
    none: "No request yet.",
    request_title: "Make a request",
    field_kind: "Kind",
    field_education: "Degree sought",
    field_programme: "Programme",
    field_institution: "University",
    field_start: "Study starts",
    field_expected: "Expected diploma date",
    submit: "Submit",
    submitted_note: "Request sent; your pejabat penilai will review it.",
    withdraw: "Withdraw request",
    note: "Note",
    diploma_on: "Diploma",
    planned_note: "Approved: this diploma is already an event in your career simulator.",
    queue_title: "Study leave approvals",
    queue_intro: "Further-education requests waiting for you: the pejabat penilai's endorsement for your team, and the HR office's decision and diploma records.",
    to_endorse: "Waiting for your endorsement as pejabat penilai",
    to_decide: "Waiting for the HR office's decision",
    in_study: "In study: record the diploma",
    nothing_waiting: "Nothing is waiting.",
    endorse: "Endorse",
    approve: "Approve",
    reject: "Refuse",
    note_label: "Note (required to refuse)",
    diploma_date: "Diploma date",
    record_diploma: "Record the diploma",
    expected: "diploma expected",
};

impl StudyTexts {
    pub fn of(locale: Locale) -> &'static StudyTexts {
        match locale {
            Locale::Id => &ID,
            Locale::En => &EN,
        }
    }

    pub fn kind(&self, k: StudyKind) -> &'static str {
        match (self.locale == Locale::Id, k) {
            (true, StudyKind::TugasBelajar) => "Tugas belajar (dibiayai, meninggalkan jabatan)",
            (true, StudyKind::IzinBelajar) => "Izin belajar (di luar jam kerja)",
            (false, StudyKind::TugasBelajar) => "Tugas belajar (sponsored, away from post)",
            (false, StudyKind::IzinBelajar) => "Izin belajar (beside one's work)",
        }
    }

    pub fn status(&self, s: StudyStatus) -> &'static str {
        match (self.locale == Locale::Id, s) {
            (true, StudyStatus::Submitted) => "Menunggu pejabat penilai",
            (true, StudyStatus::Endorsed) => "Menunggu BKPSDM",
            (true, StudyStatus::Approved) => "Disetujui, sedang belajar",
            (true, StudyStatus::Rejected) => "Ditolak",
            (true, StudyStatus::Withdrawn) => "Ditarik",
            (true, StudyStatus::Completed) => "Selesai, ijazah dicatat",
            (false, StudyStatus::Submitted) => "Waiting for the pejabat penilai",
            (false, StudyStatus::Endorsed) => "Waiting for the HR office",
            (false, StudyStatus::Approved) => "Approved, in study",
            (false, StudyStatus::Rejected) => "Refused",
            (false, StudyStatus::Withdrawn) => "Withdrawn",
            (false, StudyStatus::Completed) => "Completed, diploma recorded",
        }
    }
}

pub fn use_study_texts() -> impl Fn() -> &'static StudyTexts + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || StudyTexts::of(i18n.locale())
}
