use leptos::prelude::*;

use crate::documents::texts::doc_texts;
use leptos_router::hooks::use_params_map;

use crate::{
    documents::api::load_plan_document,
    documents::types::PlanDocument,
    documents::ui::document_results::DocumentResults,
    documents::ui::form_identity::IdentityBlock,
    i18n::{tr, use_i18n},
    rules::preview::CoreValue,
    skp::ui::skp_plan::{core_value_label, period_label},
    ui::form_parts::{FormMeta, Signer},
    ui::prelude::*,
    ui::print_button::PrintButton,
};

/// `/dokumen/evaluasi/{plan}/{periode}`: the evaluation document (dokumen evaluasi kinerja
/// pegawai) of one rated period (0 = the year), laid out as the official form: the three
/// people, the organisation's performance, results with realisation and feedback, the rating
/// of results and behaviour, and the predikat in force (after an appeal).
#[component]
pub fn EvaluationDocumentPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let period_no =
        move || params.with(|p| p.get("periode").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let document = Resource::new(id, load_plan_document);
    view! {
        <PageTitle title=|t| doc_texts(t).doc_eval_title />
        <Loaded
            resource=document
            view=move |doc: PlanDocument| {
                let no = period_no();
                if doc.plan.ratings.iter().any(|r| r.period_no == no) {
                    view! { <EvaluationForm doc period_no=no /> }.into_any()
                } else {
                    view! {
                        <article class="page">
                            <p class="notice">{tr(|t| doc_texts(t).doc_not_rated)}</p>
                        </article>
                    }
                        .into_any()
                }
            }
        />
    }
}

#[component]
fn EvaluationForm(doc: PlanDocument, period_no: i64) -> impl IntoView {
    let i18n = use_i18n();
    let rating = doc.plan.ratings.iter().find(|r| r.period_no == period_no).cloned();
    let Some(rating) = rating else { return ().into_any() };
    let period = doc.plan.period.clone();
    let realisasi = doc
        .rated_realisasi
        .iter()
        .find(|(no, _)| *no == period_no)
        .map(|(_, r)| r.clone())
        .unwrap_or_default();
    let expectations = doc.plan.expectations.clone();
    let plan_feedback: Vec<String> = doc
        .plan
        .feedback
        .iter()
        .filter(|f| f.indicator_id.is_none())
        .map(|f| format!("{}: {}", f.author, f.text))
        .collect();
    let penilai = doc.penilai.clone().unwrap_or_default();
    let place = doc.place.clone();
    let rated_at = rating.rated_at_ms;
    let (hasil, perilaku, predikat) = (rating.hasil, rating.perilaku, rating.final_predikat());
    let org = period.org_predikat;
    let predikat_code = predikat.code();
    view! {
        <article
            class="page official-form"
            data-testid="evaluation-document"
            data-period=period_no
            data-predikat=predikat_code
        >
            <PrintButton back=format!("/tim/skp/{}", doc.plan.id) />
            <header class="form-title">
                <h1>{tr(|t| doc_texts(t).doc_eval_title)}</h1>
                <p>{tr(|t| doc_texts(t).doc_approach)}</p>
                <p>
                    {tr(|t| doc_texts(t).doc_period_kind)} " "
                    {move || period_label(i18n.t(), period_no).to_uppercase()}
                </p>
            </header>
            <FormMeta agency=doc.agency_name.clone() period=period.clone() period_no />
            <table class="form-grid identity">
                <tbody>
                    <IdentityBlock
                        heading=|t| doc_texts(t).doc_pegawai
                        person=Some(doc.pegawai.clone())
                        number=1
                    />
                    <IdentityBlock
                        heading=|t| doc_texts(t).doc_penilai
                        person=doc.penilai.clone()
                        number=2
                    />
                    <IdentityBlock
                        heading=|t| doc_texts(t).doc_atasan
                        person=doc.atasan.clone()
                        number=3
                    />
                </tbody>
            </table>
            <table class="form-grid summary">
                <tbody>
                    <tr>
                        <th>{tr(|t| doc_texts(t).doc_org)}</th>
                        <td>
                            {move || { org.map(|o| i18n.t().org_predikat(o)).unwrap_or("—") }}
                        </td>
                    </tr>
                </tbody>
            </table>
            <DocumentResults plan=doc.plan.clone() realisasi=Some(realisasi) />
            <table class="form-grid summary">
                <tbody>
                    <tr>
                        <th>{tr(|t| doc_texts(t).doc_rating_hasil)}</th>
                        <td data-testid="doc-hasil">{move || i18n.t().rating(hasil)}</td>
                    </tr>
                </tbody>
            </table>
            <table class="form-grid behaviour">
                <thead>
                    <tr>
                        <th colspan="4">{tr(|t| doc_texts(t).doc_behaviour)}</th>
                    </tr>
                    <tr>
                        <th>{tr(|t| doc_texts(t).doc_no)}</th>
                        <th></th>
                        <th>{tr(|t| doc_texts(t).doc_expectation)}</th>
                        <th>{tr(|t| doc_texts(t).doc_feedback)}</th>
                    </tr>
                </thead>
                <tbody>
                    {CoreValue::ALL
                        .into_iter()
                        .enumerate()
                        .map(|(i, value)| {
                            let expectation = expectations
                                .iter()
                                .find(|(v, _)| *v == value)
                                .map(|(_, e)| e.clone())
                                .unwrap_or_default();
                            let feedback = (i == 0).then(|| plan_feedback.join("; "));
                            view! {
                                <tr>
                                    <td class="no">{i + 1}</td>
                                    <td>{move || core_value_label(i18n.t(), value)}</td>
                                    <td>{expectation}</td>
                                    {feedback.map(|f| view! { <td rowspan="7">{f}</td> })}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            <table class="form-grid summary">
                <tbody>
                    <tr>
                        <th>{tr(|t| doc_texts(t).doc_rating_perilaku)}</th>
                        <td data-testid="doc-perilaku">{move || i18n.t().rating(perilaku)}</td>
                    </tr>
                    <tr>
                        <th>{tr(|t| doc_texts(t).doc_predikat)}</th>
                        <td data-testid="doc-predikat">
                            <strong>{move || i18n.t().predikat(predikat)}</strong>
                        </td>
                    </tr>
                    {rating
                        .angka_kredit
                        .map(|ak| {
                            view! {
                                <tr>
                                    <th>{tr(|t| doc_texts(t).doc_angka_kredit)}</th>
                                    <td>{move || i18n.t().num(ak, 3)}</td>
                                </tr>
                            }
                        })}
                </tbody>
            </table>
            <div class="signatures">
                <div></div>
                <Signer
                    dated=Signal::derive(move || {
                        format!("{place}, {}", i18n.t().date_ms(rated_at))
                    })
                    role=|t| doc_texts(t).doc_signed_penilai
                    person=penilai
                />
            </div>
        </article>
    }
    .into_any()
}
