use leptos::{ev::SubmitEvent, prelude::*};

use crate::{
    skp::outbox::{Entry, Outbox, Submitted},
    ui::prelude::*,
};

/// A form whose submit goes through the offline outbox instead of straight to its server
/// function: kept on the device first, then sent; emptied once sent or kept for later, left as
/// typed (with the refusal in `error`) when the server refuses it at once. Before the page is
/// interactive it posts to `action`, the server function, like any form.
#[component]
pub fn OutboxForm(
    outbox: Outbox,
    /// Reads the submitted form into an entry.
    read: fn(&SubmitEvent) -> Result<Entry, AppError>,
    /// The server function's URL.
    action: &'static str,
    error: RwSignal<Option<AppError>>,
    /// Shown under the form when the entry was kept for later.
    queued: RwSignal<bool>,
    #[prop(into)] testid: String,
    children: Children,
) -> impl IntoView {
    let form = NodeRef::<leptos::html::Form>::new();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        queued.set(false);
        let entry = match read(&ev) {
            Ok(entry) => entry,
            Err(e) => return error.set(Some(e)),
        };
        error.set(None);
        leptos::task::spawn_local(async move {
            match outbox.submit(entry).await {
                Submitted::Sent => reset(form),
                Submitted::Queued => {
                    reset(form);
                    queued.set(true);
                }
                Submitted::Refused(e) => error.set(Some(e)),
            }
        });
    };
    view! {
        <form
            action=action
            method="post"
            class="form"
            data-testid=testid
            node_ref=form
            on:submit=on_submit
        >
            {children()}
        </form>
        {move || {
            queued
                .get()
                .then(|| {
                    view! {
                        <p class="notice" role="status" data-testid="queued">
                            {tr(|t| t.outbox_queued)}
                        </p>
                    }
                })
        }}
    }
}

fn reset(form: NodeRef<leptos::html::Form>) {
    if let Some(form) = form.get_untracked() {
        form.reset();
    }
}
