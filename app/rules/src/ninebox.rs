//! Talent 9-box placement from performance and potential (PermenPANRB 3/2020;
//! asn-rules.md §3.1–3.2), with the box's official follow-up.

use serde::{Deserialize, Serialize};

use crate::{explain::Trace, predikat::Predikat, rule_set::RuleSet};

const REGULATION: &str = "PermenPANRB 3/2020 (manajemen talenta, kotak 9)";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Rendah,
    Menengah,
    Tinggi,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum TalentGroup {
    /// Boxes 7, 8, 9: talent pool and succession candidates.
    TalentPool,
    /// Boxes 2, 4, 5.
    Backbone,
    /// Boxes 1, 3, 6: needs intervention.
    AtRisk,
}

/// Follow-up recommendations, as stable ids the interface translates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Recommendation {
    Promote,
    Retain,
    SuccessionNational,
    SuccessionInstansi,
    Award,
    RotationEnlargement,
    RotationEnrichment,
    Rotation,
    PerformanceCoaching,
    PerformanceCounseling,
    CompetencyDevelopment,
    TugasBelajar,
    SuitablePlacement,
    ProcessUnderRegulations,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct NineBox {
    /// Kotak 1–9.
    pub kotak: u8,
    pub kinerja: Level,
    pub potensi: Level,
    pub group: TalentGroup,
    pub recommendations: Vec<Recommendation>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NineBoxError {
    #[error("at least one annual predikat is needed")]
    NoPredikat,
    #[error("the potential score must be 0–100, not {value}")]
    Potential { value: u32 },
}

fn scale(p: Predikat) -> u32 {
    match p {
        Predikat::SangatBaik => 100,
        Predikat::Baik => 80,
        Predikat::ButuhPerbaikan => 60,
        Predikat::KurangMisconduct => 40,
        Predikat::SangatKurang => 20,
    }
}

/// The box of a direct placement (performance and potential already on three levels).
pub fn kotak(kinerja: Level, potensi: Level) -> u8 {
    use Level::*;
    match (kinerja, potensi) {
        (Tinggi, Rendah) => 4,
        (Tinggi, Menengah) => 7,
        (Tinggi, Tinggi) => 9,
        (Menengah, Rendah) => 2,
        (Menengah, Menengah) => 5,
        (Menengah, Tinggi) => 8,
        (Rendah, Rendah) => 1,
        (Rendah, Menengah) => 3,
        (Rendah, Tinggi) => 6,
    }
}

pub fn recommendations(kotak: u8) -> (TalentGroup, Vec<Recommendation>) {
    use Recommendation::*;
    match kotak {
        9 => (
            TalentGroup::TalentPool,
            vec![Promote, Retain, SuccessionNational, SuccessionInstansi, Award],
        ),
        8 => (
            TalentGroup::TalentPool,
            vec![Retain, SuccessionInstansi, RotationEnlargement, PerformanceCoaching],
        ),
        7 => (
            TalentGroup::TalentPool,
            vec![
                Retain,
                SuccessionInstansi,
                RotationEnrichment,
                CompetencyDevelopment,
                TugasBelajar,
            ],
        ),
        6 => (
            TalentGroup::AtRisk,
            vec![SuitablePlacement, PerformanceCoaching, PerformanceCounseling],
        ),
        5 => (
            TalentGroup::Backbone,
            vec![SuitablePlacement, PerformanceCoaching, CompetencyDevelopment],
        ),
        4 => (TalentGroup::Backbone, vec![Rotation, CompetencyDevelopment]),
        3 => (
            TalentGroup::AtRisk,
            vec![
                PerformanceCoaching,
                PerformanceCounseling,
                CompetencyDevelopment,
                SuitablePlacement,
            ],
        ),
        2 => (
            TalentGroup::Backbone,
            vec![PerformanceCoaching, CompetencyDevelopment, SuitablePlacement],
        ),
        _ => (TalentGroup::AtRisk, vec![ProcessUnderRegulations]),
    }
}

/// Place an employee from their recent annual predikat (most recent last) and a potential score.
pub fn place(
    rs: &RuleSet,
    recent_predikat: &[Predikat],
    potential: u32,
) -> Result<(NineBox, Trace), NineBoxError> {
    if potential > 100 {
        return Err(NineBoxError::Potential { value: potential });
    }
    let take = (rs.kinerja_years.max(1) as usize).min(recent_predikat.len());
    if take == 0 {
        return Err(NineBoxError::NoPredikat);
    }
    let recent = &recent_predikat[recent_predikat.len() - take..];
    let mean = recent.iter().map(|p| scale(*p)).sum::<u32>() as f64 / take as f64;
    let kinerja = if mean >= f64::from(rs.kinerja_high) {
        Level::Tinggi
    } else if mean >= f64::from(rs.kinerja_mid) {
        Level::Menengah
    } else {
        Level::Rendah
    };
    let potensi = if potential >= rs.potential_high {
        Level::Tinggi
    } else if potential >= rs.potential_low {
        Level::Menengah
    } else {
        Level::Rendah
    };
    let k = kotak(kinerja, potensi);
    let (group, recommendations) = recommendations(k);
    let mut trace = Trace::new();
    trace.push(
        "ninebox.kinerja",
        REGULATION,
        &[
            ("predikat", recent.iter().map(|p| p.code()).collect::<Vec<_>>().join(",")),
            ("mean", format!("{mean:.1}")),
            ("cuts", format!("{}/{}", rs.kinerja_high, rs.kinerja_mid)),
        ],
        format!("{kinerja:?}").to_lowercase(),
    );
    trace.push(
        "ninebox.potensi",
        REGULATION,
        &[
            ("score", potential.to_string()),
            ("cuts", format!("{}/{}", rs.potential_high, rs.potential_low)),
        ],
        format!("{potensi:?}").to_lowercase(),
    );
    trace.push("ninebox.kotak", REGULATION, &[], k.to_string());
    Ok((NineBox { kotak: k, kinerja, potensi, group, recommendations }, trace))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Level::*;

    #[test]
    fn the_grid_4_7_9_2_5_8_1_3_6() {
        let rows: Vec<Vec<u8>> = [Tinggi, Menengah, Rendah]
            .iter()
            .map(|k| [Rendah, Menengah, Tinggi].iter().map(|p| kotak(*k, *p)).collect())
            .collect();
        assert_eq!(rows, [vec![4, 7, 9], vec![2, 5, 8], vec![1, 3, 6]]);
    }

    #[test]
    fn groups_and_follow_up_per_box() {
        for (k, g) in [
            (9, TalentGroup::TalentPool),
            (8, TalentGroup::TalentPool),
            (7, TalentGroup::TalentPool),
            (5, TalentGroup::Backbone),
            (4, TalentGroup::Backbone),
            (2, TalentGroup::Backbone),
            (6, TalentGroup::AtRisk),
            (3, TalentGroup::AtRisk),
            (1, TalentGroup::AtRisk),
        ] {
            assert_eq!(recommendations(k).0, g, "kotak {k}");
        }
        assert!(recommendations(9).1.contains(&Recommendation::SuccessionNational));
        assert_eq!(recommendations(1).1, [Recommendation::ProcessUnderRegulations]);
    }

    #[test]
    fn placement_from_two_years_of_predikat_and_a_potential_score() {
        let rs = RuleSet::current();
        let (b, _) = place(&rs, &[Predikat::SangatBaik, Predikat::SangatBaik], 92).unwrap();
        assert_eq!((b.kotak, b.kinerja, b.potensi), (9, Tinggi, Tinggi));
        let (b, _) =
            place(&rs, &[Predikat::SangatKurang, Predikat::Baik, Predikat::Baik], 80).unwrap();
        assert_eq!(b.kotak, 5, "only the last two years count");
        let (b, _) = place(&rs, &[Predikat::Baik, Predikat::ButuhPerbaikan], 50).unwrap();
        assert_eq!(b.kotak, 2);
        let (b, _) = place(&rs, &[Predikat::KurangMisconduct], 95).unwrap();
        assert_eq!(b.kotak, 6);
        assert_eq!(place(&rs, &[], 50).unwrap_err(), NineBoxError::NoPredikat);
        assert_eq!(
            place(&rs, &[Predikat::Baik], 101).unwrap_err(),
            NineBoxError::Potential { value: 101 }
        );
    }
}
