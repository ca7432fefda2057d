use leptos::prelude::*;

use crate::documents::texts::doc_texts;

use crate::{
    admin::types::PeriodRow,
    documents::api::period_text,
    documents::types::Person,
    i18n::{tr, use_i18n, Texts},
};

/// The line under an official form's title: the agency, and the period the form covers
/// (`period_no` 0 is the year).
#[component]
pub fn FormMeta(agency: String, period: PeriodRow, period_no: i64) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <table class="form-meta">
            <tbody>
                <tr>
                    <td>{agency}</td>
                    <td class="right">
                        {move || {
                            let t = i18n.t();
                            format!(
                                "{} {}",
                                doc_texts(t).doc_period_range,
                                period_text(
                                    t.months,
                                    doc_texts(t).doc_until,
                                    period.year,
                                    period.frequency,
                                    period_no,
                                ),
                            )
                        }}
                    </td>
                </tr>
            </tbody>
        </table>
    }
}

/// One signature column: the place and date line (blank keeps the columns aligned), the role,
/// room to sign, the name and the NIP.
#[component]
pub fn Signer(
    #[prop(into)] dated: Signal<String>,
    role: fn(&Texts) -> &'static str,
    person: Person,
) -> impl IntoView {
    view! {
        <div>
            <p>{move || dated.get()}</p>
            <p>{tr(role)}</p>
            <p class="sign-space"></p>
            <p class="signer">{person.name}</p>
            <p>"NIP " {person.nip}</p>
        </div>
    }
}
