use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    development::{
        idp_api::{load_team_idps, ReviewIdp, TeamIdp},
        idp_texts::use_idp_texts,
        idp_types::IdpStatus,
        ui::idp_parts::{ActionCard, DoneOf},
    },
    ui::prelude::*,
};

/// `/tim/pengembangan`: the development plans of the people whose pejabat penilai in force
/// the caller is — a submitted plan open with the agreement form, the others folded with
/// their progress.
#[component]
pub fn IdpTeamPage() -> impl IntoView {
    crate::development::reason_texts::provide();
    let it = use_idp_texts();
    let i18n = use_i18n();
    let review = ServerAction::<ReviewIdp>::new();
    let reviewed = successes(review);
    let team = Resource::new(move || reviewed.get(), |_| load_team_idps());
    let error = refusal(review);
    view! {
        <Title text=move || format!("{} · {}", it().team_title, i18n.t().app_name) />
        <article class="page idp-team">
            <p class="links">
                <a href="/tim">{tr(|t| t.nav_team)}</a>
            </p>
            <h1>{move || it().team_title}</h1>
            <p class="lead">{move || it().team_intro}</p>
            <FormError error />
            <Loaded
                resource=team
                view=move |people| {
                    if people.is_empty() {
                        return view! { <p class="empty">{move || it().team_none}</p> }.into_any();
                    }
                    view! {
                        <ul class="cards">
                            {people
                                .into_iter()
                                .map(|p| view! { <Member person=p review /> })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }
            />
        </article>
    }
}

/// One team member: their plan's status and, when submitted, its actions with the agreement
/// form; otherwise the actions folded away.
#[component]
fn Member(person: TeamIdp, review: ServerAction<ReviewIdp>) -> impl IntoView {
    let it = use_idp_texts();
    let status = person.plan.as_ref().map(|p| p.status);
    let Some(plan) = person.plan else {
        return view! {
            <li class="card" data-testid="idp-member" data-status="none">
                <h3>{format!("{} · NIP {}", person.name, person.nip)}</h3>
                <p class="muted">{move || it().not_made}</p>
            </li>
        }
        .into_any();
    };
    let (done, total) = plan.done_of();
    let (id, version) = (plan.id, plan.version);
    let waiting = status == Some(IdpStatus::Submitted);
    let actions =
        plan.actions.into_iter().map(|a| view! { <ActionCard action=a /> }).collect_view();
    let actions = view! { <ul class="cards">{actions}</ul> };
    view! {
        <li
            class="card"
            data-testid="idp-member"
            data-status=status.map(IdpStatus::code).unwrap_or("none")
            data-employee=person.employee_id
        >
            <h3>{format!("{} · NIP {}", person.name, person.nip)}</h3>
            <p>
                <strong>{move || it().status(status)}</strong>
                {(status == Some(IdpStatus::Agreed)).then(|| view! { <DoneOf done total /> })}
            </p>
            {if waiting {
                view! {
                    {actions}
                    <ActionForm
                        action=review
                        attr:class="form inline-form"
                        attr:data-testid="idp-review"
                    >
                        <input type="hidden" name="plan_id" value=id />
                        <input type="hidden" name="version" value=version />
                        <label>
                            <span>{move || it().review_note}</span>
                            <input name="note" maxlength="1000" />
                        </label>
                        <button type="submit" class="button" name="verdict" value="agree">
                            {move || it().agree}
                        </button>
                        <button
                            type="submit"
                            class="button secondary"
                            name="verdict"
                            value="return"
                        >
                            {move || it().send_back}
                        </button>
                    </ActionForm>
                }
                    .into_any()
            } else {
                view! {
                    <details>
                        <summary>{move || it().show_plan}</summary>
                        {actions}
                    </details>
                }
                    .into_any()
            }}
        </li>
    }
    .into_any()
}
