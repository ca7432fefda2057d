//! Predikat kinerja pegawai from the results rating and the behaviour rating
//! (PermenPANRB 6/2022, the 3×3 matrix; asn-rules.md §1.4).

use std::{fmt, str::FromStr};

use serde::{Deserialize, Serialize};

use crate::explain::Trace;

const REGULATION: &str = "PermenPANRB 6/2022 (kuadran predikat kinerja)";

/// A three-level rating, used both for results (rating hasil kerja) and for behaviour
/// (rating perilaku kerja). Ordered from worst to best.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    DiBawahEkspektasi,
    SesuaiEkspektasi,
    DiAtasEkspektasi,
}

impl Rating {
    pub const ALL: [Rating; 3] =
        [Rating::DiAtasEkspektasi, Rating::SesuaiEkspektasi, Rating::DiBawahEkspektasi];

    /// Stable machine value used in URLs, the API and storage.
    pub fn code(self) -> &'static str {
        match self {
            Rating::DiBawahEkspektasi => "di_bawah_ekspektasi",
            Rating::SesuaiEkspektasi => "sesuai_ekspektasi",
            Rating::DiAtasEkspektasi => "di_atas_ekspektasi",
        }
    }
}

impl fmt::Display for Rating {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Why a text is not a rating.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RatingError {
    #[error("unknown rating `{0}`; expected di_atas_ekspektasi, sesuai_ekspektasi or di_bawah_ekspektasi")]
    Unknown(String),
}

impl FromStr for Rating {
    type Err = RatingError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Rating::ALL
            .into_iter()
            .find(|r| r.code() == s.trim())
            .ok_or_else(|| RatingError::Unknown(s.to_string()))
    }
}

/// Predikat kinerja pegawai. The derived order runs from worst to best, so `max` is the best.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Predikat {
    SangatKurang,
    /// "Kurang/Misconduct": behaviour below expectation while results are not.
    KurangMisconduct,
    /// Also labelled "Cukup" in SE MenPANRB 3/2023 and PermenPANRB 1/2023.
    ButuhPerbaikan,
    Baik,
    SangatBaik,
}

impl Predikat {
    /// Best first, as the regulation lists them.
    pub const ALL: [Predikat; 5] = [
        Predikat::SangatBaik,
        Predikat::Baik,
        Predikat::ButuhPerbaikan,
        Predikat::KurangMisconduct,
        Predikat::SangatKurang,
    ];

    pub fn from_code(code: &str) -> Option<Predikat> {
        Self::ALL.into_iter().find(|p| p.code() == code)
    }

    pub fn code(self) -> &'static str {
        match self {
            Predikat::SangatBaik => "sangat_baik",
            Predikat::Baik => "baik",
            Predikat::ButuhPerbaikan => "butuh_perbaikan",
            Predikat::KurangMisconduct => "kurang_misconduct",
            Predikat::SangatKurang => "sangat_kurang",
        }
    }
}

/// Stored predikat are read as their codes.
impl TryFrom<String> for Predikat {
    type Error = String;

    fn try_from(code: String) -> Result<Self, Self::Error> {
        Predikat::from_code(&code).ok_or_else(|| format!("unknown predikat code {code:?}"))
    }
}

/// Stored ratings are read as their codes.
impl TryFrom<String> for Rating {
    type Error = RatingError;

    fn try_from(code: String) -> Result<Self, Self::Error> {
        code.parse()
    }
}

impl fmt::Display for Predikat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// The 3×3 matrix, rows by results rating and columns by behaviour rating.
///
/// Behaviour failure dominates: any behaviour below expectation gives Kurang/Misconduct unless
/// results are below expectation too (then Sangat Kurang). Sangat Baik needs both above.
pub fn predikat_kinerja(hasil: Rating, perilaku: Rating) -> (Predikat, Trace) {
    use Rating::*;
    let predikat = match (hasil, perilaku) {
        (DiAtasEkspektasi, DiAtasEkspektasi) => Predikat::SangatBaik,
        (DiAtasEkspektasi | SesuaiEkspektasi, SesuaiEkspektasi | DiAtasEkspektasi) => {
            Predikat::Baik
        }
        (DiAtasEkspektasi | SesuaiEkspektasi, DiBawahEkspektasi) => Predikat::KurangMisconduct,
        (DiBawahEkspektasi, DiBawahEkspektasi) => Predikat::SangatKurang,
        (DiBawahEkspektasi, SesuaiEkspektasi | DiAtasEkspektasi) => Predikat::ButuhPerbaikan,
    };
    let mut trace = Trace::new();
    trace.push(
        "predikat.matrix",
        REGULATION,
        &[("rating_hasil_kerja", hasil.code().into()), ("rating_perilaku", perilaku.code().into())],
        predikat.code(),
    );
    (predikat, trace)
}

/// The predikat of someone who leads an organisation unit: the unit's organisational result
/// replaces their own results rating (SE MenPANRB 3/2023).
pub fn predikat_unit_leader(unit_result: Rating, perilaku: Rating) -> (Predikat, Trace) {
    let (predikat, matrix) = predikat_kinerja(unit_result, perilaku);
    let mut trace = Trace::new();
    trace.push(
        "predikat.unit_leader",
        "SE MenPANRB 3/2023 (capaian organisasi sebagai rating hasil kerja pimpinan unit)",
        &[("capaian_organisasi", unit_result.code().into())],
        unit_result.code(),
    );
    trace.steps.extend(matrix.steps);
    (predikat, trace)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Predikat::*;
    use Rating::*;

    /// The nine cells of the matrix exactly as asn-rules.md §1.4 and §7 print them.
    const MATRIX: [(Rating, Rating, Predikat); 9] = [
        (DiAtasEkspektasi, DiBawahEkspektasi, KurangMisconduct),
        (DiAtasEkspektasi, SesuaiEkspektasi, Baik),
        (DiAtasEkspektasi, DiAtasEkspektasi, SangatBaik),
        (SesuaiEkspektasi, DiBawahEkspektasi, KurangMisconduct),
        (SesuaiEkspektasi, SesuaiEkspektasi, Baik),
        (SesuaiEkspektasi, DiAtasEkspektasi, Baik),
        (DiBawahEkspektasi, DiBawahEkspektasi, SangatKurang),
        (DiBawahEkspektasi, SesuaiEkspektasi, ButuhPerbaikan),
        (DiBawahEkspektasi, DiAtasEkspektasi, ButuhPerbaikan),
    ];

    #[test]
    fn every_cell_of_the_permenpanrb_6_2022_matrix_gives_the_published_predikat() {
        for (hasil, perilaku, expected) in MATRIX {
            let (got, _) = predikat_kinerja(hasil, perilaku);
            assert_eq!(got, expected, "hasil={hasil} perilaku={perilaku}");
        }
    }

    #[test]
    fn sangat_baik_needs_both_ratings_above_expectation() {
        for hasil in Rating::ALL {
            for perilaku in Rating::ALL {
                let (p, _) = predikat_kinerja(hasil, perilaku);
                assert_eq!(
                    p == SangatBaik,
                    hasil == DiAtasEkspektasi && perilaku == DiAtasEkspektasi
                );
            }
        }
    }

    #[test]
    fn predikat_never_gets_worse_when_a_rating_improves() {
        for hasil in Rating::ALL {
            for perilaku in Rating::ALL {
                let (p, _) = predikat_kinerja(hasil, perilaku);
                for better in Rating::ALL.into_iter().filter(|r| *r > hasil) {
                    assert!(predikat_kinerja(better, perilaku).0 >= p);
                }
                for better in Rating::ALL.into_iter().filter(|r| *r > perilaku) {
                    assert!(predikat_kinerja(hasil, better).0 >= p);
                }
            }
        }
    }

    #[test]
    fn the_trace_names_the_rule_its_inputs_and_the_rule_set() {
        let (_, trace) = predikat_kinerja(DiBawahEkspektasi, SesuaiEkspektasi);
        assert_eq!(trace.rule_set, crate::RULE_SET_ID);
        assert_eq!(trace.steps.len(), 1);
        let step = &trace.steps[0];
        assert_eq!(step.rule, "predikat.matrix");
        assert!(step.regulation.contains("6/2022"));
        assert_eq!(step.inputs[0], ("rating_hasil_kerja".into(), "di_bawah_ekspektasi".into()));
        assert_eq!(step.output, "butuh_perbaikan");
        let json = serde_json::to_string(&trace).unwrap();
        assert_eq!(serde_json::from_str::<Trace>(&json).unwrap(), trace);
    }

    #[test]
    fn a_unit_leaders_results_rating_is_the_units_organisational_result() {
        let (p, trace) = predikat_unit_leader(DiBawahEkspektasi, DiAtasEkspektasi);
        assert_eq!(p, ButuhPerbaikan);
        assert_eq!(trace.steps[0].rule, "predikat.unit_leader");
        assert_eq!(trace.steps[1].rule, "predikat.matrix");
    }

    #[test]
    fn ratings_parse_from_their_codes_and_reject_anything_else() {
        for r in Rating::ALL {
            assert_eq!(r.code().parse::<Rating>(), Ok(r));
        }
        assert_eq!("baik".parse::<Rating>(), Err(RatingError::Unknown("baik".into())));
        assert!("".parse::<Rating>().is_err());
    }
}
