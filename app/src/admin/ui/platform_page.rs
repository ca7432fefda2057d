use leptos::prelude::*;

use crate::{
    admin::platform_api::{list_agencies, CreateAgency},
    admin::ui::rule_set_view::RuleSetView,
    i18n::{tr, use_i18n},
    ui::prelude::*,
};

const REGION_KINDS: [&str; 4] = ["city", "regency", "province", "national"];

/// `/platform`: the platform admin's list of tenants and the form to onboard a new one.
#[component]
pub fn PlatformPage() -> impl IntoView {
    let i18n = use_i18n();
    let create = ServerAction::<CreateAgency>::new();
    let created = successes(create);
    let agencies = Resource::new(move || created.get(), |_| list_agencies());
    let error = refusal(create);
    view! {
        <PageTitle title=|t| t.agencies_title />
        <Loaded
            resource=agencies
            view=move |rows| {
                view! {
                    <article class="page platform">
                        <h1>{tr(|t| t.agencies_title)}</h1>
                        <p>
                            <a href="/admin/audit">{tr(|t| t.admin_audit_title)}</a>
                        </p>
                        <TableScroll label=move || i18n.t().agencies_title>
                            <table class="data">
                                <thead>
                                    <tr>
                                        <th>{tr(|t| t.agencies_name)}</th>
                                        <th>{tr(|t| t.agencies_region_name)}</th>
                                        <th>{tr(|t| t.agencies_units)}</th>
                                        <th>{tr(|t| t.agencies_employees)}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {rows
                                        .into_iter()
                                        .map(|a| {
                                            let kind = a.region_kind.clone();
                                            let code = a.code.clone();
                                            view! {
                                                <tr data-agency=code>
                                                    <td>{a.name} " " <code>{a.code}</code></td>
                                                    <td>
                                                        {move || i18n.t().region_kind(&kind)} " " {a.region_name}
                                                    </td>
                                                    <td>{a.units}</td>
                                                    <td>{a.employees}</td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </TableScroll>
                    </article>
                }
                    .into_any()
            }
        />
        <section class="page">
            <h2>{tr(|t| t.agencies_add)}</h2>
            <ActionForm action=create attr:class="form">
                <label>
                    <span>{tr(|t| t.agencies_code)}</span>
                    <input name="code" required maxlength="40" pattern="[a-z0-9\\-]{3,40}" />
                </label>
                <label>
                    <span>{tr(|t| t.agencies_name)}</span>
                    <input name="name" required maxlength="200" />
                </label>
                <label>
                    <span>{tr(|t| t.agencies_region_kind)}</span>
                    <select name="region_kind">
                        {REGION_KINDS
                            .into_iter()
                            .map(|k| {
                                view! { <option value=k>{move || i18n.t().region_kind(k)}</option> }
                            })
                            .collect_view()}
                    </select>
                </label>
                <label>
                    <span>{tr(|t| t.agencies_region_name)}</span>
                    <input name="region_name" required maxlength="200" />
                </label>
                <button type="submit" class="button">
                    {tr(|t| t.agencies_submit)}
                </button>
            </ActionForm>
            {move || {
                matches!(create.value().get(), Some(Ok(_)))
                    .then(|| {
                        view! {
                            <p class="notice" role="status">
                                {tr(|t| t.agencies_created)}
                            </p>
                        }
                    })
            }}
            <FormError error />
        </section>
        <div class="page">
            <RuleSetView />
        </div>
    }
}
