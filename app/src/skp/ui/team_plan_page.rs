use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::{
    annual_review::api::AddReviewNote,
    annual_review::ui::panel::AnnualReviewPanel,
    auth::state::use_auth,
    i18n::{tr, use_i18n},
    input360::api::Invite360,
    input360::ui::panel::Input360Panel,
    kernel::policy::EVALUATION,
    rules::preview::CoreValue,
    skp::api::{load_plan, PlanView, RatePlan, ReviewPlan},
    skp::outbox::Outbox,
    skp::ui::feedback_thread::FeedbackThread,
    skp::ui::outbox_panel::OutboxPanel,
    skp::ui::rating_panel::RatingPanel,
    skp::ui::skp_plan::{core_value_label, PlanSummary},
    ui::prelude::*,
};

/// `/tim/skp/{plan}`: the pejabat penilai reviews a submitted plan (approve with the seven
/// expectations, or return with a comment) and rates an approved one with the live preview.
/// (A lazily loaded route: see `skp::ui::routes`.)
#[component]
pub fn TeamPlanPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let review = ServerAction::<ReviewPlan>::new();
    let rate = ServerAction::<RatePlan>::new();
    let outbox = Outbox::of_current_account();
    let invite = ServerAction::<Invite360>::new();
    let review_note = ServerAction::<AddReviewNote>::new();
    // Every success reloads the plan.
    let (reviewed, rated, noted) = (successes(review), successes(rate), outbox.sent.read_only());
    let (invited, review_noted) = (successes(invite), successes(review_note));
    let evaluator = use_auth().at_render().is_some_and(|u| EVALUATION.admits(Some(&u)));
    let plan = Resource::new(
        move || {
            (id(), (reviewed.get(), rated.get(), noted.get(), invited.get(), review_noted.get()))
        },
        |(id, _)| load_plan(id),
    );
    view! {
        <PageTitle title=|t| t.page_team_title />
        <Loaded
            resource=plan
            view=move |plan| {
                view! {
                    <article class="page team-plan">
                        <p class="links">
                            <a href="/tim">{tr(|t| t.page_team_title)}</a>
                        </p>
                        <h1>{plan.employee_name.clone()}</h1>
                        <PlanSummary plan=plan.clone() />
                        {plan
                            .can_review
                            .then(|| {
                                view! { <ReviewForm plan=plan.clone() action=review /> }
                            })}
                        {plan
                            .can_rate
                            .then(|| {
                                view! { <RatingPanel plan=plan.clone() action=rate /> }
                            })}
                        <OutboxPanel outbox plan=plan.clone() />
                        <FeedbackThread plan=plan.clone() outbox />
                        <Input360Panel plan=plan.clone() invite />
                        <AnnualReviewPanel
                            plan=plan.clone()
                            action=evaluator.then_some(review_note)
                        />
                    </article>
                }
                    .into_any()
            }
        />
    }
}

#[component]
fn ReviewForm(plan: PlanView, action: ServerAction<ReviewPlan>) -> impl IntoView {
    let i18n = use_i18n();
    let error = refusal(action);
    view! {
        <section class="review">
            <h2>{tr(|t| t.review_title)}</h2>
            <ActionForm action attr:class="form" attr:data-testid="review-form">
                <input type="hidden" name="plan_id" value=plan.id />
                <input type="hidden" name="version" value=plan.version />
                <p class="muted">{tr(|t| t.review_expectations_note)}</p>
                {CoreValue::ALL
                    .into_iter()
                    .map(|value| {
                        let name = format!(
                            "expectations[{}]",
                            crate::skp::api::core_value_code(value),
                        );
                        view! {
                            <label>
                                <span>{move || core_value_label(i18n.t(), value)}</span>
                                <textarea name=name maxlength="1000" rows="2"></textarea>
                            </label>
                        }
                    })
                    .collect_view()}
                <label>
                    <span>{tr(|t| t.review_comment)}</span>
                    <textarea name="comment" maxlength="2000" rows="3"></textarea>
                </label>
                <div class="buttons">
                    <button type="submit" name="decision" value="approve" class="button">
                        {tr(|t| t.review_approve)}
                    </button>
                    <button type="submit" name="decision" value="return" class="button secondary">
                        {tr(|t| t.review_return)}
                    </button>
                </div>
            </ActionForm>
            <FormError error />
        </section>
    }
}
