//! The distribution (kurva) check: employee predikat in a unit against the organisation's
//! predikat (SE MenPANRB 3/2023; asn-rules.md §1.6), with the smallest set of changes that would
//! make the unit compliant.
//!
//! Percentages become head counts with the rule set's rounding (ceil for minimums and floor for
//! maximums by default; the circular is silent on small units [U]). "Majority" is read as more
//! than half.

use serde::{Deserialize, Serialize};

use crate::{explain::Trace, predikat::Predikat, rule_set::RuleSet};

const REGULATION: &str = "SE MenPANRB 3/2023 (pola distribusi predikat kinerja pegawai)";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum OrgPredikat {
    Istimewa,
    Baik,
    ButuhPerbaikan,
    Kurang,
    SangatKurang,
}

impl OrgPredikat {
    /// Best first, as the regulation lists them.
    pub const ALL: [OrgPredikat; 5] = [
        OrgPredikat::Istimewa,
        OrgPredikat::Baik,
        OrgPredikat::ButuhPerbaikan,
        OrgPredikat::Kurang,
        OrgPredikat::SangatKurang,
    ];

    pub fn from_code(code: &str) -> Option<OrgPredikat> {
        Self::ALL.into_iter().find(|o| o.code() == code)
    }

    pub fn code(self) -> &'static str {
        match self {
            OrgPredikat::Istimewa => "istimewa",
            OrgPredikat::Baik => "baik",
            OrgPredikat::ButuhPerbaikan => "butuh_perbaikan",
            OrgPredikat::Kurang => "kurang",
            OrgPredikat::SangatKurang => "sangat_kurang",
        }
    }
}

/// Stored organisation predikat are read as their codes.
impl TryFrom<String> for OrgPredikat {
    type Error = String;

    fn try_from(code: String) -> Result<Self, Self::Error> {
        OrgPredikat::from_code(&code).ok_or_else(|| format!("unknown org predikat code {code:?}"))
    }
}

/// Head counts per predikat, best first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Counts {
    pub sangat_baik: u32,
    pub baik: u32,
    pub butuh_perbaikan: u32,
    pub kurang_misconduct: u32,
    pub sangat_kurang: u32,
}

impl Counts {
    pub fn from_predikat(all: &[Predikat]) -> Counts {
        let mut c = Counts::default();
        for p in all {
            *c.get_mut(*p) += 1;
        }
        c
    }

    pub fn get(&self, p: Predikat) -> u32 {
        match p {
            Predikat::SangatBaik => self.sangat_baik,
            Predikat::Baik => self.baik,
            Predikat::ButuhPerbaikan => self.butuh_perbaikan,
            Predikat::KurangMisconduct => self.kurang_misconduct,
            Predikat::SangatKurang => self.sangat_kurang,
        }
    }

    fn get_mut(&mut self, p: Predikat) -> &mut u32 {
        match p {
            Predikat::SangatBaik => &mut self.sangat_baik,
            Predikat::Baik => &mut self.baik,
            Predikat::ButuhPerbaikan => &mut self.butuh_perbaikan,
            Predikat::KurangMisconduct => &mut self.kurang_misconduct,
            Predikat::SangatKurang => &mut self.sangat_kurang,
        }
    }

    pub fn total(&self) -> u32 {
        Predikat::ALL.iter().map(|p| self.get(*p)).sum()
    }

    fn sum(&self, set: &[Predikat]) -> u32 {
        set.iter().map(|p| self.get(*p)).sum()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    AtLeast,
    AtMost,
}

/// One constraint of the pattern and how the unit fares against it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ConstraintVerdict {
    /// Stable id, e.g. `max_percent` or `majority`.
    pub rule: String,
    /// The predikat the constraint counts together.
    pub predikat: Vec<Predikat>,
    pub bound: Bound,
    /// The percentage in the circular, when it states one.
    pub percent: Option<u32>,
    /// The head count the bound means for this unit.
    pub limit: u32,
    pub actual: u32,
    pub pass: bool,
}

/// Move `count` people from one predikat to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Change {
    pub from: Predikat,
    pub to: Predikat,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DistributionCheck {
    pub org_predikat: OrgPredikat,
    pub total: u32,
    pub constraints: Vec<ConstraintVerdict>,
    pub compliant: bool,
    /// The fewest individual changes that make the unit compliant (empty when it already is).
    pub suggested_changes: Vec<Change>,
    /// `false` when no distribution of this unit's size can satisfy every constraint (for
    /// example one person under "Istimewa" with a 70% cap): the rounding rule needs a decision.
    pub feasible: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DistributionError {
    #[error("the unit has no employees")]
    EmptyUnit,
    #[error("a unit holds at most {max} employees, not {total}")]
    TooLarge { total: u64, max: u32 },
}

/// The most employees one unit can hold: more than the largest agency has (Indonesia's largest
/// employ a few hundred thousand ASN), so a count beyond it is a mistake, not a unit.
pub const MAX_HEADCOUNT: u32 = 1_000_000;

struct Constraint {
    rule: &'static str,
    set: &'static [Predikat],
    bound: Bound,
    percent: Option<u32>,
    limit: u32,
}

use Predikat::*;

fn constraints(rs: &RuleSet, org: OrgPredikat, n: u32) -> Vec<Constraint> {
    let p = &rs.distribution;
    let min = |pct: u32| p.min_rounding.apply(pct, n);
    let max = |pct: u32| p.max_rounding.apply(pct, n);
    let majority = n / 2 + 1;
    let c = |rule, set, bound, percent, limit| Constraint { rule, set, bound, percent, limit };
    match org {
        OrgPredikat::Istimewa => vec![
            c("majority", &[SangatBaik], Bound::AtLeast, None, majority),
            c(
                "max_percent",
                &[SangatBaik],
                Bound::AtMost,
                Some(p.istimewa_max_sangat_baik_percent),
                max(p.istimewa_max_sangat_baik_percent),
            ),
        ],
        OrgPredikat::Baik => vec![
            c("majority", &[Baik], Bound::AtLeast, None, majority),
            c(
                "max_percent",
                &[Baik],
                Bound::AtMost,
                Some(p.baik_max_baik_percent),
                max(p.baik_max_baik_percent),
            ),
            c("at_least_one", &[ButuhPerbaikan, KurangMisconduct], Bound::AtLeast, None, 1),
        ],
        OrgPredikat::ButuhPerbaikan => vec![
            c(
                "min_percent",
                &[ButuhPerbaikan],
                Bound::AtLeast,
                Some(p.butuh_perbaikan_min_percent),
                min(p.butuh_perbaikan_min_percent),
            ),
            c(
                "max_percent",
                &[SangatBaik],
                Bound::AtMost,
                Some(p.butuh_perbaikan_max_sangat_baik_percent),
                max(p.butuh_perbaikan_max_sangat_baik_percent),
            ),
        ],
        OrgPredikat::Kurang => vec![
            c(
                "min_percent",
                &[KurangMisconduct],
                Bound::AtLeast,
                Some(p.kurang_min_kurang_percent),
                min(p.kurang_min_kurang_percent),
            ),
            c(
                "min_percent",
                &[ButuhPerbaikan],
                Bound::AtLeast,
                Some(p.kurang_min_butuh_perbaikan_percent),
                min(p.kurang_min_butuh_perbaikan_percent),
            ),
            c(
                "max_percent",
                &[SangatBaik],
                Bound::AtMost,
                Some(p.kurang_max_sangat_baik_percent),
                max(p.kurang_max_sangat_baik_percent),
            ),
        ],
        OrgPredikat::SangatKurang => vec![
            c(
                "min_percent",
                &[SangatKurang],
                Bound::AtLeast,
                Some(p.sangat_kurang_min_percent),
                min(p.sangat_kurang_min_percent),
            ),
            c(
                "min_percent",
                &[KurangMisconduct, ButuhPerbaikan],
                Bound::AtLeast,
                Some(p.sangat_kurang_min_kurang_or_bp_percent),
                min(p.sangat_kurang_min_kurang_or_bp_percent),
            ),
            c("none", &[SangatBaik], Bound::AtMost, Some(0), 0),
        ],
    }
}

fn violation(cs: &[Constraint], counts: &Counts) -> u32 {
    cs.iter()
        .map(|c| {
            let actual = counts.sum(c.set);
            match c.bound {
                Bound::AtLeast => c.limit.saturating_sub(actual),
                Bound::AtMost => actual.saturating_sub(c.limit),
            }
        })
        .sum()
}

/// Check a unit and suggest the fewest changes.
pub fn check_distribution(
    rs: &RuleSet,
    org: OrgPredikat,
    counts: Counts,
) -> Result<(DistributionCheck, Trace), DistributionError> {
    // Summed wide: five counts near u32::MAX must be refused, not wrap around.
    let wide: u64 = Predikat::ALL.iter().map(|p| u64::from(counts.get(*p))).sum();
    if wide > u64::from(MAX_HEADCOUNT) {
        return Err(DistributionError::TooLarge { total: wide, max: MAX_HEADCOUNT });
    }
    let n = counts.total();
    if n == 0 {
        return Err(DistributionError::EmptyUnit);
    }
    let cs = constraints(rs, org, n);
    let verdicts: Vec<ConstraintVerdict> = cs
        .iter()
        .map(|c| {
            let actual = counts.sum(c.set);
            let pass = match c.bound {
                Bound::AtLeast => actual >= c.limit,
                Bound::AtMost => actual <= c.limit,
            };
            ConstraintVerdict {
                rule: c.rule.to_string(),
                predikat: c.set.to_vec(),
                bound: c.bound,
                percent: c.percent,
                limit: c.limit,
                actual,
                pass,
            }
        })
        .collect();
    let compliant = verdicts.iter().all(|v| v.pass);
    let (suggested_changes, feasible) =
        if compliant { (Vec::new(), true) } else { fewest_changes(&cs, counts) };

    let mut trace = Trace::new();
    for v in &verdicts {
        trace.push(
            &format!("distribution.{}", v.rule),
            REGULATION,
            &[
                ("org_predikat", org.code().into()),
                ("predikat", v.predikat.iter().map(|p| p.code()).collect::<Vec<_>>().join("+")),
                ("limit", v.limit.to_string()),
                ("actual", v.actual.to_string()),
            ],
            if v.pass { "pass" } else { "fail" },
        );
    }
    Ok((
        DistributionCheck {
            org_predikat: org,
            total: n,
            constraints: verdicts,
            compliant,
            suggested_changes,
            feasible,
        },
        trace,
    ))
}

/// Greedy repair: each step takes the move that lowers the total violation most, preferring
/// moves between neighbouring predikat, and makes it for as many people as keep lowering the
/// violation at the same rate. Every useful move lowers it by one or two per person, and the
/// tests check the result against exhaustive search on small units.
///
/// Moving people in batches keeps the work independent of the head counts: the violation is a
/// sum of `max(0, affine)` terms, so along one move it falls at a steady rate until a term
/// reaches zero, and a binary search finds that point. The number of steps is bounded by the
/// number of constraint terms, not by the size of the unit.
fn fewest_changes(cs: &[Constraint], start: Counts) -> (Vec<Change>, bool) {
    let mut counts = start;
    let mut changes: Vec<Change> = Vec::new();
    let mut current = violation(cs, &counts);
    while current > 0 {
        let mut best: Option<(u32, u8, Predikat, Predikat)> = None;
        for from in Predikat::ALL {
            if counts.get(from) == 0 {
                continue;
            }
            for to in Predikat::ALL {
                if to == from {
                    continue;
                }
                *counts.get_mut(from) -= 1;
                *counts.get_mut(to) += 1;
                let v = violation(cs, &counts);
                *counts.get_mut(to) -= 1;
                *counts.get_mut(from) += 1;
                if v < current {
                    let distance = (from as i8 - to as i8).unsigned_abs();
                    let better = match best {
                        None => true,
                        Some((bv, bd, ..)) => v < bv || (v == bv && distance < bd),
                    };
                    if better {
                        best = Some((v, distance, from, to));
                    }
                }
            }
        }
        let Some((v, _, from, to)) = best else {
            return (changes, false);
        };
        let count = steady_run(cs, &counts, from, to, current - v);
        *counts.get_mut(from) -= count;
        *counts.get_mut(to) += count;
        current = violation(cs, &counts);
        match changes.iter_mut().find(|c| c.from == from && c.to == to) {
            Some(c) => c.count += count,
            None => changes.push(Change { from, to, count }),
        }
    }
    (changes, true)
}

/// How many people (at least one) can move from `from` to `to` while each lowers the
/// violation by `rate`: the violation along the move is convex, so those form a prefix.
fn steady_run(cs: &[Constraint], counts: &Counts, from: Predikat, to: Predikat, rate: u32) -> u32 {
    let base = violation(cs, counts);
    let after = |k: u32| {
        let mut c = *counts;
        *c.get_mut(from) -= k;
        *c.get_mut(to) += k;
        violation(cs, &c)
    };
    let steady = |k: u32| u64::from(after(k)) + u64::from(k) * u64::from(rate) == u64::from(base);
    let (mut good, mut bad) = (1, counts.get(from) + 1);
    while bad - good > 1 {
        let mid = good + (bad - good) / 2;
        if steady(mid) {
            good = mid;
        } else {
            bad = mid;
        }
    }
    good
}

#[cfg(test)]
mod tests;
