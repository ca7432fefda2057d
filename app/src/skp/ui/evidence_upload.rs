use leptos::{ev::SubmitEvent, prelude::*};

use crate::{
    i18n::tr,
    skp::api::PlanView,
    skp::evidence_api::{UploadEvidence, MAX_UPLOAD_BYTES, PLAIN_UPLOAD_PATH},
    ui::prelude::*,
};

/// The owner's form to attach an evidence file to an indicator. Once hydrated the file is read
/// in the browser and sent as base64 (before that the form posts as multipart); a file over the limit is stopped here before any upload (the
/// server checks the size and the type again).
#[component]
pub fn EvidenceUpload(plan: PlanView, action: ServerAction<UploadEvidence>) -> impl IntoView {
    let indicators: Vec<(i64, String)> = plan
        .results
        .iter()
        .flat_map(|r| r.indicators.iter().map(|i| (i.id, i.text.clone())))
        .collect();
    let plan_id = plan.id;
    let file_input = NodeRef::<leptos::html::Input>::new();
    let indicator = NodeRef::<leptos::html::Select>::new();
    let too_large = RwSignal::new(false);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        #[cfg(feature = "hydrate")]
        {
            let Some(file) = file_input.get().and_then(|i| i.files()).and_then(|f| f.get(0)) else {
                return;
            };
            let Some(indicator_id) = indicator.get().and_then(|s| s.value().parse::<i64>().ok())
            else {
                return;
            };
            too_large.set(file.size() > MAX_UPLOAD_BYTES);
            if too_large.get_untracked() {
                return;
            }
            leptos::task::spawn_local(async move {
                let bytes = crate::ui::file_bytes::read(&file).await;
                action.dispatch(UploadEvidence {
                    plan_id,
                    indicator_id,
                    file_name: file.name(),
                    file_base64: crate::ui::file_bytes::base64(&bytes),
                });
            });
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (plan_id, &file_input, &indicator, MAX_UPLOAD_BYTES);
    };
    let error = refusal(action);
    let saved = move || action.value().get().is_some_and(|r| r.is_ok());
    view! {
        // Without JavaScript the browser posts the file itself, as multipart.
        <form
            class="form evidence-upload"
            data-testid="evidence-upload"
            method="post"
            enctype="multipart/form-data"
            action=PLAIN_UPLOAD_PATH
            on:submit=on_submit
        >
            <h3>{tr(|t| t.skp_evidence_upload)}</h3>
            <input type="hidden" name="plan_id" value=plan_id />
            <label>
                <span>{tr(|t| t.skp_indicator_text)}</span>
                <select node_ref=indicator name="indicator_id">
                    {indicators
                        .into_iter()
                        .map(|(id, text)| view! { <option value=id>{text}</option> })
                        .collect_view()}
                </select>
            </label>
            <label>
                <span>{tr(|t| t.skp_evidence_file)}</span>
                <input
                    node_ref=file_input
                    type="file"
                    name="file"
                    required
                    accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
                />
            </label>
            {move || {
                too_large
                    .get()
                    .then(|| {
                        view! {
                            <p class="form-error" role="alert">
                                {tr(|t| t.inv_evidence_size)}
                            </p>
                        }
                    })
            }}
            <FormError error />
            {move || {
                saved()
                    .then(|| {
                        view! {
                            <p class="notice" role="status">
                                {tr(|t| t.skp_evidence_uploaded)}
                            </p>
                        }
                    })
            }}
            <button type="submit" class="button" disabled=move || action.pending().get()>
                {tr(|t| t.skp_evidence_upload)}
            </button>
        </form>
    }
}
