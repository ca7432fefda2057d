//! Learning hours (JP): the yearly total against the PNS minimum (20 JP, PP 11/2017 Ps. 203)
//! and the PPPK maximum (24 JP, PP 49/2018 Ps. 40). One JP is 45 minutes [P].

use serde::{Deserialize, Serialize};

use crate::{explain::Trace, nip::AsnKind, rule_set::RuleSet};

const REGULATION: &str = "PP 11/2017 Ps. 203 (PNS ≥ 20 JP); PP 49/2018 Ps. 40 (PPPK ≤ 24 JP)";

/// Minutes per JP.
pub const MINUTES_PER_JP: u32 = 45;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum JpStatus {
    /// PNS below the yearly minimum.
    BelowMinimum,
    Met,
    /// PPPK above the yearly maximum.
    AboveMaximum,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct JpSummary {
    pub total_jp: u32,
    pub status: JpStatus,
    /// JP still needed (PNS) or over the cap (PPPK).
    pub gap: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TrainingError {
    #[error("activity {index}: {jp} JP is more than a year can hold")]
    TooMany { index: usize, jp: u32 },
}

/// Whole JP from minutes (rounded down: a JP is counted when completed).
pub fn jp_from_minutes(minutes: u32) -> u32 {
    minutes / MINUTES_PER_JP
}

pub fn yearly_jp(
    rs: &RuleSet,
    kind: AsnKind,
    activities_jp: &[u32],
) -> Result<(JpSummary, Trace), TrainingError> {
    // 24 hours × 366 days of 45-minute units is a generous impossibility bound per activity.
    for (i, jp) in activities_jp.iter().enumerate() {
        if *jp > 11_712 {
            return Err(TrainingError::TooMany { index: i + 1, jp: *jp });
        }
    }
    let total_jp: u32 = activities_jp.iter().sum();
    let (status, gap) = match kind {
        AsnKind::Pns if total_jp < rs.jp_pns_min => {
            (JpStatus::BelowMinimum, rs.jp_pns_min - total_jp)
        }
        AsnKind::Pppk if total_jp > rs.jp_pppk_max => {
            (JpStatus::AboveMaximum, total_jp - rs.jp_pppk_max)
        }
        _ => (JpStatus::Met, 0),
    };
    let mut trace = Trace::new();
    trace.push(
        "training.jp",
        REGULATION,
        &[("kind", format!("{kind:?}").to_lowercase()), ("total_jp", total_jp.to_string())],
        format!("{status:?}").to_lowercase(),
    );
    Ok((JpSummary { total_jp, status, gap }, trace))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pns_need_twenty_jp_and_pppk_may_take_at_most_twenty_four() {
        let rs = RuleSet::current();
        let s = |k, a: &[u32]| yearly_jp(&rs, k, a).unwrap().0;
        assert_eq!(
            s(AsnKind::Pns, &[8, 6]),
            JpSummary { total_jp: 14, status: JpStatus::BelowMinimum, gap: 6 }
        );
        assert_eq!(s(AsnKind::Pns, &[20]).status, JpStatus::Met);
        assert_eq!(s(AsnKind::Pppk, &[24]).status, JpStatus::Met);
        assert_eq!(
            s(AsnKind::Pppk, &[20, 10]),
            JpSummary { total_jp: 30, status: JpStatus::AboveMaximum, gap: 6 }
        );
        assert_eq!(jp_from_minutes(90), 2);
        assert_eq!(jp_from_minutes(89), 1);
        assert!(yearly_jp(&rs, AsnKind::Pns, &[1, 20_000]).is_err());
    }
}
