//! Deterministic demo data: the four regional governments and the ministry named in the seed
//! articles, with their units and employees. The same scale always gives the same rows (a fixed
//! seed drives a ChaCha generator), so demo screenshots and load tests are reproducible.

use app::people::types::{EmployeeKind, Gender, PositionKind};
use std::{collections::HashMap, fmt};

use app::{
    admin::repo::agencies::{self, NewAgency},
    kernel::write::Actor,
    people::repo::employees::{self, NewEmployee},
    people::repo::records::{append_history, HistoryEntry},
};
use app::{
    auth::password::Hasher,
    auth::repo::users::{self, NewUser},
    auth::{Role, DEMO_PASSWORD},
};
use app::{
    rules::career::Eselon, rules::jenjang::Jenjang, rules::pangkat::Golongan, rules::RuleSet,
};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use sqlx::{Acquire, AnyPool};

use crate::demo_plans;

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error(
        "basis data sudah berisi data; data demo hanya dimuat ke basis data kosong / \
         the database already holds data; demo data is only loaded into an empty database"
    )]
    NotEmpty,
    #[error("galat basis data / database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("hash kata sandi gagal / password hashing failed: {0}")]
    Hash(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedSummary {
    pub agencies: usize,
    pub units: usize,
    pub employees: usize,
}

impl fmt::Display for SeedSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "data demo dimuat / demo data loaded: {} instansi, {} unit, {} pegawai",
            self.agencies, self.units, self.employees
        )
    }
}

struct AgencySpec {
    code: &'static str,
    name: &'static str,
    region_kind: &'static str,
    region_name: &'static str,
    units: &'static [(&'static str, &'static str, &'static [&'static str])],
}

const REGIONAL_UNITS: &[(&str, &str, &[&str])] = &[
    ("SETDA", "Sekretariat Daerah", &["Bagian Organisasi", "Bagian Hukum"]),
    (
        "BKPSDM",
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        &["Bidang Mutasi dan Promosi", "Bidang Pengembangan Kompetensi"],
    ),
    ("BAPPEDA", "Badan Perencanaan Pembangunan Daerah", &["Bidang Perencanaan dan Evaluasi"]),
    ("DINKES", "Dinas Kesehatan", &["Bidang Pelayanan Kesehatan", "Bidang Pencegahan Penyakit"]),
    ("DISDIK", "Dinas Pendidikan", &["Bidang Pembinaan SD", "Bidang Pembinaan SMP"]),
    ("DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", &[]),
    ("INSPEKTORAT", "Inspektorat Daerah", &[]),
];

const MINISTRY_UNITS: &[(&str, &str, &[&str])] = &[
    ("SESMEN", "Sekretariat Kementerian", &["Biro SDM dan Umum", "Biro Perencanaan"]),
    (
        "DEPSDMA",
        "Deputi Bidang Sumber Daya Manusia Aparatur",
        &["Asisten Deputi Manajemen Talenta", "Asisten Deputi Kinerja ASN"],
    ),
    ("DEPRB", "Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur dan Pengawasan", &[]),
    ("DEPKEL", "Deputi Bidang Kelembagaan dan Tata Laksana", &[]),
    ("ITJEN", "Inspektorat", &[]),
];

const AGENCIES: &[AgencySpec] = &[
    AgencySpec {
        code: "kota-makassar",
        name: "Pemerintah Kota Makassar",
        region_kind: "city",
        region_name: "Sulawesi Selatan",
        units: REGIONAL_UNITS,
    },
    AgencySpec {
        code: "kota-palangka-raya",
        name: "Pemerintah Kota Palangka Raya",
        region_kind: "city",
        region_name: "Kalimantan Tengah",
        units: REGIONAL_UNITS,
    },
    AgencySpec {
        code: "kab-manokwari",
        name: "Pemerintah Kabupaten Manokwari",
        region_kind: "regency",
        region_name: "Papua Barat",
        units: REGIONAL_UNITS,
    },
    AgencySpec {
        code: "prov-dki-jakarta",
        name: "Pemerintah Provinsi DKI Jakarta",
        region_kind: "province",
        region_name: "DKI Jakarta",
        units: REGIONAL_UNITS,
    },
    AgencySpec {
        code: "kemenpanrb",
        name: "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
        region_kind: "national",
        region_name: "Nasional",
        units: MINISTRY_UNITS,
    },
];

const GIVEN_NAMES: &[&str] = &[
    "Andi",
    "Budi",
    "Citra",
    "Dewi",
    "Eka",
    "Fajar",
    "Gita",
    "Hendra",
    "Indah",
    "Joko",
    "Kartika",
    "Lestari",
    "Made",
    "Nur",
    "Oktavia",
    "Putri",
    "Rahmat",
    "Sari",
    "Taufik",
    "Utami",
    "Wahyu",
    "Yohanes",
    "Zainal",
    "Agustina",
    "Bambang",
    "Dian",
    "Ferdinand",
    "Hasanuddin",
    "Irma",
    "Maria",
];
const FAMILY_NAMES: &[&str] = &[
    "Saputra",
    "Wijaya",
    "Pratama",
    "Siregar",
    "Nasution",
    "Mandacan",
    "Rumbiak",
    "Daeng Matta",
    "Halim",
    "Kusuma",
    "Hidayat",
    "Lubis",
    "Simanjuntak",
    "Tanjung",
    "Rahayu",
    "Setiawan",
    "Syahrir",
    "Ningsih",
    "Wenda",
    "Karubaba",
];

/// Education level, its highest reachable golongan by KP reguler, and a starting golongan.
const EDUCATION: &[(&str, &[&str])] = &[
    ("SLTA", &["II/a", "II/b", "II/c", "II/d"]),
    ("D-III", &["II/c", "II/d", "III/a"]),
    ("S1", &["III/a", "III/b", "III/c", "III/d"]),
    ("S2", &["III/b", "III/c", "III/d", "IV/a"]),
];

const FUNCTIONAL: &[(&str, &str)] = &[
    ("Analis Kebijakan", "Ahli Pertama"),
    ("Analis Kebijakan", "Ahli Muda"),
    ("Analis Sumber Daya Manusia Aparatur", "Ahli Pertama"),
    ("Perencana", "Ahli Muda"),
    ("Dokter", "Ahli Madya"),
    ("Guru", "Ahli Pertama"),
    ("Auditor", "Ahli Muda"),
    ("Pranata Komputer", "Terampil"),
];
const EXECUTOR: &[&str] = &[
    "Pengadministrasi Perkantoran",
    "Penata Kelola Sistem dan Teknologi Informasi",
    "Pengolah Data dan Informasi",
    "Operator Layanan Operasional",
];

/// Employees per unit at scale 1.
const BASE_PER_UNIT: u32 = 12;

/// Fill an empty database. Each agency is written in one transaction: a failure leaves no
/// half-written agency behind.
pub async fn seed_demo(pool: &AnyPool, scale: u32) -> Result<SeedSummary, SeedError> {
    if !agencies::list(pool).await?.is_empty() {
        return Err(SeedError::NotEmpty);
    }
    let mut rng = ChaCha8Rng::seed_from_u64(20_26_11_28);
    let mut nip_sequences: HashMap<String, u32> = HashMap::new();
    let mut summary = SeedSummary { agencies: 0, units: 0, employees: 0 };

    let demo_hash = Hasher::new(1)
        .hash(DEMO_PASSWORD.to_string())
        .await
        .map_err(|e| SeedError::Hash(e.to_string()))?;
    for (agency_index, spec) in AGENCIES.iter().enumerate() {
        let mut conn = pool.acquire().await?;
        let mut tx = conn.begin().await?;
        let agency_id = sqlx_insert_agency(&mut tx, spec).await?;
        summary.agencies += 1;
        let mut units: Vec<SeededUnit> = Vec::new();
        for (code, name, children) in spec.units {
            let unit_id = insert_unit(&mut tx, agency_id, None, code, name).await?;
            summary.units += 1;
            let top = units.len();
            units.push(SeededUnit {
                code: code.to_string(),
                parent: None,
                people: Vec::new(),
                unit_id,
            });
            for (i, child) in children.iter().enumerate() {
                let child_code = format!("{code}-{}", i + 1);
                let id = insert_unit(&mut tx, agency_id, Some(unit_id), &child_code, child).await?;
                summary.units += 1;
                units.push(SeededUnit {
                    code: child_code,
                    parent: Some(top),
                    people: Vec::new(),
                    unit_id: id,
                });
            }
        }
        for unit in units.iter_mut() {
            for n in 0..BASE_PER_UNIT * scale {
                let person =
                    Person::generate(&mut rng, &mut nip_sequences, n == 0, unit.parent.is_none());
                let id = employees::insert(
                    &mut tx,
                    &NewEmployee {
                        agency_id,
                        unit_id: unit.unit_id,
                        nip: &person.nip,
                        name: &person.name,
                        kind: person.kind,
                        gender: person.gender,
                        birth_date: &person.birth_date,
                        golongan: person.golongan,
                        position_kind: person.position_kind,
                        position_name: &person.position_name,
                        jenjang: person.jenjang,
                        education: person.education,
                    },
                )
                .await?;
                service_record(&mut tx, agency_id, id, &person).await?;
                unit.people.push((id, person.name));
                summary.employees += 1;
            }
        }
        reporting_lines(&mut tx, agency_id, &units).await?;
        let period =
            demo_plans::open_period(&mut tx, agency_id, (agency_index == 0).then_some("baik"))
                .await?;
        if agency_index == 0 {
            demo_accounts(&mut tx, agency_id, &units, &demo_hash).await?;
            let unit = units.iter().position(|u| u.code == "BKPSDM-2");
            if let Some(unit) = unit {
                let (id, head) = (units[unit].unit_id, units[unit].head());
                let above = units[unit].parent.and_then(|p| units[p].head());
                if let Some(head) = head {
                    let today = app::kernel::db::today();
                    crate::demo_careers::seed(&mut tx, agency_id, id, head, above, today).await?;
                    summary.employees += crate::demo_careers::SHOWCASE;
                }
            }
            // The demo pejabat penilai leads DINKES-1 and answers to the head of DINKES.
            let unit = units.iter().find(|u| u.code == "DINKES-1");
            if let (Some(unit), Some(head)) = (unit, unit.and_then(SeededUnit::head)) {
                let staff: Vec<i64> = unit.people.iter().skip(1).map(|(id, _)| *id).collect();
                demo_plans::unit_plans(&mut tx, agency_id, period, head, &staff).await?;
            }
            crate::demo_development::seed(&mut tx, agency_id, app::kernel::db::today()).await?;
            crate::demo_idp::seed(&mut tx, agency_id, app::kernel::db::today()).await?;
        } else {
            crate::demo_development::catalogue(&mut tx, agency_id, app::kernel::db::today())
                .await?;
        }
        tx.commit().await?;
    }
    tracing::info!(?summary, scale, "demo data loaded");
    Ok(summary)
}

/// A unit as seeded: its parent (index into the list) and its people, the head first.
struct SeededUnit {
    code: String,
    parent: Option<usize>,
    people: Vec<(i64, String)>,
    unit_id: i64,
}

impl SeededUnit {
    fn head(&self) -> Option<i64> {
        self.people.first().map(|(id, _)| *id)
    }
}

/// Staff are assessed by their unit's head, with the parent unit's head as atasan; heads of
/// sub-units by their parent's head; heads of top units by the head of the first unit
/// (Sekretariat Daerah / Sekretariat Kementerian).
async fn reporting_lines(
    conn: &mut sqlx::AnyConnection,
    agency_id: i64,
    units: &[SeededUnit],
) -> Result<(), sqlx::Error> {
    let chief = units.first().and_then(SeededUnit::head);
    for unit in units {
        let Some(head) = unit.head() else { continue };
        let parent_head = unit.parent.and_then(|p| units[p].head());
        let above = parent_head.or(chief).filter(|a| *a != head);
        let above_above = match unit.parent {
            Some(p) => units[p].parent.and_then(|pp| units[pp].head()).or(chief),
            None => None,
        }
        .filter(|a| Some(*a) != above && *a != head);
        for (id, _) in unit.people.iter().skip(1) {
            insert_line(conn, agency_id, *id, head, above).await?;
        }
        if let Some(above) = above {
            insert_line(conn, agency_id, head, above, above_above).await?;
        }
    }
    Ok(())
}

async fn insert_line(
    conn: &mut sqlx::AnyConnection,
    agency_id: i64,
    employee: i64,
    penilai: i64,
    atasan: Option<i64>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO reporting_line (agency_id, employee_id, penilai_id, atasan_id, start_date) \
         VALUES ($1, $2, $3, $4, '2024-01-01')",
    )
    .bind(agency_id)
    .bind(employee)
    .bind(penilai)
    .bind(atasan)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// One account per role in the first agency, all with [`DEMO_PASSWORD`]. Usernames start with
/// `demo.` (the login page lists them in demo mode); employees also log in with their NIP.
async fn demo_accounts(
    conn: &mut sqlx::AnyConnection,
    agency_id: i64,
    units: &[SeededUnit],
    hash: &str,
) -> Result<(), sqlx::Error> {
    let by_code = |code: &str| units.iter().find(|u| u.code == code);
    let picks: [(Role, Option<(i64, String)>); 6] = [
        (Role::Pegawai, by_code("DINKES-1").and_then(|u| u.people.get(1).cloned())),
        (Role::PejabatPenilai, by_code("DINKES-1").and_then(|u| u.people.first().cloned())),
        (Role::AtasanPejabatPenilai, by_code("DINKES").and_then(|u| u.people.first().cloned())),
        (Role::TimEvaluasi, by_code("BKPSDM").and_then(|u| u.people.get(2).cloned())),
        (Role::AdminInstansi, by_code("BKPSDM-1").and_then(|u| u.people.get(1).cloned())),
        (Role::PlatformAdmin, None),
    ];
    for (role, person) in picks {
        let username = format!("demo.{}", role.code());
        let (employee_id, name, agency) = match person {
            Some((id, name)) => (Some(id), name, Some(agency_id)),
            None => (None, "Admin Platform (demo)".to_string(), None),
        };
        let user_id = users::insert(
            conn,
            &NewUser {
                agency_id: agency,
                employee_id,
                username: &username,
                display_name: &name,
                password_hash: hash,
                must_change_password: false,
            },
        )
        .await?;
        if matches!(role, Role::TimEvaluasi | Role::AdminInstansi | Role::PlatformAdmin) {
            users::grant(conn, user_id, role, agency).await?;
        }
    }
    Ok(())
}

async fn sqlx_insert_agency(
    conn: &mut sqlx::AnyConnection,
    spec: &AgencySpec,
) -> Result<i64, sqlx::Error> {
    agencies::insert_on(
        conn,
        &NewAgency {
            code: spec.code,
            name: spec.name,
            region_kind: spec.region_kind,
            region_name: spec.region_name,
        },
    )
    .await
}

async fn insert_unit(
    conn: &mut sqlx::AnyConnection,
    agency_id: i64,
    parent: Option<i64>,
    code: &str,
    name: &str,
) -> Result<i64, sqlx::Error> {
    agencies::insert_unit_on(conn, agency_id, parent, code, name).await
}

struct Person {
    nip: String,
    name: String,
    kind: EmployeeKind,
    gender: Gender,
    birth_date: String,
    golongan: Option<&'static str>,
    position_kind: PositionKind,
    position_name: String,
    jenjang: Option<&'static str>,
    education: &'static str,
    /// Year of appointment (CPNS/PPPK), the start of the service record.
    appointed: i32,
    /// The golongan held on appointment, the first line of the rank history.
    first_golongan: Option<&'static str>,
    /// Heads of top units hold eselon II.b (kepala dinas / badan), of sub-units III.b (kepala
    /// bidang), as in a regional government.
    eselon: Option<Eselon>,
}

/// The demo's "today" for service records: the seed is deterministic, so it cannot use the clock.
const RECORD_YEAR: i32 = 2025;

/// Start dates, credit points and the history of ranks, positions and education, derived from
/// the person without further random draws (so adding them left the rest of the demo unchanged):
/// one KP every four years where service allows, on the 1 April / 1 October KP dates.
async fn service_record(
    conn: &mut sqlx::AnyConnection,
    agency_id: i64,
    employee_id: i64,
    p: &Person,
) -> Result<(), sqlx::Error> {
    let actor = Actor { agency_id, user_id: 0 };
    let kp_date = |year: i32, k: usize| {
        format!("{year:04}-{}-01", if k.is_multiple_of(2) { "04" } else { "10" })
    };
    let mut golongan_tmt = None;
    if let (Some(first), Some(current)) = (p.first_golongan, p.golongan) {
        let (first, current): (Golongan, Golongan) =
            (first.parse().expect("seed golongan"), current.parse().expect("seed golongan"));
        let chain: Vec<Golongan> = std::iter::successors(Some(first), |g| g.next())
            .take_while(|g| *g <= current)
            .collect();
        let steps = chain.len().saturating_sub(1).max(1) as i32;
        let gap = ((RECORD_YEAR - p.appointed) / steps).clamp(1, 4);
        for (k, g) in chain.iter().enumerate() {
            let year = (p.appointed + gap * k as i32).min(RECORD_YEAR);
            let date = if k == 0 { format!("{:04}-03-01", p.appointed) } else { kp_date(year, k) };
            append_history(
                conn,
                actor,
                employee_id,
                &HistoryEntry {
                    kind: app::people::types::HistoryKind::Rank,
                    value: g.code().into(),
                    detail: None,
                    start_date: Some(date.clone()),
                },
            )
            .await?;
            golongan_tmt = Some(date);
        }
    }
    // Heads and functional officials moved into their position some years after appointment.
    let moved = p.position_kind != PositionKind::Executor && p.appointed + 3 < RECORD_YEAR;
    if moved {
        append_history(
            conn,
            actor,
            employee_id,
            &HistoryEntry {
                kind: app::people::types::HistoryKind::Position,
                value: EXECUTOR[0].into(),
                detail: Some(PositionKind::Executor.code().into()),
                start_date: Some(format!("{:04}-03-01", p.appointed)),
            },
        )
        .await?;
    }
    let position_tmt =
        if moved { kp_date(p.appointed + 3, 0) } else { format!("{:04}-03-01", p.appointed) };
    append_history(
        conn,
        actor,
        employee_id,
        &HistoryEntry {
            kind: app::people::types::HistoryKind::Position,
            value: p.position_name.clone(),
            detail: Some(p.position_kind.code().into()),
            start_date: Some(position_tmt.clone()),
        },
    )
    .await?;
    let education_date = format!("{:04}-08-31", p.appointed - 1);
    append_history(
        conn,
        actor,
        employee_id,
        &HistoryEntry {
            kind: app::people::types::HistoryKind::Education,
            value: p.education.into(),
            detail: None,
            start_date: Some(education_date.clone()),
        },
    )
    .await?;
    // Functional officials: a year's koefisien (predikat Baik) for each full year in the
    // position, at most three (the demo's people have not yet spent their credit on a KP).
    let angka_kredit = match p.jenjang.and_then(Jenjang::from_title) {
        Some(j) => {
            let years = (RECORD_YEAR - (p.appointed + if moved { 3 } else { 0 })).clamp(0, 3);
            RuleSet::current().jenjang(j).koefisien * f64::from(years)
        }
        None => 0.0,
    };
    sqlx::query(
        "UPDATE employee SET golongan_tmt = $1, position_tmt = $2, education_date = $3, \
         angka_kredit = $4, eselon = $5 WHERE id = $6",
    )
    .bind(golongan_tmt)
    .bind(position_tmt)
    .bind(education_date)
    .bind(angka_kredit)
    .bind(p.eselon.map(Eselon::code))
    .bind(employee_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

impl Person {
    fn generate(
        rng: &mut ChaCha8Rng,
        sequences: &mut HashMap<String, u32>,
        is_head: bool,
        is_top_unit: bool,
    ) -> Person {
        let male = rng.random_bool(0.45);
        let gender = if male { Gender::Male } else { Gender::Female };
        let name = format!(
            "{} {}",
            GIVEN_NAMES[rng.random_range(0..GIVEN_NAMES.len())],
            FAMILY_NAMES[rng.random_range(0..FAMILY_NAMES.len())]
        );
        let birth_year = rng.random_range(1968..=2000);
        let (birth_month, birth_day) = (rng.random_range(1..=12), rng.random_range(1..=28));
        let birth_date = format!("{birth_year:04}-{birth_month:02}-{birth_day:02}");
        // Appointed between age 22 and 35, not after 2025.
        let appointed = (birth_year + rng.random_range(22..=35)).min(2025);
        // A third of the newer hires are PPPK (contract), as in the national figures.
        let pppk = !is_head && appointed >= 2019 && rng.random_bool(0.6);
        let (education, ranks) = EDUCATION[rng.random_range(0..EDUCATION.len())];
        let gender_digit = if male { 1 } else { 2 };
        let prefix = if pppk {
            format!("{birth_year:04}{birth_month:02}{birth_day:02}{appointed:04}21{gender_digit}")
        } else {
            let tmt_month = rng.random_range(1..=12);
            format!("{birth_year:04}{birth_month:02}{birth_day:02}{appointed:04}{tmt_month:02}{gender_digit}")
        };
        let sequence = sequences.entry(prefix.clone()).or_insert(0);
        *sequence += 1;
        let nip = format!("{prefix}{:03}", *sequence);

        let (position_kind, position_name, jenjang) = if is_head {
            let title = if is_top_unit { "Kepala" } else { "Kepala Bidang" };
            (PositionKind::Structural, title.to_string(), None)
        } else if rng.random_bool(0.55) {
            let (name, jenjang) = FUNCTIONAL[rng.random_range(0..FUNCTIONAL.len())];
            (PositionKind::Functional, format!("{name} {jenjang}"), Some(jenjang))
        } else {
            (
                PositionKind::Executor,
                EXECUTOR[rng.random_range(0..EXECUTOR.len())].to_string(),
                None,
            )
        };
        let golongan = if pppk {
            None
        } else if is_head {
            Some(if is_top_unit { "IV/b" } else { "IV/a" })
        } else {
            Some(ranks[rng.random_range(0..ranks.len())])
        };
        Person {
            nip,
            name,
            kind: if pppk { EmployeeKind::Pppk } else { EmployeeKind::Pns },
            gender,
            birth_date,
            golongan,
            position_kind,
            position_name,
            jenjang,
            education: if is_head { "S2" } else { education },
            appointed,
            first_golongan: match golongan {
                None => None,
                Some(_) if is_head => Some("III/b"),
                Some(_) => Some(ranks[0]),
            },
            eselon: is_head.then_some(if is_top_unit { Eselon::IIb } else { Eselon::IIIb }),
        }
    }
}
