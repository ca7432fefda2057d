use crate::kernel::plan_status::PlanStatus;
use leptos::prelude::*;

use crate::{
    dashboard::progress_api::{agency_progress, LENIENT_MARGIN_PP, MIN_RATED},
    i18n::{tr, use_i18n},
    rules::Predikat,
    skp::ui::skp_plan::status_label,
    ui::prelude::*,
};

/// The agency's progress unit by unit in the open period, and the units flagged as far more
/// lenient than the agency (HR office and tim evaluasi).
#[component]
pub fn ProgressTable() -> impl IntoView {
    let i18n = use_i18n();
    let progress = Resource::new(|| (), |_| agency_progress());
    view! {
        <Loaded
            resource=progress
            view=move |p| {
                let agency_pct = p.agency_sangat_baik_pct;
                view! {
                    <p class="muted">
                        {move || {
                            format!(
                                "{} {agency_pct:.0}% · {} {LENIENT_MARGIN_PP:.0} {} ({} {MIN_RATED})",
                                i18n.t().progress_agency_sb,
                                i18n.t().progress_flag_rule,
                                i18n.t().progress_pp,
                                i18n.t().progress_min_rated,
                            )
                        }}
                    </p>
                    <TableScroll label=move || i18n.t().progress_title>
                        <table class="data progress">
                            <thead>
                                <tr>
                                    <th>{tr(|t| t.admin_col_unit)}</th>
                                    <th>{tr(|t| t.units_employees)}</th>
                                    <th>{move || status_label(i18n.t(), None)}</th>
                                    <th>
                                        {move || status_label(i18n.t(), Some(PlanStatus::Draft))}
                                    </th>
                                    <th>
                                        {move || status_label(
                                            i18n.t(),
                                            Some(PlanStatus::Submitted),
                                        )}
                                    </th>
                                    <th>
                                        {move || status_label(i18n.t(), Some(PlanStatus::Approved))}
                                    </th>
                                    <th>{tr(|t| t.progress_rated)}</th>
                                    {Predikat::ALL
                                        .into_iter()
                                        .map(|pr| {
                                            view! { <th>{move || i18n.t().predikat(pr)}</th> }
                                        })
                                        .collect_view()}
                                    <th>{tr(|t| t.progress_flag)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {p
                                    .units
                                    .into_iter()
                                    .map(|u| {
                                        let code = u.code.clone();
                                        view! {
                                            <tr
                                                data-unit=code
                                                data-lenient=u.lenient.to_string()
                                                data-rated=u.rated
                                            >
                                                <td>
                                                    <a href=format!("?unit={}", u.unit_id)>{u.name}</a>
                                                    " "
                                                    <code>{u.code}</code>
                                                </td>
                                                <td>{u.employees}</td>
                                                <td>{u.not_started}</td>
                                                <td>{u.draft + u.returned}</td>
                                                <td>{u.submitted}</td>
                                                <td>{u.approved}</td>
                                                <td>{u.rated}</td>
                                                {u
                                                    .predikat
                                                    .iter()
                                                    .map(|n| view! { <td>{*n}</td> })
                                                    .collect_view()}
                                                <td>
                                                    {u
                                                        .lenient
                                                        .then(|| {
                                                            view! {
                                                                <strong class="flag">
                                                                    {move || {
                                                                        format!(
                                                                            "{} ({:.0}%)",
                                                                            i18n.t().progress_lenient,
                                                                            u.sangat_baik_pct,
                                                                        )
                                                                    }}
                                                                </strong>
                                                            }
                                                        })}
                                                </td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    </TableScroll>
                }
                    .into_any()
            }
        />
    }
}
