//! The development pages' texts, in both languages (a key missing from either does not compile).

use crate::{
    development::types::{ApplicationStatus, LearningPath, Mode, RecordStatus},
    i18n::{use_i18n, Locale},
    rules::{
        eligibility::Unmet,
        merit::{ComponentName, Outcome},
        training::JpStatus,
    },
};

pub struct DevelopmentTexts {
    /// Which language this is (the enum names below are written per language).
    pub locale: Locale,
    pub title: &'static str,
    pub intro: &'static str,
    pub open_title: &'static str,
    pub none_open: &'static str,
    pub jp: &'static str,
    pub dates: &'static str,
    pub apply_by: &'static str,
    pub quota: &'static str,
    pub applicants: &'static str,
    pub provider: &'static str,
    pub criteria: &'static str,
    pub criteria_none: &'static str,
    pub eligible: &'static str,
    pub not_eligible: &'static str,
    pub apply: &'static str,
    pub mentoring_link: &'static str,
    pub studies_queue_link: &'static str,
    pub studies_link: &'static str,
    pub page_of: &'static str,
    pub page_next: &'static str,
    pub page_prev: &'static str,
    pub verified_note: &'static str,
    pub reject: &'static str,
    pub verify: &'static str,
    pub col_employee: &'static str,
    pub pending_none: &'static str,
    pub pending_title: &'static str,
    pub col_jp_total: &'static str,
    pub col_pppk_above: &'static str,
    pub col_pppk: &'static str,
    pub col_met: &'static str,
    pub col_pns_below: &'static str,
    pub col_pns: &'static str,
    pub col_unit: &'static str,
    pub compliance_export: &'static str,
    pub compliance_title: &'static str,
    pub admin_learning_intro: &'static str,
    pub admin_learning_link: &'static str,
    pub recorded_note: &'static str,
    pub certificate_too_large: &'static str,
    pub field_certificate: &'static str,
    pub nominate_sent: &'static str,
    pub nominate_title: &'static str,
    pub nominate: &'static str,
    pub withdraw: &'static str,
    pub mine_title: &'static str,
    pub mine_none: &'static str,
    pub nominated: &'static str,
    pub position: &'static str,
    pub score: &'static str,
    pub why: &'static str,
    pub points: &'static str,
    pub weight: &'static str,
    pub learning_link: &'static str,
    pub learning_title: &'static str,
    pub learning_intro: &'static str,
    pub year: &'static str,
    pub jp_total: &'static str,
    pub jp_gap: &'static str,
    pub records_none: &'static str,
    pub record_title: &'static str,
    pub field_title: &'static str,
    pub field_path: &'static str,
    pub field_form: &'static str,
    pub field_jp: &'static str,
    pub field_provider: &'static str,
    pub field_start: &'static str,
    pub field_end: &'static str,
    pub record_submit: &'static str,
    pub certificate: &'static str,
    pub status_column: &'static str,
    pub catalogue_title: &'static str,
    pub catalogue_intro: &'static str,
    pub add_title: &'static str,
    pub field_mode: &'static str,
    pub field_apply_by: &'static str,
    pub field_quota: &'static str,
    pub field_min_predikat: &'static str,
    pub field_asn_kind: &'static str,
    pub field_min_golongan: &'static str,
    pub field_max_golongan: &'static str,
    pub field_unit: &'static str,
    pub any: &'static str,
    pub add_submit: &'static str,
    pub ranked_link: &'static str,
    pub ranked_title: &'static str,
    pub ranked_intro: &'static str,
    pub ranked_none: &'static str,
    pub name: &'static str,
    pub unit: &'static str,
    pub decide: &'static str,
    pub decided_note: &'static str,
    pub status_open: &'static str,
    pub status_decided: &'static str,
    pub status_cancelled: &'static str,
}

const ID: DevelopmentTexts = DevelopmentTexts {
    locale: Locale::Id,
    title: "Pengembangan kompetensi",
    intro: "Pelatihan dan pendidikan yang dibuka instansi Anda. Bila pendaftar melebihi kuota, peserta dipilih menurut aturan merit yang tertulis di bawah setiap hasil.",
    open_title: "Pelatihan yang dibuka",
    none_open: "Belum ada pelatihan yang dibuka.",
    jp: "JP",
    dates: "Pelaksanaan",
    apply_by: "Daftar paling lambat",
    quota: "Kuota",
    applicants: "Pendaftar",
    provider: "Penyelenggara",
    criteria: "Syarat",
    criteria_none: "Terbuka untuk semua pegawai",
    eligible: "Anda memenuhi syarat.",
    not_eligible: "Belum memenuhi syarat:",
    apply: "Daftar",
    mentoring_link: "Mentoring",
    studies_queue_link: "Persetujuan tugas & izin belajar",
    studies_link: "Tugas & izin belajar",
    page_of: "dari",
    page_next: "Berikutnya",
    page_prev: "Sebelumnya",
    verified_note: "Keputusan verifikasi tersimpan.",
    reject: "Tolak",
    verify: "Verifikasi",
    col_employee: "Pegawai",
    pending_none: "Tidak ada catatan yang menunggu verifikasi.",
    pending_title: "Menunggu verifikasi",
    col_jp_total: "Jumlah JP",
    col_pppk_above: "PPPK > maksimum",
    col_pppk: "PPPK",
    col_met: "Memenuhi",
    col_pns_below: "PNS < minimum",
    col_pns: "PNS",
    col_unit: "Unit",
    compliance_export: "Unduh Excel",
    compliance_title: "Kepatuhan JP per unit",
    admin_learning_intro: "Catatan pembelajaran yang menunggu verifikasi, dan kepatuhan JP per unit tahun ini (PNS paling sedikit 20 JP, PPPK paling banyak 24 JP), dihitung oleh mesin aturan.",
    admin_learning_link: "Pembelajaran pegawai: verifikasi dan kepatuhan JP",
    recorded_note: "Pembelajaran tercatat dan menunggu verifikasi BKPSDM.",
    certificate_too_large: "Berkas sertifikat lebih dari 1 MiB. Perkecil atau pindai ulang dengan resolusi lebih rendah.",
    field_certificate: "Sertifikat (PDF, PNG atau JPEG, paling besar 1 MiB; boleh menyusul)",
    nominate_sent: "Usulan tercatat; pegawai ini kini ada di daftar pendaftar.",
    nominate_title: "Usulkan anggota tim Anda",
    nominate: "Usulkan",
    withdraw: "Tarik pendaftaran",
    mine_title: "Pendaftaran saya",
    mine_none: "Belum ada pendaftaran.",
    nominated: "diusulkan pejabat penilai",
    position: "Peringkat",
    score: "Nilai merit",
    why: "Mengapa peringkat ini",
    points: "poin",
    weight: "bobot",
    learning_link: "Catatan pembelajaran saya",
    learning_title: "Catatan pembelajaran",
    learning_intro: "Pembelajaran yang sudah Anda selesaikan. PNS paling sedikit 20 JP setahun (PP 11/2017 Ps. 203); PPPK paling banyak 24 JP (PP 49/2018 Ps. 40). Satu JP = 45 menit.",
    year: "Tahun",
    jp_total: "JP tahun ini",
    jp_gap: "JP lagi",
    records_none: "Belum ada pembelajaran tercatat tahun ini.",
    record_title: "Catat pembelajaran yang sudah selesai",
    field_title: "Nama kegiatan",
    field_path: "Jalur",
    field_form: "Bentuk",
    field_jp: "JP",
    field_provider: "Penyelenggara",
    field_start: "Mulai",
    field_end: "Selesai",
    record_submit: "Catat",
    certificate: "Sertifikat",
    status_column: "Status",
    catalogue_title: "Katalog pelatihan",
    catalogue_intro: "Pelatihan dan pendidikan instansi dengan syaratnya. Bila pendaftar melebihi kuota, peringkat merit menentukan siapa yang berangkat dan siapa yang menunggu.",
    add_title: "Tambah pelatihan",
    field_mode: "Moda",
    field_apply_by: "Batas pendaftaran",
    field_quota: "Kuota",
    field_min_predikat: "Predikat paling rendah",
    field_asn_kind: "Jenis ASN",
    field_min_golongan: "Golongan paling rendah",
    field_max_golongan: "Golongan paling tinggi",
    field_unit: "Kode unit (khusus unit ini)",
    any: "Semua",
    add_submit: "Tambahkan",
    ranked_link: "Peringkat pendaftar",
    ranked_title: "Peringkat pendaftar",
    ranked_intro: "Urutan menurut aturan merit (predikat berlaku 35, dua predikat terakhir 25, kotak talenta 15, kekurangan JP 15, belum berlatih tahun ini 10); nilai sama diurutkan menurut waktu mendaftar. Yang teratas sebanyak kuota ditawari tempat, sisanya daftar tunggu.",
    ranked_none: "Belum ada pendaftar.",
    name: "Nama",
    unit: "Unit",
    decide: "Putuskan peserta",
    decided_note: "Peserta sudah diputuskan; urutan ini yang dipakai.",
    status_open: "Dibuka",
    status_decided: "Diputuskan",
    status_cancelled: "Dibatalkan",
};

const EN: DevelopmentTexts = DevelopmentTexts {
    locale: Locale::En,
    title: "Competency development",
    intro: "Training and education your agency offers. When more apply than the quota, participants are chosen by the merit rule shown with each outcome.",
    open_title: "Open offerings",
    none_open: "No offering is open yet.",
    jp: "JP",
    dates: "Held",
    apply_by: "Apply by",
    quota: "Quota",
    applicants: "Applicants",
    provider: "Provider",
    criteria: "Criteria",
    criteria_none: "Open to every employee",
    eligible: "You meet the criteria.",
    not_eligible: "Not eligible yet:",
    apply: "Apply",
    mentoring_link: "Mentoring",
    studies_queue_link: "Study leave approvals",
    studies_link: "Study leave",
    page_of: "of",
    page_next: "Next",
    page_prev: "Previous",
    verified_note: "Verification saved.",
    reject: "Reject",
    verify: "Verify",
    col_employee: "Employee",
    pending_none: "No record awaits verification.",
    pending_title: "Awaiting verification",
    col_jp_total: "Total JP",
    col_pppk_above: "PPPK over the maximum",
    col_pppk: "PPPK",
    col_met: "Met",
    col_pns_below: "PNS under the minimum",
    col_pns: "PNS",
    col_unit: "Unit",
    compliance_export: "Download Excel",
    compliance_title: "JP compliance by unit",
    admin_learning_intro: "Learning records awaiting verification, and this year's JP compliance by unit (PNS at least 20 JP, PPPK at most 24 JP), counted by the rules engine.",
    admin_learning_link: "Employees' learning: verification and JP compliance",
    recorded_note: "Learning recorded; it awaits the HR office's verification.",
    certificate_too_large: "The certificate file is over 1 MiB. Make it smaller or scan it again at a lower resolution.",
    field_certificate: "Certificate (PDF, PNG or JPEG, at most 1 MiB; optional)",
    nominate_sent: "Nomination recorded; this employee is now among the applicants.",
    nominate_title: "Nominate one of your people",
    nominate: "Nominate",
    withdraw: "Withdraw",
    mine_title: "My applications",
    mine_none: "No applications yet.",
    nominated: "nominated by the pejabat penilai",
    position: "Position",
    score: "Merit score",
    why: "Why this position",
    points: "points",
    weight: "weight",
    learning_link: "My learning record",
    learning_title: "Learning record",
    learning_intro: "The learning you have completed. A PNS needs at least 20 JP a year (PP 11/2017 Ps. 203); a PPPK at most 24 JP (PP 49/2018 Ps. 40). One JP is 45 minutes.",
    year: "Year",
    jp_total: "JP this year",
    jp_gap: "JP to go",
    records_none: "No learning recorded this year yet.",
    record_title: "Record completed learning",
    field_title: "Activity",
    field_path: "Path",
    field_form: "Form",
    field_jp: "JP",
    field_provider: "Provider",
    field_start: "Start",
    field_end: "End",
    record_submit: "Record",
    certificate: "Certificate",
    status_column: "Status",
    catalogue_title: "Training catalogue",
    catalogue_intro: "The agency's training and education with their criteria. When more apply than the quota, the merit ranking decides who goes and who waits.",
    add_title: "Add an offering",
    field_mode: "Mode",
    field_apply_by: "Application deadline",
    field_quota: "Quota",
    field_min_predikat: "Lowest predikat",
    field_asn_kind: "ASN type",
    field_min_golongan: "Lowest golongan",
    field_max_golongan: "Highest golongan",
    field_unit: "Unit code (this unit only)",
    any: "Any",
    add_submit: "Add",
    ranked_link: "Applicants in order",
    ranked_title: "Applicants in order",
    ranked_intro: "Ordered by the merit rule (predikat in force 35, last two predikat 25, talent box 15, JP missing 15, no training yet this year 10); equal scores by application time. The first as many as the quota are offered a place; the rest wait in order.",
    ranked_none: "No applicants yet.",
    name: "Name",
    unit: "Unit",
    decide: "Decide participants",
    decided_note: "The participants are decided; this is the order used.",
    status_open: "Open",
    status_decided: "Decided",
    status_cancelled: "Cancelled",
};

impl DevelopmentTexts {
    pub fn of(locale: Locale) -> &'static DevelopmentTexts {
        match locale {
            Locale::Id => &ID,
            Locale::En => &EN,
        }
    }

    pub fn path(&self, path: LearningPath) -> &'static str {
        match (self.locale == Locale::Id, path) {
            (true, LearningPath::Pendidikan) => "Pendidikan",
            (true, LearningPath::Klasikal) => "Pelatihan klasikal",
            (true, LearningPath::Nonklasikal) => "Pelatihan nonklasikal",
            (false, LearningPath::Pendidikan) => "Education",
            (false, LearningPath::Klasikal) => "Classroom training",
            (false, LearningPath::Nonklasikal) => "Non-classroom training",
        }
    }

    pub fn mode(&self, mode: Mode) -> &'static str {
        match (self.locale == Locale::Id, mode) {
            (true, Mode::TatapMuka) => "Tatap muka",
            (true, Mode::ELearning) => "E-learning",
            (true, Mode::Campuran) => "Campuran",
            (false, Mode::TatapMuka) => "In person",
            (false, Mode::ELearning) => "E-learning",
            (false, Mode::Campuran) => "Blended",
        }
    }

    pub fn status(&self, s: ApplicationStatus) -> &'static str {
        match (self.locale == Locale::Id, s) {
            (true, ApplicationStatus::Applied) => "Terdaftar, menunggu keputusan",
            (true, ApplicationStatus::Offered) => "Ditawari tempat",
            (true, ApplicationStatus::Waiting) => "Daftar tunggu",
            (true, ApplicationStatus::Withdrawn) => "Ditarik",
            (false, ApplicationStatus::Applied) => "Applied, awaiting the decision",
            (false, ApplicationStatus::Offered) => "Offered a place",
            (false, ApplicationStatus::Waiting) => "Waiting list",
            (false, ApplicationStatus::Withdrawn) => "Withdrawn",
        }
    }

    pub fn record_status(&self, s: RecordStatus) -> &'static str {
        match (self.locale == Locale::Id, s) {
            (true, RecordStatus::Recorded) => "Dicatat",
            (true, RecordStatus::Verified) => "Terverifikasi",
            (true, RecordStatus::Rejected) => "Ditolak",
            (false, RecordStatus::Recorded) => "Recorded",
            (false, RecordStatus::Verified) => "Verified",
            (false, RecordStatus::Rejected) => "Rejected",
        }
    }

    pub fn outcome(&self, o: Outcome) -> &'static str {
        match (self.locale == Locale::Id, o) {
            (true, Outcome::Offered) => "Ditawari",
            (true, Outcome::Waiting) => "Menunggu",
            (false, Outcome::Offered) => "Offered",
            (false, Outcome::Waiting) => "Waiting",
        }
    }

    pub fn component(&self, c: ComponentName) -> &'static str {
        match (self.locale == Locale::Id, c) {
            (true, ComponentName::Predikat) => "Predikat berlaku",
            (true, ComponentName::RecentPredikat) => "Dua predikat terakhir",
            (true, ComponentName::NineBox) => "Kotak talenta",
            (true, ComponentName::JpMissing) => "Kekurangan JP tahun ini",
            (true, ComponentName::NoTrainingYet) => "Belum berlatih tahun ini",
            (false, ComponentName::Predikat) => "Predikat in force",
            (false, ComponentName::RecentPredikat) => "Last two predikat",
            (false, ComponentName::NineBox) => "Talent box",
            (false, ComponentName::JpMissing) => "JP missing this year",
            (false, ComponentName::NoTrainingYet) => "No training yet this year",
        }
    }

    pub fn jp_status(&self, s: JpStatus) -> &'static str {
        match (self.locale == Locale::Id, s) {
            (true, JpStatus::BelowMinimum) => "Di bawah minimum 20 JP",
            (true, JpStatus::Met) => "Terpenuhi",
            (true, JpStatus::AboveMaximum) => "Melebihi maksimum 24 JP",
            (false, JpStatus::BelowMinimum) => "Below the 20 JP minimum",
            (false, JpStatus::Met) => "Met",
            (false, JpStatus::AboveMaximum) => "Above the 24 JP maximum",
        }
    }

    /// What an unmet criterion means, in a sentence.
    pub fn unmet(&self, u: &Unmet) -> String {
        let id = self.locale == Locale::Id;
        match (id, u) {
            (true, Unmet::Predikat { required, .. }) => {
                format!(
                    "predikat berlaku paling rendah {}",
                    self.locale.texts().predikat(*required)
                )
            }
            (false, Unmet::Predikat { required, .. }) => {
                format!(
                    "a predikat in force of at least {}",
                    self.locale.texts().predikat(*required)
                )
            }
            (true, Unmet::AsnKind { required }) => {
                format!("khusus {}", required.code().to_uppercase())
            }
            (false, Unmet::AsnKind { required }) => {
                format!("{} only", required.code().to_uppercase())
            }
            (true, Unmet::Golongan { min, max, .. }) => format!(
                "golongan {}–{}",
                min.map_or("…".to_string(), |g| g.code().to_string()),
                max.map_or("…".to_string(), |g| g.code().to_string())
            ),
            (false, Unmet::Golongan { min, max, .. }) => format!(
                "golongan {}–{}",
                min.map_or("…".to_string(), |g| g.code().to_string()),
                max.map_or("…".to_string(), |g| g.code().to_string())
            ),
            (true, Unmet::Unit) => "khusus pegawai unit penyelenggara".to_string(),
            (false, Unmet::Unit) => "for the organising unit's staff only".to_string(),
        }
    }
}

pub fn use_development_texts(
) -> impl Fn() -> &'static DevelopmentTexts + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || DevelopmentTexts::of(i18n.locale())
}
