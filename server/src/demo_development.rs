//! Demo development data: every agency's catalogue of three offerings (one closed to those
//! without a Baik predikat, one open to all, one already decided); for the first agency also
//! applications at each stage (the decided one with its waiting list), the demo pegawai's learning so far this year (below the 20 JP minimum), and two
//! study requests in the demo pejabat penilai's team (one approved and in study, one endorsed
//! and waiting for the HR office).

use app::rules::{
    merit::{rank, Applicant, Outcome},
    Date, RuleSet,
};
use sqlx::Row;

struct Offering {
    title: &'static str,
    path: &'static str,
    form: &'static str,
    jp: i64,
    mode: &'static str,
    /// Days from today: start, end, application deadline.
    start: i64,
    end: i64,
    apply_by: i64,
    quota: i64,
    min_predikat: Option<&'static str>,
    status: &'static str,
}

const OFFERINGS: [Offering; 3] = [
    Offering {
        title: "Pelatihan Analisis Kebijakan Publik",
        path: "klasikal",
        form: "teknis",
        jp: 40,
        mode: "tatap_muka",
        start: 30,
        end: 34,
        apply_by: 14,
        quota: 2,
        min_predikat: Some("baik"),
        status: "open",
    },
    Offering {
        title: "E-learning Literasi Digital ASN",
        path: "nonklasikal",
        form: "e_learning",
        jp: 10,
        mode: "e_learning",
        start: 7,
        end: 21,
        apply_by: 5,
        quota: 50,
        min_predikat: None,
        status: "open",
    },
    Offering {
        title: "Bimbingan Teknis SAKIP",
        path: "klasikal",
        form: "bimbingan_teknis",
        jp: 24,
        mode: "campuran",
        start: -60,
        end: -58,
        apply_by: -70,
        quota: 2,
        min_predikat: None,
        status: "decided",
    },
];

pub async fn seed(
    conn: &mut sqlx::AnyConnection,
    agency_id: i64,
    today: Date,
) -> Result<(), sqlx::Error> {
    let ids = catalogue(conn, agency_id, today).await?;
    // The demo pejabat penilai's staff apply: to the open course (awaiting the decision) and
    // to the decided Bimtek (two offered, the third waiting, with the reasons kept).
    let staff: Vec<i64> = sqlx::query(
        "SELECT l.employee_id FROM reporting_line l JOIN app_user u ON u.employee_id = l.penilai_id \
         WHERE u.username = 'demo.pejabat_penilai' AND l.end_date IS NULL ORDER BY l.employee_id",
    )
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| r.try_get(0))
    .collect::<Result<_, _>>()?;
    let now = app::kernel::db::now_ms();
    for (i, employee) in staff.iter().take(3).enumerate() {
        sqlx::query(
            "INSERT INTO training_application (agency_id, offering_id, employee_id, applied_at, \
             status, version) VALUES ($1, $2, $3, $4, 'applied', 1)",
        )
        .bind(agency_id)
        .bind(ids[1])
        .bind(employee)
        .bind(now - 86_400_000 * (3 - i as i64))
        .execute(&mut *conn)
        .await?;
    }
    let applicants: Vec<Applicant> = staff
        .iter()
        .take(3)
        .enumerate()
        .map(|(i, _)| Applicant {
            key: i as i64,
            predikat: None,
            recent: Vec::new(),
            nine_box: None,
            jp_missing: 20 - 8 * i as u32,
            trained_this_year: i > 0,
            applied_at: i as i64,
        })
        .collect();
    let ranked = rank(&RuleSet::current(), &applicants, 2).map(|(r, _)| r).unwrap_or_default();
    for r in &ranked {
        let Some(employee) = staff.get(r.key as usize) else { continue };
        let status = if r.outcome == Outcome::Offered { "offered" } else { "waiting" };
        sqlx::query(
            "INSERT INTO training_application (agency_id, offering_id, employee_id, applied_at, \
             status, position, score, reasons_json, decided_at, version) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $4, 2)",
        )
        .persistent(false)
        .bind(agency_id)
        .bind(ids[2])
        .bind(employee)
        .bind(now - 86_400_000 * 80)
        .bind(status)
        .bind(i64::from(r.position))
        .bind(r.score)
        .bind(serde_json::to_string(&r.components).unwrap_or_default())
        .execute(&mut *conn)
        .await?;
    }
    // The demo pegawai learned 8 JP this year: 12 to go before the 20 JP minimum.
    if let Some(r) = sqlx::query(
        "SELECT employee_id FROM app_user WHERE username = 'demo.pegawai' AND employee_id IS NOT NULL",
    )
    .fetch_optional(&mut *conn)
    .await?
    {
        let pegawai: i64 = r.try_get(0)?;
        let end = if today.add_days(-10).year() == today.year() { today.add_days(-10) } else { today };
        sqlx::query(
            "INSERT INTO learning_record (agency_id, employee_id, title, path, form, jp, provider, \
             start_date, end_date, year, status, version, created_at) VALUES ($1, $2, \
             'Webinar Pelayanan Publik Berbasis Digital', 'nonklasikal', 'e_learning', 8, \
             'LAN RI', $3, $3, $4, 'verified', 1, 0)",
        )
        .bind(agency_id)
        .bind(pegawai)
        .bind(end.to_string())
        .bind(i64::from(end.year()))
        .execute(&mut *conn)
        .await?;
    }
    studies(conn, agency_id, today).await
}

/// The three demo offerings in `agency_id`'s catalogue; their ids in order.
pub async fn catalogue(
    conn: &mut sqlx::AnyConnection,
    agency_id: i64,
    today: Date,
) -> Result<Vec<i64>, sqlx::Error> {
    let day = |n: i64| today.add_days(n).to_string();
    let mut ids = Vec::new();
    for o in &OFFERINGS {
        let id: i64 = sqlx::query(
            "INSERT INTO training_offering (agency_id, title, path, form, jp, provider, mode, \
             start_date, end_date, apply_by, quota, min_predikat, status, version, created_at) \
             VALUES ($1, $2, $3, $4, $5, 'BPSDM Provinsi Sulawesi Selatan', $6, $7, $8, $9, $10, \
             $11, $12, 1, 0) RETURNING id",
        )
        .bind(agency_id)
        .bind(o.title)
        .bind(o.path)
        .bind(o.form)
        .bind(o.jp)
        .bind(o.mode)
        .bind(day(o.start))
        .bind(day(o.end))
        .bind(day(o.apply_by))
        .bind(o.quota)
        .bind(o.min_predikat)
        .bind(o.status)
        .fetch_one(&mut *conn)
        .await?
        .try_get(0)?;
        ids.push(id);
    }
    Ok(ids)
}

/// Two of the demo pejabat penilai's people (not the demo pegawai, whose page starts empty)
/// studying further: a tugas belajar approved a year ago, and an izin belajar endorsed by the
/// penilai and waiting for the HR office.
async fn studies(
    conn: &mut sqlx::AnyConnection,
    agency_id: i64,
    today: Date,
) -> Result<(), sqlx::Error> {
    use app::rules::pangkat::Education;
    let team = sqlx::query(
        "SELECT e.id, e.education FROM reporting_line r JOIN app_user u ON u.employee_id = r.penilai_id \
         JOIN employee e ON e.id = r.employee_id WHERE u.username = 'demo.pejabat_penilai' \
         AND e.kind = 'pns' AND r.employee_id NOT IN (SELECT employee_id FROM app_user \
           WHERE username = 'demo.pegawai' AND employee_id IS NOT NULL) \
         ORDER BY e.id LIMIT 2",
    )
    .fetch_all(&mut *conn)
    .await?;
    let plans = [
        ("tugas_belajar", "approved", "Magister Kesehatan Masyarakat", -365, 365),
        ("izin_belajar", "endorsed", "Administrasi Kesehatan", 60, 60 + 4 * 365),
    ];
    for (r, (kind, status, programme, start, expected)) in team.iter().zip(plans) {
        let (id, education): (i64, String) = (r.try_get(0)?, r.try_get(1)?);
        let now = Education::from_title(&education).unwrap_or(Education::Slta);
        let Some(next) =
            [Education::S1, Education::S2, Education::S3].into_iter().find(|e| *e > now)
        else {
            continue;
        };
        sqlx::query(
            "INSERT INTO study_request (agency_id, employee_id, kind, education, programme, \
             institution, start_date, expected_date, status, version, created_at) \
             VALUES ($1, $2, $3, $4, $5, 'Universitas Hasanuddin', $6, $7, $8, 1, 0)",
        )
        .bind(agency_id)
        .bind(id)
        .bind(kind)
        .bind(next.code())
        .bind(programme)
        .bind(today.add_days(start).to_string())
        .bind(today.add_days(expected).to_string())
        .bind(status)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}
