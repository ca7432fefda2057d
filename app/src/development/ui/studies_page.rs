use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    development::{
        study_api::{load_studies, RequestStudy, StudyView, WithdrawStudy},
        study_texts::use_study_texts,
        study_types::{StudyKind, StudyStatus, STUDY_EDUCATIONS},
    },
    ui::{prelude::*, request_key::request_key},
};

/// `/saya/pendidikan`: the employee's tugas belajar and izin belajar requests, where each
/// stands and why, and a form to ask for one.
#[component]
pub fn StudiesPage() -> impl IntoView {
    crate::development::reason_texts::provide();
    let st = use_study_texts();
    let i18n = use_i18n();
    let request = ServerAction::<RequestStudy>::new();
    let withdraw = ServerAction::<WithdrawStudy>::new();
    let (requested, withdrawn) = (successes(request), successes(withdraw));
    let studies = Resource::new(move || (requested.get(), withdrawn.get()), |_| load_studies());
    let (error, withdraw_error) = (refusal(request), refusal(withdraw));
    view! {
        <Title text=move || format!("{} · {}", st().title, i18n.t().app_name) />
        <article class="page studies">
            <p class="links">
                <a href="/saya/pembelajaran">{tr(|t| t.page_learning_title)}</a>
            </p>
            <h1>{move || st().title}</h1>
            <p class="lead">{move || st().intro}</p>
            <Loaded
                resource=studies
                view=move |mine| {
                    view! {
                        <p data-testid="education-now">
                            {move || st().education_now} ": " <strong>{mine.education}</strong>
                        </p>
                        <h2>{move || st().mine_title}</h2>
                        {if mine.requests.is_empty() {
                            view! { <p class="empty">{move || st().none}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="cards">
                                    {mine
                                        .requests
                                        .into_iter()
                                        .map(|s| view! { <StudyItem study=s withdraw /> })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }}
                    }
                        .into_any()
                }
            />
            <FormError error=withdraw_error />
            <section>
                <h2>{move || st().request_title}</h2>
                <ActionForm action=request node_ref=cleared_on_success(request) attr:class="form">
                    <label>
                        <span>{move || st().field_kind}</span>
                        <select name="input[kind]" required>
                            {StudyKind::ALL
                                .iter()
                                .map(|k| {
                                    let k = *k;
                                    view! { <option value=k.code()>{move || st().kind(k)}</option> }
                                })
                                .collect_view()}
                        </select>
                    </label>
                    <label>
                        <span>{move || st().field_education}</span>
                        <select name="input[education]" required>
                            {STUDY_EDUCATIONS
                                .iter()
                                .map(|e| view! { <option value=e.code()>{e.title()}</option> })
                                .collect_view()}
                        </select>
                    </label>
                    <label>
                        <span>{move || st().field_programme}</span>
                        <input name="input[programme]" required maxlength="200" />
                    </label>
                    <label>
                        <span>{move || st().field_institution}</span>
                        <input name="input[institution]" required maxlength="200" />
                    </label>
                    <label>
                        <span>{move || st().field_start}</span>
                        <input name="input[start_date]" type="date" required />
                    </label>
                    <label>
                        <span>{move || st().field_expected}</span>
                        <input name="input[expected_date]" type="date" required />
                    </label>
                    <input
                        type="hidden"
                        name="request_key"
                        prop:value=move || request_key("study", &requested.get().to_string())
                    />
                    <button type="submit" class="button" disabled=move || request.pending().get()>
                        {move || st().submit}
                    </button>
                </ActionForm>
                <FormError error />
                {move || {
                    (requested.get() > 0)
                        .then(|| {
                            view! {
                                <p class="notice" role="status">
                                    {move || st().submitted_note}
                                </p>
                            }
                        })
                }}
            </section>
        </article>
    }
}

/// One request: what, where, when, where it stands and why; withdrawable while open.
#[component]
fn StudyItem(study: StudyView, withdraw: ServerAction<WithdrawStudy>) -> impl IntoView {
    let st = use_study_texts();
    let i18n = use_i18n();
    let s = study;
    let (status, kind, expected) = (s.status, s.kind, s.expected_date);
    view! {
        <li class="card" data-testid="study" data-status=status.code()>
            <h3>{format!("{} {} · {}", s.education.title(), s.programme, s.institution)}</h3>
            <p>
                {move || st().kind(kind)} " · " {move || i18n.t().date(s.start_date)} " – "
                {move || format!("{} {}", st().expected, i18n.t().date(expected))}
            </p>
            <p>
                <strong data-testid="study-status">{move || st().status(status)}</strong>
                {s
                    .diploma_date
                    .map(|d| {
                        view! {
                            " · "
                            {move || st().diploma_on}
                            " "
                            {move || i18n.t().date(d)}
                        }
                    })}
            </p>
            {s
                .decision_note
                .clone()
                .map(|n| view! { <p class="muted">{move || st().note} ": " {n.clone()}</p> })}
            {(status == StudyStatus::Approved)
                .then(|| view! { <p class="notice">{move || st().planned_note}</p> })}
            {status
                .open()
                .then(|| {
                    view! {
                        <ActionForm action=withdraw attr:class="form inline-form">
                            <input type="hidden" name="id" value=s.id />
                            <input type="hidden" name="version" value=s.version />
                            <button type="submit" class="link-button">
                                {move || st().withdraw}
                            </button>
                        </ActionForm>
                    }
                })}
        </li>
    }
}
