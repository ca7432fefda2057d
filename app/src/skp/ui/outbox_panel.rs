use leptos::prelude::*;

use crate::{
    i18n::Texts,
    skp::{
        api::PlanView,
        outbox::{Entry, Outbox, Waiting},
        ui::skp_plan::period_label,
    },
    ui::prelude::*,
};

/// What waits in the offline outbox and what the server refused when it was sent, each with
/// what was typed (so nothing is lost), and whether the page is offline. Empty (and silent)
/// when there is nothing to say; announced politely when it changes.
#[component]
pub fn OutboxPanel(outbox: Outbox, plan: PlanView) -> impl IntoView {
    let i18n = use_i18n();
    let plan = StoredValue::new(plan);
    let waiting = move || outbox.items.with(|i| i.iter().filter(|w| w.refused.is_none()).count());
    view! {
        <section class="outbox" aria-live="polite" data-testid="outbox">
            {move || {
                (!outbox.online.get())
                    .then(|| {
                        view! {
                            <p class="notice offline" data-testid="offline">
                                {tr(|t| t.outbox_offline)}
                            </p>
                        }
                    })
            }}
            {move || {
                let items = outbox.items.get();
                (!items.is_empty())
                    .then(|| {
                        let count = items.len();
                        view! {
                            <h2>{tr(|t| t.outbox_title)} " (" {count} ")"</h2>
                            <ul class="outbox-items">
                                {items
                                    .into_iter()
                                    .map(|w| {
                                        view! { <OutboxItem item=w outbox plan=plan.get_value() /> }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                    })
            }}
            {move || {
                outbox
                    .login_needed
                    .get()
                    .then(|| {
                        view! {
                            <p class="notice">
                                {tr(|t| t.outbox_login_again)} " "
                                <a href="/masuk">{tr(|t| t.nav_login)}</a>
                            </p>
                        }
                    })
            }}
            {move || {
                let can_send = outbox.online.get() && waiting() > 0;
                can_send
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="button secondary"
                                on:click=move |_| outbox.flush()
                            >
                                {move || i18n.t().outbox_send_now}
                            </button>
                        }
                    })
            }}
        </section>
    }
}

#[component]
fn OutboxItem(item: Waiting, outbox: Outbox, plan: PlanView) -> impl IntoView {
    let i18n = use_i18n();
    let key = item.key().to_string();
    let refused = item.refused.clone();
    let waiting = refused.is_none();
    let state = if waiting { "waiting" } else { "refused" };
    let entry = item.entry;
    view! {
        <li data-state=state>
            <p>{move || describe(i18n.t(), &entry, &plan)}</p>
            {waiting.then(|| view! { <p class="muted">{move || i18n.t().outbox_waiting}</p> })}
            {refused
                .map(|e| {
                    view! {
                        <p class="form-error">
                            {move || {
                                format!("{}: {}", i18n.t().outbox_refused, e.message(i18n.t()))
                            }}
                        </p>
                        <button
                            type="button"
                            class="button secondary"
                            on:click=move |_| outbox.discard(&key)
                        >
                            {move || i18n.t().outbox_discard}
                        </button>
                    }
                })}
        </li>
    }
}

/// "Realisasi · <indicator> · Triwulan 2: 7,5 — <note>" or "Umpan balik: <text>".
fn describe(t: &Texts, entry: &Entry, plan: &PlanView) -> String {
    match entry {
        Entry::Realisation(r) => {
            let indicator = plan
                .results
                .iter()
                .flat_map(|res| res.indicators.iter())
                .find(|i| i.id == r.indicator_id)
                .map(|i| i.text.clone())
                .unwrap_or_else(|| format!("#{}", r.indicator_id));
            let mut text = format!(
                "{} · {indicator} · {}: {}",
                t.outbox_realisation,
                period_label(t, r.period_no.unwrap_or(0)),
                r.realisasi
            );
            if !r.note.trim().is_empty() {
                text.push_str(&format!(" — {}", r.note.trim()));
            }
            text
        }
        Entry::Feedback(f) => format!("{}: {}", t.outbox_feedback, f.text),
    }
}
