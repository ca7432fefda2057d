//! Jabatan fungsional ladders: categories, jenjang, their golongan ranges, koefisien and the
//! cumulative credit points (AKK) for each step (PermenPANRB 1/2023, Peraturan BKN 3/2023;
//! asn-rules.md §2.4–2.5).

use serde::{Deserialize, Serialize};

use crate::pangkat::Golongan;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Kategori {
    Keterampilan,
    Keahlian,
}

/// A functional level. Ordered within each category from the lowest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Jenjang {
    Pemula,
    Terampil,
    Mahir,
    Penyelia,
    AhliPertama,
    AhliMuda,
    AhliMadya,
    AhliUtama,
}

impl Jenjang {
    pub const ALL: [Jenjang; 8] = [
        Jenjang::Pemula,
        Jenjang::Terampil,
        Jenjang::Mahir,
        Jenjang::Penyelia,
        Jenjang::AhliPertama,
        Jenjang::AhliMuda,
        Jenjang::AhliMadya,
        Jenjang::AhliUtama,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Jenjang::Pemula => "pemula",
            Jenjang::Terampil => "terampil",
            Jenjang::Mahir => "mahir",
            Jenjang::Penyelia => "penyelia",
            Jenjang::AhliPertama => "ahli_pertama",
            Jenjang::AhliMuda => "ahli_muda",
            Jenjang::AhliMadya => "ahli_madya",
            Jenjang::AhliUtama => "ahli_utama",
        }
    }

    /// Its official title ("Ahli Pertama"), the same in every language.
    pub fn title(self) -> &'static str {
        match self {
            Jenjang::Pemula => "Pemula",
            Jenjang::Terampil => "Terampil",
            Jenjang::Mahir => "Mahir",
            Jenjang::Penyelia => "Penyelia",
            Jenjang::AhliPertama => "Ahli Pertama",
            Jenjang::AhliMuda => "Ahli Muda",
            Jenjang::AhliMadya => "Ahli Madya",
            Jenjang::AhliUtama => "Ahli Utama",
        }
    }

    /// The jenjang named by its title as records write it ("Ahli Muda", "ahli_muda").
    pub fn from_title(title: &str) -> Option<Jenjang> {
        let wanted = title.trim().replace(' ', "_");
        Jenjang::ALL.into_iter().find(|j| j.code().eq_ignore_ascii_case(&wanted))
    }

    pub fn kategori(self) -> Kategori {
        match self {
            Jenjang::Pemula | Jenjang::Terampil | Jenjang::Mahir | Jenjang::Penyelia => {
                Kategori::Keterampilan
            }
            _ => Kategori::Keahlian,
        }
    }

    /// The next jenjang in the same category.
    pub fn next(self) -> Option<Jenjang> {
        match self {
            Jenjang::Pemula => Some(Jenjang::Terampil),
            Jenjang::Terampil => Some(Jenjang::Mahir),
            Jenjang::Mahir => Some(Jenjang::Penyelia),
            Jenjang::AhliPertama => Some(Jenjang::AhliMuda),
            Jenjang::AhliMuda => Some(Jenjang::AhliMadya),
            Jenjang::AhliMadya => Some(Jenjang::AhliUtama),
            Jenjang::Penyelia | Jenjang::AhliUtama => None,
        }
    }
}

/// The numbers of one jenjang as a rule set holds them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct JenjangParams {
    pub jenjang: Jenjang,
    /// Yearly koefisien: the credit points of a full year with predikat Baik.
    pub koefisien: f64,
    pub lowest: Golongan,
    pub highest: Golongan,
    /// Credit points for each KP step inside the jenjang, from `lowest` upwards
    /// (`steps.len()` = number of golongan in the range − 1).
    pub kp_steps: Vec<f64>,
    /// Cumulative credit points in this jenjang for moving up to the next one
    /// (`None` at the top of a category).
    pub akk_jenjang: Option<f64>,
    /// Whether moving *into* this jenjang needs pengembangan profesi.
    pub needs_pengembangan_profesi: bool,
    /// Retirement age for holders of this jenjang.
    pub bup: u32,
}

impl JenjangParams {
    /// Cumulative credit points in the jenjang needed to hold `target` (0 for the lowest
    /// golongan); `None` when `target` is outside the jenjang's range.
    pub fn cumulative_for(&self, target: Golongan) -> Option<f64> {
        if target < self.lowest || target > self.highest {
            return None;
        }
        let steps = usize::from(target.index() - self.lowest.index());
        Some(self.kp_steps.iter().take(steps).sum())
    }

    /// AK dasar for someone appointed into this jenjang at `golongan` (above the lowest):
    /// the cumulative credit points that golongan stands for (e.g. Ahli Muda at III/d → 100).
    pub fn ak_dasar(&self, golongan: Golongan) -> Option<f64> {
        self.cumulative_for(golongan)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rule_set::RuleSet;

    fn g(s: &str) -> Golongan {
        s.parse().unwrap()
    }

    #[test]
    fn koefisien_per_jenjang_match_the_bkn_table() {
        let rs = RuleSet::current();
        let k: Vec<_> = Jenjang::ALL.iter().map(|j| rs.jenjang(*j).koefisien).collect();
        assert_eq!(k, [3.75, 5.0, 12.5, 25.0, 12.5, 25.0, 37.5, 50.0]);
    }

    #[test]
    fn akk_tables_give_the_cumulative_ranges_of_the_bkn_integrasi_table() {
        let rs = RuleSet::current();
        let madya = rs.jenjang(Jenjang::AhliMadya);
        assert_eq!(madya.cumulative_for(g("IV/a")), Some(0.0));
        assert_eq!(madya.cumulative_for(g("IV/b")), Some(150.0));
        assert_eq!(madya.cumulative_for(g("IV/c")), Some(300.0));
        assert_eq!(madya.akk_jenjang, Some(450.0));
        assert_eq!(madya.cumulative_for(g("IV/d")), None);
        let muda = rs.jenjang(Jenjang::AhliMuda);
        assert_eq!(muda.cumulative_for(g("III/d")), Some(100.0));
        assert_eq!(muda.akk_jenjang, Some(200.0));
        assert_eq!(rs.jenjang(Jenjang::AhliPertama).akk_jenjang, Some(100.0));
        assert_eq!(rs.jenjang(Jenjang::AhliUtama).cumulative_for(g("IV/e")), Some(200.0));
        assert_eq!(rs.jenjang(Jenjang::Pemula).akk_jenjang, Some(15.0));
        assert_eq!(rs.jenjang(Jenjang::Terampil).cumulative_for(g("II/d")), Some(40.0));
        assert_eq!(rs.jenjang(Jenjang::Terampil).akk_jenjang, Some(60.0));
        assert_eq!(rs.jenjang(Jenjang::Mahir).akk_jenjang, Some(100.0));
        assert_eq!(rs.jenjang(Jenjang::Penyelia).cumulative_for(g("III/d")), Some(100.0));
        assert_eq!(rs.jenjang(Jenjang::Penyelia).akk_jenjang, None);
    }

    #[test]
    fn ak_dasar_ahli_muda_entering_at_iii_d_is_100() {
        let rs = RuleSet::current();
        assert_eq!(rs.jenjang(Jenjang::AhliMuda).ak_dasar(g("III/d")), Some(100.0));
    }
}
