use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::{
    admin::types::UnitRow,
    i18n::{tr, use_i18n, Texts},
    import::{EDUCATION, JENJANG},
    people::api::{load_profile, EmployeeProfile},
    people::records_api::{list_units, IssueInitialPassword, SetReportingLine, UpdateEmployee},
    people::ui::record_history::RecordHistory,
    rules::career::Eselon,
    rules::pangkat::Golongan,
    rules::Date,
    ui::prelude::*,
};

type Label = fn(&Texts) -> &'static str;

/// `/admin/pegawai/{id}`: the HR office edits a record, names the assessor and issues an
/// initial password. Every change is checked and audited by the server; a stale form gets the
/// conflict message and a reload button instead of overwriting someone else's change.
#[component]
pub fn AdminEmployeePage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|v| v.parse::<i64>().ok()).unwrap_or(0));
    let update = ServerAction::<UpdateEmployee>::new();
    let line = ServerAction::<SetReportingLine>::new();
    let password = ServerAction::<IssueInitialPassword>::new();
    // Reloaded after a successful change (and by the reload button): the form then shows the
    // stored record and its new version. A failed save keeps what the editor typed.
    let reload = RwSignal::new(0u32);
    let (saved, line_saved) = (successes(update), successes(line));
    let profile = Resource::new(
        move || (id(), reload.get(), saved.get(), line_saved.get()),
        |(id, ..)| load_profile(Some(id)),
    );
    let units = Resource::new(|| (), |_| list_units());
    view! {
        <PageTitle title=|t| t.edit_title />
        <Suspense fallback=|| ()>
            {move || {
                let units = units.get().map(|r| r.unwrap_or_default());
                profile
                    .get()
                    .zip(units)
                    .map(|(result, units)| match result {
                        Err(e) if e.message(i18n.t()) == i18n.t().error_not_found => {
                            view! { <ErrorPage error=AppError::NotFound /> }.into_any()
                        }
                        Err(e) => {
                            view! {
                                <article class="page">
                                    <p class="form-error" role="alert">
                                        {e.message(i18n.t())}
                                    </p>
                                </article>
                            }
                                .into_any()
                        }
                        Ok(p) => {
                            view! {
                                <article class="page admin-edit" data-employee=p.id>
                                    <p class="links">
                                        <a href="/admin">{tr(|t| t.page_admin_title)}</a>
                                        " · "
                                        <a href=format!("/pegawai/{}", p.id)>{p.name.clone()}</a>
                                    </p>
                                    <h1>{tr(|t| t.edit_title)}</h1>
                                    <EditForm profile=p.clone() units action=update reload />
                                    <LineForm employee_id=p.id action=line />
                                    <PasswordForm employee_id=p.id action=password />
                                    <RecordHistory
                                        history=p.history.clone()
                                        lines=p.lines.clone()
                                    />
                                </article>
                            }
                                .into_any()
                        }
                    })
            }}
        </Suspense>
    }
}

/// A labelled `<select>` whose options are `(value, label)`; `selected` is pre-chosen.
fn select(
    label: Label,
    name: &'static str,
    options: Vec<(String, String)>,
    selected: String,
) -> impl IntoView {
    view! {
        <label>
            <span>{tr(label)}</span>
            <select name=name>
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let is_selected = value == selected;
                        view! {
                            <option value=value selected=is_selected>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

fn input(label: Label, name: &'static str, kind: &'static str, value: String) -> impl IntoView {
    view! {
        <label>
            <span>{tr(label)}</span>
            <input type=kind name=name value=value />
        </label>
    }
}

fn plain(values: &[&str]) -> Vec<(String, String)> {
    values.iter().map(|v| (v.to_string(), v.to_string())).collect()
}

#[component]
fn EditForm(
    profile: EmployeeProfile,
    units: Vec<UnitRow>,
    action: ServerAction<UpdateEmployee>,
    reload: RwSignal<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    let p = profile;
    let golongan: Vec<(String, String)> = std::iter::once((String::new(), "—".to_string()))
        .chain(Golongan::all().map(|g| (g.code().to_string(), g.code().to_string())))
        .collect();
    let jenjang: Vec<(String, String)> =
        std::iter::once((String::new(), "—".to_string())).chain(plain(&JENJANG)).collect();
    let eselon: Vec<(String, String)> = std::iter::once((String::new(), "—".to_string()))
        .chain(Eselon::ALL.map(|e| (e.code().to_string(), e.label().to_string())))
        .collect();
    let unit_options: Vec<(String, String)> = units
        .iter()
        .map(|u| {
            (u.code.clone(), format!("{}{} ({})", "· ".repeat(u.depth as usize), u.name, u.code))
        })
        .collect();
    let kind = p.kind.label();
    let gender = p.gender.label();
    let position_kind = p.position_kind.label();
    let error = refusal(action);
    let conflict =
        move || error.get().is_some_and(|e| e.message(i18n.t()) == i18n.t().edit_conflict);
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let opt_date = |v: &Option<Date>| v.map(|d| d.to_string()).unwrap_or_default();
    view! {
        <ActionForm action attr:class="form edit-form" attr:data-testid="employee-form">
            <input type="hidden" name="id" value=p.id />
            <input type="hidden" name="version" value=p.version />
            <fieldset>
                {input(|t| t.field_nip, "input[nip]", "text", p.nip.clone())}
                {input(|t| t.field_name, "input[name]", "text", p.name.clone())}
                {select(|t| t.field_kind, "input[kind]", plain(&["PNS", "PPPK"]), kind.into())}
                {select(|t| t.field_gender, "input[gender]", plain(&["L", "P"]), gender.into())}
                {input(
                    |t| t.field_birth_date,
                    "input[birth_date]",
                    "date",
                    p.birth_date.to_string(),
                )}
            </fieldset>
            <fieldset>
                {select(|t| t.field_golongan, "input[golongan]", golongan, opt(&p.golongan))}
                {input(
                    |t| t.edit_golongan_tmt,
                    "input[golongan_tmt]",
                    "date",
                    opt_date(&p.golongan_tmt),
                )}
                {select(
                    |t| t.field_position_kind,
                    "input[position_kind]",
                    plain(&["Struktural", "Fungsional", "Pelaksana"]),
                    position_kind.into(),
                )}
                {input(
                    |t| t.field_position,
                    "input[position_name]",
                    "text",
                    p.position_name.clone(),
                )} {select(|t| t.field_jenjang, "input[jenjang]", jenjang, opt(&p.jenjang))}
                {select(|t| t.field_eselon, "input[eselon]", eselon, opt(&p.eselon))}
                {input(
                    |t| t.edit_position_tmt,
                    "input[position_tmt]",
                    "date",
                    opt_date(&p.position_tmt),
                )} <label>
                    <span>{tr(|t| t.edit_angka_kredit)}</span>
                    <input
                        type="number"
                        name="input[angka_kredit]"
                        min="0"
                        max="10000"
                        step="0.001"
                        value=p.angka_kredit.to_string()
                    />
                </label>
            </fieldset>
            <fieldset>
                {select(
                    |t| t.field_education,
                    "input[education]",
                    plain(&EDUCATION),
                    p.education.clone(),
                )}
                {input(
                    |t| t.edit_education_date,
                    "input[education_date]",
                    "date",
                    opt_date(&p.education_date),
                )} {select(|t| t.field_unit, "input[unit_code]", unit_options, p.unit_code.clone())}
            </fieldset>
            <button type="submit" class="button" disabled=move || action.pending().get()>
                {tr(|t| t.edit_save)}
            </button>
        </ActionForm>
        {move || {
            matches!(action.value().get(), Some(Ok(_)))
                .then(|| {
                    view! {
                        <p class="notice" role="status" data-testid="employee-saved">
                            {tr(|t| t.edit_saved)}
                        </p>
                    }
                })
        }}
        <div class="form-errors" data-testid="employee-errors">
            <FormError error />
        </div>
        {move || {
            conflict()
                .then(|| {
                    view! {
                        <button
                            type="button"
                            class="button secondary"
                            on:click=move |_| {
                                action.value().set(None);
                                reload.update(|n| *n += 1);
                            }
                        >
                            {tr(|t| t.edit_reload)}
                        </button>
                    }
                })
        }}
    }
}

#[component]
fn LineForm(employee_id: i64, action: ServerAction<SetReportingLine>) -> impl IntoView {
    let error = refusal(action);
    view! {
        <section class="line-form">
            <h2>{tr(|t| t.line_title)}</h2>
            <ActionForm action attr:class="form" attr:data-testid="line-form">
                <input type="hidden" name="employee_id" value=employee_id />
                <label>
                    <span>{tr(|t| t.line_penilai_nip)}</span>
                    <input name="penilai_nip" required inputmode="numeric" maxlength="18" />
                </label>
                <label>
                    <span>{tr(|t| t.line_atasan_nip)}</span>
                    <input name="atasan_nip" inputmode="numeric" maxlength="18" />
                </label>
                <label>
                    <span>{tr(|t| t.line_start)}</span>
                    <input name="start_date" type="date" required />
                </label>
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {tr(|t| t.line_submit)}
                </button>
            </ActionForm>
            {move || {
                matches!(action.value().get(), Some(Ok(_)))
                    .then(|| {
                        view! {
                            <p class="notice" role="status">
                                {tr(|t| t.line_saved)}
                            </p>
                        }
                    })
            }}
            <FormError error />
        </section>
    }
}

#[component]
fn PasswordForm(employee_id: i64, action: ServerAction<IssueInitialPassword>) -> impl IntoView {
    let error = refusal(action);
    view! {
        <section class="initial-password">
            <h2>{tr(|t| t.initial_password_title)}</h2>
            <p class="muted">{tr(|t| t.initial_password_note)}</p>
            <ActionForm action attr:class="form">
                <input type="hidden" name="employee_id" value=employee_id />
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {tr(|t| t.initial_password_issue)}
                </button>
            </ActionForm>
            {move || {
                action
                    .value()
                    .get()
                    .and_then(Result::ok)
                    .map(|password| {
                        view! {
                            <p class="notice" role="status">
                                {tr(|t| t.initial_password_shown)}
                                " "
                                <code data-testid="initial-password">{password}</code>
                            </p>
                        }
                    })
            }}
            <FormError error />
        </section>
    }
}
