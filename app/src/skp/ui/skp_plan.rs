use crate::appeals::types::AppealStatus;
use crate::kernel::plan_status::PlanStatus;
use crate::{rules::scoring::ResultKind, skp::types::TargetKind};
use leptos::prelude::*;

use crate::documents::texts::doc_texts;

use crate::{
    appeals::api::FileAppeal,
    i18n::{tr, use_i18n, Texts},
    rules::preview::CoreValue,
    rules::Predikat,
    skp::api::{PlanView, RatingView, RemoveItem},
    skp::evidence_api::RemoveEvidence,
    skp::ui::evidence_files::EvidenceFiles,
};

/// The label of a BerAKHLAK value.
pub fn core_value_label(t: &Texts, v: CoreValue) -> &'static str {
    match v {
        CoreValue::BerorientasiPelayanan => t.value_berorientasi_pelayanan,
        CoreValue::Akuntabel => t.value_akuntabel,
        CoreValue::Kompeten => t.value_kompeten,
        CoreValue::Harmonis => t.value_harmonis,
        CoreValue::Loyal => t.value_loyal,
        CoreValue::Adaptif => t.value_adaptif,
        CoreValue::Kolaboratif => t.value_kolaboratif,
    }
}

/// A target as it reads, in the page's number format: "12 puskesmas", "≤ 5 hari", "10–15 %".
pub fn target_text(
    t: &Texts,
    kind: TargetKind,
    target: f64,
    high: Option<f64>,
    unit: &str,
) -> String {
    let n = |v: f64| t.num(v, 4);
    match (kind, high) {
        (TargetKind::Range, Some(h)) => format!("{}–{} {unit}", n(target), n(h)),
        (TargetKind::LowerIsBetter, _) => format!("≤ {} {unit}", n(target)),
        _ => format!("{} {unit}", n(target)),
    }
}

/// A predikat's name, or a dash when there is none yet.
pub fn predikat_label(t: &Texts, predikat: Option<Predikat>) -> &'static str {
    predikat.map(|p| t.predikat(p)).unwrap_or("—")
}

/// A plan's status in words; `None` is a plan not started.
pub fn status_label(t: &Texts, status: Option<PlanStatus>) -> &'static str {
    match status {
        Some(PlanStatus::Draft) => t.skp_status_draft,
        Some(PlanStatus::Submitted) => t.skp_status_submitted,
        Some(PlanStatus::Approved) => t.skp_status_approved,
        Some(PlanStatus::Returned) => t.skp_status_returned,
        None => t.skp_status_none,
    }
}

/// A plan's results, indicators, expectations and ratings, read-only; with `remove`, the owner
/// of an editable plan gets a remove button on each result and indicator.
#[component]
pub fn PlanSummary(
    plan: PlanView,
    #[prop(optional)] remove: Option<ServerAction<RemoveItem>>,
    /// The owner's appeal action: each rating still open to appeal gets the form.
    #[prop(optional)]
    file_appeal: Option<ServerAction<FileAppeal>>,
    /// The owner's action to remove an evidence file (offered until the year is rated).
    #[prop(optional)]
    remove_file: Option<ServerAction<RemoveEvidence>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let year_rated = plan.ratings.iter().any(|r| r.period_no == 0);
    let remove_file = remove_file.filter(|_| plan.is_owner && !year_rated);
    let editable = plan.can_edit && remove.is_some();
    let (plan_id, version) = (plan.id, plan.version);
    let remove_button = move |field: &'static str, id: i64| {
        remove.filter(|_| editable).map(|action| {
            view! {
                <ActionForm action attr:class="inline-form remove-form">
                    <input type="hidden" name="plan_id" value=plan_id />
                    <input type="hidden" name="version" value=version />
                    <input type="hidden" name=field value=id />
                    <button type="submit" class="link-danger">
                        {tr(|t| t.skp_remove)}
                    </button>
                </ActionForm>
            }
        })
    };
    let status = Some(plan.status);
    view! {
        <section class="skp-plan" data-plan=plan.id data-status=plan.status.code()>
            <p class="plan-meta">
                <span class=format!(
                    "status status-{}",
                    plan.status.code(),
                )>{move || status_label(i18n.t(), status)}</span>
                " · "
                {plan.employee_name.clone()}
                " ("
                <code>{plan.employee_nip.clone()}</code>
                ") · "
                {plan.position_name.clone()}
                {plan
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
            {(plan.status == PlanStatus::Approved)
                .then(|| {
                    view! {
                        <p class="links doc-links">
                            <a
                                href=format!("/dokumen/skp/{plan_id}")
                                data-testid="skp-document-link"
                            >
                                {tr(|t| doc_texts(t).doc_print_skp)}
                            </a>
                        </p>
                    }
                        .into_any()
                })}
            {plan
                .review_comment
                .clone()
                .map(|c| {
                    view! {
                        <p class="notice" data-testid="review-comment">
                            <strong>{tr(|t| t.skp_review_comment)}</strong>
                            " "
                            {c}
                        </p>
                    }
                })}
            <ol class="skp-results">
                {plan
                    .results
                    .iter()
                    .map(|r| {
                        let kind = r.kind;
                        view! {
                            <li data-result=r.id>
                                // A div, not a p: the remove button is a form, and the HTML
                                // parser closes a <p> at a <form> (a hydration mismatch).
                                <div class="result-head">
                                    <span class="badge">
                                        {move || {
                                            if kind == ResultKind::Tambahan {
                                                i18n.t().skp_kind_tambahan
                                            } else {
                                                i18n.t().skp_kind_utama
                                            }
                                        }}
                                    </span>
                                    " "
                                    <strong>{r.text.clone()}</strong>
                                    {remove_button("result_id", r.id)}
                                </div>
                                {r
                                    .parent_text
                                    .clone()
                                    .map(|p| {
                                        view! {
                                            <p class="muted">{tr(|t| t.skp_supports)} " " {p}</p>
                                        }
                                    })}
                                {(!r.supported_by.is_empty())
                                    .then(|| {
                                        view! {
                                            <p class="muted">
                                                {tr(|t| t.skp_supported_by)} " " {r.supported_by.join("; ")}
                                            </p>
                                        }
                                    })}
                                <ul class="skp-indicators">
                                    {r
                                        .indicators
                                        .iter()
                                        .map(|i| {
                                            view! {
                                                <li data-indicator=i
                                                    .id>
                                                    {i.text.clone()} " — "
                                                    <span class="target">
                                                        {
                                                            let (kind, target, high, unit) = (
                                                                i.target_kind,
                                                                i.target,
                                                                i.target_high,
                                                                i.unit.clone(),
                                                            );
                                                            move || target_text(i18n.t(), kind, target, high, &unit)
                                                        }
                                                    </span>
                                                    {(!i.realisations.is_empty())
                                                        .then(|| {
                                                            let entries = i.realisations.clone();
                                                            view! {
                                                                " · "
                                                                {tr(|t| t.skp_realisasi)}
                                                                ": "
                                                                {entries
                                                                    .into_iter()
                                                                    .map(|r| {
                                                                        let no = r.period_no;
                                                                        view! {
                                                                            <span class="realisasi" data-period=no>
                                                                                {move || {
                                                                                    format!(
                                                                                        "{} {}",
                                                                                        period_label(i18n.t(), no),
                                                                                        i18n.t().num(r.realisasi, 4),
                                                                                    )
                                                                                }}
                                                                            </span>
                                                                            " "
                                                                        }
                                                                    })
                                                                    .collect_view()}
                                                            }
                                                                .into_any()
                                                        })}
                                                    {i
                                                        .evidence_url
                                                        .clone()
                                                        .map(|url| {
                                                            view! {
                                                                " · "
                                                                <a href=url rel="noopener noreferrer" target="_blank">
                                                                    {tr(|t| t.skp_evidence)}
                                                                </a>
                                                            }
                                                        })} {remove_button("indicator_id", i.id)}
                                                    <EvidenceFiles
                                                        plan_id
                                                        files=i.files.clone()
                                                        remove=remove_file
                                                    />
                                                </li>
                                            }
                                                .into_any()
                                        })
                                        .collect_view()}
                                </ul>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            {(!plan.expectations.is_empty())
                .then(|| {
                    let expectations = plan.expectations.clone();
                    view! {
                        <h3>{tr(|t| t.skp_expectations)}</h3>
                        <dl class="record expectations">
                            {expectations
                                .into_iter()
                                .map(|(value, text)| {
                                    view! {
                                        <dt>{move || core_value_label(i18n.t(), value)}</dt>
                                        <dd>{text}</dd>
                                    }
                                })
                                .collect_view()}
                        </dl>
                    }
                })}
            {(!plan.ratings.is_empty())
                .then(|| {
                    let ratings = plan.ratings.clone();
                    view! {
                        <h3>{tr(|t| t.skp_ratings)}</h3>
                        <table class="data ratings">
                            <thead>
                                <tr>
                                    <th>{tr(|t| t.skp_period)}</th>
                                    <th>{tr(|t| t.sim_result_label)}</th>
                                    <th>{tr(|t| t.skp_nilai)}</th>
                                    <th>{tr(|t| t.skp_rule_set)}</th>
                                    <th>{tr(|t| t.appeal_title)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {ratings
                                    .into_iter()
                                    .map(|r| {
                                        let predikat = r.predikat;
                                        let no = r.period_no;
                                        view! {
                                            <tr data-period=r.period_no data-predikat=r.predikat.code()>
                                                <td>{move || period_label(i18n.t(), no)}</td>
                                                <td>
                                                    <strong>
                                                        {move || predikat_label(i18n.t(), Some(predikat))}
                                                    </strong>
                                                </td>
                                                <td>{move || i18n.t().fixed(r.nilai_skp, 2)}</td>
                                                <td>
                                                    <code>{r.rule_set_id.clone()}</code>
                                                    " · "
                                                    <a
                                                        class="doc-link"
                                                        href=format!("/dokumen/evaluasi/{plan_id}/{}", r.period_no)
                                                    >
                                                        {tr(|t| doc_texts(t).doc_print_eval)}
                                                    </a>
                                                </td>
                                                <td>
                                                    <AppealCell rating=r.clone() file_appeal />
                                                </td>
                                            </tr>
                                        }
                                            .into_any()
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    }
                })}
        </section>
    }
    .into_any()
}

/// "Tahunan" for 0, otherwise "Periode N".
pub fn period_label(t: &Texts, period_no: i64) -> String {
    if period_no == 0 {
        t.skp_annual.to_string()
    } else {
        format!("{} {period_no}", t.skp_period)
    }
}

/// The appeal on a rating: its state and a link, or for the owner within the deadline, the form.
#[component]
fn AppealCell(rating: RatingView, file_appeal: Option<ServerAction<FileAppeal>>) -> impl IntoView {
    let i18n = use_i18n();
    if let Some(a) = rating.appeal.clone() {
        let final_predikat = rating.final_predikat();
        let decided = a.status == AppealStatus::Decided;
        return view! {
            <a href=format!("/keberatan/{}", a.id) data-testid="appeal-link">
                {move || {
                    if decided {
                        format!(
                            "{} ({})",
                            i18n.t().appeal_status_decided,
                            predikat_label(i18n.t(), Some(final_predikat)),
                        )
                    } else {
                        i18n.t().appeal_status_filed.to_string()
                    }
                }}
            </a>
        }
        .into_any();
    }
    match file_appeal.filter(|_| rating.can_appeal) {
        Some(action) => view! {
            <details class="appeal-form">
                <summary>{tr(|t| t.appeal_file)}</summary>
                <ActionForm action attr:class="form" attr:data-testid="appeal-form">
                    <input type="hidden" name="rating_id" value=rating.id />
                    <label>
                        <span>{tr(|t| t.appeal_reason)}</span>
                        <textarea
                            name="reason"
                            required
                            minlength="10"
                            maxlength="4000"
                            rows="3"
                        ></textarea>
                    </label>
                    <button type="submit" class="button">
                        {tr(|t| t.appeal_file_submit)}
                    </button>
                </ActionForm>
            </details>
        }
        .into_any(),
        None => "—".into_any(),
    }
}
