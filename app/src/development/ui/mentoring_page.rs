use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    development::{
        mentoring_api::{
            load_mentoring, mentoring_overview, suggest_mentors, EndMentoring, LogSession,
            MentorSuggestion, MentoringFeedback, PairMentor,
        },
        mentoring_texts::use_mentoring_texts,
        mentoring_types::{PairStatus, PairView, Person},
    },
    ui::{prelude::*, request_key::request_key},
};

/// `/mentoring`: the caller's mentoring pairs with their shared session log, and for a
/// pejabat penilai or the HR office the pairing form with suggested mentors (the HR office
/// also sees every mentor at a glance).
#[component]
pub fn MentoringPage() -> impl IntoView {
    crate::development::reason_texts::provide();
    let mt = use_mentoring_texts();
    let i18n = use_i18n();
    let pair = ServerAction::<PairMentor>::new();
    let log = ServerAction::<LogSession>::new();
    let end = ServerAction::<EndMentoring>::new();
    let feedback = ServerAction::<MentoringFeedback>::new();
    let (paired, logged) = (successes(pair), successes(log));
    let (ended, rated) = (successes(end), successes(feedback));
    let page = Resource::new(
        move || (paired.get(), logged.get(), ended.get(), rated.get()),
        |_| load_mentoring(),
    );
    let actions = Actions { log, end, feedback };
    let errors = (refusal(log), refusal(end), refusal(feedback));
    view! {
        <Title text=move || format!("{} · {}", mt().title, i18n.t().app_name) />
        <article class="page mentoring">
            <p class="links">
                <a href="/saya/pembelajaran">{tr(|t| t.page_learning_title)}</a>
            </p>
            <h1>{move || mt().title}</h1>
            <p class="lead">{move || mt().intro}</p>
            <FormError error=errors.0 />
            <FormError error=errors.1 />
            <FormError error=errors.2 />
            <Loaded
                resource=page
                view=move |p| {
                    let (may_pair, hr) = (p.may_pair, p.hr);
                    view! {
                        {if p.pairs.is_empty() && hr {
                            ().into_any()
                        } else if p.pairs.is_empty() {
                            // An HR officer who is nobody's mentor or mentee goes to the forms.
                            view! {
                                <h2>{move || mt().mine}</h2>
                                <p class="empty">{move || mt().none}</p>
                            }
                                .into_any()
                        } else {
                            view! {
                                <h2>{move || mt().mine}</h2>
                                <ul class="cards">
                                    {p
                                        .pairs
                                        .into_iter()
                                        .map(|pair| view! { <PairCard pair actions /> })
                                        .collect_view()}
                                </ul>
                            }
                                .into_any()
                        }}
                        {(!may_pair.is_empty())
                            .then(|| view! { <PairForm people=may_pair pair /> })}
                        {hr.then(|| view! { <Overview /> })}
                    }
                        .into_any()
                }
            />
        </article>
    }
}

#[derive(Clone, Copy)]
struct Actions {
    log: ServerAction<LogSession>,
    end: ServerAction<EndMentoring>,
    feedback: ServerAction<MentoringFeedback>,
}

/// One pairing: who, goals, period, the shared session log; the forms its two people use.
#[component]
fn PairCard(pair: PairView, actions: Actions) -> impl IntoView {
    let mt = use_mentoring_texts();
    let i18n = use_i18n();
    let p = pair;
    let (start, end, status) = (p.start_date, p.end_date, p.status);
    let active = status == PairStatus::Active;
    let logged = successes(actions.log);
    let sessions = p
        .sessions
        .iter()
        .map(|s| {
            let (date, by_mentor) = (s.date, s.by_mentor);
            view! {
                <li data-testid="session">
                    {move || i18n.t().date(date)} " · " {s.topic.clone()} " · "
                    {format!("{} min", s.minutes)} " · "
                    {move || if by_mentor { mt().logged_by_mentor } else { mt().logged_by_mentee }}
                </li>
            }
        })
        .collect_view();
    let give_feedback = !p.i_mentor && !p.feedback_given;
    view! {
        <li
            class="card"
            data-testid="pair"
            data-pair=p.id
            data-status=status.code()
            data-minutes=p.minutes
        >
            <h3>{format!("{} → {}", p.mentor, p.mentee)}</h3>
            <p>
                <strong>{move || mt().goals} ": "</strong>
                {p.goals.clone()}
            </p>
            <p class="muted">
                {move || mt().period} ": " {move || i18n.t().date(start)} " – "
                {move || i18n.t().date(end)} " · "
                {move || if active { mt().active } else { mt().ended }}
            </p>
            {p.end_note.clone().map(|n| view! { <p class="muted">{n}</p> })}
            <h4>
                {move || mt().sessions} {format!(" · {} ", p.minutes)} {move || mt().minutes_total}
            </h4>
            {if p.sessions.is_empty() {
                view! { <p class="empty">{move || mt().no_sessions}</p> }.into_any()
            } else {
                view! { <ul>{sessions}</ul> }.into_any()
            }}
            {active
                .then(|| {
                    view! {
                        <details>
                            <summary>{move || mt().log_title}</summary>
                            <ActionForm action=actions.log attr:class="form">
                                <input type="hidden" name="pair_id" value=p.id />
                                <label>
                                    <span>{move || mt().date}</span>
                                    <input name="input[date]" type="date" required />
                                </label>
                                <label>
                                    <span>{move || mt().topic}</span>
                                    <input name="input[topic]" required maxlength="200" />
                                </label>
                                <label>
                                    <span>{move || mt().minutes}</span>
                                    <input
                                        name="input[minutes]"
                                        required
                                        inputmode="numeric"
                                        maxlength="3"
                                    />
                                </label>
                                <input
                                    type="hidden"
                                    name="request_key"
                                    prop:value=move || {
                                        request_key(
                                            "mentoring",
                                            &format!("{}-{}", p.id, logged.get()),
                                        )
                                    }
                                />
                                <button type="submit" class="button">
                                    {move || mt().log_submit}
                                </button>
                            </ActionForm>
                        </details>
                        <details>
                            <summary>{move || mt().end_title}</summary>
                            <ActionForm action=actions.end attr:class="form">
                                <input type="hidden" name="pair_id" value=p.id />
                                <input type="hidden" name="version" value=p.version />
                                <label>
                                    <span>{move || mt().end_note}</span>
                                    <input name="note" required maxlength="1000" />
                                </label>
                                <button type="submit" class="button secondary">
                                    {move || mt().end_submit}
                                </button>
                            </ActionForm>
                        </details>
                    }
                })}
            {if give_feedback {
                view! {
                    <details>
                        <summary>{move || mt().feedback_title}</summary>
                        <p class="muted">{move || mt().feedback_note}</p>
                        <ActionForm action=actions.feedback attr:class="form">
                            <input type="hidden" name="pair_id" value=p.id />
                            <label>
                                <span>{move || mt().rating}</span>
                                <select name="rating" required>
                                    {(1..=5)
                                        .rev()
                                        .map(|n| view! { <option value=n>{n}</option> })
                                        .collect_view()}
                                </select>
                            </label>
                            <label>
                                <span>{move || mt().comment}</span>
                                <input name="comment" maxlength="1000" />
                            </label>
                            <button type="submit" class="button">
                                {move || mt().feedback_submit}
                            </button>
                        </ActionForm>
                    </details>
                }
                    .into_any()
            } else if !p.i_mentor {
                view! { <p class="muted">{move || mt().feedback_given}</p> }.into_any()
            } else {
                ().into_any()
            }}
        </li>
    }
}

/// Pick a mentee, see the suggested mentors with the rule's reasons, pick one of them (or
/// another colleague), set goals and a period.
#[component]
fn PairForm(people: Vec<Person>, pair: ServerAction<PairMentor>) -> impl IntoView {
    let mt = use_mentoring_texts();
    let paired = successes(pair);
    let error = refusal(pair);
    // Asked in the browser when a mentee is picked (nothing to render before: the server
    // renders the empty list, hydration agrees).
    let suggestions = RwSignal::new(Vec::<MentorSuggestion>::new());
    let pick = move |ev: leptos::ev::Event| {
        let mentee = event_target_value(&ev).parse::<i64>().ok();
        suggestions.set(Vec::new());
        if let Some(id) = mentee {
            leptos::task::spawn_local(async move {
                suggestions.set(suggest_mentors(id).await.unwrap_or_default());
            });
        }
    };
    let option = |p: &Person| {
        view! { <option value=p.id>{format!("{} · {}", p.name, p.position_name)}</option> }
    };
    let others = people.iter().map(option).collect_view();
    let mentees = people.iter().map(option).collect_view();
    view! {
        <section data-testid="pair-form">
            <h2>{move || mt().pair_title}</h2>
            <ActionForm action=pair node_ref=cleared_on_success(pair) attr:class="form">
                <label>
                    <span>{move || mt().pick_mentee}</span>
                    <select name="input[mentee_id]" required on:change=pick>
                        <option value="">"—"</option>
                        {mentees}
                    </select>
                </label>
                <div class="suggestions" aria-live="polite">
                    <p class="muted">{move || mt().suggestions_rule}</p>
                    <ol data-testid="suggestions">
                        {move || {
                            suggestions
                                .get()
                                .into_iter()
                                .map(|s| {
                                    let g = s.suggestion.clone();
                                    let reasons = move || {
                                        let t = mt();
                                        [
                                            (g.same_family, t.same_family),
                                            (g.higher_jenjang, t.higher_jenjang),
                                            (g.higher_golongan && !g.higher_jenjang, t.higher_golongan),
                                        ]
                                            .iter()
                                            .filter(|(on, _)| *on)
                                            .map(|(_, label)| *label)
                                            .collect::<Vec<_>>()
                                            .join(", ")
                                    };
                                    view! {
                                        <li data-testid="suggestion" data-employee=s.person.id>
                                            <strong>{s.person.name.clone()}</strong>
                                            {format!(" · {} · ", s.person.position_name)}
                                            {move || mt().score}
                                            {format!(" {:.1} · ", s.suggestion.score)}
                                            {reasons}
                                            {format!(" · {} ", s.active_mentees)}
                                            {move || mt().load}
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ol>
                </div>
                <label>
                    <span>{move || mt().mentor}</span>
                    <select name="input[mentor_id]" required data-testid="mentor">
                        <option value="">"—"</option>
                        <optgroup label=move || {
                            mt().suggestions
                        }>
                            {move || {
                                suggestions
                                    .get()
                                    .iter()
                                    .map(|s| {
                                        let label = format!(
                                            "{} · {:.1}",
                                            s.person.name,
                                            s.suggestion.score,
                                        );
                                        view! { <option value=s.person.id>{label}</option> }
                                    })
                                    .collect_view()
                            }}
                        </optgroup>
                        <optgroup label=move || mt().others>{others}</optgroup>
                    </select>
                </label>
                <label>
                    <span>{move || mt().goals}</span>
                    <textarea name="input[goals]" required maxlength="1000"></textarea>
                </label>
                <label>
                    <span>{move || mt().start}</span>
                    <input name="input[start_date]" type="date" required />
                </label>
                <label>
                    <span>{move || mt().end}</span>
                    <input name="input[end_date]" type="date" required />
                </label>
                <input
                    type="hidden"
                    name="request_key"
                    prop:value=move || request_key("pair", &paired.get().to_string())
                />
                <button type="submit" class="button" disabled=move || pair.pending().get()>
                    {move || mt().pair_submit}
                </button>
            </ActionForm>
            <FormError error />
            {move || {
                (paired.get() > 0)
                    .then(|| {
                        view! {
                            <p class="notice" role="status">
                                {move || mt().paired_note}
                            </p>
                        }
                    })
            }}
        </section>
    }
}

/// The HR office's table of mentors.
#[component]
fn Overview() -> impl IntoView {
    let mt = use_mentoring_texts();
    let overview = Resource::new(|| (), |_| mentoring_overview());
    view! {
        <section data-testid="mentor-overview">
            <h2>{move || mt().overview_title}</h2>
            <p class="muted">{move || mt().overview_intro}</p>
            <Loaded
                resource=overview
                view=move |rows| {
                    if rows.is_empty() {
                        return view! { <p class="empty">{move || mt().no_mentors}</p> }.into_any();
                    }
                    view! {
                        <TableScroll label=move || mt().overview_title>
                            <table class="data">
                                <thead>
                                    <tr>
                                        <th>{move || mt().mentor}</th>
                                        <th>{move || mt().pairs_active}</th>
                                        <th>{move || mt().pairs_ended}</th>
                                        <th>{move || mt().minutes_total}</th>
                                        <th>{move || mt().feedback_mean}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {rows
                                        .into_iter()
                                        .map(|r| {
                                            let mean = r.mean_rating;
                                            view! {
                                                <tr data-mentor=r.mentor.id>
                                                    <td>{r.mentor.name.clone()}</td>
                                                    <td>{r.active}</td>
                                                    <td>{r.ended}</td>
                                                    <td>{r.minutes}</td>
                                                    <td>
                                                        {move || match mean {
                                                            Some(m) => format!("{m:.1}"),
                                                            None => format!("— ({})", mt().too_few),
                                                        }}
                                                    </td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </TableScroll>
                    }
                        .into_any()
                }
            />
        </section>
    }
}
