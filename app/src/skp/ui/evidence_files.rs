use leptos::prelude::*;

use crate::{i18n::tr, skp::evidence_api::RemoveEvidence, skp::types::EvidenceFileView};

/// An indicator's uploaded evidence files as download links; with `remove`, each gets the
/// owner's remove button (the server refuses once the year is rated).
#[component]
pub fn EvidenceFiles(
    plan_id: i64,
    files: Vec<EvidenceFileView>,
    remove: Option<ServerAction<RemoveEvidence>>,
) -> impl IntoView {
    (!files.is_empty()).then(|| {
        view! {
            <ul class="evidence-files" aria-label=tr(|t| t.skp_evidence_files)>
                {files
                    .into_iter()
                    .map(|f| {
                        view! {
                            <li data-file=f.id>
                                <a
                                    href=format!("/api/skp/bukti/{}", f.id)
                                    download=f.file_name.clone()
                                >
                                    {f.file_name.clone()}
                                </a>
                                " "
                                <span class="muted">{size_text(f.size_bytes)}</span>
                                {remove
                                    .map(|action| {
                                        view! {
                                            <ActionForm action attr:class="inline-form remove-form">
                                                <input type="hidden" name="plan_id" value=plan_id />
                                                <input type="hidden" name="file_id" value=f.id />
                                                <button type="submit" class="link-danger">
                                                    {tr(|t| t.skp_evidence_remove)}
                                                </button>
                                            </ActionForm>
                                        }
                                    })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}

/// "12 KB", "1.0 MB": enough to tell a scan from a photo.
fn size_text(bytes: i64) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1_000_000.0)
    } else {
        format!("{} KB", (bytes + 999) / 1000)
    }
}
