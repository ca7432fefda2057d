//! Four demo employees whose records make the career simulator's interesting cases visible, in
//! the first agency's Bidang Pengembangan Kompetensi (BKPSDM-2), where the HR office and the
//! unit's head read their careers:
//! - a functional Ahli Pertama a year of Sangat Baik short of the credit points for Ahli Muda;
//! - a structural head at the top of the range of eselon IV.a (capped by the eselon);
//! - an executor with a D-III diploma at III/c, the highest KP reguler allows it (a diploma
//!   scenario shows the way up);
//! - an executor whose retirement comes before the four years in rank a KP needs: the only
//!   record of the four that follows the clock (dates relative to today), so that they are
//!   always months from retirement.

use app::{
    kernel::write::Actor,
    people::repo::employees::{self, NewEmployee},
    people::repo::records::{append_history, HistoryEntry},
    people::types::{EmployeeKind, Gender, HistoryKind, PositionKind},
    rules::{career::Eselon, Date},
};

/// How many employees [`seed`] adds.
pub const SHOWCASE: usize = 4;

struct Showcase {
    name: &'static str,
    gender: Gender,
    birth: Date,
    appointed: Date,
    golongan: &'static str,
    golongan_tmt: Date,
    position_kind: PositionKind,
    position: &'static str,
    jenjang: Option<&'static str>,
    eselon: Option<Eselon>,
    position_tmt: Date,
    education: &'static str,
    angka_kredit: f64,
}

fn date(text: &str) -> Date {
    text.parse().expect("a demo date")
}

fn people(today: Date) -> [Showcase; SHOWCASE] {
    // Born 58 years before a day four months from now: retires (first of the next month) in
    // about five months, with two years in rank.
    let retiring = today.add_months(4).add_years(-58);
    let two_years_ago = today.add_years(-2);
    [
        Showcase {
            name: "Rahmat Hidayat",
            gender: Gender::Male,
            birth: date("1994-05-17"),
            appointed: date("2019-03-01"),
            golongan: "III/b",
            golongan_tmt: date("2023-04-01"),
            position_kind: PositionKind::Functional,
            position: "Analis Sumber Daya Manusia Aparatur Ahli Pertama",
            jenjang: Some("Ahli Pertama"),
            eselon: None,
            position_tmt: date("2021-03-01"),
            education: "S1",
            // 100 are needed for Ahli Muda; a year of Sangat Baik earns 18.75.
            angka_kredit: 87.5,
        },
        Showcase {
            name: "Sri Wahyuni",
            gender: Gender::Female,
            birth: date("1979-08-09"),
            appointed: date("2005-03-01"),
            golongan: "III/d",
            golongan_tmt: date("2020-10-01"),
            position_kind: PositionKind::Structural,
            position: "Kepala Subbidang Pengembangan Kompetensi Teknis",
            jenjang: None,
            eselon: Some(Eselon::IVa),
            position_tmt: date("2019-01-02"),
            education: "S2",
            angka_kredit: 0.0,
        },
        Showcase {
            name: "Dian Lestari",
            gender: Gender::Female,
            birth: date("1986-02-14"),
            appointed: date("2010-03-01"),
            golongan: "III/c",
            golongan_tmt: date("2019-04-01"),
            position_kind: PositionKind::Executor,
            position: "Pengolah Data dan Informasi",
            jenjang: None,
            eselon: None,
            position_tmt: date("2010-03-01"),
            education: "D-III",
            angka_kredit: 0.0,
        },
        Showcase {
            name: "Yusuf Maulana",
            gender: Gender::Male,
            birth: retiring,
            appointed: date(&format!("{}-03-01", retiring.year() + 27)),
            golongan: "III/b",
            golongan_tmt: date(&format!("{}-04-01", two_years_ago.year())),
            position_kind: PositionKind::Executor,
            position: "Pengadministrasi Perkantoran",
            jenjang: None,
            eselon: None,
            position_tmt: date(&format!("{}-03-01", retiring.year() + 27)),
            education: "S1",
            angka_kredit: 0.0,
        },
    ]
}

/// Add the four to unit `unit_id`, assessed by `penilai` with `atasan` above.
pub async fn seed(
    conn: &mut sqlx::AnyConnection,
    agency_id: i64,
    unit_id: i64,
    penilai: i64,
    atasan: Option<i64>,
    today: Date,
) -> Result<(), sqlx::Error> {
    let actor = Actor { agency_id, user_id: 0 };
    for p in people(today) {
        // NIP: birth date, appointment year and month, gender, a sequence the generated demo
        // never reaches.
        let nip = format!(
            "{:04}{:02}{:02}{:04}{:02}{}{}",
            p.birth.year(),
            p.birth.month(),
            p.birth.day(),
            p.appointed.year(),
            p.appointed.month(),
            if p.gender == Gender::Male { 1 } else { 2 },
            "901",
        );
        let id = employees::insert(
            conn,
            &NewEmployee {
                agency_id,
                unit_id,
                nip: &nip,
                name: p.name,
                kind: EmployeeKind::Pns,
                gender: p.gender,
                birth_date: &p.birth.to_string(),
                golongan: Some(p.golongan),
                position_kind: p.position_kind,
                position_name: p.position,
                jenjang: p.jenjang,
                education: p.education,
            },
        )
        .await?;
        let education_date = format!("{}-08-31", p.appointed.year() - 1);
        for (kind, value, detail, start) in [
            (HistoryKind::Rank, p.golongan.to_string(), None, p.golongan_tmt.to_string()),
            (
                HistoryKind::Position,
                p.position.to_string(),
                Some(p.position_kind.code().to_string()),
                p.position_tmt.to_string(),
            ),
            (HistoryKind::Education, p.education.to_string(), None, education_date.clone()),
        ] {
            let entry = HistoryEntry { kind, value, detail, start_date: Some(start) };
            append_history(conn, actor, id, &entry).await?;
        }
        sqlx::query(
            "UPDATE employee SET golongan_tmt = $1, position_tmt = $2, education_date = $3, \
             angka_kredit = $4, eselon = $5 WHERE id = $6",
        )
        .bind(p.golongan_tmt.to_string())
        .bind(p.position_tmt.to_string())
        .bind(education_date)
        .bind(p.angka_kredit)
        .bind(p.eselon.map(Eselon::code))
        .bind(id)
        .execute(&mut *conn)
        .await?;
        sqlx::query(
            "INSERT INTO reporting_line (agency_id, employee_id, penilai_id, atasan_id, \
             start_date) VALUES ($1, $2, $3, $4, '2024-01-01')",
        )
        .bind(agency_id)
        .bind(id)
        .bind(penilai)
        .bind(atasan)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}
