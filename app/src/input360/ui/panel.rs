use leptos::prelude::*;

use crate::{
    i18n::{tr, use_i18n},
    input360::api::Invite360,
    rules::preview::CoreValue,
    rules::Rating,
    skp::api::PlanView,
    skp::ui::skp_plan::core_value_label,
    ui::prelude::*,
};

/// A plan's 360 input, aggregated once at least three raters answered; with `invite`, the
/// form to invite peers and subordinates by NIP (the pejabat penilai's page).
#[component]
pub fn Input360Panel(
    plan: PlanView,
    #[prop(optional)] invite: Option<ServerAction<Invite360>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let s = plan.input_360.clone();
    let (invited, answered) = (s.invited, s.answered);
    let table = s.counts.map(|counts| {
        view! {
            <table class="data input360">
                <thead>
                    <tr>
                        <th></th>
                        {Rating::ALL
                            .into_iter()
                            .map(|r| view! { <th>{move || i18n.t().rating(r)}</th> })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {CoreValue::ALL
                        .into_iter()
                        .zip(counts)
                        .map(|(value, c)| {
                            view! {
                                <tr>
                                    <th>{move || core_value_label(i18n.t(), value)}</th>
                                    {c.iter().map(|n| view! { <td>{*n}</td> }).collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        }
    });
    view! {
        <section class="input360-panel" data-testid="input360">
            <h2>{tr(|t| t.input360_title)}</h2>
            <p class="muted" data-answered=answered>
                {move || {
                    format!(
                        "{}: {invited} · {}: {answered}",
                        i18n.t().input360_invited,
                        i18n.t().input360_answered,
                    )
                }}
            </p>
            {match table {
                Some(t) => t.into_any(),
                None => view! { <p class="muted">{tr(|t| t.input360_hidden)}</p> }.into_any(),
            }}
            {invite
                .map(|action| {
                    let error = refusal(action);
                    view! {
                        <ActionForm
                            action
                            attr:class="form inline-form"
                            attr:data-testid="invite360"
                        >
                            <input type="hidden" name="plan_id" value=plan.id />
                            <label>
                                <span>{tr(|t| t.input360_rater_nip)}</span>
                                <input
                                    name="rater_nip"
                                    required
                                    inputmode="numeric"
                                    maxlength="18"
                                />
                            </label>
                            <label>
                                <span>{tr(|t| t.input360_relation)}</span>
                                <select name="relation">
                                    <option value="peer">{tr(|t| t.input360_peer)}</option>
                                    <option value="subordinate">
                                        {tr(|t| t.input360_subordinate)}
                                    </option>
                                </select>
                            </label>
                            <button type="submit" class="button secondary">
                                {tr(|t| t.input360_invite)}
                            </button>
                        </ActionForm>
                        <FormError error />
                    }
                })}
        </section>
    }
    .into_any()
}
