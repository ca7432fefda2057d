use crate::kernel::error::AppError;
use leptos::{prelude::*, server::ServerActionError, server_fn::error::ServerFnUrlError};

use crate::{
    auth::api::{demo_accounts, Login},
    auth::state::use_auth,
    auth::DEMO_PASSWORD,
    i18n::{tr, use_i18n},
    ui::prelude::*,
};

/// Log in with a NIP or a username. In demo mode the demo accounts are listed (never otherwise:
/// the server returns none).
#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    let demo = Resource::new(|| (), |_| demo_accounts());
    // Without JavaScript the form posts straight to the server, which redirects back here with
    // the refusal in the query; the router hands it over as a `ServerActionError`. The login
    // action lives above the router (the whole app shares it), so it cannot pick that up itself.
    let refused_without_js = use_context::<ServerActionError>()
        .filter(|e| e.path() == <Login as leptos::server_fn::ServerFn>::PATH)
        .map(|e| ServerFnUrlError::<AppError>::decode_err(e.err()));
    let error = Signal::derive(move || match auth.login.value().get() {
        Some(result) => result.err(),
        None => refused_without_js.clone(),
    });
    view! {
        <PageTitle title=|t| t.page_login_title />
        <article class="page login">
            <h1>{tr(|t| t.page_login_title)}</h1>
            <p class="lead">{tr(|t| t.page_login_desc)}</p>
            <ActionForm action=auth.login attr:class="form">
                <label>
                    <span>{tr(|t| t.login_identifier)}</span>
                    <input
                        name="identifier"
                        autocomplete="username"
                        required
                        maxlength="100"
                        autocapitalize="none"
                    />
                </label>
                <label>
                    <span>{tr(|t| t.login_password)}</span>
                    <input
                        type="password"
                        name="password"
                        autocomplete="current-password"
                        required
                        maxlength="512"
                    />
                </label>
                <button type="submit" class="button">
                    {tr(|t| t.login_submit)}
                </button>
            </ActionForm>
            <FormError error />
            <Suspense fallback=|| ()>
                {move || {
                    demo.get()
                        .and_then(Result::ok)
                        .filter(|accounts| !accounts.is_empty())
                        .map(|accounts| {
                            view! {
                                <section class="demo-accounts">
                                    <h2>{tr(|t| t.login_demo_title)}</h2>
                                    <p class="muted">
                                        {tr(|t| t.login_demo_note)} " " <code>{DEMO_PASSWORD}</code>
                                    </p>
                                    <table>
                                        <tbody>
                                            {accounts
                                                .into_iter()
                                                .map(|a| {
                                                    let role = a.role;
                                                    view! {
                                                        <tr data-role=role.code()>
                                                            <th scope="row">{move || i18n.t().role(role)}</th>
                                                            <td>
                                                                <code>{a.identifier}</code>
                                                                {a
                                                                    .nip
                                                                    .map(|nip| {
                                                                        let shown = nip.clone();
                                                                        view! {
                                                                            <span class="muted demo-nip" data-nip=nip.clone()>
                                                                                {move || format!(" {} {shown}", i18n.t().login_demo_or_nip)}
                                                                            </span>
                                                                        }
                                                                    })}
                                                            </td>
                                                            <td>{a.name}</td>
                                                        </tr>
                                                    }
                                                })
                                                .collect_view()}
                                        </tbody>
                                    </table>
                                </section>
                            }
                        })
                }}
            </Suspense>
        </article>
    }
}
