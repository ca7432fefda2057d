//! Indicator scoring for the quantitative SKP approach and the legacy numeric methods
//! (asn-rules.md §1.9).
//!
//! - Achievement (capaian IKI): normal, lower-is-better and range targets (PermenPANRB 8/2021).
//! - Score (nilai capaian IKI): the piecewise-linear table of PermenPANRB 8/2021, continuous
//!   through its published points; the Sangat Baik segment is an inferred formula [P].
//! - Legacy: PP 46/2011 (60/40, its SKP aspects and categories) and PP 30/2019 (70/30 or 60/40
//!   with 360 input), for historical records.

use serde::{Deserialize, Serialize};

use crate::{explain::Trace, predikat::Rating};

const REG_IKI: &str = "PermenPANRB 8/2021 (capaian dan nilai IKI) [P]";
const REG_PP46: &str = "PP 46/2011 jo Perka BKN 1/2013";
const REG_PP30: &str = "PP 30/2019 Ps. 41";

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Target {
    /// Higher is better: capaian = realisasi / target.
    Normal { target: f64 },
    /// Lower is better (e.g. days to process a permit): capaian = 2 − realisasi / target.
    LowerIsBetter { target: f64 },
    /// A range: inside is 100%, above is measured against the upper bound, below against the lower.
    Range { low: f64, high: f64 },
}

/// The largest weight of one result (its share of the plan, in percent).
pub const MAX_WEIGHT: f64 = 100.0;
/// The largest target or realisation: ten thousand trillion, above any amount a plan counts
/// (documents, percent, or rupiah up to the national budget), and small enough that every ratio
/// of two amounts stays a finite number.
pub const MAX_AMOUNT: f64 = 1e16;
/// The smallest target: a millionth, so realisation ÷ target stays finite.
pub const MIN_TARGET: f64 = 1e-6;

/// The most results (RHK) one plan holds, and indicators one result: far more than any plan
/// needs (a few of each), and what keeps scoring a plan a matter of microseconds.
pub const MAX_RESULTS: usize = 30;
pub const MAX_INDICATORS: usize = 10;

/// A weight the rules accept: more than 0, at most [`MAX_WEIGHT`].
pub fn valid_weight(w: f64) -> bool {
    w.is_finite() && w > 0.0 && w <= MAX_WEIGHT
}

/// A target the rules accept: from [`MIN_TARGET`] to [`MAX_AMOUNT`].
pub fn valid_target(t: f64) -> bool {
    t.is_finite() && (MIN_TARGET..=MAX_AMOUNT).contains(&t)
}

/// A realisation the rules accept: from 0 to [`MAX_AMOUNT`].
pub fn valid_realisation(r: f64) -> bool {
    r.is_finite() && (0.0..=MAX_AMOUNT).contains(&r)
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ScoringError {
    #[error("indicator {index}: the target must be a number from 0.000001 to 10^16")]
    Target { index: usize },
    #[error("indicator {index}: the range must have 0.000001 ≤ low ≤ high ≤ 10^16")]
    Range { index: usize },
    #[error("indicator {index}: the realisation must be a number from 0 to 10^16")]
    Realisation { index: usize },
    #[error("result {index}: the weight must be a number more than 0 and at most 100")]
    Weight { index: usize },
    #[error("result {index} has no indicator")]
    NoIndicator { index: usize },
    #[error("the plan has no main result (RHK utama)")]
    NoMainResult,
    #[error("{field}: at most {max}")]
    TooMany { field: String, max: usize },
    #[error("{field}: the score {value} is outside 0–120")]
    Score { field: String, value: String },
    #[error("{field}: {value} is not a valid amount")]
    Amount { field: String, value: String },
}

/// Capaian in percent.
pub fn achievement(target: Target, realisasi: f64, index: usize) -> Result<f64, ScoringError> {
    if !valid_realisation(realisasi) {
        return Err(ScoringError::Realisation { index });
    }
    let positive = valid_target;
    match target {
        Target::Normal { target } if positive(target) => Ok(realisasi / target * 100.0),
        Target::LowerIsBetter { target } if positive(target) => {
            Ok(((1.0 + (1.0 - realisasi / target)) * 100.0).max(0.0))
        }
        Target::Range { low, high } if positive(low) && positive(high) && low <= high => {
            Ok(if realisasi > high {
                realisasi / high * 100.0
            } else if realisasi < low {
                realisasi / low * 100.0
            } else {
                100.0
            })
        }
        Target::Range { .. } => Err(ScoringError::Range { index }),
        _ => Err(ScoringError::Target { index }),
    }
}

/// The published points of the achievement → score table; linear between them, 120 above 110%.
const SCORE_POINTS: [(f64, f64); 9] = [
    (0.0, 0.0),
    (59.0, 49.0),
    (60.0, 50.0),
    (79.0, 69.0),
    (80.0, 70.0),
    (99.0, 89.0),
    (100.0, 109.0),
    (101.0, 110.0),
    (110.0, 120.0),
];

/// Nilai capaian IKI (0–120) from capaian in percent.
pub fn score(capaian: f64) -> f64 {
    if capaian >= 110.0 {
        return 120.0;
    }
    for w in SCORE_POINTS.windows(2) {
        let ((x0, y0), (x1, y1)) = (w[0], w[1]);
        if capaian <= x1 {
            return y0 + (y1 - y0) * (capaian.max(x0) - x0) / (x1 - x0);
        }
    }
    120.0
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct IndicatorInput {
    pub target: Target,
    pub realisasi: f64,
    /// A maximal target fully met scores 120 (PermenPANRB 8/2021).
    #[serde(default)]
    pub maximal_target: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ResultKind {
    Utama,
    Tambahan,
}

impl ResultKind {
    pub const ALL: [ResultKind; 2] = [ResultKind::Utama, ResultKind::Tambahan];

    pub fn code(self) -> &'static str {
        match self {
            ResultKind::Utama => "utama",
            ResultKind::Tambahan => "tambahan",
        }
    }

    pub fn from_code(code: &str) -> Option<ResultKind> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ResultInput {
    pub kind: ResultKind,
    /// Relative weight among the main results; for an additional result, the percentage of its
    /// score that adds to the SKP score.
    pub weight: f64,
    pub indicators: Vec<IndicatorInput>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct IndicatorScore {
    pub capaian: f64,
    pub nilai: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ResultScore {
    pub kind: ResultKind,
    pub indicators: Vec<IndicatorScore>,
    /// The mean of the indicator scores.
    pub nilai: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SkpScore {
    pub results: Vec<ResultScore>,
    pub utama: f64,
    /// The additional results' contribution after the cap.
    pub tambahan: f64,
    pub nilai_skp: f64,
    /// A suggested results rating: ≥ 110 above, ≥ 90 meets, else below expectations [P].
    pub suggested_rating: Rating,
}

/// Cap on the additional results' contribution to the SKP score.
pub const TAMBAHAN_CAP: f64 = 10.0;

/// Weighted SKP score of a quantitative plan.
pub fn skp_score(results: &[ResultInput]) -> Result<(SkpScore, Trace), ScoringError> {
    let mut trace = Trace::new();
    let mut scored = Vec::with_capacity(results.len());
    let mut indicator_index = 0;
    if results.len() > MAX_RESULTS {
        return Err(ScoringError::TooMany { field: "results".into(), max: MAX_RESULTS });
    }
    for (ri, r) in results.iter().enumerate() {
        if r.indicators.len() > MAX_INDICATORS {
            let field = format!("results[{ri}].indicators");
            return Err(ScoringError::TooMany { field, max: MAX_INDICATORS });
        }
        if !valid_weight(r.weight) {
            return Err(ScoringError::Weight { index: ri + 1 });
        }
        if r.indicators.is_empty() {
            return Err(ScoringError::NoIndicator { index: ri + 1 });
        }
        let mut indicators = Vec::with_capacity(r.indicators.len());
        for ind in &r.indicators {
            indicator_index += 1;
            let capaian = achievement(ind.target, ind.realisasi, indicator_index)?;
            let nilai = if ind.maximal_target && capaian >= 100.0 { 120.0 } else { score(capaian) };
            // The target and realisation go into the trace too: an explanation must be able to
            // say "realisation 100 against a target of 50" without the caller's input beside it.
            let (target_type, target) = match ind.target {
                Target::Normal { target } => ("normal", target.to_string()),
                Target::LowerIsBetter { target } => ("lower_is_better", target.to_string()),
                Target::Range { low, high } => ("range", format!("{low}-{high}")),
            };
            trace.push(
                "scoring.indicator",
                REG_IKI,
                &[
                    ("indicator", indicator_index.to_string()),
                    ("target_type", target_type.to_string()),
                    ("target", target),
                    ("realisasi", ind.realisasi.to_string()),
                    ("maximal_target", ind.maximal_target.to_string()),
                    ("capaian", format!("{capaian:.2}")),
                ],
                format!("{nilai:.2}"),
            );
            indicators.push(IndicatorScore { capaian, nilai });
        }
        let nilai = indicators.iter().map(|i| i.nilai).sum::<f64>() / indicators.len() as f64;
        scored.push(ResultScore { kind: r.kind, indicators, nilai });
    }
    let utama_weight: f64 =
        results.iter().filter(|r| r.kind == ResultKind::Utama).map(|r| r.weight).sum();
    if utama_weight <= 0.0 {
        return Err(ScoringError::NoMainResult);
    }
    let utama = results
        .iter()
        .zip(&scored)
        .filter(|(r, _)| r.kind == ResultKind::Utama)
        .map(|(r, s)| s.nilai * r.weight / utama_weight)
        .sum::<f64>();
    let tambahan_raw = results
        .iter()
        .zip(&scored)
        .filter(|(r, _)| r.kind == ResultKind::Tambahan)
        .map(|(r, s)| s.nilai * r.weight / 100.0)
        .sum::<f64>();
    let tambahan = tambahan_raw.min(TAMBAHAN_CAP);
    let nilai_skp = utama + tambahan;
    let suggested_rating = if nilai_skp >= 110.0 {
        Rating::DiAtasEkspektasi
    } else if nilai_skp >= 90.0 {
        Rating::SesuaiEkspektasi
    } else {
        Rating::DiBawahEkspektasi
    };
    trace.push(
        "scoring.skp",
        REG_IKI,
        &[
            ("utama", format!("{utama:.2}")),
            ("tambahan", format!("{tambahan_raw:.2}")),
            ("tambahan_cap", format!("{TAMBAHAN_CAP:.0}")),
        ],
        format!("{nilai_skp:.2}"),
    );
    trace.push(
        "scoring.suggested_rating",
        REG_IKI,
        &[("nilai_skp", format!("{nilai_skp:.2}"))],
        suggested_rating.code(),
    );
    Ok((SkpScore { results: scored, utama, tambahan, nilai_skp, suggested_rating }, trace))
}

/// PP 46/2011 categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum LegacyCategory {
    SangatBaik,
    Baik,
    Cukup,
    Kurang,
    Buruk,
}

pub fn pp46_category(nilai: f64) -> LegacyCategory {
    if nilai >= 91.0 {
        LegacyCategory::SangatBaik
    } else if nilai > 75.0 {
        LegacyCategory::Baik
    } else if nilai > 60.0 {
        LegacyCategory::Cukup
    } else if nilai > 50.0 {
        LegacyCategory::Kurang
    } else {
        LegacyCategory::Buruk
    }
}

/// PP 46/2011 time (or cost) aspect: `RW` realised against `TW` targeted.
pub fn pp46_efficiency_score(target: f64, realised: f64) -> Result<f64, ScoringError> {
    if !valid_target(target) {
        return Err(ScoringError::Amount { field: "target".into(), value: target.to_string() });
    }
    if !valid_realisation(realised) {
        return Err(ScoringError::Amount { field: "realised".into(), value: realised.to_string() });
    }
    let efficiency = 100.0 - realised / target * 100.0;
    let base = (1.76 * target - realised) / target * 100.0;
    Ok(if efficiency <= 24.0 { base } else { 76.0 - (base - 100.0) })
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
// An API request with a misspelt field is refused, not half-read.
#[serde(deny_unknown_fields)]
pub struct Pp46Input {
    /// Aspect scores of the SKP activities (kuantitas, kualitas, waktu, biaya), averaged.
    pub skp_aspects: Vec<f64>,
    /// Perilaku kerja score (0–100).
    pub perilaku: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LegacyResult {
    pub nilai_skp: f64,
    pub nilai: f64,
    pub category: LegacyCategory,
}

/// A legacy score: a number from 0 to 120. The refusal quotes a short form of the value.
fn check_score(field: &str, v: f64) -> Result<(), ScoringError> {
    if v.is_finite() && (0.0..=120.0).contains(&v) {
        return Ok(());
    }
    let value = if v.is_finite() && v.abs() < 1e9 { v.to_string() } else { format!("{v:e}") };
    Err(ScoringError::Score { field: field.to_string(), value })
}

/// Nilai prestasi kerja = 60% SKP + 40% perilaku.
pub fn pp46_score(input: &Pp46Input) -> Result<(LegacyResult, Trace), ScoringError> {
    if input.skp_aspects.is_empty() {
        return Err(ScoringError::Amount { field: "skp_aspects".into(), value: "[]".into() });
    }
    for (i, v) in input.skp_aspects.iter().enumerate() {
        check_score(&format!("skp_aspects[{i}]"), *v)?;
    }
    check_score("perilaku", input.perilaku)?;
    let nilai_skp = input.skp_aspects.iter().sum::<f64>() / input.skp_aspects.len() as f64;
    let nilai = 0.6 * nilai_skp + 0.4 * input.perilaku;
    let category = pp46_category(nilai);
    let mut trace = Trace::new();
    trace.push(
        "legacy.pp46",
        REG_PP46,
        &[("nilai_skp", format!("{nilai_skp:.2}")), ("perilaku", format!("{:.2}", input.perilaku))],
        format!("{nilai:.2}"),
    );
    Ok((LegacyResult { nilai_skp, nilai, category }, trace))
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
// An API request with a misspelt field is refused, not half-read.
#[serde(deny_unknown_fields)]
pub struct Pp30Input {
    pub nilai_skp: f64,
    pub perilaku: f64,
    /// The agency's behaviour appraisal considers peers and subordinates (360): 60/40.
    pub with_360: bool,
    /// Created a new idea or method that benefits the organisation (needed for Sangat Baik).
    #[serde(default)]
    pub inovasi: bool,
}

/// PP 30/2019 nilai kinerja (0–120) and predikat.
pub fn pp30_score(input: &Pp30Input) -> Result<(f64, LegacyCategory, Trace), ScoringError> {
    check_score("nilai_skp", input.nilai_skp)?;
    check_score("perilaku", input.perilaku)?;
    let (ws, wp) = if input.with_360 { (0.6, 0.4) } else { (0.7, 0.3) };
    let nilai = ws * input.nilai_skp + wp * input.perilaku;
    let category = if nilai >= 110.0 && input.inovasi {
        LegacyCategory::SangatBaik
    } else if nilai >= 90.0 {
        LegacyCategory::Baik
    } else if nilai >= 70.0 {
        LegacyCategory::Cukup
    } else if nilai >= 50.0 {
        LegacyCategory::Kurang
    } else {
        LegacyCategory::Buruk
    };
    let mut trace = Trace::new();
    trace.push(
        "legacy.pp30",
        REG_PP30,
        &[
            ("weights", format!("{ws}/{wp}")),
            ("nilai_skp", format!("{:.2}", input.nilai_skp)),
            ("perilaku", format!("{:.2}", input.perilaku)),
        ],
        format!("{nilai:.2}"),
    );
    Ok((nilai, category, trace))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn achievement_for_normal_lower_is_better_and_range_targets() {
        assert!(close(achievement(Target::Normal { target: 50.0 }, 49.0, 1).unwrap(), 98.0));
        assert!(close(achievement(Target::LowerIsBetter { target: 10.0 }, 8.0, 1).unwrap(), 120.0));
        assert!(close(
            achievement(Target::Range { low: 80.0, high: 90.0 }, 85.0, 1).unwrap(),
            100.0
        ));
        assert!(close(
            achievement(Target::Range { low: 80.0, high: 90.0 }, 99.0, 1).unwrap(),
            110.0
        ));
        assert!(close(
            achievement(Target::Range { low: 80.0, high: 90.0 }, 72.0, 1).unwrap(),
            90.0
        ));
        assert_eq!(
            achievement(Target::Normal { target: 0.0 }, 1.0, 3),
            Err(ScoringError::Target { index: 3 })
        );
        assert_eq!(
            achievement(Target::Range { low: 9.0, high: 8.0 }, 1.0, 2),
            Err(ScoringError::Range { index: 2 })
        );
        assert_eq!(
            achievement(Target::Normal { target: 5.0 }, -1.0, 4),
            Err(ScoringError::Realisation { index: 4 })
        );
    }

    #[test]
    fn the_score_table_of_permenpanrb_8_2021() {
        assert!(close(score(98.0), 88.0), "official example: 98% scores 88");
        assert!(close(score(100.0), 109.0), "official example: 100% scores 109");
        assert!(close(score(80.0), 70.0));
        assert!(close(score(70.0), 60.0));
        assert!(close(score(59.0), 49.0));
        assert!(close(score(101.0), 110.0));
        assert!(close(score(110.0), 120.0));
        assert!(close(score(150.0), 120.0), "capped at 120");
        assert!(close(score(0.0), 0.0));
        let mut last = -1.0;
        for c in 0..=1200 {
            let s = score(f64::from(c) / 10.0);
            assert!(s >= last, "monotonic at {c}");
            last = s;
        }
    }

    #[test]
    fn the_skp_score_weights_main_results_and_caps_additional_ones() {
        let ind = |t: f64, r: f64| IndicatorInput {
            target: Target::Normal { target: t },
            realisasi: r,
            maximal_target: false,
        };
        let plan = vec![
            ResultInput {
                kind: ResultKind::Utama,
                weight: 3.0,
                indicators: vec![ind(100.0, 100.0)],
            },
            ResultInput {
                kind: ResultKind::Utama,
                weight: 1.0,
                indicators: vec![ind(50.0, 49.0), ind(10.0, 10.0)],
            },
            ResultInput {
                kind: ResultKind::Tambahan,
                weight: 20.0,
                indicators: vec![ind(1.0, 1.0)],
            },
        ];
        let (s, trace) = skp_score(&plan).unwrap();
        assert!(close(s.results[1].nilai, (88.0 + 109.0) / 2.0));
        assert!(close(s.utama, (3.0 * 109.0 + 98.5) / 4.0));
        assert!(close(s.tambahan, 10.0), "20% of 109 is 21.8, capped at 10");
        assert_eq!(s.suggested_rating, Rating::DiAtasEkspektasi);
        assert_eq!(trace.steps.len(), 4 + 2);
        assert_eq!(skp_score(&plan[2..]).unwrap_err(), ScoringError::NoMainResult);
    }

    #[test]
    fn pp46_example_aspects_100_90_76_76_average_85_5() {
        let (r, _) =
            pp46_score(&Pp46Input { skp_aspects: vec![100.0, 90.0, 76.0, 76.0], perilaku: 85.5 })
                .unwrap();
        assert!(close(r.nilai_skp, 85.5));
        assert!(close(r.nilai, 85.5));
        assert_eq!(r.category, LegacyCategory::Baik);
    }

    #[test]
    fn pp46_categories_and_time_efficiency() {
        assert_eq!(pp46_category(91.0), LegacyCategory::SangatBaik);
        assert_eq!(pp46_category(76.0), LegacyCategory::Baik);
        assert_eq!(pp46_category(75.0), LegacyCategory::Cukup);
        assert_eq!(pp46_category(60.0), LegacyCategory::Kurang);
        assert_eq!(pp46_category(50.0), LegacyCategory::Buruk);
        // On time: 76; 12 months planned, done in 10 (efficiency 16.7% ≤ 24%): 92.67.
        assert!(close(pp46_efficiency_score(12.0, 12.0).unwrap(), 76.0));
        assert!((pp46_efficiency_score(12.0, 10.0).unwrap() - 92.666_666).abs() < 1e-3);
        // Much faster (efficiency 50% > 24%): 76 − (126 − 100) = 50.
        assert!(close(pp46_efficiency_score(12.0, 6.0).unwrap(), 50.0));
    }

    #[test]
    fn pp30_weights_with_and_without_360_input() {
        let (n, c, _) = pp30_score(&Pp30Input {
            nilai_skp: 100.0,
            perilaku: 80.0,
            with_360: false,
            inovasi: false,
        })
        .unwrap();
        assert!(close(n, 94.0));
        assert_eq!(c, LegacyCategory::Baik);
        let (n, _, _) = pp30_score(&Pp30Input {
            nilai_skp: 100.0,
            perilaku: 80.0,
            with_360: true,
            inovasi: false,
        })
        .unwrap();
        assert!(close(n, 92.0));
        let (_, c, _) = pp30_score(&Pp30Input {
            nilai_skp: 120.0,
            perilaku: 110.0,
            with_360: false,
            inovasi: false,
        })
        .unwrap();
        assert_eq!(c, LegacyCategory::Baik, "Sangat Baik needs an innovation");
        let (_, c, _) = pp30_score(&Pp30Input {
            nilai_skp: 120.0,
            perilaku: 110.0,
            with_360: false,
            inovasi: true,
        })
        .unwrap();
        assert_eq!(c, LegacyCategory::SangatBaik);
        assert!(pp30_score(&Pp30Input {
            nilai_skp: 130.0,
            perilaku: 1.0,
            with_360: false,
            inovasi: false
        })
        .is_err());
    }
}
