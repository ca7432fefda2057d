//! The parity battery: one JSON document of many rule results. Natively it must equal the
//! committed `parity/expected.json`; compiled to WebAssembly and run in Chromium it must equal
//! the same file, byte for byte.

use prestasi_rules::{
    angka_kredit::{ak_for_period, diploma_bonus, integrate_conventional},
    career::{next_kp_date, retirement, Eselon, Position},
    distribution::{check_distribution, Counts, OrgPredikat},
    jenjang::Jenjang,
    ninebox::place,
    nip::{parse_employee_number, AsnKind},
    predikat::{predikat_kinerja, Predikat, Rating},
    preview::skp_preview,
    promotion::{promotion_eligibility, CareerRecord},
    scoring::score,
    simulator::{
        monte_carlo, project, MonteCarloInput, PredikatDistribution, PredikatPlan, Scenario,
        ScenarioEvent,
    },
    training::yearly_jp,
    Date, RuleSet,
};
use serde_json::{json, Value};

use super::workloads::{big_unit, date, golongan, skp_preview_input};

fn either<T: serde::Serialize, E: serde::Serialize>(r: Result<T, E>) -> Value {
    match r {
        Ok(v) => json!({ "ok": v }),
        Err(e) => json!({ "err": e }),
    }
}

pub fn run() -> String {
    let rs = RuleSet::current();
    let mut out = serde_json::Map::new();

    out.insert(
        "predikat".into(),
        Rating::ALL
            .iter()
            .flat_map(|h| Rating::ALL.iter().map(move |p| predikat_kinerja(*h, *p)))
            .collect::<Vec<_>>()
            .into_iter()
            .map(|(p, t)| json!([p, t]))
            .collect(),
    );

    let mut ak = Vec::new();
    for j in Jenjang::ALL {
        for p in Predikat::ALL {
            for m in [1, 2, 5, 7, 12] {
                ak.push(either(ak_for_period(&rs, j, p, m)));
            }
        }
        ak.push(either(diploma_bonus(&rs, j, rs.jenjang(j).lowest)));
    }
    ak.push(either(integrate_conventional(333.3, golongan("IV/b"))));
    out.insert("angka_kredit".into(), ak.into());

    out.insert(
        "scores".into(),
        (0..=1250).step_by(7).map(|c| score(f64::from(c) / 10.0)).collect(),
    );

    let orgs = [
        OrgPredikat::Istimewa,
        OrgPredikat::Baik,
        OrgPredikat::ButuhPerbaikan,
        OrgPredikat::Kurang,
        OrgPredikat::SangatKurang,
    ];
    let units = [
        Counts {
            sangat_baik: 3,
            baik: 5,
            butuh_perbaikan: 1,
            kurang_misconduct: 0,
            sangat_kurang: 1,
        },
        Counts {
            sangat_baik: 0,
            baik: 20,
            butuh_perbaikan: 0,
            kurang_misconduct: 0,
            sangat_kurang: 0,
        },
        Counts {
            sangat_baik: 1,
            baik: 0,
            butuh_perbaikan: 0,
            kurang_misconduct: 0,
            sangat_kurang: 0,
        },
        big_unit(),
    ];
    out.insert(
        "distribution".into(),
        orgs.iter()
            .flat_map(|o| units.iter().map(move |u| (*o, *u)))
            .map(|(o, u)| either(check_distribution(&rs, o, u)))
            .collect(),
    );

    out.insert(
        "nip".into(),
        [
            "19860926 201505 1 001",
            "199603012022042001",
            "199009132025242014",
            "198602302015051001",
            "19860926201505100a",
            "1986",
        ]
        .iter()
        .map(|n| either(parse_employee_number(n)))
        .collect(),
    );

    let start = date("2025-01-01").to_days();
    out.insert(
        "kp_dates".into(),
        (0..730)
            .step_by(3)
            .map(|d| next_kp_date(&rs, Date::from_days(start + d)))
            .collect::<Vec<_>>()
            .into_iter()
            .map(|d| json!(d))
            .collect(),
    );

    let positions = [
        Position::Pelaksana,
        Position::Struktural { eselon: Eselon::IIa },
        Position::Fungsional { jenjang: Jenjang::AhliUtama },
    ];
    out.insert(
        "retirement".into(),
        positions.iter().map(|p| json!(retirement(&rs, date("1972-02-29"), *p))).collect(),
    );

    let record: CareerRecord = serde_json::from_value(json!({
        "birth_date": "1988-07-01", "golongan": "III/b", "tmt_golongan": "2021-10-01",
        "position": { "type": "fungsional", "jenjang": "ahli_pertama" }, "education": "s1",
        "angka_kredit": 87.5, "jenjang_vacancy": true,
        "predikat_history": [{ "year": 2023, "predikat": "baik" }, { "year": 2024, "predikat": "sangat_baik" }, { "year": 2025, "predikat": "baik" }]
    }))
    .expect("record");
    out.insert(
        "eligibility".into(),
        json!(promotion_eligibility(&rs, &record, date("2026-03-15"))),
    );

    let scenario = |plan, events| Scenario { start: date("2026-03-15"), plan, events };
    out.insert(
        "projection".into(),
        json!([
            either(project(
                &rs,
                &record,
                &scenario(
                    PredikatPlan::Every { predikat: Predikat::Baik },
                    vec![ScenarioEvent::UjiKompetensiPassed { date: date("2027-05-01") }]
                )
            )),
            either(project(
                &rs,
                &record,
                &scenario(
                    PredikatPlan::Sequence {
                        predikat: vec![Predikat::SangatBaik, Predikat::SangatBaik, Predikat::Baik]
                    },
                    vec![]
                )
            )),
        ]),
    );

    let mut tested = record.clone();
    tested.uji_kompetensi_passed = true;
    let mc = |seed, distribution| MonteCarloInput {
        record: tested.clone(),
        start: date("2026-03-15"),
        distribution,
        runs: 1500,
        seed,
        events: vec![],
    };
    out.insert(
        "monte_carlo".into(),
        json!([
            either(monte_carlo(&rs, &mc(42, PredikatDistribution::TYPICAL))),
            either(monte_carlo(&rs, &mc(7, PredikatDistribution::CAUTIOUS)))
        ]),
    );

    out.insert(
        "nine_box".into(),
        json!([
            either(place(&rs, &[Predikat::Baik, Predikat::SangatBaik], 85)),
            either(place(&rs, &[Predikat::ButuhPerbaikan], 30))
        ]),
    );
    out.insert("preview".into(), either(skp_preview(&rs, &skp_preview_input())));
    out.insert(
        "learning_hours".into(),
        json!([
            either(yearly_jp(&rs, AsnKind::Pns, &[3, 8])),
            either(yearly_jp(&rs, AsnKind::Pppk, &[20, 9]))
        ]),
    );

    serde_json::to_string_pretty(&Value::Object(out)).expect("serialisable") + "\n"
}
