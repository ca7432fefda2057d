use crate::admin::types::{Frequency, PeriodStatus};
use leptos::prelude::*;

use crate::{
    i18n::{tr, use_i18n},
    rules::distribution::OrgPredikat,
    skp::api::{list_periods, OpenPeriod, UpdatePeriod},
    ui::prelude::*,
};

/// `/admin/periode`: the HR office opens the year's assessment period (evaluation frequency,
/// deadlines, appeal window), sets the organisation's predikat and closes the period.
#[component]
pub fn AdminPeriodsPage() -> impl IntoView {
    let i18n = use_i18n();
    let open = ServerAction::<OpenPeriod>::new();
    let update = ServerAction::<UpdatePeriod>::new();
    let (opened, updated) = (successes(open), successes(update));
    let periods = Resource::new(move || (opened.get(), updated.get()), |_| list_periods());
    let error = Signal::derive(move || {
        open.value().get().and_then(Result::err).or(update.value().get().and_then(Result::err))
    });
    view! {
        <PageTitle title=|t| t.periods_title />
        <article class="page admin-periods">
            <p class="links">
                <a href="/admin">{tr(|t| t.page_admin_title)}</a>
            </p>
            <h1>{tr(|t| t.periods_title)}</h1>
            <Loaded
                resource=periods
                view=move |rows| {
                    rows.into_iter()
                        .map(|p| {
                            let status = p.status;
                            let frequency = p.frequency;
                            let current = p.org_predikat;
                            let is_open = p.status == PeriodStatus::Open;
                            view! {
                                <section
                                    class="period"
                                    data-year=p.year
                                    data-status=p.status.code()
                                >
                                    <h2>{p.year}</h2>
                                    <p>
                                        {move || {
                                            format!(
                                                "{} · {} · {} {} · {} {} · {} {}",
                                                if status == PeriodStatus::Open {
                                                    i18n.t().period_open
                                                } else {
                                                    i18n.t().period_closed
                                                },
                                                if frequency == Frequency::Monthly {
                                                    i18n.t().period_monthly
                                                } else {
                                                    i18n.t().period_quarterly
                                                },
                                                i18n.t().skp_plan_deadline,
                                                i18n.t().date(p.plan_deadline),
                                                i18n.t().period_rating_deadline,
                                                i18n.t().date(p.rating_deadline),
                                                p.appeal_days,
                                                i18n.t().period_appeal_days,
                                            )
                                        }}
                                    </p>
                                    {is_open
                                        .then(|| {
                                            view! {
                                                <ActionForm action=update attr:class="form inline-form">
                                                    <input type="hidden" name="id" value=p.id />
                                                    <input type="hidden" name="version" value=p.version />
                                                    <label>
                                                        <span>{tr(|t| t.period_org_predikat)}</span>
                                                        <select name="org_predikat">
                                                            <option value="">"—"</option>
                                                            {OrgPredikat::ALL
                                                                .into_iter()
                                                                .map(|o| {
                                                                    view! {
                                                                        <option value=o.code() selected=current == Some(o)>
                                                                            {move || i18n.t().org_predikat(o)}
                                                                        </option>
                                                                    }
                                                                })
                                                                .collect_view()}
                                                        </select>
                                                    </label>
                                                    <label class="choice">
                                                        <input type="checkbox" name="close" value="yes" />
                                                        <span>{tr(|t| t.period_close)}</span>
                                                    </label>
                                                    <button type="submit" class="button">
                                                        {tr(|t| t.period_save)}
                                                    </button>
                                                </ActionForm>
                                            }
                                        })}
                                </section>
                            }
                        })
                        .collect_view()
                        .into_any()
                }
            />
            <section>
                <h2>{tr(|t| t.period_open_title)}</h2>
                <ActionForm action=open node_ref=cleared_on_success(open) attr:class="form">
                    <label>
                        <span>{tr(|t| t.skp_period_year)}</span>
                        <input name="year" required inputmode="numeric" maxlength="4" />
                    </label>
                    <label>
                        <span>{tr(|t| t.period_frequency)}</span>
                        <select name="frequency">
                            <option value="quarterly">{tr(|t| t.period_quarterly)}</option>
                            <option value="monthly">{tr(|t| t.period_monthly)}</option>
                        </select>
                    </label>
                    <label>
                        <span>{tr(|t| t.skp_plan_deadline)}</span>
                        <input name="plan_deadline" type="date" required />
                    </label>
                    <label>
                        <span>{tr(|t| t.period_rating_deadline)}</span>
                        <input name="rating_deadline" type="date" required />
                    </label>
                    <label>
                        <span>{tr(|t| t.period_appeal_days_label)}</span>
                        <input name="appeal_days" required inputmode="numeric" value="14" />
                    </label>
                    <button type="submit" class="button">
                        {tr(|t| t.period_open_submit)}
                    </button>
                </ActionForm>
            </section>
            <FormError error />
        </article>
    }
}
