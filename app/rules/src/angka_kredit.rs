//! Angka kredit (credit points) of functional positions: conversion of predikat per period,
//! the one-off diploma bonus, and conversion of conventional credit points
//! (PermenPANRB 1/2023, Peraturan BKN 3/2023; asn-rules.md §2.5).

use serde::{Deserialize, Serialize};

use crate::{
    explain::Trace, jenjang::Jenjang, pangkat::Golongan, predikat::Predikat, rule_set::RuleSet,
};

const REG_CONVERSION: &str = "PermenPANRB 1/2023 jo Peraturan BKN 3/2023 (konversi predikat)";
const REG_BONUS: &str = "PermenPANRB 1/2023 (KP istimewa: ijazah lebih tinggi, 25%)";
const REG_INTEGRASI: &str = "Peraturan BKN 3/2023 (integrasi angka kredit konvensional)";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AkError {
    #[error("a period has 1 to 12 months, not {months}")]
    Months { months: u32 },
    #[error("golongan {golongan} is outside the range of jenjang {jenjang}")]
    GolonganOutsideJenjang { golongan: String, jenjang: String },
    #[error("no further KP in jenjang {jenjang} from {golongan}")]
    NoNextStep { golongan: String, jenjang: String },
    #[error("no integration base (nilai dasar) is known for golongan {golongan}")]
    NoIntegrationBase { golongan: String },
    #[error("credit points must be from 0 to 10000, not {value}")]
    OutOfRange { value: String },
}

/// `AK = months/12 × percentage(predikat) × koefisien(jenjang)`.
pub fn ak_for_period(
    rs: &RuleSet,
    jenjang: Jenjang,
    predikat: Predikat,
    months: u32,
) -> Result<(f64, Trace), AkError> {
    if !(1..=12).contains(&months) {
        return Err(AkError::Months { months });
    }
    let koefisien = rs.jenjang(jenjang).koefisien;
    let percent = rs.ak_percent(predikat);
    let ak = ak_value(months, percent, koefisien);
    let mut trace = Trace::new();
    trace.push(
        "ak.conversion",
        REG_CONVERSION,
        &[
            ("months", months.to_string()),
            ("predikat", predikat.code().into()),
            ("percent", percent.to_string()),
            ("jenjang", jenjang.code().into()),
            ("koefisien", koefisien.to_string()),
        ],
        format_ak(ak),
    );
    Ok((ak, trace))
}

/// The arithmetic of the conversion, shared with the simulator's inner loop.
pub(crate) fn ak_value(months: u32, percent: u32, koefisien: f64) -> f64 {
    f64::from(months) / 12.0 * f64::from(percent) / 100.0 * koefisien
}

/// Credit points as the official documents print them: three decimals.
pub fn format_ak(ak: f64) -> String {
    format!("{ak:.3}")
}

/// The credit points the next KP from `golongan` needs in this jenjang (the per-step AKK of the
/// reference table; at the top golongan of a jenjang, the step into the next jenjang).
pub fn next_kp_akk(rs: &RuleSet, jenjang: Jenjang, golongan: Golongan) -> Result<f64, AkError> {
    let p = rs.jenjang(jenjang);
    let outside = || AkError::GolonganOutsideJenjang {
        golongan: golongan.code().into(),
        jenjang: jenjang.code().into(),
    };
    if golongan < p.lowest || golongan > p.highest {
        return Err(outside());
    }
    let step = usize::from(golongan.index() - p.lowest.index());
    p.kp_steps
        .get(step)
        .copied()
        .or_else(|| p.akk_jenjang.map(|total| total - p.kp_steps.iter().sum::<f64>()))
        .filter(|v| *v > 0.0)
        .ok_or(AkError::NoNextStep {
            golongan: golongan.code().into(),
            jenjang: jenjang.code().into(),
        })
}

/// The one-off bonus for obtaining a higher diploma: 25% of the AKK of the next KP.
pub fn diploma_bonus(
    rs: &RuleSet,
    jenjang: Jenjang,
    golongan: Golongan,
) -> Result<(f64, Trace), AkError> {
    let akk = next_kp_akk(rs, jenjang, golongan)?;
    let bonus = akk * f64::from(rs.diploma_bonus_percent) / 100.0;
    let mut trace = Trace::new();
    trace.push(
        "ak.diploma_bonus",
        REG_BONUS,
        &[
            ("jenjang", jenjang.code().into()),
            ("golongan", golongan.code().into()),
            ("akk_next_kp", format_ak(akk)),
            ("percent", rs.diploma_bonus_percent.to_string()),
        ],
        format_ak(bonus),
    );
    Ok((bonus, trace))
}

/// Nilai dasar subtracted from conventional credit points on integration [V].
fn integration_base(golongan: Golongan) -> Option<f64> {
    match golongan.code() {
        "III/a" | "III/b" => Some(100.0),
        "III/c" | "III/d" => Some(200.0),
        "IV/a" | "IV/b" | "IV/c" => Some(400.0),
        "IV/d" | "IV/e" => Some(850.0),
        _ => None,
    }
}

/// `AK integrasi = AK konvensional − nilai dasar(golongan)`, never below zero.
pub fn integrate_conventional(
    konvensional: f64,
    golongan: Golongan,
) -> Result<(f64, Trace), AkError> {
    let max = crate::promotion::MAX_ANGKA_KREDIT;
    if !(konvensional.is_finite() && (0.0..=max).contains(&konvensional)) {
        let v = konvensional;
        let value = if v.abs() < 1e9 { v.to_string() } else { format!("{v:e}") };
        return Err(AkError::OutOfRange { value });
    }
    let base = integration_base(golongan)
        .ok_or(AkError::NoIntegrationBase { golongan: golongan.code().into() })?;
    let ak = (konvensional - base).max(0.0);
    let mut trace = Trace::new();
    trace.push(
        "ak.integrasi",
        REG_INTEGRASI,
        &[("ak_konvensional", format_ak(konvensional)), ("nilai_dasar", format_ak(base))],
        format_ak(ak),
    );
    Ok((ak, trace))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(s: &str) -> Golongan {
        s.parse().unwrap()
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn example_ahli_pertama_12_months_sangat_baik_is_18_75() {
        let (ak, trace) =
            ak_for_period(&RuleSet::current(), Jenjang::AhliPertama, Predikat::SangatBaik, 12)
                .unwrap();
        assert!(close(ak, 18.75));
        assert_eq!(trace.steps[0].output, "18.750");
    }

    #[test]
    fn example_ahli_pertama_2_months_baik_is_2_08() {
        let (ak, _) =
            ak_for_period(&RuleSet::current(), Jenjang::AhliPertama, Predikat::Baik, 2).unwrap();
        assert_eq!(format!("{ak:.2}"), "2.08");
    }

    #[test]
    fn example_ahli_madya_baik_is_37_5_a_year() {
        let (ak, _) =
            ak_for_period(&RuleSet::current(), Jenjang::AhliMadya, Predikat::Baik, 12).unwrap();
        assert!(close(ak, 37.5));
    }

    #[test]
    fn worked_example_2_ahli_muda_sb_sb_b_reaches_100() {
        let rs = RuleSet::current();
        let total: f64 = [Predikat::SangatBaik, Predikat::SangatBaik, Predikat::Baik]
            .iter()
            .map(|p| ak_for_period(&rs, Jenjang::AhliMuda, *p, 12).unwrap().0)
            .sum();
        assert!(close(total, 100.0));
        assert!(total >= rs.jenjang(Jenjang::AhliMuda).cumulative_for(g("III/d")).unwrap());
    }

    #[test]
    fn the_conversion_table_of_every_predikat_and_jenjang() {
        let rs = RuleSet::current();
        for j in Jenjang::ALL {
            for (p, pct) in [
                (Predikat::SangatBaik, 1.5),
                (Predikat::Baik, 1.0),
                (Predikat::ButuhPerbaikan, 0.75),
                (Predikat::KurangMisconduct, 0.5),
                (Predikat::SangatKurang, 0.25),
            ] {
                let (ak, _) = ak_for_period(&rs, j, p, 12).unwrap();
                assert!(close(ak, pct * rs.jenjang(j).koefisien), "{j:?} {p:?}");
            }
        }
        assert_eq!(
            ak_for_period(&rs, Jenjang::AhliMuda, Predikat::Baik, 13),
            Err(AkError::Months { months: 13 })
        );
        assert_eq!(
            ak_for_period(&rs, Jenjang::AhliMuda, Predikat::Baik, 0),
            Err(AkError::Months { months: 0 })
        );
    }

    /// asn-rules.md §2.5(d): years of the same predikat to earn one KP step and the jenjang.
    #[test]
    fn derived_test_vectors_years_per_step_and_per_jenjang() {
        let rs = RuleSet::current();
        let years =
            |j: Jenjang, akk: f64, p: Predikat| akk / ak_for_period(&rs, j, p, 12).unwrap().0;
        // (jenjang, AKK of one step, AKK of the jenjang, years B / SB / BP for each)
        let table = [
            (
                Jenjang::Pemula,
                15.0,
                15.0,
                [4.0, 8.0 / 3.0, 16.0 / 3.0],
                [4.0, 8.0 / 3.0, 16.0 / 3.0],
            ),
            (Jenjang::Terampil, 20.0, 60.0, [4.0, 8.0 / 3.0, 16.0 / 3.0], [12.0, 8.0, 16.0]),
            (
                Jenjang::Mahir,
                50.0,
                100.0,
                [4.0, 8.0 / 3.0, 16.0 / 3.0],
                [8.0, 16.0 / 3.0, 32.0 / 3.0],
            ),
            (
                Jenjang::AhliPertama,
                50.0,
                100.0,
                [4.0, 8.0 / 3.0, 16.0 / 3.0],
                [8.0, 16.0 / 3.0, 32.0 / 3.0],
            ),
            (
                Jenjang::Penyelia,
                100.0,
                200.0,
                [4.0, 8.0 / 3.0, 16.0 / 3.0],
                [8.0, 16.0 / 3.0, 32.0 / 3.0],
            ),
            (
                Jenjang::AhliMuda,
                100.0,
                200.0,
                [4.0, 8.0 / 3.0, 16.0 / 3.0],
                [8.0, 16.0 / 3.0, 32.0 / 3.0],
            ),
            (Jenjang::AhliMadya, 150.0, 450.0, [4.0, 8.0 / 3.0, 16.0 / 3.0], [12.0, 8.0, 16.0]),
            (
                Jenjang::AhliUtama,
                200.0,
                200.0,
                [4.0, 8.0 / 3.0, 16.0 / 3.0],
                [4.0, 8.0 / 3.0, 16.0 / 3.0],
            ),
        ];
        let predikat = [Predikat::Baik, Predikat::SangatBaik, Predikat::ButuhPerbaikan];
        for (j, step, total, step_years, total_years) in table {
            for (i, p) in predikat.iter().enumerate() {
                assert!((years(j, step, *p) - step_years[i]).abs() < 1e-9, "{j:?} step {p:?}");
                assert!((years(j, total, *p) - total_years[i]).abs() < 1e-9, "{j:?} jenjang {p:?}");
            }
        }
    }

    #[test]
    fn the_diploma_bonus_is_25_percent_of_the_next_kp() {
        let rs = RuleSet::current();
        assert!(close(diploma_bonus(&rs, Jenjang::AhliPertama, g("III/a")).unwrap().0, 12.5));
        assert!(close(diploma_bonus(&rs, Jenjang::AhliMadya, g("IV/c")).unwrap().0, 37.5));
        assert!(close(diploma_bonus(&rs, Jenjang::Pemula, g("II/a")).unwrap().0, 3.75));
        assert!(diploma_bonus(&rs, Jenjang::AhliUtama, g("IV/e")).is_err());
        assert!(diploma_bonus(&rs, Jenjang::AhliMuda, g("IV/a")).is_err());
    }

    #[test]
    fn conventional_points_integrate_by_subtracting_the_base() {
        assert!(close(integrate_conventional(250.0, g("III/c")).unwrap().0, 50.0));
        assert!(close(integrate_conventional(90.0, g("III/a")).unwrap().0, 0.0));
        assert!(close(integrate_conventional(900.0, g("IV/d")).unwrap().0, 50.0));
        assert!(integrate_conventional(100.0, g("II/a")).is_err());
        assert!(integrate_conventional(-1.0, g("III/a")).is_err());
    }
}
