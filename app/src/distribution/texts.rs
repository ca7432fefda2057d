//! The predikat distribution's texts, in both languages: they load with the pages that check
//! or decide a distribution, not with the texts every page carries.

use crate::i18n::{Locale, Texts};

pub struct DistributionTexts {
    pub distribution_title: &'static str,
    pub distribution_sandbox_note: &'static str,
    pub distribution_unrated_count: &'static str,
    pub distribution_stored: &'static str,
    pub distribution_try: &'static str,
    pub distribution_not_rated: &'static str,
    pub distribution_reset: &'static str,
    pub distribution_compliant: &'static str,
    pub distribution_violates: &'static str,
    pub distribution_suggested: &'static str,
    pub distribution_infeasible: &'static str,
    pub distribution_approved: &'static str,
    pub distribution_returned: &'static str,
    pub distribution_waiting: &'static str,
    pub distribution_submit: &'static str,
    pub distribution_approve: &'static str,
    pub distribution_needs_org: &'static str,
    pub distribution_needs_members: &'static str,
    pub distribution_now: &'static str,
    pub distribution_people: &'static str,
}

const ID: DistributionTexts = DistributionTexts {
    distribution_title: "Distribusi predikat unit",
    distribution_sandbox_note: "Kotak uji: ubah pilihan untuk melihat dampaknya seketika. Pilihan di sini tidak mengubah penilaian; yang diajukan adalah predikat yang tersimpan.",
    distribution_unrated_count: "Anggota yang belum dinilai (dihitung Baik di kotak uji)",
    distribution_stored: "Predikat tersimpan",
    distribution_try: "Coba",
    distribution_not_rated: "belum dinilai",
    distribution_reset: "Kembalikan ke predikat tersimpan",
    distribution_compliant: "Memenuhi pola predikat organisasi",
    distribution_violates: "Melanggar pola predikat organisasi",
    distribution_suggested: "Perubahan paling sedikit yang disarankan:",
    distribution_infeasible: "Tidak ada distribusi untuk unit sebesar ini yang memenuhi semua ketentuan; aturan pembulatan perlu diputuskan instansi.",
    distribution_approved: "Distribusi disetujui atasan.",
    distribution_returned: "Distribusi dikembalikan atasan.",
    distribution_waiting: "Distribusi diajukan, menunggu atasan.",
    distribution_submit: "Ajukan distribusi ke atasan",
    distribution_approve: "Setujui distribusi",
    distribution_needs_org: "Predikat kinerja organisasi periode ini belum ditetapkan, jadi distribusi belum dapat diperiksa atau diajukan. Admin instansi menetapkannya di halaman Periode Penilaian.",
    distribution_needs_members: "Belum ada pegawai dengan SKP yang Anda nilai pada periode ini, jadi belum ada distribusi untuk diperiksa. Garis pelaporan diatur oleh admin instansi.",
    distribution_now: "sekarang",
    distribution_people: "orang",
};

const EN: DistributionTexts = DistributionTexts {
    distribution_title: "The unit's predikat distribution",
    distribution_sandbox_note: "Sandbox: change the choices to see their effect at once. Nothing here changes a rating; what is submitted are the stored predikat.",
    distribution_unrated_count: "Members not yet rated (counted as Baik in the sandbox)",
    distribution_stored: "Stored predikat",
    distribution_try: "Try",
    distribution_not_rated: "not rated",
    distribution_reset: "Back to the stored predikat",
    distribution_compliant: "Meets the organisation predikat's pattern",
    distribution_violates: "Breaks the organisation predikat's pattern",
    distribution_suggested: "The fewest changes suggested:",
    distribution_infeasible: "No distribution of a unit this size meets every constraint; the agency must decide the rounding rule.",
    distribution_approved: "Distribution approved by the atasan.",
    distribution_returned: "Distribution returned by the atasan.",
    distribution_waiting: "Distribution submitted, waiting for the atasan.",
    distribution_submit: "Submit the distribution to the atasan",
    distribution_approve: "Approve the distribution",
    distribution_needs_org: "The organisation's predikat for this period has not been set yet, so the distribution cannot be checked or submitted. The HR office (admin instansi) sets it on the assessment period page.",
    distribution_needs_members: "No employee has a plan rated by you in this period yet, so there is no distribution to check. Reporting lines are set by the HR office (admin instansi).",
    distribution_now: "now",
    distribution_people: "people",
};

/// These texts in the language of `t`.
pub fn distribution_texts(t: &Texts) -> &'static DistributionTexts {
    match t.locale {
        Locale::Id => &ID,
        Locale::En => &EN,
    }
}

/// One constraint of a distribution pattern as a sentence: "Baik ≤ 7 (70%): now 8".
pub fn constraint(t: &Texts, c: &crate::rules::distribution::ConstraintVerdict) -> String {
    use crate::rules::distribution::Bound;
    let who = c.predikat.iter().map(|p| t.predikat(*p)).collect::<Vec<_>>().join(" + ");
    let bound = match c.bound {
        Bound::AtLeast => "≥",
        Bound::AtMost => "≤",
    };
    let percent = c.percent.map(|p| format!(" ({p}%)")).unwrap_or_default();
    let d = distribution_texts(t);
    format!(
        "{who} {bound} {}{percent}: {} {} {}",
        c.limit, d.distribution_now, c.actual, d.distribution_people
    )
}
