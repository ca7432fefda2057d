//! The parts the two development plan pages share: a suggestion, an action as read, and the
//! fields of an action as typed.

use leptos::prelude::*;

use crate::{
    development::{
        idp_texts::use_idp_texts,
        idp_types::{IdpAction, OfferingChoice},
        texts::use_development_texts,
    },
    rules::idp::{ActionKind, Focus, Suggestion},
    ui::prelude::*,
};

/// One suggestion: what, how, and where it comes from.
#[component]
pub fn SuggestionItem(suggestion: Suggestion) -> impl IntoView {
    let it = use_idp_texts();
    let s = suggestion;
    view! {
        <li data-testid="idp-suggestion" data-focus=s.focus.code()>
            <strong>{move || it().focus(s.focus)}</strong>
            " · "
            {move || it().kind(s.kind)}
            <br />
            <span class="muted">
                {move || format!("{}: {}", it().from, it().source(Some(s.source)))}
            </span>
        </li>
    }
}

/// How far an agreed plan has come: " · 2/5 actions done".
#[component]
pub fn DoneOf(done: usize, total: usize) -> impl IntoView {
    let it = use_idp_texts();
    view! {
        " · "
        {done}
        "/"
        {total}
        " "
        {move || it().done_of}
    }
}

/// An action as its readers see it; `children` holds the forms the reader may use on it.
#[component]
pub fn ActionCard(
    action: IdpAction,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let it = use_idp_texts();
    let dt = use_development_texts();
    let i18n = use_i18n();
    let a = action;
    let (focus, kind, source, target, progress) =
        (a.focus, a.kind, a.source, a.target_date, a.progress);
    let link = match kind {
        ActionKind::Training if a.offering_id.is_none() => Some(("/pelatihan", it().to_catalogue)),
        ActionKind::Mentoring => Some(("/mentoring", it().to_mentoring)),
        ActionKind::FurtherEducation => Some(("/saya/pendidikan", it().to_studies)),
        _ => None,
    };
    let linked = a.offering_title.clone().map(|title| {
        let (application, learned) = (a.application, a.learned);
        view! {
            <p data-testid="idp-offering">
                {move || it().offering} ": " <strong>{title.clone()}</strong>
                {application
                    .map(|s| {
                        view! {
                            " · "
                            {move || it().application}
                            ": "
                            {move || dt().status(s)}
                        }
                    })}
                {learned
                    .map(|s| {
                        view! {
                            " · "
                            {move || it().learned}
                            ": "
                            {move || dt().record_status(s)}
                        }
                    })}
            </p>
        }
    });
    view! {
        <li
            class="card"
            data-testid="idp-action"
            data-focus=focus.code()
            data-progress=progress.code()
        >
            <h3>{move || it().focus(focus)}</h3>
            <p>{move || it().kind(kind)}</p>
            <p class="muted">{move || format!("{}: {}", it().from, it().source(source))}</p>
            {(!a.description.is_empty()).then(|| view! { <p>{a.description.clone()}</p> })}
            {linked}
            <p>
                {move || it().target} " " {move || i18n.t().date(target)} " · "
                {move || it().progress_label} ": "
                <strong data-testid="idp-progress">{move || it().progress(progress)}</strong>
            </p>
            {a.progress_note.clone().map(|n| view! { <p class="muted">{n}</p> })}
            {link
                .map(|(href, label)| {
                    view! {
                        <p>
                            <a href=href>{label}</a>
                        </p>
                    }
                })}
            {children.map(|c| c())}
        </li>
    }
}

/// The fields of an action (`input[...]`), filled with `current` when changing one.
#[component]
pub fn ActionFields(
    offerings: Vec<OfferingChoice>,
    current: Option<IdpAction>,
    year: i64,
) -> impl IntoView {
    let it = use_idp_texts();
    let focus = current.as_ref().map(|a| a.focus);
    let kind = current.as_ref().map(|a| a.kind);
    let offering = current.as_ref().and_then(|a| a.offering_id);
    let description = current.as_ref().map(|a| a.description.clone()).unwrap_or_default();
    let target =
        current.as_ref().map(|a| a.target_date.to_string()).unwrap_or(format!("{year}-12-31"));
    view! {
        <label>
            <span>{move || it().field_focus}</span>
            <select name="input[focus]" required>
                {Focus::ALL
                    .into_iter()
                    .map(|f| {
                        view! {
                            <option value=f.code() selected=focus == Some(f)>
                                {move || it().focus(f)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
        <label>
            <span>{move || it().field_kind}</span>
            <select name="input[kind]" required>
                {ActionKind::ALL
                    .into_iter()
                    .map(|k| {
                        view! {
                            <option value=k.code() selected=kind == Some(k)>
                                {move || it().kind(k)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
        <label>
            <span>{move || it().field_offering}</span>
            <select name="input[offering_id]">
                <option value="">{move || it().no_offering}</option>
                {offerings
                    .into_iter()
                    .map(|o| {
                        view! {
                            <option value=o.id selected=offering == Some(o.id)>
                                {o.title}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
        <label>
            <span>{move || it().field_description}</span>
            <input name="input[description]" maxlength="500" value=description />
        </label>
        <label>
            <span>{move || it().field_target}</span>
            <input
                name="input[target_date]"
                type="date"
                required
                value=target
                min=format!("{year}-01-01")
                max=format!("{year}-12-31")
            />
        </label>
    }
}
