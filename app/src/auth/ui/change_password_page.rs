use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    auth::state::use_auth,
    i18n::{tr, use_i18n},
    ui::prelude::*,
};

#[component]
pub fn ChangePasswordPage() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let error = refusal(auth.change_password);
    view! {
        <Title text=move || {
            format!("{} · {}", i18n.t().change_password_title, i18n.t().app_name)
        } />
        <article class="page change-password">
            <h1>{tr(|t| t.change_password_title)}</h1>

            {move || {
                auth.current()
                    .filter(|u| u.must_change_password)
                    .map(|_| {
                        view! { <p class="notice">{tr(|t| t.change_password_forced)}</p> }
                    })
            }}

            <ActionForm action=auth.change_password attr:class="form">
                <label>
                    <span>{tr(|t| t.change_password_current)}</span>
                    <input
                        type="password"
                        name="current"
                        autocomplete="current-password"
                        required
                    />
                </label>
                <label>
                    <span>{tr(|t| t.change_password_new)}</span>
                    <input
                        type="password"
                        name="new_password"
                        autocomplete="new-password"
                        required
                        minlength="12"
                    />
                </label>
                <label>
                    <span>{tr(|t| t.change_password_confirm)}</span>
                    <input type="password" name="confirm" autocomplete="new-password" required />
                </label>
                <button type="submit" class="button">
                    {tr(|t| t.change_password_submit)}
                </button>
            </ActionForm>
            <FormError error />
        </article>
    }
}
