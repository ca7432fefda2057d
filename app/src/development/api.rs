//! The catalogue, applications and the merit decision. The HR office adds offerings and
//! decides who goes; an employee applies to what they are eligible for; a pejabat penilai
//! nominates their people; everyone sees why they stand where they stand.

use leptos::prelude::*;

pub use crate::development::types::{
    MyApplication, Nominee, OfferingInput, OfferingView, RankedList,
};
use crate::kernel::error::AppError;

/// The offerings the caller may see: the HR office every one of its agency's, an employee
/// those still open, each with the criteria they do not meet and their own application.
#[server(prefix = "/api", endpoint = "development/offerings")]
pub async fn list_offerings() -> Result<Vec<OfferingView>, AppError> {
    use self::ssr::*;
    let c = caller()?;
    if let Some(agency) = policy::managed_agency(&c.user) {
        let all = offerings::list(&c.pool, agency, None).await.map_err(internal)?;
        return Ok(all.into_iter().map(|(v, _)| v).collect());
    }
    let (agency, me) = (c.agency()?, c.employee()?);
    let open = offerings::list(&c.pool, agency, Some(today())).await.map_err(internal)?;
    let mine = applications::statuses(&c.pool, me).await.map_err(internal)?;
    let mut out = Vec::with_capacity(open.len());
    for (mut view, head) in open {
        let person = applications::person(&c.pool, agency, me, head.unit_id)
            .await
            .map_err(internal)?
            .ok_or_else(not_found)?;
        view.unmet = eligibility::check(&head.criteria, &person).0;
        view.mine = mine.get(&view.id).copied();
        out.push(view);
    }
    Ok(out)
}

/// Add an offering to the agency's catalogue (the HR office).
#[server(prefix = "/api", endpoint = "development/offerings/create")]
pub async fn create_offering(input: OfferingInput) -> Result<i64, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let agency = policy::managed_agency(&c.user).ok_or_else(not_found)?;
    let offering = checked_offering(&c.pool, agency, &input).await?;
    offerings::create(&c.pool, c.actor()?, &offering).await.map_err(write_error)
}

/// The HR office imports offerings into its catalogue from an Excel workbook or CSV file
/// (base64), each row checked like the catalogue form, refused by row and column, all or
/// nothing; a row already in the catalogue (same title and start) is refused too.
#[server(prefix = "/api", endpoint = "development/offerings/import")]
pub async fn import_offerings(
    file_base64: String,
) -> Result<crate::import::api::ImportOutcome, AppError> {
    use self::ssr::*;
    use crate::import::api::ImportOutcome;
    let c = caller()?;
    let agency = policy::managed_agency(&c.user).ok_or_else(not_found)?;
    let bytes = import::decoded(&file_base64)?;
    let locale = crate::i18n::initial_locale();
    let (rows, mut errors) = match import::offering_rows(&bytes, locale) {
        Ok(read) => read,
        Err(errors) => return Ok(ImportOutcome { imported: 0, errors }),
    };
    let known = imports::catalogue_keys(&c.pool, agency).await.map_err(internal)?;
    let mut checked = Vec::new();
    for (line, input) in rows {
        match checked_offering(&c.pool, agency, &input).await {
            Ok(o) if known.contains(&(o.title.to_lowercase(), o.start.to_string())) => {
                errors.push(import::already(line, locale))
            }
            Ok(o) => checked.push(o),
            Err(e) => errors.extend(import::offering_problem(line, &e, locale)),
        }
    }
    let checked = match import::outcome(checked, errors) {
        Ok(rows) => rows,
        Err(errors) => return Ok(ImportOutcome { imported: 0, errors }),
    };
    let imported = imports::offerings(&c.pool, c.actor()?, &checked).await.map_err(write_error)?;
    Ok(ImportOutcome { imported, errors: Vec::new() })
}

/// Apply to an open offering one is eligible for.
#[server(prefix = "/api", endpoint = "development/apply")]
pub async fn apply(offering_id: i64) -> Result<i64, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let me = c.employee()?;
    let head = offering(&c.pool, c.agency()?, offering_id).await?;
    eligible(&c.pool, &head, me).await?;
    applications::apply(&c.pool, c.actor()?, &head, me, None, today()).await.map_err(write_error)
}

/// Withdraw one's application before the offering starts; a place given up goes to the first
/// in the waiting list.
#[server(prefix = "/api", endpoint = "development/withdraw")]
pub async fn withdraw(offering_id: i64) -> Result<(), AppError> {
    use self::ssr::*;
    let c = caller()?;
    let me = c.employee()?;
    let head = offering(&c.pool, c.agency()?, offering_id).await?;
    applications::withdraw(&c.pool, c.actor()?, &head, me, today()).await.map_err(write_error)?;
    Ok(())
}

/// The people the caller may nominate: those whose pejabat penilai in force they are (empty for
/// anyone else).
#[server(prefix = "/api", endpoint = "development/team")]
pub async fn my_nominees() -> Result<Vec<Nominee>, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let Ok(me) = c.employee() else { return Ok(Vec::new()) };
    applications::team_in_force(&c.pool, me, today()).await.map_err(internal)
}

/// A pejabat penilai nominates one of their people (the line in force today).
#[server(prefix = "/api", endpoint = "development/nominate")]
pub async fn nominate(offering_id: i64, employee_id: i64) -> Result<i64, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let me = c.employee()?;
    let penilai =
        applications::penilai_in_force(&c.pool, employee_id, today()).await.map_err(internal)?;
    if !policy::may_nominate(Some(me), penilai) {
        return Err(not_found());
    }
    let head = offering(&c.pool, c.agency()?, offering_id).await?;
    eligible(&c.pool, &head, employee_id).await?;
    applications::apply(&c.pool, c.actor()?, &head, employee_id, Some(me), today())
        .await
        .map_err(write_error)
}

/// The applicants in merit order (the HR office): as decided, or as they would be decided now;
/// `page` (from 1) of `RANKED_PAGE_SIZE`.
#[server(prefix = "/api", endpoint = "development/ranked")]
pub async fn ranked_applicants(
    offering_id: i64,
    page: Option<u32>,
) -> Result<RankedList, AppError> {
    use self::ssr::*;
    let c = caller()?;
    let agency = policy::managed_agency(&c.user).ok_or_else(not_found)?;
    let head = offering(&c.pool, agency, offering_id).await?;
    let view = offerings::list(&c.pool, agency, None)
        .await
        .map_err(internal)?
        .into_iter()
        .map(|(v, _)| v)
        .find(|v| v.id == head.id)
        .ok_or_else(not_found)?;
    let page = page.unwrap_or(1).max(1);
    let skip = usize::try_from((page - 1).saturating_mul(RANKED_PAGE_SIZE)).unwrap_or(usize::MAX);
    let take = RANKED_PAGE_SIZE as usize;
    if head.status != OfferingStatus::Open {
        let rows = applications::decided(&c.pool, head.id).await.map_err(internal)?;
        let total = u32::try_from(rows.len()).unwrap_or(u32::MAX);
        let rows = rows.into_iter().skip(skip).take(take).collect();
        return Ok(RankedList { offering: view, rows, total, page });
    }
    let (rows, ranked) = ranking(&c.pool, &head).await?;
    let by_key: std::collections::HashMap<i64, _> = rows.into_iter().map(|r| (r.id, r)).collect();
    let total = u32::try_from(ranked.len()).unwrap_or(u32::MAX);
    let rows = ranked
        .into_iter()
        .skip(skip)
        .take(take)
        .filter_map(|r| {
            let a = by_key.get(&r.key)?;
            Some(RankedApplicant {
                application_id: a.id,
                employee_id: a.employee_id,
                name: a.name.clone(),
                nip: a.nip.clone(),
                unit: a.unit.clone(),
                nominated: a.nominated,
                position: r.position,
                score: r.score,
                components: r.components.to_vec(),
                outcome: r.outcome,
                status: a.status,
            })
        })
        .collect();
    Ok(RankedList { offering: view, rows, total, page })
}

/// Decide an offering (the HR office, at the version it saw): the first `quota` in merit order
/// are offered a place, the others wait in order. Returns (offered, waiting).
#[server(prefix = "/api", endpoint = "development/decide")]
pub async fn decide(offering_id: i64, version: i64) -> Result<(usize, usize), AppError> {
    use self::ssr::*;
    let c = caller()?;
    let agency = policy::managed_agency(&c.user).ok_or_else(not_found)?;
    let head = offering(&c.pool, agency, offering_id).await?;
    let (_, ranked) = ranking(&c.pool, &head).await?;
    applications::decide(&c.pool, c.actor()?, &head, version, &ranked).await.map_err(write_error)
}

/// The caller's applications and nominations, with the outcome and its reasons.
#[server(prefix = "/api", endpoint = "development/mine")]
pub async fn my_applications() -> Result<Vec<MyApplication>, AppError> {
    use self::ssr::*;
    let c = caller()?;
    applications::mine(&c.pool, c.employee()?).await.map_err(internal)
}

#[cfg(feature = "ssr")]
mod ssr {
    pub(super) use crate::{
        development::checks,
        development::import,
        development::repo::{applications, imports, offerings, offerings::OfferingHead},
        development::types::{
            Mode, OfferingInput, OfferingStatus, RankedApplicant, RANKED_PAGE_SIZE,
        },
        kernel::db::{today, Pool},
        kernel::error::AppError,
        kernel::policy,
        kernel::reason::Reason,
        kernel::server::{caller, internal, not_found, write_error},
        rules::{eligibility, merit, RuleSet},
    };
    use crate::{
        development::repo::{applications::ApplicationRow, offerings::NewOffering},
        rules::{eligibility::Criteria, nip::AsnKind, Predikat},
    };

    pub(super) async fn offering(
        pool: &Pool,
        agency: i64,
        id: i64,
    ) -> Result<OfferingHead, AppError> {
        let mut conn = pool.acquire().await.map_err(internal)?;
        offerings::head(&mut conn, agency, id).await.map_err(internal)?.ok_or_else(not_found)
    }

    /// 422 naming what the employee does not meet (the first criterion).
    pub(super) async fn eligible(
        pool: &Pool,
        head: &OfferingHead,
        employee: i64,
    ) -> Result<(), AppError> {
        let person = applications::person(pool, head.agency_id, employee, head.unit_id)
            .await
            .map_err(internal)?
            .ok_or_else(not_found)?;
        let (unmet, _) = eligibility::check(&head.criteria, &person);
        match unmet.first() {
            None => Ok(()),
            Some(_) => Err(AppError::invalid(Reason::OfferingNotEligible)),
        }
    }

    /// The offering's applicants and their merit order under the rule set in force.
    pub(super) async fn ranking(
        pool: &Pool,
        head: &OfferingHead,
    ) -> Result<(Vec<ApplicationRow>, Vec<merit::Ranked>), AppError> {
        let rs = RuleSet::current();
        // "JP still missing this year": the year the decision is taken in.
        let year = i64::from(today().year());
        let inputs = applications::merit_inputs(pool, head.id, year, rs.jp_pns_min)
            .await
            .map_err(internal)?;
        let (rows, applicants): (Vec<_>, Vec<_>) = inputs.into_iter().unzip();
        let quota = u32::try_from(head.quota).unwrap_or(u32::MAX);
        let (ranked, _) = merit::rank(&rs, &applicants, quota).map_err(|_| AppError::Internal)?;
        Ok((rows, ranked))
    }

    /// Every field of an offering checked, each refusal naming its field.
    pub(super) async fn checked_offering(
        pool: &Pool,
        agency: i64,
        i: &OfferingInput,
    ) -> Result<NewOffering, AppError> {
        let title = checks::text(&i.title, "input[title]")?;
        let provider = checks::text(&i.provider, "input[provider]")?;
        let (path, form) = checks::path_and_form(&i.path, &i.form)?;
        let mode = Mode::from_code(i.mode.trim()).ok_or_else(|| {
            AppError::invalid_field(Reason::OfferingForm, "input[mode]", i.mode.trim())
        })?;
        let jp = checks::whole(&i.jp, "input[jp]", 1..=2000, Reason::OfferingJp)?;
        let quota = checks::whole(&i.quota, "input[quota]", 1..=100_000, Reason::OfferingQuota)?;
        let (start, end) = checks::dates(&i.start_date, &i.end_date)?;
        let apply_by = checks::date(&i.apply_by, "input[apply_by]")?;
        if apply_by > start {
            return Err(AppError::invalid_field(Reason::OfferingDates, "input[apply_by]", ""));
        }
        fn optional(v: &str) -> Option<&str> {
            Some(v.trim()).filter(|s| !s.is_empty())
        }
        let min_predikat = optional(&i.min_predikat)
            .map(|p| {
                Predikat::from_code(p).ok_or_else(|| {
                    AppError::invalid_field(Reason::OfferingCriteria, "input[min_predikat]", p)
                })
            })
            .transpose()?;
        let asn_kind = optional(&i.asn_kind)
            .map(|k| {
                AsnKind::from_code(k).ok_or_else(|| {
                    AppError::invalid_field(Reason::OfferingCriteria, "input[asn_kind]", k)
                })
            })
            .transpose()?;
        let golongan = |v: &str, field: &str| {
            optional(v)
                .map(|g| {
                    g.parse()
                        .map_err(|_| AppError::invalid_field(Reason::OfferingCriteria, field, g))
                })
                .transpose()
        };
        let min_golongan = golongan(&i.min_golongan, "input[min_golongan]")?;
        let max_golongan = golongan(&i.max_golongan, "input[max_golongan]")?;
        if let (Some(a), Some(b)) = (min_golongan, max_golongan) {
            if a > b {
                return Err(AppError::invalid_field(
                    Reason::OfferingCriteria,
                    "input[max_golongan]",
                    "",
                ));
            }
        }
        let unit_id = match optional(&i.unit_code) {
            None => None,
            Some(code) => Some(
                offerings::unit_by_code(pool, agency, code).await.map_err(internal)?.ok_or_else(
                    || AppError::invalid_field(Reason::OfferingUnit, "input[unit_code]", code),
                )?,
            ),
        };
        let criteria = Criteria {
            min_predikat,
            asn_kind,
            min_golongan,
            max_golongan,
            unit_only: unit_id.is_some(),
        };
        Ok(NewOffering {
            title,
            path,
            form,
            jp,
            provider,
            mode,
            start,
            end,
            apply_by,
            quota,
            criteria,
            unit_id,
        })
    }
}
