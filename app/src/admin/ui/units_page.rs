use leptos::prelude::*;

use crate::{
    admin::types::UnitRow,
    i18n::tr,
    people::records_api::{list_units, SaveUnit},
    ui::prelude::*,
};

/// `/admin/unit`: the agency's organisation tree; add a unit, rename or move one.
#[component]
pub fn AdminUnitsPage() -> impl IntoView {
    let save = ServerAction::<SaveUnit>::new();
    let saved = successes(save);
    let units = Resource::new(move || saved.get(), |_| list_units());
    let error = refusal(save);
    view! {
        <PageTitle title=|t| t.units_title />
        <Loaded
            resource=units
            view=move |units| {
                view! {
                    <article class="page admin-units">
                        <p class="links">
                            <a href="/admin">{tr(|t| t.page_admin_title)}</a>
                        </p>
                        <h1>{tr(|t| t.units_title)}</h1>
                        <section>
                            <h2>{tr(|t| t.units_add)}</h2>
                            <UnitForm unit=None units=units.clone() action=save />
                        </section>
                        <ul class="unit-tree">
                            {units
                                .iter()
                                .map(|u| {
                                    let all = units.clone();
                                    view! {
                                        <li
                                            data-unit=u.code.clone()
                                            class=format!("depth-{}", u.depth.min(6))
                                        >
                                            <details>
                                                <summary>
                                                    <strong>{u.name.clone()}</strong>
                                                    " "
                                                    <code>{u.code.clone()}</code>
                                                    " · "
                                                    {u.employees}
                                                    " "
                                                    {tr(|t| t.units_employees)}
                                                </summary>
                                                <UnitForm unit=Some(u.clone()) units=all action=save />
                                            </details>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </article>
                }
                    .into_any()
            }
        />
        {move || {
            matches!(save.value().get(), Some(Ok(_)))
                .then(|| {
                    view! {
                        <p class="notice" role="status">
                            {tr(|t| t.units_saved)}
                        </p>
                    }
                })
        }}
        <FormError error />
    }
}

/// Add (`unit = None`) or edit a unit; a unit cannot be offered as its own parent.
#[component]
fn UnitForm(
    unit: Option<UnitRow>,
    units: Vec<UnitRow>,
    action: ServerAction<SaveUnit>,
) -> impl IntoView {
    let own_id = unit.as_ref().map(|u| u.id);
    let parent = unit.as_ref().and_then(|u| u.parent_id);
    view! {
        <ActionForm action attr:class="form unit-form">
            {unit
                .as_ref()
                .map(|u| {
                    view! {
                        <input type="hidden" name="id" value=u.id />
                        <input type="hidden" name="version" value=u.version />
                    }
                })}
            <label>
                <span>{tr(|t| t.units_code)}</span>
                <input
                    name="code"
                    required
                    maxlength="30"
                    pattern="[A-Za-z0-9_\\-]+"
                    value=unit.as_ref().map(|u| u.code.clone()).unwrap_or_default()
                />
            </label>
            <label>
                <span>{tr(|t| t.units_name)}</span>
                <input
                    name="name"
                    required
                    maxlength="200"
                    value=unit.as_ref().map(|u| u.name.clone()).unwrap_or_default()
                />
            </label>
            <label>
                <span>{tr(|t| t.units_parent)}</span>
                <select name="parent_id">
                    <option value="" selected=parent.is_none()>
                        {tr(|t| t.units_top)}
                    </option>
                    {units
                        .into_iter()
                        .filter(|u| Some(u.id) != own_id)
                        .map(|u| {
                            view! {
                                <option value=u.id selected=parent == Some(u.id)>
                                    {format!(
                                        "{}{} ({})",
                                        "· ".repeat(u.depth as usize),
                                        u.name,
                                        u.code,
                                    )}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <button type="submit" class="button" disabled=move || action.pending().get()>
                {tr(|t| t.units_save)}
            </button>
        </ActionForm>
    }
}
