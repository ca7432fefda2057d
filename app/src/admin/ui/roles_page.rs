use leptos::prelude::*;

use crate::{
    auth::Role,
    i18n::{tr, use_i18n},
    people::records_api::{list_roles, ChangeRole},
    ui::prelude::*,
};

/// `/admin/peran`: the granted roles of the agency's accounts; grant or revoke tim evaluasi and
/// admin instansi by NIP or username.
#[component]
pub fn AdminRolesPage() -> impl IntoView {
    let i18n = use_i18n();
    let change = ServerAction::<ChangeRole>::new();
    let changed = successes(change);
    let grants = Resource::new(move || changed.get(), |_| list_roles());
    let error = refusal(change);
    view! {
        <PageTitle title=|t| t.roles_title />
        <Loaded
            resource=grants
            view=move |grants| {
                view! {
                    <article class="page admin-roles">
                        <p class="links">
                            <a href="/admin">{tr(|t| t.page_admin_title)}</a>
                        </p>
                        <h1>{tr(|t| t.roles_title)}</h1>
                        <p class="muted">{tr(|t| t.roles_intro)}</p>
                        <ActionForm action=change attr:class="form inline-form">
                            <input type="hidden" name="change" value="grant" />
                            <label>
                                <span>{tr(|t| t.roles_identifier)}</span>
                                <input name="identifier" required maxlength="64" />
                            </label>
                            <label>
                                <span>{tr(|t| t.roles_role)}</span>
                                <select name="role">
                                    {Role::GRANTED_BY_AGENCY
                                        .into_iter()
                                        .map(|role| {
                                            view! {
                                                <option value=role
                                                    .code()>{move || i18n.t().role(role)}</option>
                                            }
                                        })
                                        .collect_view()}
                                </select>
                            </label>
                            <button type="submit" class="button">
                                {tr(|t| t.roles_grant)}
                            </button>
                        </ActionForm>
                        <TableScroll label=move || i18n.t().roles_title>
                            <table class="data">
                                <thead>
                                    <tr>
                                        <th>{tr(|t| t.roles_col_account)}</th>
                                        <th>{tr(|t| t.roles_role)}</th>
                                        <th></th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {grants
                                        .into_iter()
                                        .map(|g| {
                                            let role = g.role;
                                            let identifier = g
                                                .nip
                                                .clone()
                                                .unwrap_or(g.username.clone());
                                            let key = format!("{}:{}", identifier, role.code());
                                            view! {
                                                <tr data-grant=key>
                                                    <td>
                                                        {g.display_name} " (" <code>{identifier.clone()}</code> ")"
                                                    </td>
                                                    <td>{move || i18n.t().role(role)}</td>
                                                    <td>
                                                        <ActionForm action=change>
                                                            <input type="hidden" name="change" value="revoke" />
                                                            <input type="hidden" name="identifier" value=identifier />
                                                            <input type="hidden" name="role" value=role.code() />
                                                            <button type="submit" class="button secondary">
                                                                {tr(|t| t.roles_revoke)}
                                                            </button>
                                                        </ActionForm>
                                                    </td>
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
        {move || {
            matches!(change.value().get(), Some(Ok(_)))
                .then(|| {
                    view! {
                        <p class="notice" role="status">
                            {tr(|t| t.roles_saved)}
                        </p>
                    }
                })
        }}
        <FormError error />
    }
}
