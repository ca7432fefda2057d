use crate::appeals::types::{AppealDecision, AppealStatus};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::{
    appeals::api::{load_appeal, AppealMessage, AppealView, DecideAppeal},
    i18n::{tr, use_i18n},
    rules::Predikat,
    skp::ui::skp_plan::{period_label, predikat_label},
    ui::prelude::*,
};

/// `/keberatan/{id}`: an appeal, its exchange, and the atasan's final decision.
#[component]
pub fn AppealPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let message = ServerAction::<AppealMessage>::new();
    let decide = ServerAction::<DecideAppeal>::new();
    let (said, decided) = (successes(message), successes(decide));
    let appeal =
        Resource::new(move || (id(), said.get(), decided.get()), |(id, ..)| load_appeal(id));
    view! {
        <PageTitle title=|t| t.appeal_title />
        <Loaded
            resource=appeal
            view=move |a| view! { <AppealDetail appeal=a message decide /> }.into_any()
        />
    }
}

#[component]
fn AppealDetail(
    appeal: AppealView,
    message: ServerAction<AppealMessage>,
    decide: ServerAction<DecideAppeal>,
) -> impl IntoView {
    let i18n = use_i18n();
    let a = appeal;
    let predikat = a.predikat;
    let period_no = a.period_no;
    let status = a.status;
    let outcome = a.decision.map(|d| {
        let new = a.new_predikat;
        let note = a.decision_note.clone().unwrap_or_default();
        let code = d.code();
        view! {
            <p class="notice" data-testid="appeal-decision" data-decision=code>
                <strong>
                    {move || {
                        if d == AppealDecision::Changed {
                            format!("{} {}", i18n.t().appeal_changed, predikat_label(i18n.t(), new))
                        } else {
                            i18n.t().appeal_upheld.to_string()
                        }
                    }}
                </strong>
                " "
                {note}
            </p>
        }
    });
    let message_error = refusal(message);
    let decide_error = refusal(decide);
    view! {
        <article class="page appeal" data-appeal=a.id data-status=a.status.code()>
            <h1>{tr(|t| t.appeal_title)}</h1>
            <p class="lead">
                {a.employee_name.clone()} " (" <code>{a.employee_nip.clone()}</code> ")"
            </p>
            <p>
                {move || {
                    format!(
                        "{} · {}: {}",
                        period_label(i18n.t(), period_no),
                        i18n.t().appeal_rated,
                        predikat_label(i18n.t(), Some(predikat)),
                    )
                }}
                {a
                    .penilai_name
                    .clone()
                    .map(|p| {
                        view! {
                            " · "
                            {tr(|t| t.profile_penilai)}
                            ": "
                            {p}
                        }
                    })}
            </p>
            <h2>{tr(|t| t.appeal_reason)}</h2>
            <p class="appeal-reason">{a.reason.clone()}</p>
            <p class="muted">
                {move || {
                    if status == AppealStatus::Filed {
                        i18n.t().appeal_status_filed
                    } else {
                        i18n.t().appeal_status_decided
                    }
                }}
            </p>
            {outcome}
            <h2>{tr(|t| t.appeal_exchange)}</h2>
            <ul class="feedback-notes" data-testid="appeal-messages">
                {a
                    .messages
                    .iter()
                    .map(|m| {
                        view! {
                            <li>
                                <strong>{m.author.clone()}</strong>
                                <p>{m.text.clone()}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {a
                .can_message
                .then(|| {
                    view! {
                        <ActionForm
                            action=message
                            attr:class="form"
                            attr:data-testid="appeal-message"
                        >
                            <input type="hidden" name="appeal_id" value=a.id />
                            <label>
                                <span>{tr(|t| t.appeal_message)}</span>
                                <textarea name="text" required maxlength="2000" rows="2"></textarea>
                            </label>
                            <button type="submit" class="button secondary">
                                {tr(|t| t.feedback_submit)}
                            </button>
                        </ActionForm>
                        <FormError error=message_error />
                    }
                })}
            {a
                .can_decide
                .then(|| {
                    view! {
                        <section class="decision">
                            <h2>{tr(|t| t.appeal_decide_title)}</h2>
                            <p class="muted">{tr(|t| t.appeal_final_note)}</p>
                            <ActionForm
                                action=decide
                                attr:class="form"
                                attr:data-testid="appeal-decide"
                            >
                                <input type="hidden" name="appeal_id" value=a.id />
                                <input type="hidden" name="version" value=a.version />
                                <label class="choice">
                                    <input
                                        type="radio"
                                        name="decision"
                                        value=AppealDecision::Upheld.code()
                                        checked
                                    />
                                    <span>{tr(|t| t.appeal_upheld)}</span>
                                </label>
                                <label class="choice">
                                    <input
                                        type="radio"
                                        name="decision"
                                        value=AppealDecision::Changed.code()
                                    />
                                    <span>{tr(|t| t.appeal_change_to)}</span>
                                </label>
                                <label>
                                    <span>{tr(|t| t.appeal_new_predikat)}</span>
                                    <select name="new_predikat">
                                        <option value="">"—"</option>
                                        {Predikat::ALL
                                            .into_iter()
                                            .map(|p| {
                                                view! {
                                                    <option value=p
                                                        .code()>{move || i18n.t().predikat(p)}</option>
                                                }
                                            })
                                            .collect_view()}
                                    </select>
                                </label>
                                <label>
                                    <span>{tr(|t| t.appeal_note)}</span>
                                    <textarea
                                        name="note"
                                        required
                                        maxlength="4000"
                                        rows="3"
                                    ></textarea>
                                </label>
                                <button type="submit" class="button">
                                    {tr(|t| t.appeal_decide_submit)}
                                </button>
                            </ActionForm>
                            <FormError error=decide_error />
                        </section>
                    }
                })}
        </article>
    }
    .into_any()
}
