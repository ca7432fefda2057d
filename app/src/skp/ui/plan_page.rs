use crate::kernel::plan_status::PlanStatus;
use leptos::prelude::*;

use crate::{
    annual_review::ui::panel::AnnualReviewPanel,
    appeals::api::FileAppeal,
    i18n::{tr, use_i18n},
    input360::ui::panel::Input360Panel,
    skp::api::{
        my_plan, AddIndicator, AddResult, PlanView, RecordRealisation, RemoveItem, StartPlan,
        SubmitPlan,
    },
    skp::evidence_api::{RemoveEvidence, UploadEvidence},
    skp::outbox::{Entry, Outbox},
    skp::ui::evidence_upload::EvidenceUpload,
    skp::ui::feedback_thread::FeedbackThread,
    skp::ui::outbox_form::OutboxForm,
    skp::ui::outbox_panel::OutboxPanel,
    skp::ui::skp_plan::{period_label, status_label, PlanSummary},
    ui::prelude::*,
};

/// Every action of the page, created once above the `Suspense` so that their results survive
/// the plan reloading after each change.
#[derive(Clone, Copy)]
struct Actions {
    start: ServerAction<StartPlan>,
    add_result: ServerAction<AddResult>,
    add_indicator: ServerAction<AddIndicator>,
    remove: ServerAction<RemoveItem>,
    submit: ServerAction<SubmitPlan>,
    appeal: ServerAction<FileAppeal>,
    upload: ServerAction<UploadEvidence>,
    remove_file: ServerAction<RemoveEvidence>,
    /// Realisation entries and feedback notes go through the offline outbox.
    outbox: Outbox,
}

/// `/saya/skp`: the employee's plan in the open period: draft results (linked to the
/// supervisor's) and indicators, submit, see the review, record realisation with evidence.
#[component]
pub fn SkpPage() -> impl IntoView {
    let i18n = use_i18n();
    let actions = Actions {
        start: ServerAction::new(),
        add_result: ServerAction::new(),
        add_indicator: ServerAction::new(),
        remove: ServerAction::new(),
        submit: ServerAction::new(),
        appeal: ServerAction::new(),
        upload: ServerAction::new(),
        remove_file: ServerAction::new(),
        outbox: Outbox::of_current_account(),
    };
    let changes = [
        successes(actions.start),
        successes(actions.add_result),
        successes(actions.add_indicator),
        successes(actions.remove),
        successes(actions.submit),
        successes(actions.appeal),
        successes(actions.upload),
        successes(actions.remove_file),
        actions.outbox.sent.read_only(),
    ];
    let mine = Resource::new(move || changes.map(|c| c.get()), |_| my_plan());
    // The latest refusal of any action, shown once under the plan.
    let error = Signal::derive(move || {
        [
            actions.start.value().get().and_then(Result::err),
            actions.add_result.value().get().and_then(Result::err),
            actions.add_indicator.value().get().and_then(Result::err),
            actions.remove.value().get().and_then(Result::err),
            actions.submit.value().get().and_then(Result::err),
            actions.appeal.value().get().and_then(Result::err),
            actions.remove_file.value().get().and_then(Result::err),
        ]
        .into_iter()
        .flatten()
        .next()
    });
    view! {
        <PageTitle title=|t| t.page_skp_title />
        <article class="page skp">
            <h1>{tr(|t| t.page_skp_title)}</h1>
            <Suspense fallback=|| ()>
                {move || {
                    mine.get()
                        .map(|result| match result {
                            Err(e) => {
                                view! { <p class="form-error">{e.message(i18n.t())}</p> }.into_any()
                            }
                            Ok(view) => {
                                match (view.period, view.plan) {
                                    (None, _) => {
                                        view! {
                                            <p class="notice">{tr(|t| t.inv_period_none_open)}</p>
                                        }
                                            .into_any()
                                    }
                                    (Some(period), None) => {
                                        view! {
                                            <p>
                                                {move || {
                                                    format!(
                                                        "{} {} · {} {}",
                                                        i18n.t().skp_period_year,
                                                        period.year,
                                                        i18n.t().skp_plan_deadline,
                                                        i18n.t().date(period.plan_deadline),
                                                    )
                                                }}
                                            </p>
                                            <ActionForm action=actions.start>
                                                <button type="submit" class="button">
                                                    {tr(|t| t.skp_start)}
                                                </button>
                                            </ActionForm>
                                        }
                                            .into_any()
                                    }
                                    (Some(_), Some(plan)) => {
                                        view! { <PlanEditor plan actions /> }.into_any()
                                    }
                                }
                            }
                        })
                }}
            </Suspense>
            <FormError error />
        </article>
    }
}

#[component]
fn PlanEditor(plan: PlanView, actions: Actions) -> impl IntoView {
    let i18n = use_i18n();
    let (plan_id, version) = (plan.id, plan.version);
    let status = Some(plan.status);
    let editing = plan.can_edit.then(|| {
        let results: Vec<(i64, String)> =
            plan.results.iter().map(|r| (r.id, r.text.clone())).collect();
        let parents = plan.parent_options.clone();
        view! {
            <section class="skp-edit">
                <h2>{tr(|t| t.skp_add_result)}</h2>
                <ActionForm
                    action=actions.add_result
                    node_ref=cleared_on_success(actions.add_result)
                    attr:class="form"
                    attr:data-testid="add-result"
                >
                    <input type="hidden" name="plan_id" value=plan_id />
                    <input type="hidden" name="version" value=version />
                    <label>
                        <span>{tr(|t| t.skp_result_text)}</span>
                        <textarea name="text" required maxlength="1000" rows="2"></textarea>
                    </label>
                    <label>
                        <span>{tr(|t| t.skp_result_kind)}</span>
                        <select name="kind">
                            <option value="utama">{tr(|t| t.skp_kind_utama)}</option>
                            <option value="tambahan">{tr(|t| t.skp_kind_tambahan)}</option>
                        </select>
                    </label>
                    <label>
                        <span>{tr(|t| t.skp_weight)}</span>
                        <input name="weight" inputmode="decimal" value="1" />
                    </label>
                    <label>
                        <span>{tr(|t| t.skp_parent)}</span>
                        <select name="parent_result_id">
                            <option value="">{tr(|t| t.skp_parent_none)}</option>
                            {parents
                                .into_iter()
                                .map(|p| view! { <option value=p.id>{p.text}</option> })
                                .collect_view()}
                        </select>
                    </label>
                    <button type="submit" class="button">
                        {tr(|t| t.skp_add_result_submit)}
                    </button>
                </ActionForm>
                {(!results.is_empty())
                    .then(|| {
                        view! {
                            <h2>{tr(|t| t.skp_add_indicator)}</h2>
                            <ActionForm
                                action=actions.add_indicator
                                node_ref=cleared_on_success(actions.add_indicator)
                                attr:class="form"
                                attr:data-testid="add-indicator"
                            >
                                <input type="hidden" name="plan_id" value=plan_id />
                                <input type="hidden" name="version" value=version />
                                <label>
                                    <span>{tr(|t| t.skp_for_result)}</span>
                                    <select name="input[result_id]">
                                        {results
                                            .into_iter()
                                            .map(|(id, text)| {
                                                view! { <option value=id>{text}</option> }
                                            })
                                            .collect_view()}
                                    </select>
                                </label>
                                <label>
                                    <span>{tr(|t| t.skp_indicator_text)}</span>
                                    <input name="input[text]" required maxlength="1000" />
                                </label>
                                <label>
                                    <span>{tr(|t| t.skp_target_kind)}</span>
                                    <select name="input[target_kind]">
                                        <option value="quantitative">
                                            {tr(|t| t.skp_kind_quantitative)}
                                        </option>
                                        <option value="qualitative">
                                            {tr(|t| t.skp_kind_qualitative)}
                                        </option>
                                        <option value="lower_is_better">
                                            {tr(|t| t.skp_kind_lower)}
                                        </option>
                                        <option value="range">{tr(|t| t.skp_kind_range)}</option>
                                    </select>
                                </label>
                                <label>
                                    <span>{tr(|t| t.skp_target)}</span>
                                    <input name="input[target]" required inputmode="decimal" />
                                </label>
                                <label>
                                    <span>{tr(|t| t.skp_target_high)}</span>
                                    <input name="input[target_high]" inputmode="decimal" />
                                </label>
                                <label>
                                    <span>{tr(|t| t.skp_unit)}</span>
                                    <input name="input[unit]" required maxlength="60" />
                                </label>
                                <button type="submit" class="button">
                                    {tr(|t| t.skp_add_indicator_submit)}
                                </button>
                            </ActionForm>
                        }
                    })}
                <ActionForm action=actions.submit attr:class="submit-plan">
                    <input type="hidden" name="plan_id" value=plan_id />
                    <input type="hidden" name="version" value=version />
                    <button type="submit" class="button">
                        {tr(|t| t.skp_submit)}
                    </button>
                </ActionForm>
            </section>
        }
    });
    let evidence_plan = plan.clone();
    let evaluations = plan.period.evaluations();
    let realisation = (plan.status == PlanStatus::Approved).then(|| {
        let indicators: Vec<(i64, String, Option<f64>)> = plan
            .results
            .iter()
            .flat_map(|r| r.indicators.iter().map(|i| (i.id, i.text.clone(), i.realisasi)))
            .collect();
        let (error, queued) = (RwSignal::new(None), RwSignal::new(false));
        let url = <RecordRealisation as leptos::server_fn::ServerFn>::url();
        view! {
            <section class="skp-realisation">
                <h2>{tr(|t| t.skp_realisation_title)}</h2>
                <OutboxForm
                    outbox=actions.outbox
                    read=Entry::realisation
                    action=url
                    error
                    queued
                    testid="realisation"
                >
                    <input type="hidden" name="plan_id" value=plan_id />
                    <label>
                        <span>{tr(|t| t.skp_indicator_text)}</span>
                        <select name="indicator_id">
                            {indicators
                                .into_iter()
                                .map(|(id, text, _)| view! { <option value=id>{text}</option> })
                                .collect_view()}
                        </select>
                    </label>
                    <label>
                        <span>{tr(|t| t.skp_period)}</span>
                        <select name="period_no">
                            {(0..=evaluations)
                                .map(|n| {
                                    view! {
                                        <option value=n>{move || period_label(i18n.t(), n)}</option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </label>
                    <label>
                        <span>{tr(|t| t.skp_realisasi)}</span>
                        <input name="realisasi" required inputmode="decimal" />
                    </label>
                    <label>
                        <span>{tr(|t| t.skp_evidence_url)}</span>
                        <input name="evidence_url" type="url" maxlength="500" />
                    </label>
                    <label>
                        <span>{tr(|t| t.skp_note)}</span>
                        <textarea name="note" maxlength="2000" rows="2"></textarea>
                    </label>
                    <button type="submit" class="button">
                        {tr(|t| t.skp_realisation_submit)}
                    </button>
                </OutboxForm>
                <FormError error />
                <EvidenceUpload plan=evidence_plan action=actions.upload />
            </section>
        }
    });
    view! {
        <p class="muted">
            {move || {
                format!(
                    "{} {} · {}",
                    i18n.t().skp_period_year,
                    plan.period.year,
                    status_label(i18n.t(), status),
                )
            }}
        </p>
        <OutboxPanel outbox=actions.outbox plan=plan.clone() />
        <PlanSummary
            plan=plan.clone()
            remove=actions.remove
            file_appeal=actions.appeal
            remove_file=actions.remove_file
        />
        {editing}
        {realisation}
        <FeedbackThread plan=plan.clone() outbox=actions.outbox />
        <Input360Panel plan=plan.clone() />
        <AnnualReviewPanel plan=plan.clone() action=None />
    }
}
