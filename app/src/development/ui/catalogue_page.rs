use leptos::prelude::*;

use crate::{
    development::{
        api::{list_offerings, CreateOffering, ImportOfferings},
        texts::use_development_texts,
        types::{Mode, OfferingStatus},
        ui::path_form::PathFormFields,
    },
    rules::Predikat,
    ui::prelude::*,
    ui::sheet_import::SheetImport,
};

/// `/admin/pelatihan`: the HR office's catalogue (each offering with its criteria, applicants
/// and a link to them in merit order) and the form to add one.
#[component]
pub fn CataloguePage() -> impl IntoView {
    crate::development::reason_texts::provide();
    let dt = use_development_texts();
    let i18n = use_i18n();
    let create = ServerAction::<CreateOffering>::new();
    let import = ServerAction::<ImportOfferings>::new();
    let (created, imported) = (successes(create), successes(import));
    let offerings = Resource::new(move || (created.get(), imported.get()), |_| list_offerings());
    let error = refusal(create);
    view! {
        <PageTitle title=|t| t.page_catalogue_title />
        <article class="page catalogue">
            <p class="links">
                <a href="/admin">{tr(|t| t.page_admin_title)}</a>
                " · "
                <a href="/admin/pembelajaran">{move || dt().admin_learning_link}</a>
                " · "
                <a href="/persetujuan/belajar">{move || dt().studies_queue_link}</a>
                " · "
                <a href="/mentoring">{move || dt().mentoring_link}</a>
            </p>
            <h1>{move || dt().catalogue_title}</h1>
            <p class="lead">{move || dt().catalogue_intro}</p>
            <Loaded
                resource=offerings
                view=move |rows| {
                    if rows.is_empty() {
                        return view! { <p class="empty">{move || dt().none_open}</p> }.into_any();
                    }
                    view! {
                        <TableScroll label=move || dt().catalogue_title>
                            <table class="data">
                                <thead>
                                    <tr>
                                        <th>{move || dt().field_title}</th>
                                        <th>{move || dt().dates}</th>
                                        <th>{move || dt().jp}</th>
                                        <th>{move || dt().quota}</th>
                                        <th>{move || dt().applicants}</th>
                                        <th>{move || dt().status_column}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {rows
                                        .into_iter()
                                        .map(|o| {
                                            let start = o.start_date.clone();
                                            let status = o.status;
                                            let href = format!("/admin/pelatihan/{}", o.id);
                                            view! {
                                                <tr data-offering=o.id>
                                                    <td>
                                                        <a href=href>{o.title.clone()}</a>
                                                    </td>
                                                    <td>{move || i18n.t().date_iso(&start)}</td>
                                                    <td>{o.jp}</td>
                                                    <td>{o.quota}</td>
                                                    <td>{o.applicants}</td>
                                                    <td>
                                                        {move || match status {
                                                            OfferingStatus::Open => dt().status_open,
                                                            OfferingStatus::Decided => dt().status_decided,
                                                            OfferingStatus::Cancelled => dt().status_cancelled,
                                                        }}
                                                    </td>
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
            <section>
                <h2>{move || dt().add_title}</h2>
                <ActionForm action=create node_ref=cleared_on_success(create) attr:class="form">
                    <label>
                        <span>{move || dt().field_title}</span>
                        <input name="input[title]" required maxlength="200" />
                    </label>
                    <PathFormFields />
                    <label>
                        <span>{move || dt().field_mode}</span>
                        <select name="input[mode]">
                            {Mode::ALL
                                .iter()
                                .map(|m| {
                                    let m = *m;
                                    view! { <option value=m.code()>{move || dt().mode(m)}</option> }
                                })
                                .collect_view()}
                        </select>
                    </label>
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
                        <span>{move || dt().field_apply_by}</span>
                        <input name="input[apply_by]" type="date" required />
                    </label>
                    <label>
                        <span>{move || dt().field_quota}</span>
                        <input name="input[quota]" required inputmode="numeric" maxlength="6" />
                    </label>
                    <fieldset>
                        <legend>{move || dt().criteria}</legend>
                        <label>
                            <span>{move || dt().field_min_predikat}</span>
                            <select name="input[min_predikat]">
                                <option value="">{move || dt().any}</option>
                                {Predikat::ALL
                                    .into_iter()
                                    .map(|p| {
                                        view! {
                                            <option value=p
                                                .code()>{move || i18n.t().predikat(p)}</option>
                                        }
                                    })
                                    .collect_view()}
                            </select>
                        </label>
                        <label>
                            <span>{move || dt().field_asn_kind}</span>
                            <select name="input[asn_kind]">
                                <option value="">{move || dt().any}</option>
                                <option value="pns">"PNS"</option>
                                <option value="pppk">"PPPK"</option>
                            </select>
                        </label>
                        <label>
                            <span>{move || dt().field_min_golongan}</span>
                            <input name="input[min_golongan]" maxlength="6" placeholder="III/a" />
                        </label>
                        <label>
                            <span>{move || dt().field_max_golongan}</span>
                            <input name="input[max_golongan]" maxlength="6" placeholder="IV/e" />
                        </label>
                        <label>
                            <span>{move || dt().field_unit}</span>
                            <input name="input[unit_code]" maxlength="40" />
                        </label>
                    </fieldset>
                    <button type="submit" class="button">
                        {move || dt().add_submit}
                    </button>
                </ActionForm>
                <FormError error />
            </section>
            <section>
                <h2>{move || dt().import_catalogue_title}</h2>
                <p>{move || dt().import_catalogue_intro}</p>
                <p class="links">
                    <a href="/api/admin/pelatihan.xlsx" download="katalog-pelatihan.xlsx">
                        {move || dt().export_catalogue}
                    </a>
                    " · "
                    <a
                        href="/api/admin/templat-pelatihan.xlsx"
                        download="templat-katalog-pelatihan.xlsx"
                    >
                        {move || dt().template_xlsx}
                    </a>
                </p>
                <SheetImport
                    action=import
                    call=|file_base64| ImportOfferings { file_base64 }
                    label=Signal::derive(move || dt().import_file)
                    testid="catalogue-import"
                />
            </section>
        </article>
    }
}
