use leptos::prelude::*;

use crate::ui::table_scroll::TableScroll;

use crate::{
    development::{
        learning_api::{my_learning, RecordLearning},
        texts::use_development_texts,
        ui::path_form::PathFormFields,
    },
    rules::training::JpStatus,
    skp::evidence_api::MAX_UPLOAD_BYTES,
    ui::{prelude::*, request_key::request_key},
};

/// `/saya/pembelajaran`: the employee's completed learning this year, the JP against the rule
/// (computed by the rules engine), and a form to record more.
#[component]
pub fn LearningPage() -> impl IntoView {
    crate::development::reason_texts::provide();
    let dt = use_development_texts();
    let i18n = use_i18n();
    let record = ServerAction::<RecordLearning>::new();
    let recorded = successes(record);
    let learning = Resource::new(move || recorded.get(), |_| my_learning(None));
    let error = refusal(record);
    // The certificate is read in the browser and travels as base64 in hidden fields (a server
    // function carries text); the key makes a double submit one record.
    let (certificate_name, certificate_b64) =
        (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let too_large = RwSignal::new(false);
    Effect::new(move |_| {
        if recorded.get() > 0 {
            certificate_name.set(String::new());
            certificate_b64.set(String::new());
        }
    });
    let on_file = move |ev: leptos::ev::Event| {
        #[cfg(feature = "hydrate")]
        {
            use wasm_bindgen::JsCast;
            let input: Option<web_sys::HtmlInputElement> =
                ev.target().and_then(|t| t.dyn_into().ok());
            let Some(file) = input.and_then(|i| i.files()).and_then(|f| f.get(0)) else {
                certificate_name.set(String::new());
                certificate_b64.set(String::new());
                return;
            };
            too_large.set(file.size() > MAX_UPLOAD_BYTES);
            if too_large.get_untracked() {
                return;
            }
            leptos::task::spawn_local(async move {
                let bytes = crate::ui::file_bytes::read(&file).await;
                certificate_name.set(file.name());
                certificate_b64.set(crate::ui::file_bytes::base64(&bytes));
            });
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (ev, MAX_UPLOAD_BYTES);
    };
    view! {
        <PageTitle title=|t| t.page_learning_title />
        <article class="page learning">
            <p class="links">
                <a href="/pelatihan">{move || dt().title}</a>
                " · "
                <a href="/saya/pengembangan">
                    {move || crate::development::idp_texts::IdpTexts::of(i18n.locale()).title}
                </a>
            </p>
            <h1>{move || dt().learning_title}</h1>
            <p class="lead">{move || dt().learning_intro}</p>
            <Loaded
                resource=learning
                view=move |y| {
                    let status = y.jp.status;
                    let (total, gap) = (y.jp.total_jp, y.jp.gap);
                    view! {
                        <p class="jp-summary" data-status=format!("{status:?}").to_lowercase()>
                            <strong>
                                {move || format!("{} {}: {total} JP", dt().jp_total, y.year)}
                            </strong>
                            " · "
                            {move || dt().jp_status(status)}
                            {(status == JpStatus::BelowMinimum)
                                .then(|| {
                                    view! {
                                        " · "
                                        {move || format!("{gap} {}", dt().jp_gap)}
                                    }
                                })}
                        </p>
                        {if y.records.is_empty() {
                            view! { <p class="empty">{move || dt().records_none}</p> }.into_any()
                        } else {
                            view! {
                                <TableScroll label=move || dt().learning_title>
                                    <table class="data">
                                        <thead>
                                            <tr>
                                                <th>{move || dt().field_title}</th>
                                                <th>{move || dt().field_form}</th>
                                                <th>{move || dt().field_end}</th>
                                                <th>{move || dt().jp}</th>
                                                <th>{move || dt().certificate}</th>
                                                <th>{move || dt().status_column}</th>
                                            </tr>
                                        </thead>
                                        <tbody>
                                            {y
                                                .records
                                                .into_iter()
                                                .map(|r| {
                                                    let (rpath, rstatus) = (r.path, r.status);
                                                    let end = r.end_date.clone();
                                                    view! {
                                                        <tr data-record=r.id>
                                                            <td>{r.title.clone()}</td>
                                                            <td>
                                                                {move || {
                                                                    format!(
                                                                        "{} · {}",
                                                                        dt().path(rpath),
                                                                        r.form.replace('_', " "),
                                                                    )
                                                                }}
                                                            </td>
                                                            <td>{move || i18n.t().date_iso(&end)}</td>
                                                            <td>{r.jp}</td>
                                                            <td>
                                                                {r
                                                                    .certificate_name
                                                                    .clone()
                                                                    .map(|name| {
                                                                        view! {
                                                                            <a
                                                                                href=format!("/api/pembelajaran/sertifikat/{}", r.id)
                                                                                rel="external"
                                                                                download
                                                                            >
                                                                                {name}
                                                                            </a>
                                                                        }
                                                                    })}
                                                            </td>
                                                            <td>{move || dt().record_status(rstatus)}</td>
                                                        </tr>
                                                    }
                                                })
                                                .collect_view()}
                                        </tbody>
                                    </table>
                                </TableScroll>
                            }
                                .into_any()
                        }}
                    }
                        .into_any()
                }
            />
            <section>
                <h2>{move || dt().record_title}</h2>
                <ActionForm action=record node_ref=cleared_on_success(record) attr:class="form">
                    <label>
                        <span>{move || dt().field_title}</span>
                        <input name="input[title]" required maxlength="200" />
                    </label>
                    <PathFormFields />
                    <label>
                        <span>{move || dt().field_jp}</span>
                        <input name="input[jp]" required inputmode="numeric" maxlength="4" />
                    </label>
                    <label>
                        <span>{move || dt().field_provider}</span>
                        <input name="input[provider]" required maxlength="200" />
                    </label>
                    <label>
                        <span>{move || dt().field_start}</span>
                        <input name="input[start_date]" type="date" required />
                    </label>
                    <label>
                        <span>{move || dt().field_end}</span>
                        <input name="input[end_date]" type="date" required />
                    </label>
                    <label>
                        <span>{move || dt().field_certificate}</span>
                        <input
                            type="file"
                            data-testid="certificate"
                            accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
                            on:change=on_file
                        />
                    </label>
                    <input
                        type="hidden"
                        name="input[certificate_name]"
                        prop:value=certificate_name
                    />
                    <input
                        type="hidden"
                        name="input[certificate_base64]"
                        prop:value=certificate_b64
                    />
                    <input
                        type="hidden"
                        name="request_key"
                        prop:value=move || request_key("learning", &recorded.get().to_string())
                    />
                    {move || {
                        too_large
                            .get()
                            .then(|| {
                                view! {
                                    <p class="form-error" role="alert">
                                        {move || dt().certificate_too_large}
                                    </p>
                                }
                            })
                    }}
                    <button
                        type="submit"
                        class="button"
                        disabled=move || record.pending().get() || too_large.get()
                    >
                        {move || dt().record_submit}
                    </button>
                </ActionForm>
                <FormError error />
                {move || {
                    (recorded.get() > 0)
                        .then(|| {
                            view! {
                                <p class="notice" role="status">
                                    {move || dt().recorded_note}
                                </p>
                            }
                        })
                }}
            </section>
        </article>
    }
}
