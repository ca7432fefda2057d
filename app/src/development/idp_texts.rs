//! The development plan pages' texts, in both languages (a key missing from either does not
//! compile).

use crate::{
    development::idp_types::{IdpStatus, Progress},
    i18n::{use_i18n, Locale},
    rules::{
        idp::{ActionKind, Focus, Source},
        ninebox::Recommendation,
    },
    skp::ui::skp_plan::core_value_label,
};

pub struct IdpTexts {
    pub locale: Locale,
    pub title: &'static str,
    pub intro: &'static str,
    pub suggestions_title: &'static str,
    pub suggestions_of: &'static str,
    pub not_assessed: &'static str,
    pub nothing_suggested: &'static str,
    pub start: &'static str,
    pub start_note: &'static str,
    pub plan_title: &'static str,
    pub returned: &'static str,
    pub agreed_by: &'static str,
    pub waiting: &'static str,
    pub no_actions: &'static str,
    pub from: &'static str,
    pub own_action: &'static str,
    pub target: &'static str,
    pub offering: &'static str,
    pub no_offering: &'static str,
    pub application: &'static str,
    pub learned: &'static str,
    pub to_catalogue: &'static str,
    pub to_mentoring: &'static str,
    pub to_studies: &'static str,
    pub field_focus: &'static str,
    pub field_kind: &'static str,
    pub field_description: &'static str,
    pub field_offering: &'static str,
    pub field_target: &'static str,
    pub edit: &'static str,
    pub save: &'static str,
    pub remove: &'static str,
    pub add_title: &'static str,
    pub add: &'static str,
    pub submit: &'static str,
    pub submit_note: &'static str,
    pub progress_label: &'static str,
    pub progress_note: &'static str,
    pub progress_save: &'static str,
    pub done_of: &'static str,
    pub team_title: &'static str,
    pub team_intro: &'static str,
    pub team_none: &'static str,
    pub not_made: &'static str,
    pub agree: &'static str,
    pub send_back: &'static str,
    pub review_note: &'static str,
    pub show_plan: &'static str,
    pub saved: &'static str,
}

const ID: IdpTexts = IdpTexts {
    locale: Locale::Id,
    title: "Rencana pengembangan individu",
    intro: "Satu rencana setiap tahun: apa yang Anda kembangkan, dengan cara apa dan sampai kapan. Sarannya berasal dari penilaian kinerja tahunan terakhir Anda; pejabat penilai Anda menyetujui rencananya, lalu Anda mencatat kemajuannya.",
    suggestions_title: "Saran dari penilaian Anda",
    suggestions_of: "Penilaian tahunan",
    not_assessed: "Belum ada penilaian tahunan, jadi belum ada saran. Anda tetap dapat menyusun rencana sendiri.",
    nothing_suggested: "Penilaian terakhir tidak menunjukkan kebutuhan pengembangan khusus. Susun rencana sesuai kebutuhan Anda.",
    start: "Susun rencana tahun ini",
    start_note: "Setiap saran menjadi satu tindakan yang dapat Anda ubah, hapus atau tambah sebelum diajukan.",
    plan_title: "Rencana Anda",
    returned: "Dikembalikan pejabat penilai",
    agreed_by: "Disetujui oleh",
    waiting: "Rencana menunggu persetujuan pejabat penilai Anda.",
    no_actions: "Belum ada tindakan.",
    from: "Dari",
    own_action: "tindakan Anda sendiri",
    target: "Target",
    offering: "Pelatihan",
    no_offering: "— belum dipilih —",
    application: "Pendaftaran",
    learned: "Catatan pembelajaran",
    to_catalogue: "Cari di katalog pelatihan",
    to_mentoring: "Buka mentoring",
    to_studies: "Ajukan tugas/izin belajar",
    field_focus: "Fokus pengembangan",
    field_kind: "Bentuk",
    field_description: "Uraian (opsional)",
    field_offering: "Pelatihan dari katalog (untuk bentuk pelatihan)",
    field_target: "Tanggal target",
    edit: "Ubah",
    save: "Simpan",
    remove: "Hapus",
    add_title: "Tambah tindakan",
    add: "Tambah",
    submit: "Ajukan ke pejabat penilai",
    submit_note: "Setelah diajukan, rencana tidak dapat diubah kecuali dikembalikan pejabat penilai.",
    progress_label: "Kemajuan",
    progress_note: "Catatan kemajuan (opsional)",
    progress_save: "Catat kemajuan",
    done_of: "tindakan selesai",
    team_title: "Rencana pengembangan tim",
    team_intro: "Rencana pengembangan individu anggota tim Anda tahun ini. Setujui rencana yang diajukan, atau kembalikan dengan catatan.",
    team_none: "Tidak ada anggota tim dengan Anda sebagai pejabat penilai.",
    not_made: "Belum menyusun rencana",
    agree: "Setujui rencana",
    send_back: "Kembalikan",
    review_note: "Catatan (wajib bila mengembalikan)",
    show_plan: "Lihat rencana",
    saved: "Tersimpan.",
};

const EN: IdpTexts = IdpTexts {
    locale: Locale::En,
    title: "Individual development plan",
    intro: "One plan a year: what you will develop, how and by when. The suggestions come from your latest annual performance assessment; your pejabat penilai agrees the plan, then you record your progress.",
    suggestions_title: "Suggested by your assessment",
    suggestions_of: "Annual assessment",
    not_assessed: "No annual assessment yet, so no suggestions. You can still make a plan of your own.",
    nothing_suggested: "Your latest assessment shows no particular development need. Plan what you need.",
    start: "Make this year's plan",
    start_note: "Each suggestion becomes an action you can change, remove or add to before submitting.",
    plan_title: "Your plan",
    returned: "Returned by the pejabat penilai",
    agreed_by: "Agreed by",
    waiting: "The plan is waiting for your pejabat penilai's agreement.",
    no_actions: "No actions yet.",
    from: "From",
    own_action: "your own action",
    target: "Target",
    offering: "Training",
    no_offering: "— none chosen —",
    application: "Application",
    learned: "Learning record",
    to_catalogue: "Find it in the training catalogue",
    to_mentoring: "Open mentoring",
    to_studies: "Ask for tugas/izin belajar",
    field_focus: "Development focus",
    field_kind: "Kind",
    field_description: "Description (optional)",
    field_offering: "Catalogue offering (for a training)",
    field_target: "Target date",
    edit: "Change",
    save: "Save",
    remove: "Remove",
    add_title: "Add an action",
    add: "Add",
    submit: "Submit to the pejabat penilai",
    submit_note: "Once submitted, the plan cannot be changed unless the pejabat penilai returns it.",
    progress_label: "Progress",
    progress_note: "Progress note (optional)",
    progress_save: "Record progress",
    done_of: "actions done",
    team_title: "Team development plans",
    team_intro: "Your team members' individual development plans this year. Agree a submitted plan, or return it with a note.",
    team_none: "Nobody has you as their pejabat penilai.",
    not_made: "No plan yet",
    agree: "Agree the plan",
    send_back: "Return",
    review_note: "Note (required to return)",
    show_plan: "Show the plan",
    saved: "Saved.",
};

impl IdpTexts {
    pub fn of(locale: Locale) -> &'static IdpTexts {
        match locale {
            Locale::Id => &ID,
            Locale::En => &EN,
        }
    }

    pub fn status(&self, s: Option<IdpStatus>) -> &'static str {
        match (self.locale == Locale::Id, s) {
            (true, None) => "Belum disusun",
            (true, Some(IdpStatus::Draft)) => "Draf",
            (true, Some(IdpStatus::Submitted)) => "Menunggu persetujuan",
            (true, Some(IdpStatus::Agreed)) => "Disetujui",
            (false, None) => "Not made yet",
            (false, Some(IdpStatus::Draft)) => "Draft",
            (false, Some(IdpStatus::Submitted)) => "Waiting for agreement",
            (false, Some(IdpStatus::Agreed)) => "Agreed",
        }
    }

    pub fn progress(&self, p: Progress) -> &'static str {
        match (self.locale == Locale::Id, p) {
            (true, Progress::Planned) => "Direncanakan",
            (true, Progress::InProgress) => "Berjalan",
            (true, Progress::Done) => "Selesai",
            (true, Progress::Dropped) => "Dibatalkan",
            (false, Progress::Planned) => "Planned",
            (false, Progress::InProgress) => "Under way",
            (false, Progress::Done) => "Done",
            (false, Progress::Dropped) => "Dropped",
        }
    }

    pub fn kind(&self, k: ActionKind) -> &'static str {
        match (self.locale == Locale::Id, k) {
            (true, ActionKind::Training) => "Pelatihan (klasikal/nonklasikal)",
            (true, ActionKind::Mentoring) => "Mentoring / bimbingan di tempat kerja",
            (true, ActionKind::OnTheJob) => "Penugasan di tempat kerja (rotasi, perluasan tugas)",
            (true, ActionKind::FurtherEducation) => "Pendidikan lanjutan (tugas/izin belajar)",
            (false, ActionKind::Training) => "Training (classroom or not)",
            (false, ActionKind::Mentoring) => "Mentoring / coaching at work",
            (false, ActionKind::OnTheJob) => "On-the-job assignment (rotation, broader tasks)",
            (false, ActionKind::FurtherEducation) => "Further education (tugas/izin belajar)",
        }
    }

    pub fn focus(&self, f: Focus) -> &'static str {
        let id = self.locale == Locale::Id;
        match f {
            Focus::PelayananPublik => {
                if id {
                    "Pelayanan publik"
                } else {
                    "Public service"
                }
            }
            Focus::Integritas => {
                if id {
                    "Integritas"
                } else {
                    "Integrity"
                }
            }
            Focus::PengembanganDiri => {
                if id {
                    "Pengembangan diri dan orang lain"
                } else {
                    "Developing oneself and others"
                }
            }
            Focus::PerekatBangsa => {
                if id {
                    "Perekat bangsa"
                } else {
                    "Social cohesion (perekat bangsa)"
                }
            }
            Focus::WawasanKebangsaan => {
                if id {
                    "Wawasan kebangsaan"
                } else {
                    "National insight"
                }
            }
            Focus::MengelolaPerubahan => {
                if id {
                    "Mengelola perubahan"
                } else {
                    "Managing change"
                }
            }
            Focus::Kerjasama => {
                if id {
                    "Kerja sama"
                } else {
                    "Cooperation"
                }
            }
            Focus::Komunikasi => {
                if id {
                    "Komunikasi"
                } else {
                    "Communication"
                }
            }
            Focus::OrientasiHasil => {
                if id {
                    "Orientasi pada hasil"
                } else {
                    "Results orientation"
                }
            }
            Focus::PengambilanKeputusan => {
                if id {
                    "Pengambilan keputusan"
                } else {
                    "Decision making"
                }
            }
            Focus::Kinerja => {
                if id {
                    "Perbaikan kinerja"
                } else {
                    "Improving performance"
                }
            }
            Focus::KompetensiJabatan => {
                if id {
                    "Kompetensi teknis jabatan"
                } else {
                    "The post's technical competence"
                }
            }
            Focus::KesiapanKarier => {
                if id {
                    "Kesiapan jabatan berikutnya"
                } else {
                    "Readiness for the next post"
                }
            }
        }
    }

    fn recommendation(&self, r: Recommendation) -> &'static str {
        let id = self.locale == Locale::Id;
        match r {
            Recommendation::PerformanceCoaching => {
                if id {
                    "bimbingan kinerja"
                } else {
                    "performance coaching"
                }
            }
            Recommendation::PerformanceCounseling => {
                if id {
                    "konseling kinerja"
                } else {
                    "performance counselling"
                }
            }
            Recommendation::CompetencyDevelopment => {
                if id {
                    "pengembangan kompetensi"
                } else {
                    "competency development"
                }
            }
            Recommendation::Rotation => {
                if id {
                    "rotasi"
                } else {
                    "rotation"
                }
            }
            Recommendation::RotationEnlargement => {
                if id {
                    "rotasi/perluasan jabatan"
                } else {
                    "rotation or job enlargement"
                }
            }
            Recommendation::RotationEnrichment => {
                if id {
                    "rotasi/pengayaan jabatan"
                } else {
                    "rotation or job enrichment"
                }
            }
            Recommendation::TugasBelajar => "tugas belajar",
            _ => {
                if id {
                    "tindak lanjut"
                } else {
                    "follow-up"
                }
            }
        }
    }

    /// Where a suggestion comes from, in a phrase ("perilaku Adaptif di bawah ekspektasi").
    pub fn source(&self, s: Option<Source>) -> String {
        let id = self.locale == Locale::Id;
        let t = self.locale.texts();
        match s {
            None => self.own_action.to_string(),
            Some(Source::Behaviour { value }) => {
                let v = core_value_label(t, value);
                if id {
                    format!("perilaku {v} dinilai di bawah ekspektasi")
                } else {
                    format!("behaviour {v} rated below expectation")
                }
            }
            Some(Source::Predikat { predikat }) => format!("predikat {}", t.predikat(predikat)),
            Some(Source::NineBox { kotak, recommendation }) => {
                let r = self.recommendation(recommendation);
                if id {
                    format!("kotak talenta {kotak}: {r}")
                } else {
                    format!("talent box {kotak}: {r}")
                }
            }
        }
    }
}

pub fn use_idp_texts() -> impl Fn() -> &'static IdpTexts + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || IdpTexts::of(i18n.locale())
}
