//! The repository suite, identical on SQLite and PostgreSQL, including tenant isolation.

mod common;

use app::{
    admin::repo::agencies::{self, NewAgency},
    people::repo::employees::{self, NewEmployee},
};
use common::{fresh_pool, Backend};
use prestasi_server::seed::{seed_demo, SeedError};
use sqlx::AnyPool;

fn agency<'a>(code: &'a str, name: &'a str) -> NewAgency<'a> {
    NewAgency { code, name, region_kind: "city", region_name: "Sulawesi Selatan" }
}

async fn employee(pool: &AnyPool, agency_id: i64, unit_id: i64, nip: &str) -> i64 {
    let mut conn = pool.acquire().await.unwrap();
    employees::insert(
        &mut conn,
        &NewEmployee {
            agency_id,
            unit_id,
            nip,
            name: "Andi Saputra",
            kind: app::people::types::EmployeeKind::Pns,
            gender: app::people::types::Gender::Male,
            birth_date: "1986-09-26",
            golongan: Some("III/a"),
            position_kind: app::people::types::PositionKind::Executor,
            position_name: "Pengadministrasi Perkantoran",
            jenjang: None,
            education: "S1",
        },
    )
    .await
    .unwrap()
}

async fn agencies_are_listed_by_code_with_their_fields(backend: Backend) {
    let (pool, _dir) = fresh_pool(backend).await;
    let b = agencies::insert(&pool, &agency("kota-palangka-raya", "Pemerintah Kota Palangka Raya"))
        .await
        .unwrap();
    let a = agencies::insert(&pool, &agency("kota-makassar", "Pemerintah Kota Makassar"))
        .await
        .unwrap();
    let list = agencies::list(&pool).await.unwrap();
    assert_eq!(list.iter().map(|x| x.id).collect::<Vec<_>>(), [a, b]);
    assert_eq!(list[0].name, "Pemerintah Kota Makassar");
    assert_eq!(list[0].region_kind, "city");
}

async fn a_duplicate_agency_code_is_rejected(backend: Backend) {
    let (pool, _dir) = fresh_pool(backend).await;
    agencies::insert(&pool, &agency("kota-makassar", "A")).await.unwrap();
    assert!(agencies::insert(&pool, &agency("kota-makassar", "B")).await.is_err());
    assert_eq!(agencies::list(&pool).await.unwrap().len(), 1);
}

async fn a_unit_cannot_be_placed_under_another_agencys_unit(backend: Backend) {
    let (pool, _dir) = fresh_pool(backend).await;
    let a = agencies::insert(&pool, &agency("a", "A")).await.unwrap();
    let b = agencies::insert(&pool, &agency("b", "B")).await.unwrap();
    let a_root = agencies::insert_unit(&pool, a, None, "DINKES", "Dinas Kesehatan").await.unwrap();
    let a_child = agencies::insert_unit(&pool, a, Some(a_root), "DINKES-1", "Bidang Pelayanan")
        .await
        .unwrap();
    assert_ne!(a_root, a_child);
    let cross = agencies::insert_unit(&pool, b, Some(a_root), "X", "Intruder").await;
    assert!(cross.is_err(), "a parent from another agency must be refused");
    assert_eq!(agencies::unit_count(&pool, a).await.unwrap(), 2);
    assert_eq!(agencies::unit_count(&pool, b).await.unwrap(), 0);
}

async fn one_agency_cannot_read_another_agencys_employee_by_id(backend: Backend) {
    let (pool, _dir) = fresh_pool(backend).await;
    let a = agencies::insert(&pool, &agency("a", "A")).await.unwrap();
    let b = agencies::insert(&pool, &agency("b", "B")).await.unwrap();
    let unit_a = agencies::insert_unit(&pool, a, None, "U", "Unit A").await.unwrap();
    let unit_b = agencies::insert_unit(&pool, b, None, "U", "Unit B").await.unwrap();
    let in_a = employee(&pool, a, unit_a, "198609262015051001").await;
    let in_b = employee(&pool, b, unit_b, "196608011988031001").await;
    assert_eq!(
        employees::nip_in_agency(&pool, a, in_a).await.unwrap().as_deref(),
        Some("198609262015051001")
    );
    assert_eq!(employees::nip_in_agency(&pool, a, in_b).await.unwrap(), None);
    assert_eq!(employees::count_in_agency(&pool, a).await.unwrap(), 1);
    assert_eq!(employees::count_in_agency(&pool, b).await.unwrap(), 1);
}

async fn a_nip_is_unique_across_the_whole_platform(backend: Backend) {
    let (pool, _dir) = fresh_pool(backend).await;
    let a = agencies::insert(&pool, &agency("a", "A")).await.unwrap();
    let unit = agencies::insert_unit(&pool, a, None, "U", "Unit").await.unwrap();
    employee(&pool, a, unit, "198609262015051001").await;
    let mut conn = pool.acquire().await.unwrap();
    let again = employees::insert(
        &mut conn,
        &NewEmployee {
            agency_id: a,
            unit_id: unit,
            nip: "198609262015051001",
            name: "Someone Else",
            kind: app::people::types::EmployeeKind::Pns,
            gender: app::people::types::Gender::Male,
            birth_date: "1986-09-26",
            golongan: None,
            position_kind: app::people::types::PositionKind::Executor,
            position_name: "X",
            jenjang: None,
            education: "S1",
        },
    )
    .await;
    assert!(again.is_err());
}

async fn demo_data_fills_five_agencies_and_refuses_a_second_load(backend: Backend) {
    let (pool, _dir) = fresh_pool(backend).await;
    let summary = seed_demo(&pool, 1).await.unwrap();
    assert_eq!(summary.agencies, 5);
    let list = agencies::list(&pool).await.unwrap();
    let codes: Vec<_> = list.iter().map(|a| a.code.as_str()).collect();
    assert_eq!(
        codes,
        ["kab-manokwari", "kemenpanrb", "kota-makassar", "kota-palangka-raya", "prov-dki-jakarta"]
    );
    assert_eq!(employees::count_all(&pool).await.unwrap() as usize, summary.employees);
    for a in &list {
        assert!(employees::count_in_agency(&pool, a.id).await.unwrap() >= 100, "{}", a.code);
        assert!(agencies::unit_count(&pool, a.id).await.unwrap() >= 5, "{}", a.code);
    }
    assert!(matches!(seed_demo(&pool, 1).await, Err(SeedError::NotEmpty)));
    assert_eq!(employees::count_all(&pool).await.unwrap() as usize, summary.employees);
}

both_backends!(
    agencies_are_listed_by_code_with_their_fields,
    a_duplicate_agency_code_is_rejected,
    a_unit_cannot_be_placed_under_another_agencys_unit,
    one_agency_cannot_read_another_agencys_employee_by_id,
    a_nip_is_unique_across_the_whole_platform,
    demo_data_fills_five_agencies_and_refuses_a_second_load,
);

/// Same seed, same rows: the demo data is identical on both backends, and scaling multiplies it.
#[tokio::test]
async fn demo_data_is_deterministic_across_backends_and_scales_with_the_flag() {
    let (sqlite, _a) = fresh_pool(Backend::Sqlite).await;
    let (postgres, _b) = fresh_pool(Backend::Postgres).await;
    let one = seed_demo(&sqlite, 1).await.unwrap();
    let other = seed_demo(&postgres, 1).await.unwrap();
    assert_eq!(one, other);
    let nips = |pool: AnyPool| async move {
        use sqlx::Row;
        sqlx::query("SELECT nip, name, golongan FROM employee ORDER BY nip")
            .fetch_all(&pool)
            .await
            .unwrap()
            .iter()
            .map(|r| (r.get::<String, _>(0), r.get::<String, _>(1), r.get::<Option<String>, _>(2)))
            .collect::<Vec<_>>()
    };
    let rows = nips(sqlite.clone()).await;
    assert_eq!(rows, nips(postgres.clone()).await);
    assert!(rows
        .iter()
        .all(|(nip, _, _)| nip.len() == 18 && nip.bytes().all(|b| b.is_ascii_digit())));

    let (scaled, _c) = fresh_pool(Backend::Sqlite).await;
    let three = seed_demo(&scaled, 3).await.unwrap();
    // The career showcase's four employees are added once, whatever the scale.
    let showcase = prestasi_server::demo_careers::SHOWCASE;
    assert_eq!(three.employees - showcase, (one.employees - showcase) * 3);
    assert_eq!(three.units, one.units);
}
