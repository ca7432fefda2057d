use leptos::prelude::*;

use crate::{
    development::{
        learning_api::{
            jp_compliance, pending_learning, ImportLearning, PendingRecord, VerifyLearning,
        },
        texts::{use_development_texts, DevelopmentTexts},
    },
    ui::prelude::*,
    ui::sheet_import::SheetImport,
};

/// `/admin/pembelajaran`: the HR office's queue of learning records to verify (each with its
/// certificate) and the year's JP compliance by unit, with the Excel export.
#[component]
pub fn LearningAdminPage() -> impl IntoView {
    crate::development::reason_texts::provide();
    let dt = use_development_texts();
    let verify = ServerAction::<VerifyLearning>::new();
    let import = ServerAction::<ImportLearning>::new();
    let (verified, imported) = (successes(verify), successes(import));
    let pending = Resource::new(move || verified.get(), |_| pending_learning());
    let compliance =
        Resource::new(move || (verified.get(), imported.get()), |_| jp_compliance(None));
    let error = refusal(verify);
    view! {
        <PageTitle title=|t| t.page_learning_admin_title />
        <article class="page learning-admin">
            <p class="links">
                <a href="/admin/pelatihan">{move || dt().catalogue_title}</a>
            </p>
            <h1>{tr(|t| t.page_learning_admin_title)}</h1>
            <p class="lead">{move || dt().admin_learning_intro}</p>
            <section>
                <h2>{move || dt().pending_title}</h2>
                <FormError error />
                {move || {
                    (verified.get() > 0)
                        .then(|| {
                            view! {
                                <p class="notice" role="status">
                                    {move || dt().verified_note}
                                </p>
                            }
                        })
                }}
                <Loaded
                    resource=pending
                    view=move |rows| {
                        if rows.is_empty() {
                            return view! { <p class="empty">{move || dt().pending_none}</p> }
                                .into_any();
                        }
                        view! {
                            <ul class="pending-records">
                                {rows
                                    .into_iter()
                                    .map(|p| view! { <PendingItem pending=p verify /> })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }
                />
            </section>
            <section>
                <h2>{move || dt().compliance_title}</h2>
                <p class="links">
                    <a href="/api/admin/jp.xlsx" rel="external" download>
                        {move || dt().compliance_export}
                    </a>
                </p>
                <Loaded
                    resource=compliance
                    view=move |units| {
                        view! {
                            <TableScroll label=move || dt().compliance_title>
                                <table class="data compliance">
                                    <thead>
                                        <tr>
                                            <th>{move || dt().col_unit}</th>
                                            <th>{move || dt().col_pns}</th>
                                            <th>{move || dt().col_pns_below}</th>
                                            <th>{move || dt().col_met}</th>
                                            <th>{move || dt().col_pppk}</th>
                                            <th>{move || dt().col_pppk_above}</th>
                                            <th>{move || dt().col_jp_total}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {units
                                            .into_iter()
                                            .map(|u| {
                                                let met = if u.pns > 0 {
                                                    let share = (u.pns - u.pns_below) as f64 * 100.0
                                                        / u.pns as f64;
                                                    format!("{share:.0}%")
                                                } else {
                                                    String::new()
                                                };
                                                view! {
                                                    <tr data-unit=u.code.clone()>
                                                        <td>{u.name.clone()}</td>
                                                        <td>{u.pns}</td>
                                                        <td data-below=u.pns_below>{u.pns_below}</td>
                                                        <td>{met}</td>
                                                        <td>{u.pppk}</td>
                                                        <td>{u.pppk_above}</td>
                                                        <td>{u.jp_total}</td>
                                                    </tr>
                                                }
                                            })
                                            .collect_view()}
                                    </tbody>
                                </table>
                            </TableScroll>
                        }
                            .into_any()
                    }
                />
            </section>
            <section>
                <h2>{move || dt().import_learning_title}</h2>
                <p>{move || dt().import_learning_intro}</p>
                <p class="links">
                    <a
                        href="/api/admin/templat-pembelajaran.xlsx"
                        download="templat-pembelajaran.xlsx"
                    >
                        {move || dt().template_xlsx}
                    </a>
                </p>
                <SheetImport
                    action=import
                    call=|file_base64| ImportLearning { file_base64 }
                    label=Signal::derive(move || dt().import_file)
                    testid="learning-import"
                />
            </section>
        </article>
    }
}

/// One record to verify: who, what, how many JP, the certificate, and the two verdicts.
#[component]
fn PendingItem(pending: PendingRecord, verify: ServerAction<VerifyLearning>) -> impl IntoView {
    let dt = use_development_texts();
    let i18n = use_i18n();
    let r = pending.record;
    let (id, version, path) = (r.id, r.version, r.path);
    let end = r.end_date.clone();
    let verdict = move |code: &'static str, label: fn(&DevelopmentTexts) -> &'static str| {
        view! {
            <ActionForm action=verify attr:class="inline-form">
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="version" value=version />
                <input type="hidden" name="verdict" value=code />
                <button type="submit" class="button secondary" data-verdict=code>
                    {move || label(dt())}
                </button>
            </ActionForm>
        }
    };
    view! {
        <li class="card" data-record=id>
            <strong>{r.title.clone()}</strong>
            <p>{format!("{} · {} · {}", pending.employee, pending.nip, pending.unit)}</p>
            <p>
                {move || {
                    format!(
                        "{} · {} · {} {} · {}",
                        dt().path(path),
                        r.form.replace('_', " "),
                        r.jp,
                        dt().jp,
                        i18n.t().date_iso(&end),
                    )
                }}
            </p>
            {r
                .certificate_name
                .clone()
                .map(|name| {
                    view! {
                        <p>
                            <a
                                href=format!("/api/pembelajaran/sertifikat/{id}")
                                rel="external"
                                download
                            >
                                {name}
                            </a>
                        </p>
                    }
                })}
            <div class="actions">
                {verdict("verified", |t| t.verify)} {verdict("rejected", |t| t.reject)}
            </div>
        </li>
    }
}
