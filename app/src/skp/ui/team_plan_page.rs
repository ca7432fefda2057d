use leptos::prelude::*;
use leptos_router::{hooks::use_params_map, lazy_route, LazyRoute};

use crate::{
    annual_review::api::AddReviewNote,
    annual_review::ui::panel::AnnualReviewPanel,
    auth::state::use_auth,
    i18n::{tr, use_i18n},
    input360::api::Invite360,
    input360::ui::panel::Input360Panel,
    kernel::policy::{Audience, EVALUATION},
    rules::preview::CoreValue,
    skp::api::{load_plan, AddFeedback, PlanView, RatePlan, ReviewPlan},
    skp::ui::feedback_thread::FeedbackThread,
    skp::ui::rating_panel::RatingPanel,
    skp::ui::skp_plan::{core_value_label, PlanSummary},
    ui::guard::Guard,
    ui::prelude::*,
};

/// `/tim/skp/{plan}`: the pejabat penilai reviews a submitted plan (approve with the seven
/// expectations, or return with a comment) and rates an approved one with the live preview.
///
/// A lazily loaded route (the rating panel and its forms are a chunk of their own): the plan,
/// and the actions whose successes reload it, are made in `data()`, so the plan starts loading
/// with the chunk and its server-rendered answer hydrates.
pub struct TeamPlanRoute {
    plan: Resource<Result<PlanView, AppError>>,
    actions: PlanActions,
    evaluator: bool,
}

#[derive(Clone, Copy)]
struct PlanActions {
    review: ServerAction<ReviewPlan>,
    rate: ServerAction<RatePlan>,
    feedback: ServerAction<AddFeedback>,
    invite: ServerAction<Invite360>,
    review_note: ServerAction<AddReviewNote>,
}

#[lazy_route]
impl LazyRoute for TeamPlanRoute {
    fn data() -> Self {
        let params = use_params_map();
        let id =
            move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
        let actions = PlanActions {
            review: ServerAction::new(),
            rate: ServerAction::new(),
            feedback: ServerAction::new(),
            invite: ServerAction::new(),
            review_note: ServerAction::new(),
        };
        let (reviewed, rated, noted) =
            (successes(actions.review), successes(actions.rate), successes(actions.feedback));
        let (invited, review_noted) = (successes(actions.invite), successes(actions.review_note));
        let user = use_auth().at_render();
        let evaluator = user.as_ref().is_some_and(|u| EVALUATION.admits(Some(u)));
        // Only for those the route admits (anyone else sees the error page, with no request).
        let admitted = user.is_some();
        let plan = Resource::new(
            move || {
                let key =
                    (reviewed.get(), rated.get(), noted.get(), invited.get(), review_noted.get());
                admitted.then(|| (id(), key))
            },
            |key| async move {
                match key {
                    Some((id, _)) => load_plan(id).await,
                    None => Err(AppError::Unauthenticated),
                }
            },
        );
        TeamPlanRoute { plan, actions, evaluator }
    }

    fn view(this: Self) -> AnyView {
        let TeamPlanRoute { plan, actions, evaluator } = this;
        view! {
            <Guard audience=Audience::LoggedIn>
                {move || view! { <TeamPlanPage plan actions evaluator /> }.into_any()}
            </Guard>
        }
        .into_any()
    }
}

#[component]
fn TeamPlanPage(
    plan: Resource<Result<PlanView, AppError>>,
    actions: PlanActions,
    evaluator: bool,
) -> impl IntoView {
    let PlanActions { review, rate, feedback, invite, review_note } = actions;
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
                        <FeedbackThread plan=plan.clone() action=feedback />
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
