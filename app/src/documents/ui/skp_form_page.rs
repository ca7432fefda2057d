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
    skp::ui::skp_plan::core_value_label,
    ui::form_parts::{FormMeta, Signer},
    ui::prelude::*,
    ui::print_button::PrintButton,
};

/// `/dokumen/skp/{plan}`: the SKP laid out as the official form (PermenPANRB 6/2022): identity
/// of the employee and the pejabat penilai, the results with their indicators and targets, the
/// seven behaviours with the supervisor's expectations, and the signatures. Printed from the
/// browser.
#[component]
pub fn SkpDocumentPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let document = Resource::new(id, load_plan_document);
    view! {
        <PageTitle title=|t| doc_texts(t).doc_skp_title />
        <Loaded resource=document view=|doc| view! { <SkpForm doc /> }.into_any() />
    }
}

#[component]
fn SkpForm(doc: PlanDocument) -> impl IntoView {
    let i18n = use_i18n();
    let period = doc.plan.period.clone();
    let expectations = doc.plan.expectations.clone();
    let pegawai = doc.pegawai.clone();
    let penilai = doc.penilai.clone().unwrap_or_default();
    let place = doc.place.clone();
    view! {
        <article class="page official-form" data-testid="skp-document" data-plan=doc.plan.id>
            <PrintButton back=format!("/tim/skp/{}", doc.plan.id) />
            <header class="form-title">
                <h1>{tr(|t| doc_texts(t).doc_skp_title)}</h1>
                <p>{tr(|t| doc_texts(t).doc_approach)}</p>
            </header>
            <FormMeta agency=doc.agency_name.clone() period period_no=0 />
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
                </tbody>
            </table>
            <DocumentResults plan=doc.plan.clone() realisasi=None />
            <table class="form-grid behaviour">
                <thead>
                    <tr>
                        <th colspan="3">{tr(|t| doc_texts(t).doc_behaviour)}</th>
                    </tr>
                    <tr>
                        <th>{tr(|t| doc_texts(t).doc_no)}</th>
                        <th></th>
                        <th>{tr(|t| doc_texts(t).doc_expectation)}</th>
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
                            view! {
                                <tr>
                                    <td class="no">{i + 1}</td>
                                    <td>{move || core_value_label(i18n.t(), value)}</td>
                                    <td>{expectation}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
            <div class="signatures">
                // A blank date line on the employee's side keeps the names aligned.
                <Signer
                    dated="\u{a0}".to_string()
                    role=|t| doc_texts(t).doc_signed_pegawai
                    person=pegawai
                />
                <Signer
                    dated=format!("{place}, .....................")
                    role=|t| doc_texts(t).doc_signed_penilai
                    person=penilai
                />
            </div>
        </article>
    }
}
