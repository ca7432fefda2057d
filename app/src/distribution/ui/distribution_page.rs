use crate::{distribution::types::SubmissionStatus, i18n::Texts, ui::page_title::PageTitle};
use leptos::prelude::*;

use crate::distribution::texts::distribution_texts;

use crate::{
    distribution::api::{my_distribution, DistributionView, SubmitDistribution},
    i18n::{tr, use_i18n},
    rules::distribution::{check_distribution, Counts},
    rules::{Predikat, RuleSet},
    ui::prelude::*,
};

/// `/tim/distribusi`: the pejabat penilai's unit against the organisation's predikat. The
/// sandbox starts from the stored annual predikat; trying other predikat re-checks every
/// constraint in the browser at once and suggests the fewest changes. Submitting sends the
/// stored predikat (the server checks them again); the atasan then approves or returns.
#[component]
pub fn DistributionPage() -> impl IntoView {
    let i18n = use_i18n();
    let submit = ServerAction::<SubmitDistribution>::new();
    let submitted = successes(submit);
    let view = Resource::new(move || submitted.get(), |_| my_distribution());
    view! {
        <PageTitle title=|t| distribution_texts(t).distribution_title />
        <article class="page distribution">
            <p class="links">
                <a href="/tim">{tr(|t| t.page_team_title)}</a>
            </p>
            <h1>{tr(|t| distribution_texts(t).distribution_title)}</h1>
            <Suspense fallback=|| ()>
                {move || {
                    view.get()
                        .map(|result| match result {
                            Err(e) => {
                                view! { <p class="form-error">{e.message(i18n.t())}</p> }.into_any()
                            }
                            Ok(v) => view! { <Sandbox view=v submit /> }.into_any(),
                        })
                }}
            </Suspense>
        </article>
    }
}

/// Why the sandbox cannot check the unit.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Missing {
    OrgPredikat,
    Members,
}

#[component]
fn Sandbox(view: DistributionView, submit: ServerAction<SubmitDistribution>) -> impl IntoView {
    let i18n = use_i18n();
    let org = view.period.as_ref().and_then(|p| p.org_predikat);
    let rules = StoredValue::new(RuleSet::current());
    // One choice per member, starting from the stored predikat (unrated members count as Baik
    // in the sandbox, and are marked).
    let choices: Vec<RwSignal<Predikat>> =
        view.members.iter().map(|m| RwSignal::new(m.predikat.unwrap_or(Predikat::Baik))).collect();
    let stored: Vec<Option<Predikat>> = view.members.iter().map(|m| m.predikat).collect();
    let all = choices.clone();
    // What stops a check, said as such: the HR office has not set the organisation's predikat,
    // or the team is empty. Either way nothing can be submitted.
    let check = Memo::new(move |_| {
        let org = org.ok_or(Missing::OrgPredikat)?;
        let picked: Vec<Predikat> = all.iter().map(|c| c.get()).collect();
        rules
            .with_value(|rs| check_distribution(rs, org, Counts::from_predikat(&picked)).ok())
            .map(|(check, _)| check)
            .ok_or(Missing::Members)
    });
    let blocked = move || check.with(Result::is_err);
    let reset = {
        let choices = choices.clone();
        let stored = stored.clone();
        move |_| {
            for (c, s) in choices.iter().zip(&stored) {
                c.set(s.unwrap_or(Predikat::Baik));
            }
        }
    };
    let unrated = stored.iter().filter(|s| s.is_none()).count();
    let submission = view.submission.clone();
    let error = refusal(submit);
    view! {
        <p class="lead">
            {move || {
                format!(
                    "{}: {}",
                    i18n.t().period_org_predikat,
                    org.map(|o| i18n.t().org_predikat(o)).unwrap_or("—"),
                )
            }}
        </p>
        <p class="muted">{tr(|t| distribution_texts(t).distribution_sandbox_note)}</p>
        {(unrated > 0)
            .then(|| {
                view! {
                    <p class="notice">
                        {move || {
                            format!(
                                "{}: {unrated}",
                                distribution_texts(i18n.t()).distribution_unrated_count,
                            )
                        }}
                    </p>
                }
            })}
        <TableScroll label=move || distribution_texts(i18n.t()).distribution_title>
            <table class="data sandbox">
                <thead>
                    <tr>
                        <th>{tr(|t| t.admin_col_name)}</th>
                        <th>{tr(|t| distribution_texts(t).distribution_stored)}</th>
                        <th>{tr(|t| distribution_texts(t).distribution_try)}</th>
                    </tr>
                </thead>
                <tbody>
                    {view
                        .members
                        .iter()
                        .zip(choices.iter().copied())
                        .enumerate()
                        .map(|(n, (m, choice))| {
                            let stored = m.predikat;
                            let name = m.name.clone();
                            view! {
                                <tr data-member=m.employee_id>
                                    <td>{m.name.clone()}</td>
                                    <td>
                                        {move || {
                                            stored
                                                .map(|p| i18n.t().predikat(p))
                                                .unwrap_or(
                                                    distribution_texts(i18n.t()).distribution_not_rated,
                                                )
                                        }}
                                    </td>
                                    <td>
                                        <select
                                            data-testid=format!("try-{n}")
                                            aria-label=move || {
                                                format!(
                                                    "{}: {name}",
                                                    distribution_texts(i18n.t()).distribution_try,
                                                )
                                            }
                                            on:change=move |ev| {
                                                if let Some(p) = Predikat::from_code(
                                                    &event_target_value(&ev),
                                                ) {
                                                    choice.set(p);
                                                }
                                            }
                                            prop:value=move || choice.get().code()
                                        >
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
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </TableScroll>
        <button type="button" class="button secondary" on:click=reset>
            {tr(|t| distribution_texts(t).distribution_reset)}
        </button>
        <section class="result" data-testid="distribution-check">
            {move || {
                check
                    .get()
                    .map(|c| {
                        let compliant = c.compliant;
                        view! {
                            <p
                                class=if compliant { "verdict ok" } else { "verdict fail" }
                                data-testid="distribution-verdict"
                                data-compliant=compliant.to_string()
                            >
                                <strong>
                                    {move || {
                                        if compliant {
                                            distribution_texts(i18n.t()).distribution_compliant
                                        } else {
                                            distribution_texts(i18n.t()).distribution_violates
                                        }
                                    }}
                                </strong>
                            </p>
                            <ul class="constraints">
                                {c
                                    .constraints
                                    .iter()
                                    .map(|k| {
                                        let k = k.clone();
                                        let pass = k.pass;
                                        view! {
                                            <li data-pass=pass
                                                .to_string()>
                                                {if pass { "✓ " } else { "✗ " }}
                                                {move || crate::distribution::texts::constraint(
                                                    i18n.t(),
                                                    &k,
                                                )}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                            {(!c.suggested_changes.is_empty())
                                .then(|| {
                                    let changes = c.suggested_changes.clone();
                                    view! {
                                        <p>
                                            {tr(|t| distribution_texts(t).distribution_suggested)}
                                        </p>
                                        <ul>
                                            {changes
                                                .into_iter()
                                                .map(|ch| {
                                                    view! {
                                                        <li>
                                                            {move || {
                                                                format!(
                                                                    "{} × {} → {}",
                                                                    ch.count,
                                                                    i18n.t().predikat(ch.from),
                                                                    i18n.t().predikat(ch.to),
                                                                )
                                                            }}
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    }
                                })}
                            {(!c.feasible)
                                .then(|| {
                                    view! {
                                        <p class="notice">
                                            {tr(|t| distribution_texts(t).distribution_infeasible)}
                                        </p>
                                    }
                                })}
                        }
                            .into_any()
                    })
                    .unwrap_or_else(|missing| {
                        let text: fn(&crate::i18n::Texts) -> &'static str = match missing {
                            Missing::OrgPredikat => |t| distribution_texts(t).distribution_needs_org,
                            Missing::Members => |t| distribution_texts(t).distribution_needs_members,
                        };
                        view! {
                            <p class="notice" data-testid="distribution-blocked">
                                {tr(text)}
                            </p>
                        }
                            .into_any()
                    })
            }}
        </section>
        {submission
            .map(|s| {
                let status = s.status;
                view! {
                    <p class="notice" data-testid="submission-status" data-status=s.status.code()>
                        {move || submission_label(i18n.t(), status)}
                        {s
                            .comment
                            .map(|c| {
                                view! {
                                    " — "
                                    {c}
                                }
                            })}
                    </p>
                }
            })}
        <ActionForm action=submit>
            <button
                type="submit"
                class="button"
                data-testid="submit-distribution"
                disabled=move || blocked() || submit.pending().get()
            >
                {tr(|t| distribution_texts(t).distribution_submit)}
            </button>
        </ActionForm>
        <FormError error />
    }
    .into_any()
}

/// Where a submitted distribution stands, in words.
pub fn submission_label(t: &Texts, status: SubmissionStatus) -> &'static str {
    match status {
        SubmissionStatus::Submitted => distribution_texts(t).distribution_waiting,
        SubmissionStatus::Approved => distribution_texts(t).distribution_approved,
        SubmissionStatus::Returned => distribution_texts(t).distribution_returned,
    }
}
