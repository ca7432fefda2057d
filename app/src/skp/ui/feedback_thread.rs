use leptos::prelude::*;

use crate::{
    i18n::tr,
    skp::api::{AddFeedback, PlanView},
    skp::outbox::{Entry, Outbox},
    skp::ui::outbox_form::OutboxForm,
    ui::prelude::*,
};

/// The feedback notes on a plan, oldest first, and (for the owner and the pejabat penilai)
/// the form to add one, on the whole plan or on one indicator (through the offline outbox: a
/// note written offline is sent when the connection returns).
#[component]
pub fn FeedbackThread(plan: PlanView, outbox: Outbox) -> impl IntoView {
    let indicator_text = |id: Option<i64>| {
        id.and_then(|id| plan.results.iter().flat_map(|r| r.indicators.iter()).find(|i| i.id == id))
            .map(|i| i.text.clone())
    };
    let notes: Vec<_> =
        plan.feedback.iter().map(|f| (f.clone(), indicator_text(f.indicator_id))).collect();
    let indicators: Vec<(i64, String)> = plan
        .results
        .iter()
        .flat_map(|r| r.indicators.iter().map(|i| (i.id, i.text.clone())))
        .collect();
    let (error, queued) = (RwSignal::new(None), RwSignal::new(false));
    let url = <AddFeedback as leptos::server_fn::ServerFn>::url();
    view! {
        <section class="feedback" data-testid="feedback">
            <h2>{tr(|t| t.feedback_title)}</h2>
            {if notes.is_empty() {
                view! { <p class="muted">{tr(|t| t.feedback_empty)}</p> }.into_any()
            } else {
                view! {
                    <ul class="feedback-notes">
                        {notes
                            .into_iter()
                            .map(|(note, indicator)| {
                                view! {
                                    <li>
                                        <strong>{note.author}</strong>
                                        {indicator
                                            .map(|i| view! { <span class="muted">" · " {i}</span> })}
                                        <p>{note.text}</p>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            {plan
                .can_give_feedback
                .then(|| {
                    view! {
                        <OutboxForm
                            outbox
                            read=Entry::feedback
                            action=url
                            error
                            queued
                            testid="feedback-form"
                        >
                            <input type="hidden" name="plan_id" value=plan.id />
                            <label>
                                <span>{tr(|t| t.feedback_about)}</span>
                                <select name="indicator_id">
                                    <option value="">{tr(|t| t.feedback_whole_plan)}</option>
                                    {indicators
                                        .into_iter()
                                        .map(|(id, text)| {
                                            view! { <option value=id>{text}</option> }
                                        })
                                        .collect_view()}
                                </select>
                            </label>
                            <label>
                                <span>{tr(|t| t.feedback_text)}</span>
                                <textarea name="text" required maxlength="2000" rows="2"></textarea>
                            </label>
                            <button type="submit" class="button secondary">
                                {tr(|t| t.feedback_submit)}
                            </button>
                        </OutboxForm>
                    }
                })}
            <FormError error />
        </section>
    }
    .into_any()
}
