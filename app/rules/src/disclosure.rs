//! Which group figures a public board may show (issue 16: boards that protect privacy).
//!
//! A figure about fewer than `k` people is not shown (primary suppression). Nor is any figure
//! a reader could work out by subtraction: when a total is shown beside its parts, the hidden
//! parts must together hold at least `k` people and be at least two, else the total minus the
//! shown parts would reveal them. So the smallest shown parts are hidden too (complementary
//! suppression) until that holds; if it cannot hold, the total is hidden as well. `k` is the
//! agency's, 10 by default and never below 5.

use serde::{Deserialize, Serialize};

use crate::explain::Trace;

const REGULATION: &str =
    "UU 27/2022 (Pelindungan Data Pribadi); ambang kelompok kecil Prestasi [U: k per instansi]";

/// The smallest `k` an agency may set.
pub const K_FLOOR: u32 = 5;
/// `k` when the agency sets none.
pub const K_DEFAULT: u32 = 10;

/// The `k` in force: the agency's, raised to the floor.
pub fn k_of(configured: Option<u32>) -> u32 {
    configured.unwrap_or(K_DEFAULT).max(K_FLOOR)
}

/// Why a figure is hidden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Hidden {
    /// Fewer than `k` people.
    SmallGroup,
    /// Shown, it would let a reader subtract their way to a small group.
    Complementary,
}

/// The verdict on a table of parts (by the number of people behind each) and their total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Disclosure {
    /// Per part, in the order given: `None` when it may be shown.
    pub parts: Vec<Option<Hidden>>,
    pub total: Option<Hidden>,
}

impl Disclosure {
    pub fn shown(&self, part: usize) -> bool {
        self.parts.get(part).is_some_and(Option::is_none)
    }
}

/// The parts (`people` behind each) of a total shown beside them: which may be shown.
pub fn disclose(people: &[u32], k: u32) -> (Disclosure, Trace) {
    let k = k.max(K_FLOOR);
    let total_people: u64 = people.iter().map(|p| u64::from(*p)).sum();
    let mut parts: Vec<Option<Hidden>> =
        people.iter().map(|p| (*p < k).then_some(Hidden::SmallGroup)).collect();
    let hidden_people = |parts: &[Option<Hidden>]| -> u64 {
        parts.iter().zip(people).filter(|(h, _)| h.is_some()).map(|(_, p)| u64::from(*p)).sum()
    };
    let hidden_count = |parts: &[Option<Hidden>]| parts.iter().filter(|h| h.is_some()).count();
    // While the hidden parts are one alone or together under k, hide the smallest shown part
    // (ties: the first), so that no subtraction isolates a small group.
    while hidden_count(&parts) > 0
        && (hidden_count(&parts) < 2 || hidden_people(&parts) < u64::from(k))
    {
        let next = parts
            .iter()
            .zip(people)
            .enumerate()
            .filter(|(_, (h, _))| h.is_none())
            .min_by_key(|(i, (_, p))| (**p, *i))
            .map(|(i, _)| i);
        match next {
            Some(i) => parts[i] = Some(Hidden::Complementary),
            None => break,
        }
    }
    let total = if total_people < u64::from(k) {
        Some(Hidden::SmallGroup)
    } else if hidden_count(&parts) > 0 && hidden_people(&parts) < u64::from(k) {
        // Every part hidden and still together under k: the total is that small group.
        Some(Hidden::Complementary)
    } else {
        None
    };
    let mut trace = Trace::new();
    trace.push(
        "disclosure.k",
        REGULATION,
        &[("k", k.to_string()), ("parts", people.len().to_string())],
        hidden_count(&parts).to_string(),
    );
    (Disclosure { parts, total }, trace)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict(people: &[u32], k: u32) -> (Vec<Option<Hidden>>, Option<Hidden>) {
        let (d, _) = disclose(people, k);
        (d.parts, d.total)
    }

    use Hidden::{Complementary as C, SmallGroup as S};

    #[test]
    fn k_is_ten_unless_the_agency_sets_one_and_never_below_five() {
        assert_eq!(k_of(None), 10);
        assert_eq!(k_of(Some(20)), 20);
        assert_eq!(k_of(Some(3)), 5);
        // A caller passing a k below the floor is raised to it.
        assert_eq!(verdict(&[4, 30], 2).0, [Some(S), Some(C)]);
    }

    #[test]
    fn groups_of_k_or_more_are_shown_with_their_total() {
        assert_eq!(verdict(&[10, 25, 40], 10), (vec![None, None, None], None));
        assert_eq!(verdict(&[], 10), (vec![], Some(S)), "nobody: nothing to show");
    }

    /// Units of 3, 12, 40 and 55 people, k = 10. The unit of 3 is hidden; alone, it could be
    /// recovered as total − 12 − 40 − 55, so the smallest shown unit (12) is hidden too; the two
    /// hidden hold 15 ≥ 10 people, so the total may show.
    #[test]
    fn one_small_group_takes_the_next_smallest_with_it() {
        assert_eq!(verdict(&[40, 3, 55, 12], 10), (vec![None, Some(S), None, Some(C)], None));
    }

    /// 2 and 4 people are both small and together 6 < 10: the 30 is hidden with them, and the
    /// hidden three hold 36.
    #[test]
    fn small_groups_hidden_together_must_reach_k() {
        assert_eq!(verdict(&[2, 30, 4, 50], 10), (vec![Some(S), Some(C), Some(S), None], None));
    }

    /// Two small units that are all there is: 3 + 4 = 7 < 10, so the total is a small group too.
    #[test]
    fn a_total_under_k_is_hidden_with_every_part() {
        assert_eq!(verdict(&[3, 4], 10), (vec![Some(S), Some(S)], Some(S)));
        // 6 + 6 = 12 people: each part small, the total may show (it reveals neither).
        assert_eq!(verdict(&[6, 6], 10), (vec![Some(S), Some(S)], None));
    }

    /// Ties among the smallest shown parts take the first; a single part of k or more shows.
    #[test]
    fn ties_are_broken_by_order_and_a_lone_part_stands_for_its_total() {
        assert_eq!(verdict(&[1, 20, 20], 10), (vec![Some(S), Some(C), None], None));
        assert_eq!(verdict(&[12], 10), (vec![None], None));
        assert_eq!(verdict(&[9], 10), (vec![Some(S)], Some(S)));
    }

    #[test]
    fn the_trace_names_k_and_how_many_were_hidden() {
        let (d, trace) = disclose(&[40, 3, 55, 12], 10);
        assert!(d.shown(0) && !d.shown(1) && !d.shown(9));
        assert_eq!(trace.steps[0].rule, "disclosure.k");
        assert_eq!(trace.steps[0].inputs[0], ("k".to_string(), "10".to_string()));
        assert_eq!(trace.steps[0].output, "2");
    }
}
