//! Who may apply to a development offering: the criteria the HR office sets on it (minimum
//! predikat in force, ASN type, golongan range, unit), each checked and each failure named, so
//! the employee reads why an offering is closed to them.

use serde::{Deserialize, Serialize};

use crate::{explain::Trace, nip::AsnKind, pangkat::Golongan, predikat::Predikat};

const REGULATION: &str = "PP 11/2017 Ps. 203–206 (pengembangan kompetensi sesuai kebutuhan)";

/// An offering's criteria; `None` means any.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Criteria {
    pub min_predikat: Option<Predikat>,
    pub asn_kind: Option<AsnKind>,
    pub min_golongan: Option<Golongan>,
    pub max_golongan: Option<Golongan>,
    /// Only the people of one unit (and the units under it).
    pub unit_only: bool,
}

/// The applicant as the criteria see them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Person {
    pub predikat: Option<Predikat>,
    pub asn_kind: AsnKind,
    pub golongan: Option<Golongan>,
    /// Whether the person works in the offering's unit or under it.
    pub in_unit: bool,
}

/// A criterion the person does not meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Unmet {
    /// No predikat in force, or a lower one than required.
    Predikat {
        required: Predikat,
        actual: Option<Predikat>,
    },
    AsnKind {
        required: AsnKind,
    },
    /// Below the minimum or above the maximum golongan (or none recorded, PPPK).
    Golongan {
        min: Option<Golongan>,
        max: Option<Golongan>,
        actual: Option<Golongan>,
    },
    Unit,
}

/// Predikat from best to worst: is `p` at least `min`?
fn at_least(p: Predikat, min: Predikat) -> bool {
    let rank = |p: Predikat| Predikat::ALL.iter().position(|q| *q == p).unwrap_or(usize::MAX);
    rank(p) <= rank(min)
}

/// Every criterion `person` does not meet (empty: eligible).
pub fn check(criteria: &Criteria, person: &Person) -> (Vec<Unmet>, Trace) {
    let mut unmet = Vec::new();
    if let Some(required) = criteria.min_predikat {
        if !person.predikat.is_some_and(|p| at_least(p, required)) {
            unmet.push(Unmet::Predikat { required, actual: person.predikat });
        }
    }
    if let Some(required) = criteria.asn_kind {
        if person.asn_kind != required {
            unmet.push(Unmet::AsnKind { required });
        }
    }
    let (min, max) = (criteria.min_golongan, criteria.max_golongan);
    if min.is_some() || max.is_some() {
        let fits = person
            .golongan
            .is_some_and(|g| min.is_none_or(|m| g >= m) && max.is_none_or(|m| g <= m));
        if !fits {
            unmet.push(Unmet::Golongan { min, max, actual: person.golongan });
        }
    }
    if criteria.unit_only && !person.in_unit {
        unmet.push(Unmet::Unit);
    }
    let mut trace = Trace::new();
    trace.push(
        "eligibility.check",
        REGULATION,
        &[("unmet", unmet.len().to_string())],
        if unmet.is_empty() { "eligible" } else { "not_eligible" },
    );
    (unmet, trace)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(code: &str) -> Golongan {
        code.parse().unwrap()
    }

    #[test]
    fn each_unmet_criterion_is_named_and_none_means_eligible() {
        let person = Person {
            predikat: Some(Predikat::Baik),
            asn_kind: AsnKind::Pns,
            golongan: Some(g("III/b")),
            in_unit: false,
        };
        assert!(check(&Criteria::default(), &person).0.is_empty());
        let strict = Criteria {
            min_predikat: Some(Predikat::SangatBaik),
            asn_kind: Some(AsnKind::Pppk),
            min_golongan: Some(g("III/c")),
            max_golongan: None,
            unit_only: true,
        };
        let (unmet, trace) = check(&strict, &person);
        assert_eq!(
            unmet,
            [
                Unmet::Predikat { required: Predikat::SangatBaik, actual: Some(Predikat::Baik) },
                Unmet::AsnKind { required: AsnKind::Pppk },
                Unmet::Golongan { min: Some(g("III/c")), max: None, actual: Some(g("III/b")) },
                Unmet::Unit,
            ]
        );
        assert_eq!(trace.steps[0].output, "not_eligible");
        let fair = Criteria {
            min_predikat: Some(Predikat::Baik),
            min_golongan: Some(g("III/a")),
            max_golongan: Some(g("III/d")),
            ..Criteria::default()
        };
        assert!(check(&fair, &person).0.is_empty(), "Baik meets a Baik minimum; III/b is in range");
        let no_rating = Person { predikat: None, ..person };
        assert_eq!(check(&fair, &no_rating).0.len(), 1, "no predikat in force fails a minimum");
    }
}
