//! What the official forms need beyond the plan: the agency, and the identity of the employee,
//! the pejabat penilai and the atasan (pangkat, jabatan, unit) as recorded today.

use sqlx::Row;

use crate::{
    documents::types::{Person, PlanDocument},
    rules::pangkat::Golongan,
    rules::preview::PreviewInput,
    skp::types::PlanView,
};
use crate::{kernel::db::Pool, kernel::plan_head::PlanHead};

async fn person(pool: &Pool, employee_id: i64) -> Result<Option<Person>, sqlx::Error> {
    sqlx::query(
        "SELECT e.name, e.nip, e.golongan, e.position_name, u.name FROM employee e \
         JOIN org_unit u ON u.id = e.unit_id WHERE e.id = $1",
    )
    .bind(employee_id)
    .fetch_optional(pool)
    .await?
    .map(|r| {
        let golongan: Option<String> = r.try_get(2)?;
        let pangkat = golongan
            .as_deref()
            .and_then(|g| g.parse::<Golongan>().ok())
            .map(|g| format!("{}, {}", g.pangkat(), g.code()))
            .or(golongan)
            .unwrap_or_default();
        Ok(Person {
            name: r.try_get(0)?,
            nip: r.try_get(1)?,
            pangkat,
            jabatan: r.try_get(3)?,
            unit: r.try_get(4)?,
        })
    })
    .transpose()
}

/// Where a city's or regency's forms are signed is the city or regency itself ("Pemerintah Kota
/// Makassar" signs in Makassar), a province's in its province, a ministry's in Jakarta
/// [U: the usual seat; an agency elsewhere would want a setting].
pub fn signing_place(name: &str, region_kind: &str, region_name: &str) -> String {
    let local = ["Pemerintah Kota ", "Pemerintah Kabupaten ", "Kota ", "Kabupaten "]
        .iter()
        .find_map(|prefix| name.strip_prefix(prefix));
    match (region_kind, local) {
        ("city" | "regency", Some(place)) => place.to_string(),
        ("national", _) => "Jakarta".to_string(),
        _ => region_name.to_string(),
    }
}

pub async fn assemble(
    pool: &Pool,
    head: &PlanHead,
    plan: PlanView,
) -> Result<PlanDocument, sqlx::Error> {
    let agency = sqlx::query("SELECT name, region_kind, region_name FROM agency WHERE id = $1")
        .bind(head.agency_id)
        .fetch_one(pool)
        .await?;
    let pegawai = person(pool, head.employee_id).await?.ok_or(sqlx::Error::RowNotFound)?;
    let penilai = match head.penilai_id {
        Some(id) => person(pool, id).await?,
        None => None,
    };
    let atasan = match head.atasan_id {
        Some(id) => person(pool, id).await?,
        None => None,
    };
    let rated_realisasi =
        sqlx::query("SELECT period_no, input_json FROM skp_rating WHERE plan_id = $1")
            .bind(head.id)
            .fetch_all(pool)
            .await?
            .iter()
            .map(|r| {
                let input: String = r.try_get(1)?;
                // The stored input holds the realisation the rater used, result by result in the
                // plan's order (the same order the document lists them in).
                let realisasi = serde_json::from_str::<PreviewInput>(&input)
                    .map(|i| {
                        i.results
                            .iter()
                            .flat_map(|r| r.indicators.iter().map(|i| i.realisasi))
                            .collect()
                    })
                    .unwrap_or_default();
                Ok((r.try_get(0)?, realisasi))
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()?;
    Ok(PlanDocument {
        rated_realisasi,
        plan,
        agency_name: agency.try_get(0)?,
        place: signing_place(
            &agency.try_get::<String, _>(0)?,
            &agency.try_get::<String, _>(1)?,
            &agency.try_get::<String, _>(2)?,
        ),
        pegawai,
        penilai,
        atasan,
    })
}

#[cfg(test)]
mod tests {
    use super::signing_place;

    #[test]
    fn forms_are_signed_where_the_agency_sits() {
        assert_eq!(
            signing_place("Pemerintah Kota Makassar", "city", "Sulawesi Selatan"),
            "Makassar"
        );
        assert_eq!(
            signing_place("Pemerintah Kabupaten Manokwari", "regency", "Papua Barat"),
            "Manokwari"
        );
        assert_eq!(
            signing_place("Pemerintah Provinsi DKI Jakarta", "province", "DKI Jakarta"),
            "DKI Jakarta"
        );
        assert_eq!(signing_place("Kementerian PANRB", "national", "Nasional"), "Jakarta");
        assert_eq!(signing_place("Dinas X", "city", "Jawa Barat"), "Jawa Barat");
    }
}
