//! JP compliance by unit: how many PNS reached the year's minimum and how many PPPK went over
//! the maximum. The database groups employees by unit, kind and yearly total (a few rows per
//! unit); each group is classified by `prestasi_rules::training::yearly_jp`, so the thresholds
//! are written once, in the rules.

use std::collections::BTreeMap;

use sqlx::Row;

use crate::{
    development::types::UnitCompliance,
    kernel::db::Pool,
    rules::{
        nip::AsnKind,
        training::{yearly_jp, JpStatus},
        RuleSet,
    },
};

/// Every unit of `agency_id` with employees, by unit code, for `year`.
pub async fn by_unit(
    pool: &Pool,
    agency_id: i64,
    year: i64,
) -> Result<Vec<UnitCompliance>, sqlx::Error> {
    let rows = sqlx::query(
        "WITH jp AS (SELECT employee_id, SUM(jp) AS total FROM learning_record \
           WHERE agency_id = $1 AND year = $2 AND status <> 'rejected' GROUP BY employee_id) \
         SELECT u.code, u.name, e.kind, CAST(COALESCE(jp.total, 0) AS BIGINT), \
           CAST(COUNT(*) AS BIGINT) \
         FROM employee e JOIN org_unit u ON u.id = e.unit_id \
         LEFT JOIN jp ON jp.employee_id = e.id WHERE e.agency_id = $1 \
         GROUP BY u.code, u.name, e.kind, COALESCE(jp.total, 0)",
    )
    .bind(agency_id)
    .bind(year)
    .fetch_all(pool)
    .await?;
    let rs = RuleSet::current();
    let mut units: BTreeMap<String, UnitCompliance> = BTreeMap::new();
    for r in rows {
        let (code, name): (String, String) = (r.try_get(0)?, r.try_get(1)?);
        let kind = if r.try_get::<String, _>(2)? == "pppk" { AsnKind::Pppk } else { AsnKind::Pns };
        let total = u32::try_from(r.try_get::<i64, _>(3)?).unwrap_or(u32::MAX);
        let count: i64 = r.try_get(4)?;
        let status = yearly_jp(&rs, kind, &[total])
            .map(|(s, _)| s.status)
            // A total no year can hold counts as out of line.
            .unwrap_or(if kind == AsnKind::Pns { JpStatus::Met } else { JpStatus::AboveMaximum });
        let unit = units.entry(code.clone()).or_insert_with(|| UnitCompliance {
            code,
            name,
            ..UnitCompliance::default()
        });
        unit.jp_total += i64::from(total) * count;
        match kind {
            AsnKind::Pns => {
                unit.pns += count;
                if status == JpStatus::BelowMinimum {
                    unit.pns_below += count;
                }
            }
            AsnKind::Pppk => {
                unit.pppk += count;
                if status == JpStatus::AboveMaximum {
                    unit.pppk_above += count;
                }
            }
        }
    }
    Ok(units.into_values().collect())
}
