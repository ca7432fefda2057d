//! How the career pages write golongan, jenjang and education (official terms, the same in
//! both languages) and the stable codes their tests read.

use crate::rules::{
    jenjang::Jenjang,
    pangkat::{Education, Golongan},
    promotion::PromotionKind,
};

/// "III/a (Penata Muda)".
pub fn golongan_label(g: Golongan) -> String {
    format!("{} ({})", g.code(), g.pangkat())
}

pub fn jenjang_label(j: Option<Jenjang>) -> &'static str {
    j.map(Jenjang::title).unwrap_or("—")
}

pub fn education_label(e: Education) -> String {
    e.code().to_uppercase().replace('_', " ")
}

/// The promotion kind's stable code (as the API spells it).
pub fn kind_code(k: PromotionKind) -> &'static str {
    match k {
        PromotionKind::Reguler => "reguler",
        PromotionKind::Struktural => "struktural",
        PromotionKind::Fungsional => "fungsional",
        PromotionKind::KenaikanJenjang => "kenaikan_jenjang",
        PromotionKind::PenyesuaianIjazah => "penyesuaian_ijazah",
    }
}
