//! The offline outbox: realisation entries and feedback notes typed while the connection is
//! down are kept in the browser (local storage, per account) and sent when it returns.
//!
//! Every submit goes through the outbox, online or not: the entry is stored *before* it is
//! sent, with a request key made once for it, and leaves the outbox only when the server has
//! answered. So a closed tab, a dropped connection or a crash mid-request loses nothing, and a
//! resend (a flush in two tabs, a retry after a lost answer) is stored once by the server's
//! request receipts (`kernel::receipt`). What the server refuses on a later send (the period
//! closed meanwhile, the plan was reopened…) stays in the outbox, marked with the refusal and
//! showing what was typed, until the user discards it.

use leptos::{ev::SubmitEvent, form::FromFormData, prelude::*};
use serde::{Deserialize, Serialize};

use crate::{
    auth::state::use_auth,
    kernel::error::AppError,
    skp::api::{add_feedback, record_realisation, AddFeedback, RecordRealisation},
    ui::{connection::online, local_store},
};

/// One thing typed, as its server function's arguments (its `request_key` set).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Entry {
    Realisation(RecordRealisation),
    Feedback(AddFeedback),
}

impl Entry {
    pub fn plan_id(&self) -> i64 {
        match self {
            Entry::Realisation(r) => r.plan_id,
            Entry::Feedback(f) => f.plan_id,
        }
    }

    /// A realisation entry from its form's submit event.
    pub fn realisation(ev: &SubmitEvent) -> Result<Self, AppError> {
        RecordRealisation::from_event(ev).map(Entry::Realisation).map_err(unreadable)
    }

    /// A feedback note from its form's submit event.
    pub fn feedback(ev: &SubmitEvent) -> Result<Self, AppError> {
        AddFeedback::from_event(ev).map(Entry::Feedback).map_err(unreadable)
    }

    fn key(&self) -> Option<&str> {
        match self {
            Entry::Realisation(r) => r.request_key.as_deref(),
            Entry::Feedback(f) => f.request_key.as_deref(),
        }
    }

    fn with_key(mut self, key: String) -> Self {
        match &mut self {
            Entry::Realisation(r) => r.request_key = Some(key),
            Entry::Feedback(f) => f.request_key = Some(key),
        }
        self
    }

    async fn send(self) -> Result<(), AppError> {
        match self {
            Entry::Realisation(r) => {
                record_realisation(
                    r.plan_id,
                    r.indicator_id,
                    r.period_no,
                    r.realisasi,
                    r.evidence_url,
                    r.note,
                    r.request_key,
                )
                .await
            }
            Entry::Feedback(f) => {
                add_feedback(f.plan_id, f.indicator_id, f.text, f.request_key).await.map(|_| ())
            }
        }
    }
}

fn unreadable(e: leptos::form::FromFormDataError) -> AppError {
    AppError::InvalidInput { field: "request".into(), value: e.to_string() }
}

/// An entry in the outbox: waiting to be sent, or refused when it was (kept for the user to
/// read and discard).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Waiting {
    pub entry: Entry,
    #[serde(default)]
    pub refused: Option<AppError>,
}

impl Waiting {
    pub fn key(&self) -> &str {
        self.entry.key().unwrap_or_default()
    }
}

/// What became of a submit.
#[derive(Debug, Clone)]
pub enum Submitted {
    /// Stored by the server.
    Sent,
    /// Kept in the outbox until the connection returns.
    Queued,
    /// Refused by the server at once (the form shows why and keeps what was typed).
    Refused(AppError),
}

/// Whether an error means "not sent", as opposed to "refused": the server was not reached, or
/// the session ended (the entry waits for the next login of the same account).
fn not_sent(e: &AppError) -> bool {
    matches!(e, AppError::Unreachable | AppError::Unauthenticated)
}

/// The outbox of the logged-in account, as the page shows it.
#[derive(Clone, Copy)]
pub struct Outbox {
    /// What is kept, in the order typed (empty until the page has hydrated).
    pub items: RwSignal<Vec<Waiting>>,
    /// Counts the entries the server stored: pages reload their data when it changes.
    pub sent: RwSignal<u32>,
    /// Whether the browser believes it is online.
    pub online: RwSignal<bool>,
    /// The last flush stopped because the session ended.
    pub login_needed: RwSignal<bool>,
    storage_key: StoredValue<Option<String>>,
    flushing: StoredValue<bool>,
}

impl Outbox {
    /// The outbox of the current account. In the browser it loads what was kept, follows the
    /// connection, and sends what waits when the page opens and whenever the connection returns.
    pub fn of_current_account() -> Self {
        let user = use_auth().at_render();
        let outbox = Outbox {
            items: RwSignal::new(Vec::new()),
            sent: RwSignal::new(0),
            online: RwSignal::new(true),
            login_needed: RwSignal::new(false),
            storage_key: StoredValue::new(user.map(|u| format!("prestasi.outbox.{}", u.user_id))),
            flushing: StoredValue::new(false),
        };
        #[cfg(feature = "hydrate")]
        outbox.watch_connection();
        outbox
    }

    #[cfg(feature = "hydrate")]
    fn watch_connection(self) {
        use leptos::ev;
        // After hydration (the server rendered an empty outbox).
        Effect::new(move |_| {
            self.online.set(online());
            self.items.set(self.load());
            self.flush();
        });
        let back = window_event_listener(ev::online, move |_| {
            self.online.set(true);
            self.flush();
        });
        let gone = window_event_listener(ev::offline, move |_| self.online.set(false));
        on_cleanup(move || {
            back.remove();
            gone.remove();
        });
    }

    fn load(&self) -> Vec<Waiting> {
        self.storage_key
            .try_with_value(|k| k.as_deref().and_then(local_store::load::<Vec<Waiting>>))
            .flatten()
            .unwrap_or_default()
    }

    /// Change what is kept: read afresh (another tab may have changed it), change, store, show.
    fn modify(&self, change: impl FnOnce(&mut Vec<Waiting>)) {
        let mut items = self.load();
        change(&mut items);
        self.storage_key.try_with_value(|k| match k {
            Some(k) if items.is_empty() => local_store::remove(k),
            Some(k) => local_store::store(k, &items),
            None => {}
        });
        let _ = self.items.try_set(items);
    }

    fn remove(&self, key: &str) {
        self.modify(|items| items.retain(|w| w.key() != key));
    }

    /// Discard a refused (or waiting) entry the user no longer wants.
    pub fn discard(&self, key: &str) {
        self.remove(key);
    }

    /// Keep `entry` under a new request key, then try to send it.
    pub async fn submit(self, entry: Entry) -> Submitted {
        let entry = entry.with_key(new_key());
        let key = entry.key().unwrap_or_default().to_string();
        self.modify(|items| items.push(Waiting { entry: entry.clone(), refused: None }));
        if !online() {
            let _ = self.online.try_set(false);
            return Submitted::Queued;
        }
        match entry.send().await {
            Ok(()) => {
                self.remove(&key);
                let _ = self.sent.try_update(|n| *n += 1);
                Submitted::Sent
            }
            Err(e) if not_sent(&e) => {
                let _ = self.login_needed.try_set(e == AppError::Unauthenticated);
                self.retry_later(&e);
                Submitted::Queued
            }
            Err(e) => {
                self.remove(&key);
                Submitted::Refused(e)
            }
        }
    }

    /// Send what waits, oldest first, until the server cannot be reached.
    pub fn flush(self) {
        // (`try_`: a retry may come after the page was left, when the outbox is gone.)
        if self.flushing.try_get_value() != Some(false) || !online() {
            return;
        }
        let waiting: Vec<Waiting> =
            self.load().into_iter().filter(|w| w.refused.is_none()).collect();
        if waiting.is_empty() {
            return;
        }
        self.flushing.set_value(true);
        leptos::task::spawn_local(async move {
            let mut stored = 0;
            for w in waiting {
                let key = w.key().to_string();
                match w.entry.send().await {
                    Ok(()) => {
                        self.remove(&key);
                        stored += 1;
                    }
                    Err(e) if not_sent(&e) => {
                        let _ = self.login_needed.try_set(e == AppError::Unauthenticated);
                        self.retry_later(&e);
                        break;
                    }
                    Err(e) => self.modify(|items| {
                        if let Some(item) = items.iter_mut().find(|i| i.key() == key) {
                            item.refused = Some(e);
                        }
                    }),
                }
            }
            if stored > 0 {
                let _ = self.login_needed.try_set(false);
                let _ = self.sent.try_update(|n| *n += 1);
            }
            let _ = self.flushing.try_set_value(false);
        });
    }
}

impl Outbox {
    /// The server was not reached although the browser says it is online (a weak mobile link,
    /// the first moments after reconnecting, a server restarting): try again in a while. (A
    /// session that ended waits for the next login instead.)
    fn retry_later(self, error: &AppError) {
        #[cfg(feature = "hydrate")]
        if *error == AppError::Unreachable {
            set_timeout(move || self.flush(), std::time::Duration::from_secs(RETRY_SECONDS));
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = error;
    }
}

/// How long after a failed send the outbox tries again.
#[cfg(feature = "hydrate")]
const RETRY_SECONDS: u64 = 5;

/// A request key: random, once per entry typed (16 hex digits and a counter).
fn new_key() -> String {
    #[cfg(feature = "hydrate")]
    {
        use std::sync::atomic::{AtomicU32, Ordering};
        static COUNT: AtomicU32 = AtomicU32::new(0);
        let random = || (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
        format!("{:08x}{:08x}-{}", random(), random(), COUNT.fetch_add(1, Ordering::Relaxed))
    }
    #[cfg(not(feature = "hydrate"))]
    String::new()
}
