use leptos::prelude::*;

use crate::{annual_review::api::AddReviewNote, i18n::tr, skp::api::PlanView, ui::prelude::*};

/// The tim evaluasi's review of the annual summary: its notes (shown to everyone who reads the
/// plan once the year is rated) and, with `action`, the form for a member of the tim evaluasi.
#[component]
pub fn AnnualReviewPanel(
    plan: PlanView,
    action: Option<ServerAction<AddReviewNote>>,
) -> impl IntoView {
    let rated = plan.ratings.iter().any(|r| r.period_no == 0);
    let notes = plan.review_notes.clone();
    let plan_id = plan.id;
    (rated || !notes.is_empty()).then(move || {
        view! {
            <section class="annual-review" data-testid="annual-review">
                <h2>{tr(|t| t.annual_review_title)}</h2>
                {if notes.is_empty() {
                    view! { <p class="muted">{tr(|t| t.annual_review_none)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="review-notes">
                            {notes
                                .into_iter()
                                .map(|n| {
                                    view! {
                                        <li data-outlier=n.outlier.to_string()>
                                            <strong>{n.author_name}</strong>
                                            {n
                                                .outlier
                                                .then(|| {
                                                    view! {
                                                        " "
                                                        <span class="badge">
                                                            {tr(|t| t.annual_review_outlier_badge)}
                                                        </span>
                                                    }
                                                })}
                                            <p>{n.text}</p>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }}
                {action
                    .map(|action| {
                        let error = Signal::derive(move || {
                            action.value().get().and_then(Result::err)
                        });
                        view! {
                            <ActionForm action attr:class="form">
                                <input type="hidden" name="plan_id" value=plan_id />
                                <label>
                                    <span>{tr(|t| t.annual_review_note)}</span>
                                    <textarea
                                        name="text"
                                        required
                                        maxlength="2000"
                                        rows="3"
                                    ></textarea>
                                </label>
                                <label class="choice">
                                    <input type="checkbox" name="outlier" value="yes" />
                                    <span>{tr(|t| t.annual_review_outlier)}</span>
                                </label>
                                <FormError error />
                                <button type="submit" class="button">
                                    {tr(|t| t.annual_review_submit)}
                                </button>
                            </ActionForm>
                        }
                    })}
            </section>
        }
    })
}
