use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    development::{
        idp_api::{
            load_idp, IdpPage as IdpData, IdpProgress, RemoveIdpAction, SaveIdpAction, StartIdp,
            SubmitIdp,
        },
        idp_texts::use_idp_texts,
        idp_types::{IdpAction, IdpPlan, IdpStatus, OfferingChoice, Progress},
        ui::idp_parts::{ActionCard, ActionFields, DoneOf, SuggestionItem},
    },
    ui::prelude::*,
};

/// The page's write actions, handed to the parts that hold their forms.
#[derive(Clone, Copy)]
struct Actions {
    save: ServerAction<SaveIdpAction>,
    remove: ServerAction<RemoveIdpAction>,
    submit: ServerAction<SubmitIdp>,
    progress: ServerAction<IdpProgress>,
}

/// `/saya/pengembangan`: the employee's individual development plan of this year — the
/// suggestions of their latest assessment with where each comes from, the plan made from them
/// and changed until submitted, the pejabat penilai's agreement, and each action's progress.
#[component]
pub fn IdpPage() -> impl IntoView {
    crate::development::reason_texts::provide();
    let it = use_idp_texts();
    let i18n = use_i18n();
    let start = ServerAction::<StartIdp>::new();
    let actions = Actions {
        save: ServerAction::new(),
        remove: ServerAction::new(),
        submit: ServerAction::new(),
        progress: ServerAction::new(),
    };
    let changed = (
        successes(start),
        successes(actions.save),
        successes(actions.remove),
        successes(actions.submit),
        successes(actions.progress),
    );
    let page = Resource::new(
        move || {
            (changed.0.get(), changed.1.get(), changed.2.get(), changed.3.get(), changed.4.get())
        },
        |_| load_idp(None),
    );
    let errors = [
        refusal(actions.save),
        refusal(actions.remove),
        refusal(actions.submit),
        refusal(actions.progress),
    ];
    let start_error = refusal(start);
    view! {
        <Title text=move || format!("{} · {}", it().title, i18n.t().app_name) />
        <article class="page idp">
            <p class="links">
                <a href="/pelatihan">{tr(|t| t.nav_development)}</a>
                " · "
                <a href="/saya/pembelajaran">{tr(|t| t.page_learning_title)}</a>
            </p>
            <h1>{move || it().title}</h1>
            <p class="lead">{move || it().intro}</p>
            <Loaded
                resource=page
                view=move |data| {
                    view! {
                        <Suggestions data=data.clone() />
                        {match data.plan {
                            None => {
                                view! {
                                    <section>
                                        <p class="muted">{move || it().start_note}</p>
                                        <ActionForm action=start attr:class="form inline-form">
                                            <button
                                                type="submit"
                                                class="button"
                                                data-testid="idp-start"
                                                disabled=move || start.pending().get()
                                            >
                                                {move || it().start}
                                            </button>
                                        </ActionForm>
                                        <FormError error=start_error />
                                    </section>
                                }
                                    .into_any()
                            }
                            Some(plan) => {
                                view! { <PlanView plan offerings=data.offerings actions errors /> }
                                    .into_any()
                            }
                        }}
                    }
                        .into_any()
                }
            />
        </article>
    }
}

/// What the latest assessment suggests, and from which year.
#[component]
fn Suggestions(data: IdpData) -> impl IntoView {
    let it = use_idp_texts();
    let body = match (data.basis_year, data.suggestions.is_empty()) {
        (None, _) => view! { <p class="empty">{move || it().not_assessed}</p> }.into_any(),
        (Some(_), true) => {
            view! { <p class="empty">{move || it().nothing_suggested}</p> }.into_any()
        }
        (Some(_), false) => view! {
            <ul class="plain">
                {data
                    .suggestions
                    .into_iter()
                    .map(|s| view! { <SuggestionItem suggestion=s /> })
                    .collect_view()}
            </ul>
        }
        .into_any(),
    };
    view! {
        <section data-testid="idp-suggestions">
            <h2>{move || it().suggestions_title}</h2>
            {data
                .basis_year
                .map(|y| view! { <p class="muted">{move || it().suggestions_of} " " {y}</p> })}
            {body}
        </section>
    }
}

/// The plan: its status, its actions with the forms its stage allows, and the way on.
#[component]
fn PlanView(
    plan: IdpPlan,
    offerings: Vec<OfferingChoice>,
    actions: Actions,
    errors: [Signal<Option<AppError>>; 4],
) -> impl IntoView {
    let it = use_idp_texts();
    let status = plan.status;
    let (done, total) = plan.done_of();
    let (id, version, year) = (plan.id, plan.version, plan.year);
    let draft = status == IdpStatus::Draft;
    let items = plan
        .actions
        .into_iter()
        .map(|a| {
            view! {
                <ActionItem
                    action=a
                    plan=(id, version, year, status)
                    offerings=offerings.clone()
                    actions
                />
            }
        })
        .collect_view();
    view! {
        <section data-testid="idp-plan" data-status=status.code()>
            <h2>{move || format!("{} {year}", it().plan_title)}</h2>
            <p>
                <strong data-testid="idp-status">{move || it().status(Some(status))}</strong>
                {plan
                    .agreed_by
                    .map(|by| {
                        view! {
                            " · "
                            {move || it().agreed_by}
                            " "
                            {by.clone()}
                        }
                    })}
                {(status == IdpStatus::Agreed).then(|| view! { <DoneOf done total /> })}
            </p>
            {plan
                .review_note
                .filter(|_| draft)
                .map(|n| {
                    view! {
                        <p class="notice" data-testid="idp-returned">
                            {move || it().returned}
                            ": "
                            {n.clone()}
                        </p>
                    }
                })}
            {(status == IdpStatus::Submitted)
                .then(|| view! { <p class="notice">{move || it().waiting}</p> })}
            {errors.map(|error| view! { <FormError error /> })}
            <ul class="cards">{items}</ul>
            {draft
                .then(|| {
                    view! {
                        <details class="card">
                            <summary>{move || it().add_title}</summary>
                            <ActionForm
                                action=actions.save
                                node_ref=cleared_on_success(actions.save)
                                attr:class="form"
                                attr:data-testid="idp-add"
                            >
                                <input type="hidden" name="plan_id" value=id />
                                <input type="hidden" name="version" value=version />
                                <ActionFields offerings current=None year />
                                <button type="submit" class="button secondary">
                                    {move || it().add}
                                </button>
                            </ActionForm>
                        </details>
                        <ActionForm action=actions.submit attr:class="form inline-form">
                            <input type="hidden" name="plan_id" value=id />
                            <input type="hidden" name="version" value=version />
                            <p class="muted">{move || it().submit_note}</p>
                            <button type="submit" class="button" data-testid="idp-submit">
                                {move || it().submit}
                            </button>
                        </ActionForm>
                    }
                })}
        </section>
    }
}

/// One action with what its plan's stage allows: change or remove it in a draft, record its
/// progress once agreed.
#[component]
fn ActionItem(
    action: IdpAction,
    plan: (i64, i64, i64, IdpStatus),
    offerings: Vec<OfferingChoice>,
    actions: Actions,
) -> impl IntoView {
    let it = use_idp_texts();
    let (plan_id, version, year, status) = plan;
    let action_id = action.id;
    let current = action.clone();
    let progress = action.progress;
    let forms = match status {
        IdpStatus::Draft => view! {
            <details>
                <summary>{move || it().edit}</summary>
                <ActionForm action=actions.save attr:class="form">
                    <input type="hidden" name="plan_id" value=plan_id />
                    <input type="hidden" name="version" value=version />
                    <input type="hidden" name="action_id" value=action_id />
                    <ActionFields offerings current=Some(current) year />
                    <button type="submit" class="button secondary">
                        {move || it().save}
                    </button>
                </ActionForm>
            </details>
            <ActionForm action=actions.remove attr:class="form inline-form">
                <input type="hidden" name="plan_id" value=plan_id />
                <input type="hidden" name="version" value=version />
                <input type="hidden" name="action_id" value=action_id />
                <button type="submit" class="link-button">
                    {move || it().remove}
                </button>
            </ActionForm>
        }
        .into_any(),
        IdpStatus::Agreed => view! {
            <ActionForm
                action=actions.progress
                attr:class="form inline-form"
                attr:data-testid="idp-progress-form"
            >
                <input type="hidden" name="plan_id" value=plan_id />
                <input type="hidden" name="version" value=version />
                <input type="hidden" name="action_id" value=action_id />
                <label>
                    <span>{move || it().progress_label}</span>
                    <select name="progress">
                        {Progress::ALL
                            .iter()
                            .map(|p| {
                                let p = *p;
                                view! {
                                    <option value=p.code() selected=p == progress>
                                        {move || it().progress(p)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <label>
                    <span>{move || it().progress_note}</span>
                    <input name="note" maxlength="500" />
                </label>
                <button type="submit" class="button secondary">
                    {move || it().progress_save}
                </button>
            </ActionForm>
        }
        .into_any(),
        IdpStatus::Submitted => ().into_any(),
    };
    view! { <ActionCard action>{forms}</ActionCard> }
}
