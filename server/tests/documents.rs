//! The official documents' data (`skp/document`): who may read it, the identity blocks, and
//! the realisation each rating used, on both backends.

mod common;

use app::{auth::Role, rules::pangkat::Golongan};
use common::{
    demo::{s, Demo},
    login, other_agency_admin, Backend,
};
use serde_json::json;
use sqlx::Row;

async fn the_forms_carry_the_people_and_the_rated_realisation(backend: Backend) {
    let demo = Demo::start(backend).await;
    let (plan_id, owner) = demo.approved_team_plan().await;
    let golongan: Option<String> = sqlx::query("SELECT golongan FROM employee WHERE id = $1")
        .bind(owner)
        .fetch_one(&demo.app.pool)
        .await
        .unwrap()
        .get(0);
    let penilai = demo.login(Role::PejabatPenilai).await;
    let atasan = demo.login(Role::AtasanPejabatPenilai).await;
    let hr = demo.login(Role::AdminInstansi).await;
    let stranger = demo.login(Role::Pegawai).await;
    let other_agency = login(&demo.app, &other_agency_admin(&demo.app).await).await;
    let employee = demo.login_employee(owner).await;
    let input = json!({
        "plan_id": plan_id, "period_no": 2, "realisasi": [12.0, 4.0, 2.0],
        "behaviours": vec!["sesuai_ekspektasi"; 7], "hasil": null, "perilaku": null,
        "shown_predikat": "baik"
    });
    demo.rate(&penilai, &input).await.unwrap();
    let document = |cookie: String| {
        let demo = &demo;
        async move { demo.call("/api/skp/document", &cookie, &[("plan_id", s(plan_id))]).await }
    };
    for reader in [&employee, &penilai, &atasan, &hr] {
        let doc = document(reader.clone()).await.unwrap();
        assert_eq!(doc["plan"]["id"], plan_id);
        assert_eq!(doc["rated_realisasi"], json!([[2, [12.0, 4.0, 2.0]]]));
        assert!(
            doc["agency_name"].as_str().unwrap().contains("Makassar"),
            "{}",
            doc["agency_name"]
        );
        let pegawai = &doc["pegawai"];
        assert_eq!(pegawai["nip"].as_str().unwrap().len(), 18);
        // "Penata Muda, III/a": the pangkat title with its golongan (none for a PPPK).
        let expected = match &golongan {
            Some(g) => format!("{}, {g}", g.parse::<Golongan>().unwrap().pangkat()),
            None => String::new(),
        };
        assert_eq!(pegawai["pangkat"], expected);
        assert!(doc["penilai"]["name"].is_string() && doc["atasan"]["name"].is_string(), "{doc}");
    }
    // The penilai's block has the pangkat of a PNS with a golongan.
    let doc = document(hr.clone()).await.unwrap();
    assert!(doc["penilai"]["pangkat"].as_str().unwrap().contains(", "), "{}", doc["penilai"]);
    for outsider in [&stranger, &other_agency] {
        assert!(document(outsider.clone()).await.unwrap_err().contains("tidak ada"));
    }
}

both_backends!(the_forms_carry_the_people_and_the_rated_realisation);
