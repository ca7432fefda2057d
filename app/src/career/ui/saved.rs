use leptos::prelude::*;

use crate::{
    career::{
        scenario::{compute, Draft, SavedRef, MAX_SCENARIOS},
        scenarios_api::{
            saved_scenarios, CommentScenario, DeleteScenario, SaveScenario, SavedScenario,
            ScenarioSave, ShareScenario,
        },
        texts::use_career_texts,
        ui::timeline::Timeline,
    },
    rules::{promotion::CareerRecord, Date, RuleSet},
    ui::{connection::online, prelude::*, request_key::request_key},
};

/// The save of a draft: a new scenario, or a new version of the one it was opened from.
pub fn save_of(draft: &Draft, name: String) -> ScenarioSave {
    let content = serde_json::to_string(&(&name, &draft.plan, draft.saved)).unwrap_or_default();
    ScenarioSave {
        id: draft.saved.map(|s| s.id),
        expected_version: draft.saved.map(|s| s.version),
        name,
        plan: draft.plan.clone(),
        request_key: request_key(&draft.key.to_string(), &content),
    }
}

/// The employee's saved scenarios (all of them) or, for a counsellor, the ones the employee
/// shares: each re-run in the browser with the rules in force, with its thread.
#[component]
pub fn SavedScenarios(
    employee_id: i64,
    own: bool,
    record: StoredValue<CareerRecord>,
    today: Date,
    drafts: RwSignal<Vec<Draft>>,
    next_key: StoredValue<u32>,
    refresh: RwSignal<u32>,
) -> AnyView {
    let ct = use_career_texts();
    let i18n = use_i18n();
    // Loaded once the page is live in the browser (a resource made inside the career view's
    // suspense would not hydrate), and again after every change.
    let list = RwSignal::new(None::<Result<Vec<SavedScenario>, AppError>>);
    Effect::new(move |_| {
        refresh.track();
        leptos::task::spawn_local(async move {
            // Offline the list cannot come; the drafts above still compute.
            let answer = match online() {
                true => saved_scenarios((!own).then_some(employee_id)).await,
                false => Err(AppError::Unreachable),
            };
            list.set(Some(answer));
        });
    });
    let open = Callback::new(move |s: SavedScenario| {
        if drafts.with(|d| d.len()) < MAX_SCENARIOS {
            let key = next_key.get_value();
            next_key.set_value(key + 1);
            drafts.update(|d| {
                d.push(Draft {
                    key,
                    name: s.name.clone(),
                    plan: s.plan.clone(),
                    saved: Some(SavedRef { id: s.id, version: s.version }),
                })
            });
        }
    });
    view! {
        <section class="career-saved" data-testid="career-saved">
            <h2>{move || if own { ct().saved_title } else { ct().shared_title }}</h2>
            {own.then(|| view! { <p class="muted">{move || ct().saved_intro}</p> })}
            {move || match list.get() {
                None => ().into_any(),
                Some(Err(e)) => {
                    view! {
                        <p class="form-error" role="alert">
                            {e.message(i18n.t())}
                        </p>
                    }
                        .into_any()
                }
                Some(Ok(items)) if items.is_empty() => {
                    view! {
                        <p class="muted" data-testid="saved-none">
                            {if own { ct().saved_none } else { ct().shared_none }}
                        </p>
                    }
                        .into_any()
                }
                Some(Ok(items)) => {
                    items
                        .into_iter()
                        .map(|s| view! { <SavedItem s own record today open refresh /> })
                        .collect_view()
                        .into_any()
                }
            }}
        </section>
    }
    .into_any()
}

#[component]
fn SavedItem(
    s: SavedScenario,
    own: bool,
    record: StoredValue<CareerRecord>,
    today: Date,
    open: Callback<SavedScenario>,
    refresh: RwSignal<u32>,
) -> AnyView {
    let ct = use_career_texts();
    let i18n = use_i18n();
    let rules = RuleSet::current();
    let changed_rules =
        (s.rule_set_id != rules.id).then(|| (s.rule_set_id.clone(), rules.id.clone()));
    let mut draft = Draft::new(0, s.plan.predikat);
    draft.plan = s.plan.clone();
    let projection = record.with_value(|r| compute(&rules, r, today, &draft).ok());
    let share = ServerAction::<ShareScenario>::new();
    let delete = ServerAction::<DeleteScenario>::new();
    for done in [successes(share), successes(delete)] {
        Effect::new(move |seen: Option<()>| {
            done.track();
            if seen.is_some() {
                refresh.update(|n| *n += 1);
            }
        });
    }
    let share_error = refusal(share);
    let delete_error = refusal(delete);
    let (id, version, shared) = (s.id, s.version, s.shared);
    let whole = StoredValue::new(s.clone());
    view! {
        <article
            class="saved-scenario card"
            data-testid="saved-scenario"
            data-saved-id=id
            data-version=version
            data-shared=shared.to_string()
        >
            <h3>
                {s.name.clone()} " "
                <span class="muted">{move || format!("· {} {version}", ct().version)}</span> " "
                <span class=if shared {
                    "badge ok"
                } else {
                    "badge"
                }>{move || if shared { ct().shared_badge } else { ct().private_badge }}</span>
            </h3>
            <p class="muted">{move || i18n.t().datetime_ms(s.saved_at_ms)}</p>
            {changed_rules
                .map(|(then, now)| {
                    view! {
                        <p class="notice" data-testid="rule-set-changed">
                            {move || {
                                format!(
                                    "{} {then}; {} ({now}).",
                                    ct().rule_set_saved_with,
                                    ct().rule_set_rerun,
                                )
                            }}
                        </p>
                    }
                })}
            {projection.map(|p| view! { <Timeline projection=p /> })}
            {own
                .then(|| {
                    view! {
                        <p class="saved-actions no-print">
                            <button
                                type="button"
                                class="button secondary"
                                data-testid="saved-open"
                                on:click=move |_| open.run(whole.get_value())
                            >
                                {move || ct().open_saved}
                            </button>
                            " "
                            <button
                                type="button"
                                class="button secondary"
                                data-testid="saved-share"
                                disabled=move || share.pending().get()
                                on:click=move |_| {
                                    share
                                        .dispatch(ShareScenario {
                                            id,
                                            shared: !shared,
                                        });
                                }
                            >
                                {move || if shared { ct().unshare } else { ct().share }}
                            </button>
                            " "
                            <button
                                type="button"
                                class="link"
                                data-testid="saved-delete"
                                disabled=move || delete.pending().get()
                                on:click=move |_| {
                                    delete
                                        .dispatch(DeleteScenario {
                                            id,
                                            expected_version: version,
                                        });
                                }
                            >
                                {move || ct().delete_saved}
                            </button>
                        </p>
                        <FormError error=share_error />
                        <FormError error=delete_error />
                    }
                })}
            <Thread s refresh />
        </article>
    }
    .into_any()
}

/// A saved scenario's discussion: its comments, and a form to add one.
#[component]
fn Thread(s: SavedScenario, refresh: RwSignal<u32>) -> AnyView {
    let ct = use_career_texts();
    let i18n = use_i18n();
    let body = RwSignal::new(String::new());
    let send = ServerAction::<CommentScenario>::new();
    let sent = successes(send);
    Effect::new(move |seen: Option<()>| {
        sent.track();
        if seen.is_some() {
            body.set(String::new());
            refresh.update(|n| *n += 1);
        }
    });
    let error = refusal(send);
    let id = s.id;
    let count = s.comments.len();
    let open = count > 0;
    view! {
        <details class="thread" open=open>
            <summary>{move || format!("{} ({count})", ct().comments)}</summary>
            {if s.comments.is_empty() {
                view! { <p class="muted">{move || ct().comment_none}</p> }.into_any()
            } else {
                view! {
                    <ul class="comments" data-testid="comments">
                        {s
                            .comments
                            .into_iter()
                            .map(|c| {
                                view! {
                                    <li data-by-owner=c.by_owner.to_string()>
                                        <strong>{c.author}</strong>
                                        {c
                                            .by_owner
                                            .then(|| {
                                                view! {
                                                    " ("
                                                    {move || ct().by_owner}
                                                    ")"
                                                }
                                            })}
                                        <span class="muted">
                                            {move || {
                                                format!(" · {}", i18n.t().datetime_ms(c.created_at_ms))
                                            }}
                                        </span>
                                        <p>{c.body}</p>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            <form
                class="form no-print"
                on:submit=move |ev| {
                    ev.prevent_default();
                    let text = body.get_untracked();
                    let request_key = request_key(&format!("c{id}"), &text);
                    send.dispatch(CommentScenario {
                        id,
                        body: text,
                        request_key,
                    });
                }
            >
                <label>
                    <span>{move || ct().comment_label}</span>
                    <textarea
                        data-testid="comment-body"
                        maxlength="2000"
                        rows="2"
                        prop:value=move || body.get()
                        on:input=move |ev| body.set(event_target_value(&ev))
                    ></textarea>
                </label>
                <button
                    type="submit"
                    class="button secondary"
                    data-testid="comment-send"
                    disabled=move || send.pending().get()
                >
                    {move || ct().comment_send}
                </button>
                <FormError error />
            </form>
        </details>
    }
    .into_any()
}

/// The save button of a scenario card (the owner's): saves it, or a new version of the saved
/// scenario it came from; a double click saves once.
#[component]
pub fn SaveButton(
    key: u32,
    drafts: RwSignal<Vec<Draft>>,
    name: Signal<String>,
    refresh: RwSignal<u32>,
) -> AnyView {
    let ct = use_career_texts();
    let save = ServerAction::<SaveScenario>::new();
    Effect::new(move |_| {
        if let Some(Ok(saved)) = save.value().get() {
            drafts.update(|ds| {
                if let Some(d) = ds.iter_mut().find(|d| d.key == key) {
                    d.saved = Some(SavedRef { id: saved.id, version: saved.version });
                    d.name = saved.name.clone();
                }
            });
            refresh.update(|n| *n += 1);
        }
    });
    let error = refusal(save);
    let saved = move || drafts.with(|ds| ds.iter().find(|d| d.key == key).and_then(|d| d.saved));
    view! {
        <p class="save-scenario no-print">
            <button
                type="button"
                class="button"
                data-testid="scenario-save"
                disabled=move || save.pending().get()
                on:click=move |_| {
                    if let Some(d) = drafts
                        .with_untracked(|ds| ds.iter().find(|d| d.key == key).cloned())
                    {
                        save.dispatch(SaveScenario {
                            input: save_of(&d, name.get_untracked()),
                        });
                    }
                }
            >
                {move || {
                    if save.pending().get() {
                        ct().saving
                    } else if saved().is_some() {
                        ct().save_version
                    } else {
                        ct().save
                    }
                }}
            </button>
            {move || {
                saved()
                    .map(|s| {
                        view! {
                            <span class="muted" data-testid="scenario-saved-version">
                                {format!(" {} {}", ct().version, s.version)}
                            </span>
                        }
                    })
            }}
        </p>
        <FormError error />
    }
    .into_any()
}
