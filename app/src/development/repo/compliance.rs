//! JP compliance by unit: how many PNS reached the year's minimum and how many PPPK went over
//! the maximum. The database groups employees by unit, kind and yearly total (a few rows per
//! unit); each group is classified by `prestasi_rules::training::yearly_jp`, so the thresholds
//! are written once, in the rules.

use std::collections::{BTreeMap, HashMap};

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
///
/// Two grouped reads, each answered from a covering index (migration 16): the employees per
/// unit and kind (`employee_agency_unit_kind`), and the yearly totals of those who learned
/// (`learning_record_agency_year_jp`) per unit, kind and total. Those without learning are the
/// difference, at 0 JP. On 50,000 employees this is about a third of one LEFT JOIN over all.
pub async fn by_unit(
    pool: &Pool,
    agency_id: i64,
    year: i64,
) -> Result<Vec<UnitCompliance>, sqlx::Error> {
    let headcount = sqlx::query(
        "SELECT e.unit_id, u.code, u.name, e.kind, CAST(COUNT(*) AS BIGINT) FROM employee e \
         JOIN org_unit u ON u.id = e.unit_id WHERE e.agency_id = $1 \
         GROUP BY e.unit_id, u.code, u.name, e.kind",
    )
    .bind(agency_id)
    .fetch_all(pool)
    .await?;
    let learned = sqlx::query(
        "SELECT e.unit_id, e.kind, CAST(t.total AS BIGINT), CAST(COUNT(*) AS BIGINT) \
         FROM (SELECT employee_id, SUM(jp) AS total FROM learning_record \
           WHERE agency_id = $1 AND year = $2 AND status <> 'rejected' GROUP BY employee_id) t \
         JOIN employee e ON e.id = t.employee_id GROUP BY e.unit_id, e.kind, t.total",
    )
    .bind(agency_id)
    .bind(year)
    .fetch_all(pool)
    .await?;
    let kind_of = |code: String| if code == "pppk" { AsnKind::Pppk } else { AsnKind::Pns };
    // (unit, kind) → [(total, people)], the people without learning at 0 JP.
    let mut groups: HashMap<(i64, AsnKind), Vec<(u32, i64)>> = HashMap::new();
    let mut with_learning: HashMap<(i64, AsnKind), i64> = HashMap::new();
    for r in learned {
        let key = (r.try_get::<i64, _>(0)?, kind_of(r.try_get(1)?));
        let (total, people): (i64, i64) = (r.try_get(2)?, r.try_get(3)?);
        groups.entry(key).or_default().push((u32::try_from(total).unwrap_or(u32::MAX), people));
        *with_learning.entry(key).or_default() += people;
    }
    let rs = RuleSet::current();
    let mut units: BTreeMap<String, UnitCompliance> = BTreeMap::new();
    for r in headcount {
        let unit_id: i64 = r.try_get(0)?;
        let (code, name): (String, String) = (r.try_get(1)?, r.try_get(2)?);
        let kind = kind_of(r.try_get(3)?);
        let everyone: i64 = r.try_get(4)?;
        let key = (unit_id, kind);
        let mut totals = groups.remove(&key).unwrap_or_default();
        totals.push((0, everyone - with_learning.get(&key).copied().unwrap_or(0)));
        let unit = units.entry(code.clone()).or_insert_with(|| UnitCompliance {
            code,
            name,
            ..UnitCompliance::default()
        });
        for (total, people) in totals {
            add(unit, &rs, kind, total, people);
        }
    }
    Ok(units.into_values().collect())
}

/// `people` of `kind` with `total` JP, classified by the rules.
fn add(unit: &mut UnitCompliance, rs: &RuleSet, kind: AsnKind, total: u32, people: i64) {
    let status = yearly_jp(rs, kind, &[total])
        .map(|(s, _)| s.status)
        // A total no year can hold counts as out of line.
        .unwrap_or(if kind == AsnKind::Pns { JpStatus::Met } else { JpStatus::AboveMaximum });
    unit.jp_total += i64::from(total) * people;
    match kind {
        AsnKind::Pns => {
            unit.pns += people;
            if status == JpStatus::BelowMinimum {
                unit.pns_below += people;
            }
        }
        AsnKind::Pppk => {
            unit.pppk += people;
            if status == JpStatus::AboveMaximum {
                unit.pppk_above += people;
            }
        }
    }
}
