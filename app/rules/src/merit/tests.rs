use super::*;
use Predikat::*;

fn applicant(key: i64, predikat: Option<Predikat>, recent: &[Predikat]) -> Applicant {
    Applicant {
        key,
        predikat,
        recent: recent.to_vec(),
        nine_box: None,
        jp_missing: 0,
        trained_this_year: true,
        applied_at: key * 1000,
    }
}

/// The hand-worked table (weights 35/25/15/15/10):
///
/// | key | in force | last two | kotak | JP missing | trained | score |
/// |-----|----------|----------|-------|------------|---------|-------|
/// | 1   | SB (100) | SB, B (90) | 9 (100) | 0 (0)  | yes (0) | (3500+2250+1500)/100 = 72.50 |
/// | 2   | B (80)   | B, B (80)  | – (0)   | 20 (100) | no (100) | (2800+2000+1500+1000)/100 = 73.00 |
/// | 3   | B (80)   | B (80)     | 5 (50)  | 10 (50)  | yes (0)  | (2800+2000+750+750)/100 = 63.00 |
/// | 4   | –        | –          | –       | 20 (100) | no (100) | (1500+1000)/100 = 25.00 |
/// | 5   | as 3, applied before it                                    | 63.00 |
#[test]
fn the_hand_worked_table_ranks_need_beside_performance_and_breaks_ties_by_time() {
    let rs = RuleSet::current();
    let a1 = Applicant { nine_box: Some(9), ..applicant(1, Some(SangatBaik), &[SangatBaik, Baik]) };
    let a2 = Applicant {
        jp_missing: 20,
        trained_this_year: false,
        ..applicant(2, Some(Baik), &[Baik, Baik])
    };
    let a3 = Applicant { nine_box: Some(5), jp_missing: 10, ..applicant(3, Some(Baik), &[Baik]) };
    let a4 = Applicant { jp_missing: 20, trained_this_year: false, ..applicant(4, None, &[]) };
    let a5 = Applicant { key: 5, applied_at: 500, ..a3.clone() };
    let (ranked, trace) = rank(&rs, &[a1, a2, a3, a4, a5], 2).unwrap();
    let order: Vec<(i64, f64, Outcome)> =
        ranked.iter().map(|r| (r.key, r.score, r.outcome)).collect();
    assert_eq!(
        order,
        [
            (2, 73.0, Outcome::Offered),
            (1, 72.5, Outcome::Offered),
            (5, 63.0, Outcome::Waiting),
            (3, 63.0, Outcome::Waiting),
            (4, 25.0, Outcome::Waiting),
        ]
    );
    assert_eq!(ranked.iter().map(|r| r.position).collect::<Vec<_>>(), [1, 2, 3, 4, 5]);
    let why = &ranked[0].components;
    assert_eq!(why[3], Component { name: ComponentName::JpMissing, points: 100.0, weight: 15 });
    assert_eq!(trace.steps.last().unwrap().output, "2", "two offered");
}

#[test]
fn jp_missing_counts_pro_rata_up_to_the_minimum_and_weights_are_the_rule_sets() {
    let mut rs = RuleSet::current();
    rs.merit = MeritWeights {
        predikat: 0,
        recent_predikat: 0,
        nine_box: 0,
        jp_missing: 1,
        no_training_yet: 0,
    };
    let a = |key, jp| Applicant { jp_missing: jp, ..applicant(key, Some(Baik), &[]) };
    let (ranked, _) = rank(&rs, &[a(1, 5), a(2, 40), a(3, 0)], 10).unwrap();
    let scores: Vec<(i64, f64)> = ranked.iter().map(|r| (r.key, r.score)).collect();
    assert_eq!(scores, [(2, 100.0), (1, 25.0), (3, 0.0)]);
    assert!(ranked.iter().all(|r| r.outcome == Outcome::Offered));
    rs.merit.jp_missing = 0;
    assert_eq!(rank(&rs, &[a(1, 5)], 1).unwrap_err(), MeritError::NoWeight);
}

#[test]
fn a_box_outside_one_to_nine_is_refused_and_an_empty_list_is_empty() {
    let rs = RuleSet::current();
    let bad = Applicant { nine_box: Some(10), ..applicant(1, None, &[]) };
    assert_eq!(rank(&rs, &[bad], 1).unwrap_err(), MeritError::NineBox { value: 10 });
    let zero = Applicant { nine_box: Some(0), ..applicant(1, None, &[]) };
    assert!(rank(&rs, &[zero], 1).is_err());
    assert!(rank(&rs, &[], 3).unwrap().0.is_empty());
}
