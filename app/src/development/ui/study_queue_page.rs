use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    development::{
        study_api::{load_study_queue, DecideStudy, EndorseStudy, RecordDiploma, StudyView},
        study_texts::use_study_texts,
    },
    ui::prelude::*,
};

/// `/persetujuan/belajar`: further-education requests waiting for the caller — the pejabat
/// penilai endorses their people's, the HR office decides endorsed ones and records diplomas.
#[component]
pub fn StudyQueuePage() -> impl IntoView {
    crate::development::reason_texts::provide();
    let st = use_study_texts();
    let i18n = use_i18n();
    let endorse = ServerAction::<EndorseStudy>::new();
    let decide = ServerAction::<DecideStudy>::new();
    let diploma = ServerAction::<RecordDiploma>::new();
    let (endorsed, decided, recorded) = (successes(endorse), successes(decide), successes(diploma));
    let queue = Resource::new(
        move || (endorsed.get(), decided.get(), recorded.get()),
        |_| load_study_queue(),
    );
    let errors = (refusal(endorse), refusal(decide), refusal(diploma));
    view! {
        <Title text=move || format!("{} · {}", st().queue_title, i18n.t().app_name) />
        <article class="page study-queue">
            <h1>{move || st().queue_title}</h1>
            <p class="lead">{move || st().queue_intro}</p>
            <FormError error=errors.0 />
            <FormError error=errors.1 />
            <FormError error=errors.2 />
            <Loaded
                resource=queue
                view=move |q| {
                    let to_endorse = cards(
                        q.to_endorse,
                        |id, version| {
                            view! {
                                <ActionForm action=endorse attr:class="form inline-form">
                                    <VerdictFields id version yes="endorse" />
                                </ActionForm>
                            }
                                .into_any()
                        },
                    );
                    let to_decide = cards(
                        q.to_decide,
                        |id, version| {
                            view! {
                                <ActionForm action=decide attr:class="form inline-form">
                                    <VerdictFields id version yes="approve" />
                                </ActionForm>
                            }
                                .into_any()
                        },
                    );
                    let in_study = cards(
                        q.in_study,
                        |id, version| {
                            view! {
                                <ActionForm action=diploma attr:class="form inline-form">
                                    <input type="hidden" name="id" value=id />
                                    <input type="hidden" name="version" value=version />
                                    <label>
                                        <span>{move || st().diploma_date}</span>
                                        <input name="diploma_date" type="date" required />
                                    </label>
                                    <button type="submit" class="button">
                                        {move || st().record_diploma}
                                    </button>
                                </ActionForm>
                            }
                                .into_any()
                        },
                    );
                    view! {
                        <Section
                            title=move || st().to_endorse
                            items=to_endorse
                            testid="to-endorse"
                        />
                        {q
                            .hr
                            .then(|| {
                                view! {
                                    <Section
                                        title=move || st().to_decide
                                        items=to_decide
                                        testid="to-decide"
                                    />
                                    <Section
                                        title=move || st().in_study
                                        items=in_study
                                        testid="in-study"
                                    />
                                }
                            })}
                    }
                        .into_any()
                }
            />
        </article>
    }
}

/// Each request as a card holding the form `form` makes for it (from its id and version).
fn cards(list: Vec<StudyView>, form: impl Fn(i64, i64) -> AnyView) -> Vec<AnyView> {
    list.into_iter()
        .map(|s| {
            let inner = form(s.id, s.version);
            view! { <StudyCard study=s>{inner}</StudyCard> }.into_any()
        })
        .collect()
}

/// A titled list of cards, or "nothing is waiting".
#[component]
fn Section(
    title: impl Fn() -> &'static str + Send + Sync + 'static,
    items: Vec<AnyView>,
    testid: &'static str,
) -> impl IntoView {
    let st = use_study_texts();
    view! {
        <section data-testid=testid>
            <h2>{title}</h2>
            {if items.is_empty() {
                view! { <p class="empty">{move || st().nothing_waiting}</p> }.into_any()
            } else {
                view! { <ul class="cards">{items}</ul> }.into_any()
            }}
        </section>
    }
}

/// One request as a decider sees it, with the decision form inside.
#[component]
fn StudyCard(study: StudyView, children: Children) -> AnyView {
    let st = use_study_texts();
    let i18n = use_i18n();
    let s = study;
    let (kind, expected) = (s.kind, s.expected_date);
    view! {
        <li class="card" data-testid="study" data-study=s.id data-employee=s.employee_id>
            <h3>{format!("{} · NIP {}", s.employee, s.nip)}</h3>
            <p>{format!("{} {} · {}", s.education.title(), s.programme, s.institution)}</p>
            <p class="muted">
                {move || st().kind(kind)} " · " {move || i18n.t().date(s.start_date)} " – "
                {move || format!("{} {}", st().expected, i18n.t().date(expected))}
            </p>
            {s
                .decision_note
                .map(|n| view! { <p class="muted">{move || st().note} ": " {n.clone()}</p> })}
            {children()}
        </li>
    }
    .into_any()
}

/// The fields of a decision: move the request on (`yes`) or refuse it with a note, at the
/// version shown.
#[component]
fn VerdictFields(id: i64, version: i64, yes: &'static str) -> impl IntoView {
    let st = use_study_texts();
    let yes_label = move || if yes == "endorse" { st().endorse } else { st().approve };
    view! {
        <input type="hidden" name="id" value=id />
        <input type="hidden" name="version" value=version />
        <label>
            <span>{move || st().note_label}</span>
            <input name="note" maxlength="1000" />
        </label>
        <button type="submit" class="button" name="verdict" value=yes>
            {yes_label}
        </button>
        <button type="submit" class="button secondary" name="verdict" value="reject">
            {move || st().reject}
        </button>
    }
}
