//! The printable documents as lazily loaded routes: one chunk for both forms.

use crate::{
    documents::ui::{evaluation_form_page::EvaluationDocumentPage, skp_form_page::SkpDocumentPage},
    kernel::policy::Audience,
    ui::lazy_pages::lazy_pages,
};

lazy_pages!(document_pages {
    /// `/dokumen/skp/{id}`: the SKP form.
    SkpDocumentRoute => (Audience::LoggedIn, SkpDocumentPage),
    /// `/dokumen/evaluasi/{id}/{periode}`: the evaluation form.
    EvaluationDocumentRoute => (Audience::LoggedIn, EvaluationDocumentPage),
});
