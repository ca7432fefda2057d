use crate::appeals::types::AppealStatus;
use crate::distribution::ui::distribution_page::submission_label;
use leptos::prelude::*;

use crate::distribution::texts::distribution_texts;

use crate::{
    appeals::api::appeals_to_decide,
    distribution::api::{distributions_to_decide, DecideDistribution, SubmissionView},
    i18n::{tr, use_i18n},
    skp::ui::skp_plan::predikat_label,
    ui::prelude::*,
};

/// `/persetujuan`: what the atasan pejabat penilai must decide: the appeals against their
/// subordinates' pejabat penilai's ratings, open ones first.
#[component]
pub fn ApprovalsPage() -> impl IntoView {
    let i18n = use_i18n();
    let appeals = Resource::new(|| (), |_| appeals_to_decide());
    let decide = ServerAction::<DecideDistribution>::new();
    let decided = successes(decide);
    let distributions = Resource::new(move || decided.get(), |_| distributions_to_decide());
    let error = refusal(decide);
    view! {
        <PageTitle title=|t| t.page_approvals_title />
        <article class="page approvals">
            <h1>{tr(|t| t.page_approvals_title)}</h1>
            <h2>{tr(|t| t.appeals_title)}</h2>
            <Suspense fallback=|| ()>
                {move || {
                    appeals
                        .get()
                        .map(|result| match result {
                            Err(e) => {
                                view! { <p class="form-error">{e.message(i18n.t())}</p> }.into_any()
                            }
                            Ok(rows) if rows.is_empty() => {
                                view! { <p class="muted">{tr(|t| t.appeals_none)}</p> }.into_any()
                            }
                            Ok(rows) => {
                                view! {
                                    <ul class="appeal-list">
                                        {rows
                                            .into_iter()
                                            .map(|r| {
                                                let predikat = r.predikat;
                                                let open = r.status == AppealStatus::Filed;
                                                view! {
                                                    <li data-status=r.status.code()>
                                                        <a href=format!("/keberatan/{}", r.id)>{r.employee_name}</a>
                                                        " — "
                                                        {move || predikat_label(i18n.t(), Some(predikat))}
                                                        " · "
                                                        {move || {
                                                            if open {
                                                                i18n.t().appeal_status_filed
                                                            } else {
                                                                i18n.t().appeal_status_decided
                                                            }
                                                        }}
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                }
                                    .into_any()
                            }
                        })
                }}
            </Suspense>
            <h2>{tr(|t| t.distributions_title)}</h2>
            <Suspense fallback=|| ()>
                {move || {
                    distributions
                        .get()
                        .map(|result| match result {
                            Err(e) => {
                                view! { <p class="form-error">{e.message(i18n.t())}</p> }.into_any()
                            }
                            Ok(rows) if rows.is_empty() => {
                                view! { <p class="muted">{tr(|t| t.distributions_none)}</p> }
                                    .into_any()
                            }
                            Ok(rows) => {
                                rows.into_iter()
                                    .map(|s| view! { <Submission submission=s action=decide /> })
                                    .collect_view()
                                    .into_any()
                            }
                        })
                }}
            </Suspense>
            <FormError error />
        </article>
    }
}

/// A unit's submitted distribution, and for the atasan the approve/return form.
#[component]
fn Submission(
    submission: SubmissionView,
    action: ServerAction<DecideDistribution>,
) -> impl IntoView {
    let i18n = use_i18n();
    let s = submission;
    let status = s.status;
    view! {
        <section class="submission" data-submission=s.id data-status=s.status.code()>
            <h3>{s.penilai_name.clone()}</h3>
            <p class="muted">{move || submission_label(i18n.t(), status)}</p>
            <ul>
                {s
                    .members
                    .iter()
                    .map(|m| {
                        let p = m.predikat;
                        view! {
                            <li>{m.name.clone()} " — " {move || predikat_label(i18n.t(), p)}</li>
                        }
                    })
                    .collect_view()}
            </ul>
            {s
                .can_decide
                .then(|| {
                    view! {
                        <ActionForm action attr:class="form" attr:data-testid="distribution-decide">
                            <input type="hidden" name="id" value=s.id />
                            <input type="hidden" name="version" value=s.version />
                            <label>
                                <span>{tr(|t| t.review_comment)}</span>
                                <textarea name="comment" maxlength="2000" rows="2"></textarea>
                            </label>
                            <div class="buttons">
                                <button
                                    type="submit"
                                    name="decision"
                                    value="approve"
                                    class="button"
                                >
                                    {tr(|t| distribution_texts(t).distribution_approve)}
                                </button>
                                <button
                                    type="submit"
                                    name="decision"
                                    value="return"
                                    class="button secondary"
                                >
                                    {tr(|t| t.review_return)}
                                </button>
                            </div>
                        </ActionForm>
                    }
                })}
        </section>
    }
}
