use leptos::prelude::*;

use crate::documents::texts::doc_texts;

use crate::{
    documents::types::Person,
    i18n::{tr, Texts},
};

/// A row label: the text for the current language.
type Label = fn(&Texts) -> &'static str;

/// One block of an official form's identity table: the numbered rows NAMA, NIP, PANGKAT,
/// JABATAN, UNIT KERJA of one person under a heading ("PEGAWAI YANG DINILAI" …).
#[component]
pub fn IdentityBlock(
    heading: Label,
    person: Option<Person>,
    /// The number of the block's heading row (1, 2, 3 in the evaluation document).
    number: u32,
) -> impl IntoView {
    let p = person.unwrap_or_default();
    let rows: [(Label, String); 5] = [
        (|t| doc_texts(t).doc_name, p.name),
        (|t| doc_texts(t).doc_nip, p.nip),
        (|t| doc_texts(t).doc_pangkat, p.pangkat),
        (|t| doc_texts(t).doc_jabatan, p.jabatan),
        (|t| doc_texts(t).doc_unit, p.unit),
    ];
    view! {
        <tr class="block-head">
            <th>{number}</th>
            <th colspan="2">{tr(heading)}</th>
        </tr>
        {rows
            .into_iter()
            .enumerate()
            .map(|(i, (label, value))| {
                view! {
                    <tr>
                        <td class="no">{i + 1}</td>
                        <td class="label">{tr(label)}</td>
                        <td>{value}</td>
                    </tr>
                }
            })
            .collect_view()}
    }
}
