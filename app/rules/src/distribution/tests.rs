use super::*;

fn counts(sb: u32, b: u32, bp: u32, k: u32, sk: u32) -> Counts {
    Counts {
        sangat_baik: sb,
        baik: b,
        butuh_perbaikan: bp,
        kurang_misconduct: k,
        sangat_kurang: sk,
    }
}

fn check(org: OrgPredikat, c: Counts) -> DistributionCheck {
    check_distribution(&RuleSet::current(), org, c).unwrap().0
}

#[test]
fn worked_example_4_org_baik_with_20_staff_allows_14_baik_and_needs_one_below() {
    let ok = check(OrgPredikat::Baik, counts(4, 14, 2, 0, 0));
    assert!(ok.compliant, "{ok:?}");
    let max = ok.constraints.iter().find(|c| c.rule == "max_percent").unwrap();
    assert_eq!((max.limit, max.actual), (14, 14));

    let too_many = check(OrgPredikat::Baik, counts(2, 18, 0, 0, 0));
    assert!(!too_many.compliant);
    let failed: Vec<_> =
        too_many.constraints.iter().filter(|c| !c.pass).map(|c| c.rule.as_str()).collect();
    assert_eq!(failed, ["max_percent", "at_least_one"]);
    // Four Baik must change: one of them to Butuh Perbaikan (the neighbour below), three up.
    let moved: u32 = too_many.suggested_changes.iter().map(|c| c.count).sum();
    assert_eq!(moved, 4);
    assert!(too_many.suggested_changes.iter().any(|c| c.from == Baik && c.to == ButuhPerbaikan));
}

#[test]
fn worked_example_5_org_sangat_kurang_with_10_staff() {
    let ok = check(OrgPredikat::SangatKurang, counts(0, 2, 1, 1, 6));
    assert!(ok.compliant, "{ok:?}");
    let limits: Vec<_> = ok.constraints.iter().map(|c| c.limit).collect();
    assert_eq!(limits, [6, 1, 0]);
    let bad = check(OrgPredikat::SangatKurang, counts(1, 3, 0, 0, 6));
    let failed: Vec<_> =
        bad.constraints.iter().filter(|c| !c.pass).map(|c| c.rule.as_str()).collect();
    assert_eq!(failed, ["min_percent", "none"]);
    assert_eq!(bad.suggested_changes.iter().map(|c| c.count).sum::<u32>(), 1, "{bad:?}");
    assert_eq!(bad.suggested_changes[0].from, SangatBaik);
}

#[test]
fn org_istimewa_caps_sangat_baik_at_70_percent_but_wants_a_majority() {
    assert!(check(OrgPredikat::Istimewa, counts(7, 3, 0, 0, 0)).compliant);
    assert!(!check(OrgPredikat::Istimewa, counts(8, 2, 0, 0, 0)).compliant);
    assert!(!check(OrgPredikat::Istimewa, counts(5, 5, 0, 0, 0)).compliant);
}

#[test]
fn a_single_person_under_istimewa_cannot_comply_with_floor_rounding() {
    let c = check(OrgPredikat::Istimewa, counts(1, 0, 0, 0, 0));
    assert!(!c.compliant);
    assert!(!c.feasible);
}

#[test]
fn an_empty_unit_is_an_error() {
    assert_eq!(
        check_distribution(&RuleSet::current(), OrgPredikat::Baik, Counts::default()).unwrap_err(),
        DistributionError::EmptyUnit
    );
}

/// The fewest changes by exhaustive search over every distribution of the unit's size.
fn brute_force_min(org: OrgPredikat, c: Counts) -> Option<u32> {
    let rs = RuleSet::current();
    let n = c.total();
    let cs = constraints(&rs, org, n);
    let mut best = None;
    for sb in 0..=n {
        for b in 0..=n - sb {
            for bp in 0..=n - sb - b {
                for k in 0..=n - sb - b - bp {
                    let t = counts(sb, b, bp, k, n - sb - b - bp - k);
                    if violation(&cs, &t) == 0 {
                        let kept: u32 =
                            Predikat::ALL.iter().map(|p| c.get(*p).min(t.get(*p))).sum();
                        let moves = n - kept;
                        best = Some(best.map_or(moves, |m: u32| m.min(moves)));
                    }
                }
            }
        }
    }
    best
}

#[test]
fn suggested_changes_are_as_few_as_exhaustive_search_finds_for_every_small_unit() {
    let orgs = [
        OrgPredikat::Istimewa,
        OrgPredikat::Baik,
        OrgPredikat::ButuhPerbaikan,
        OrgPredikat::Kurang,
        OrgPredikat::SangatKurang,
    ];
    for n in 1..=8u32 {
        for sb in 0..=n {
            for b in 0..=n - sb {
                for bp in 0..=n - sb - b {
                    for k in 0..=n - sb - b - bp {
                        let c = counts(sb, b, bp, k, n - sb - b - bp - k);
                        for org in orgs {
                            let got = check(org, c);
                            let moves: u32 = got.suggested_changes.iter().map(|x| x.count).sum();
                            match brute_force_min(org, c) {
                                None => assert!(!got.feasible, "{org:?} {c:?}"),
                                Some(best) => {
                                    assert!(got.feasible, "{org:?} {c:?}");
                                    assert_eq!(
                                        moves, best,
                                        "{org:?} {c:?} {:?}",
                                        got.suggested_changes
                                    );
                                    let mut after = c;
                                    for ch in &got.suggested_changes {
                                        *after.get_mut(ch.from) -= ch.count;
                                        *after.get_mut(ch.to) += ch.count;
                                    }
                                    assert!(check(org, after).compliant, "{org:?} {c:?}");
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn a_unit_of_the_largest_size_is_repaired_in_a_few_steps_and_a_larger_one_is_refused() {
    let all_sangat_baik = counts(MAX_HEADCOUNT, 0, 0, 0, 0);
    let repaired = check(OrgPredikat::Baik, all_sangat_baik);
    // A majority of Baik (500,001) and one below Baik: 500,002 people, in two moves.
    let moved: u32 = repaired.suggested_changes.iter().map(|c| c.count).sum();
    assert_eq!(moved, MAX_HEADCOUNT / 2 + 2, "{:?}", repaired.suggested_changes);
    assert!(repaired.suggested_changes.len() <= 3, "{:?}", repaired.suggested_changes);
    assert!(repaired.feasible);

    let rs = RuleSet::current();
    let over = counts(MAX_HEADCOUNT, 1, 0, 0, 0);
    assert_eq!(
        check_distribution(&rs, OrgPredikat::Baik, over).unwrap_err(),
        DistributionError::TooLarge { total: u64::from(MAX_HEADCOUNT) + 1, max: MAX_HEADCOUNT }
    );
    // Counts that would wrap a 32-bit sum are refused, not wrapped into a small unit.
    let wrapping = counts(u32::MAX, 1, 0, 0, 0);
    assert!(matches!(
        check_distribution(&rs, OrgPredikat::Baik, wrapping),
        Err(DistributionError::TooLarge { .. })
    ));
}
