//! Merit ranking of the applicants to an over-subscribed development offering (training,
//! education): who goes first, and why. UU 20/2023 and PP 11/2017 Ps. 203 ask that development
//! follow merit and need; the weights are the agency's to set (the rule set's
//! [`MeritWeights`], [U]: no regulation fixes them), the rule is written here once.
//!
//! Each applicant gets points from five components, each on a 0–100 scale and weighted:
//!
//! | component            | 100 points for                      | 0 points for           |
//! |----------------------|-------------------------------------|------------------------|
//! | `predikat`           | Sangat Baik in force (B 80, BP 60, K 40, SK 20) | none in force |
//! | `recent_predikat`    | the mean of the last two annual predikat, same scale | none  |
//! | `nine_box`           | kotak 9 (kotak *k* gives 100·(k−1)/8) | not placed           |
//! | `jp_missing`         | 20 JP or more still missing this year (pro rata) | none missing |
//! | `no_training_yet`    | no learning recorded this year      | some                   |
//!
//! The score is Σ weight × points / Σ weights (0–100, two decimals). Ties go to the earlier
//! application, then to the lower applicant key, so the order is total and reproducible. The
//! first `quota` are offered a place; the others wait, in order.

use serde::{Deserialize, Serialize};

use crate::{explain::Trace, predikat::Predikat, rule_set::RuleSet};

const REGULATION: &str =
    "UU 20/2023 Ps. 49; PP 11/2017 Ps. 203 (pengembangan kompetensi berdasarkan kebutuhan dan merit)";

/// The weight of each component (any non-negative numbers; only their ratios matter).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MeritWeights {
    pub predikat: u32,
    pub recent_predikat: u32,
    pub nine_box: u32,
    pub jp_missing: u32,
    pub no_training_yet: u32,
}

impl Default for MeritWeights {
    /// Performance first (60), then need (40) [U].
    fn default() -> Self {
        MeritWeights {
            predikat: 35,
            recent_predikat: 25,
            nine_box: 15,
            jp_missing: 15,
            no_training_yet: 10,
        }
    }
}

/// What the ranking knows of one applicant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Applicant {
    /// The caller's key (an application id).
    pub key: i64,
    /// The annual predikat in force (the latest final one).
    pub predikat: Option<Predikat>,
    /// The last annual predikat, most recent first (the first two count).
    pub recent: Vec<Predikat>,
    /// Talent box 1–9, where the agency has placed the employee.
    pub nine_box: Option<u8>,
    /// JP still missing to this year's minimum (0 when met, or for PPPK).
    pub jp_missing: u32,
    /// Any learning recorded this year.
    pub trained_this_year: bool,
    /// When the application was made (Unix ms): the first tie-breaker.
    pub applied_at: i64,
}

/// One component's contribution, for the "why this position" view.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Component {
    pub name: ComponentName,
    /// 0–100.
    pub points: f64,
    pub weight: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ComponentName {
    Predikat,
    RecentPredikat,
    NineBox,
    JpMissing,
    NoTrainingYet,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Within the quota.
    Offered,
    /// Beyond it, in order.
    Waiting,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Ranked {
    pub key: i64,
    /// 1-based.
    pub position: u32,
    /// 0–100, two decimals.
    pub score: f64,
    pub components: [Component; 5],
    pub outcome: Outcome,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MeritError {
    #[error("the merit weights are all zero")]
    NoWeight,
    #[error("talent box {value} is not 1–9")]
    NineBox { value: u8 },
    #[error("at most {max} applicants, not {count}")]
    TooMany { count: usize, max: usize },
}

/// The most applicants one ranking takes (far above any offering's list).
pub const MAX_APPLICANTS: usize = 100_000;

fn points(p: Predikat) -> f64 {
    match p {
        Predikat::SangatBaik => 100.0,
        Predikat::Baik => 80.0,
        Predikat::ButuhPerbaikan => 60.0,
        Predikat::KurangMisconduct => 40.0,
        Predikat::SangatKurang => 20.0,
    }
}

fn components(rs: &RuleSet, a: &Applicant) -> [Component; 5] {
    let w = rs.merit;
    let recent: Vec<f64> = a.recent.iter().take(2).map(|p| points(*p)).collect();
    let recent =
        if recent.is_empty() { 0.0 } else { recent.iter().sum::<f64>() / recent.len() as f64 };
    let minimum = rs.jp_pns_min.max(1);
    let jp = f64::from(a.jp_missing.min(minimum)) * 100.0 / f64::from(minimum);
    let c = |name, points, weight| Component { name, points, weight };
    [
        c(ComponentName::Predikat, a.predikat.map_or(0.0, points), w.predikat),
        c(ComponentName::RecentPredikat, recent, w.recent_predikat),
        c(ComponentName::NineBox, a.nine_box.map_or(0.0, |k| f64::from(k - 1) * 12.5), w.nine_box),
        c(ComponentName::JpMissing, jp, w.jp_missing),
        c(
            ComponentName::NoTrainingYet,
            if a.trained_this_year { 0.0 } else { 100.0 },
            w.no_training_yet,
        ),
    ]
}

/// Rank `applicants` and offer the first `quota` a place.
pub fn rank(
    rs: &RuleSet,
    applicants: &[Applicant],
    quota: u32,
) -> Result<(Vec<Ranked>, Trace), MeritError> {
    let w = rs.merit;
    let total = w.predikat + w.recent_predikat + w.nine_box + w.jp_missing + w.no_training_yet;
    if total == 0 {
        return Err(MeritError::NoWeight);
    }
    if applicants.len() > MAX_APPLICANTS {
        return Err(MeritError::TooMany { count: applicants.len(), max: MAX_APPLICANTS });
    }
    if let Some(bad) = applicants.iter().filter_map(|a| a.nine_box).find(|k| !(1..=9).contains(k)) {
        return Err(MeritError::NineBox { value: bad });
    }
    let mut scored: Vec<(f64, &Applicant, [Component; 5])> = applicants
        .iter()
        .map(|a| {
            let parts = components(rs, a);
            let sum: f64 = parts.iter().map(|c| c.points * f64::from(c.weight)).sum();
            // Rounded to two decimals before comparing: what the page shows is what decides.
            let score = (sum / f64::from(total) * 100.0).round() / 100.0;
            (score, a, parts)
        })
        .collect();
    scored.sort_by(|(sa, a, _), (sb, b, _)| {
        sb.total_cmp(sa).then(a.applied_at.cmp(&b.applied_at)).then(a.key.cmp(&b.key))
    });
    let ranked: Vec<Ranked> = scored
        .into_iter()
        .enumerate()
        .map(|(i, (score, a, components))| Ranked {
            key: a.key,
            position: i as u32 + 1,
            score,
            components,
            outcome: if (i as u32) < quota { Outcome::Offered } else { Outcome::Waiting },
        })
        .collect();
    let mut trace = Trace::new();
    trace.push(
        "merit.weights",
        REGULATION,
        &[
            ("predikat", w.predikat.to_string()),
            ("recent_predikat", w.recent_predikat.to_string()),
            ("nine_box", w.nine_box.to_string()),
            ("jp_missing", w.jp_missing.to_string()),
            ("no_training_yet", w.no_training_yet.to_string()),
        ],
        total.to_string(),
    );
    let offered = ranked.iter().filter(|r| r.outcome == Outcome::Offered).count();
    trace.push(
        "merit.rank",
        REGULATION,
        &[("applicants", ranked.len().to_string()), ("quota", quota.to_string())],
        offered.to_string(),
    );
    Ok((ranked, trace))
}

#[cfg(test)]
mod tests;
