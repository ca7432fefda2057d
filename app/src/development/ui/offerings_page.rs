use leptos::prelude::*;

use crate::{
    development::{
        api::{list_offerings, my_applications, my_nominees, Apply, Nominate, Withdraw},
        texts::use_development_texts,
        types::{ApplicationStatus, MyApplication, Nominee, OfferingView},
        ui::merit_reasons::MeritReasons,
    },
    ui::prelude::*,
};

/// `/pelatihan`: the offerings open to the employee (with the criteria they do not meet), an
/// application in one click, and their applications with the outcome and its reasons.
#[component]
pub fn OfferingsPage() -> impl IntoView {
    crate::development::reason_texts::provide();
    let dt = use_development_texts();
    let i18n = use_i18n();
    let apply = ServerAction::<Apply>::new();
    let withdraw = ServerAction::<Withdraw>::new();
    let nominate = ServerAction::<Nominate>::new();
    let (applied, withdrawn) = (successes(apply), successes(withdraw));
    let nominated = successes(nominate);
    let changed = move || (applied.get(), withdrawn.get(), nominated.get());
    // The offerings and, for a pejabat penilai, the people they may nominate.
    let offerings = Resource::new(changed, |_| async move {
        let list = list_offerings().await?;
        let team = my_nominees().await?;
        Ok::<_, AppError>((list, team))
    });
    let nominate_error = refusal(nominate);
    let mine = Resource::new(changed, |_| my_applications());
    let error = refusal(apply);
    let withdraw_error = refusal(withdraw);
    view! {
        <PageTitle title=|t| t.page_development_title />
        <article class="page development">
            <h1>{move || dt().title}</h1>
            <p class="lead">{move || dt().intro}</p>
            <p class="links">
                <a href="/saya/pembelajaran">{move || dt().learning_link}</a>
                " · "
                <a href="/saya/pendidikan">{move || dt().studies_link}</a>
                " · "
                <a href="/mentoring">{move || dt().mentoring_link}</a>
                " · "
                <a href="/saya/pengembangan">
                    {move || crate::development::idp_texts::IdpTexts::of(i18n.locale()).title}
                </a>
            </p>
            <h2>{move || dt().open_title}</h2>
            <Loaded
                resource=offerings
                view=move |(rows, team)| {
                    if rows.is_empty() {
                        return view! { <p class="empty">{move || dt().none_open}</p> }.into_any();
                    }
                    rows.into_iter()
                        .map(|o| {
                            view! { <OfferingCard offering=o apply nominate team=team.clone() /> }
                        })
                        .collect_view()
                        .into_any()
                }
            />
            <FormError error />
            <FormError error=nominate_error />
            {move || {
                (nominated.get() > 0)
                    .then(|| {
                        view! {
                            <p class="notice" role="status">
                                {move || dt().nominate_sent}
                            </p>
                        }
                    })
            }}
            <h2>{move || dt().mine_title}</h2>
            <Loaded
                resource=mine
                view=move |rows| {
                    if rows.is_empty() {
                        return view! { <p class="empty">{move || dt().mine_none}</p> }.into_any();
                    }
                    view! {
                        <ul class="applications">
                            {rows
                                .into_iter()
                                .map(|a| view! { <ApplicationItem application=a withdraw /> })
                                .collect_view()}
                        </ul>
                        <FormError error=withdraw_error />
                    }
                        .into_any()
                }
            />
        </article>
    }
}

#[component]
fn OfferingCard(
    offering: OfferingView,
    apply: ServerAction<Apply>,
    nominate: ServerAction<Nominate>,
    team: Vec<Nominee>,
) -> impl IntoView {
    let dt = use_development_texts();
    let i18n = use_i18n();
    let o = offering;
    let eligible = o.unmet.is_empty();
    let unmet = o.unmet.clone();
    let id = o.id;
    let mine = o.mine;
    let (path, mode) = (o.path, o.mode);
    let (start, end, apply_by) = (o.start_date.clone(), o.end_date.clone(), o.apply_by.clone());
    view! {
        <section class="offering" data-offering=o.id>
            <h3>{o.title.clone()}</h3>
            <p>
                {move || {
                    format!(
                        "{} · {} · {} {} · {}",
                        dt().path(path),
                        o.form.replace('_', " "),
                        o.jp,
                        dt().jp,
                        dt().mode(mode),
                    )
                }}
            </p>
            <dl class="facts">
                <dt>{move || dt().dates}</dt>
                <dd>
                    {move || {
                        format!("{} – {}", i18n.t().date_iso(&start), i18n.t().date_iso(&end))
                    }}
                </dd>
                <dt>{move || dt().apply_by}</dt>
                <dd>{move || i18n.t().date_iso(&apply_by)}</dd>
                <dt>{move || dt().provider}</dt>
                <dd>{o.provider.clone()}</dd>
                <dt>{move || dt().quota}</dt>
                <dd>{o.quota}</dd>
                <dt>{move || dt().applicants}</dt>
                <dd>{o.applicants}</dd>
            </dl>
            {match mine {
                Some(status) => {
                    view! {
                        <p class="status" data-status=status.code()>
                            {move || dt().status(status)}
                        </p>
                    }
                        .into_any()
                }
                None if eligible => {
                    view! {
                        <p class="eligible">{move || dt().eligible}</p>
                        <ActionForm action=apply attr:class="form inline-form">
                            <input type="hidden" name="offering_id" value=id />
                            <button type="submit" class="button">
                                {move || dt().apply}
                            </button>
                        </ActionForm>
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <p class="not-eligible">
                            {move || dt().not_eligible} " "
                            {move || {
                                unmet.iter().map(|u| dt().unmet(u)).collect::<Vec<_>>().join("; ")
                            }}
                        </p>
                    }
                        .into_any()
                }
            }}
            {(!team.is_empty())
                .then(|| {
                    view! {
                        <ActionForm action=nominate attr:class="form inline-form nominate">
                            <input type="hidden" name="offering_id" value=id />
                            <label>
                                <span>{move || dt().nominate_title}</span>
                                <select name="employee_id">
                                    {team
                                        .into_iter()
                                        .map(|n| {
                                            view! {
                                                <option value=n
                                                    .employee_id>{format!("{} · {}", n.name, n.nip)}</option>
                                            }
                                        })
                                        .collect_view()}
                                </select>
                            </label>
                            <button type="submit" class="button secondary">
                                {move || dt().nominate}
                            </button>
                        </ActionForm>
                    }
                })}
        </section>
    }
}

#[component]
fn ApplicationItem(application: MyApplication, withdraw: ServerAction<Withdraw>) -> impl IntoView {
    let dt = use_development_texts();
    let a = application;
    let status = a.status;
    let decided = a.position.zip(a.score);
    view! {
        <li data-status=status.code()>
            <strong>{a.title.clone()}</strong>
            " · "
            {move || dt().status(status)}
            {a
                .nominated
                .then(|| {
                    view! {
                        " · "
                        {move || dt().nominated}
                    }
                })}
            {decided
                .map(|(position, score)| {
                    view! {
                        <p>
                            {move || {
                                format!(
                                    "{} {position} ({} {}) · {} {score:.2}",
                                    dt().position,
                                    dt().quota.to_lowercase(),
                                    a.quota,
                                    dt().score,
                                )
                            }}
                        </p>
                        <MeritReasons components=a.components.clone() />
                    }
                })}
            {(status != ApplicationStatus::Withdrawn)
                .then(|| {
                    view! {
                        <ActionForm action=withdraw attr:class="form inline-form">
                            <input type="hidden" name="offering_id" value=a.offering_id />
                            <button type="submit" class="button secondary">
                                {move || dt().withdraw}
                            </button>
                        </ActionForm>
                    }
                })}
        </li>
    }
}
