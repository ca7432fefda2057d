//! The rule set page's texts, in both languages: they load with the platform pages, not with
//! the texts every page carries.

use crate::i18n::{Locale, Texts};

pub struct RulesTexts {
    pub rules_bup: &'static str,
    pub rules_golongan_range: &'static str,
    pub rules_koefisien: &'static str,
    pub rules_jenjang_title: &'static str,
    pub rules_ak_title: &'static str,
    pub rules_keberatan_days: &'static str,
    pub rules_jp: &'static str,
    pub rules_bup_jpt: &'static str,
    pub rules_bup_administrasi: &'static str,
    pub rules_diploma_bonus: &'static str,
    pub rules_ijazah_years: &'static str,
    pub rules_jenjang_years: &'static str,
    pub rules_kp_predikat: &'static str,
    pub rules_kp_reguler_years: &'static str,
    pub rules_kp_months: &'static str,
    pub rules_readonly_note: &'static str,
    pub rules_since: &'static str,
    pub rules_title: &'static str,
}

const ID: RulesTexts = RulesTexts {
    rules_bup: "BUP (tahun)",
    rules_golongan_range: "Golongan",
    rules_koefisien: "Koefisien tahunan",
    rules_jenjang_title: "Jenjang jabatan fungsional",
    rules_ak_title: "Angka kredit per predikat (persen koefisien tahunan)",
    rules_keberatan_days: "Batas pengajuan keberatan",
    rules_jp: "Jam pelajaran per tahun (PNS min. / PPPK maks.)",
    rules_bup_jpt: "BUP JPT",
    rules_bup_administrasi: "BUP jabatan administrasi",
    rules_diploma_bonus: "Tambahan angka kredit ijazah lebih tinggi",
    rules_ijazah_years: "Masa minimal KP penyesuaian ijazah",
    rules_jenjang_years: "Masa minimal di jenjang untuk naik jenjang",
    rules_kp_predikat: "Predikat minimal untuk KP",
    rules_kp_reguler_years: "Masa minimal KP reguler",
    rules_kp_months: "Bulan kenaikan pangkat",
    rules_readonly_note: "Hanya baca: parameter berubah lewat versi aturan baru, dan setiap hasil penilaian mencatat versi yang menghitungnya. Parameter yang belum diatur tegas (ditandai [P]/[U] dalam rujukan) adalah tafsiran Prestasi.",
    rules_since: "berlaku sejak",
    rules_title: "Aturan yang berlaku",
};

const EN: RulesTexts = RulesTexts {
    rules_bup: "Retirement age",
    rules_golongan_range: "Golongan",
    rules_koefisien: "Yearly koefisien",
    rules_jenjang_title: "Functional jenjang",
    rules_ak_title: "Angka kredit per predikat (percent of the yearly koefisien)",
    rules_keberatan_days: "Appeal deadline",
    rules_jp: "Learning hours per year (PNS min. / PPPK max.)",
    rules_bup_jpt: "Retirement age, JPT",
    rules_bup_administrasi: "Retirement age, administrative posts",
    rules_diploma_bonus: "Credit bonus for a higher diploma",
    rules_ijazah_years: "Minimum years for KP penyesuaian ijazah",
    rules_jenjang_years: "Minimum years in a jenjang before the next",
    rules_kp_predikat: "Minimum predikat for KP",
    rules_kp_reguler_years: "Minimum years for KP reguler",
    rules_kp_months: "Promotion (KP) months",
    rules_readonly_note: "Read-only: parameters change through a new rule-set version, and every stored result records the version that computed it. Parameters the regulations leave open (marked [P]/[U] in the reference) are Prestasi's reading.",
    rules_since: "in force since",
    rules_title: "Rules in force",
};

/// These texts in the language of `t`.
pub fn rules_texts(t: &Texts) -> &'static RulesTexts {
    match t.locale {
        Locale::Id => &ID,
        Locale::En => &EN,
    }
}
