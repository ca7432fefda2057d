use leptos::prelude::*;

use crate::{
    career::{
        texts::use_career_texts,
        ui::labels::{education_label, golongan_label, jenjang_label, kind_code},
    },
    rules::{
        career::{next_kp_date, retirement, Position},
        promotion::{promotion_eligibility, CareerRecord},
        Date, RuleSet,
    },
    skp::ui::explanation::Explanation,
    ui::prelude::*,
};

/// "Where I stand today": every promotion path the position has, each requirement met or not
/// with the date it is (or will be) met, the earliest date and what decides it; the next KP
/// date, the credit points and the pension date. Computed here, from the same rules the
/// server runs.
#[component]
pub fn Standing(record: CareerRecord, today: Date) -> AnyView {
    let i18n = use_i18n();
    let ct = use_career_texts();
    let rules = RuleSet::current();
    let (eligibility, trace) = promotion_eligibility(&rules, &record, today);
    let (retired, retirement_trace) = retirement(&rules, record.birth_date, record.position);
    let mut trace = trace;
    trace.steps.extend(retirement_trace.steps);
    let next_kp = next_kp_date(&rules, today);
    let jenjang = match record.position {
        Position::Fungsional { jenjang } => Some(jenjang),
        _ => None,
    };
    let (golongan, tmt, education) = (record.golongan, record.tmt_golongan, record.education);
    let angka_kredit = record.angka_kredit;
    let options = eligibility.options;
    view! {
        <section class="career-today" data-testid="career-today">
            <h2>{move || ct().today_title}</h2>
            <dl class="facts">
                <dt>{move || ct().golongan}</dt>
                <dd data-testid="career-golongan" data-golongan=golongan.code()>
                    {move || {
                        format!(
                            "{}, {} {}",
                            golongan_label(golongan),
                            ct().since,
                            i18n.t().date(tmt),
                        )
                    }}
                </dd>
                {jenjang
                    .map(|j| {
                        view! {
                            <dt>{tr(|t| t.profile_position)}</dt>
                            <dd>{jenjang_label(Some(j))}</dd>
                            <dt>{move || ct().angka_kredit}</dt>
                            <dd>{move || i18n.t().num(angka_kredit, 3)}</dd>
                        }
                    })}
                <dt>{move || ct().education}</dt>
                <dd>{education_label(education)}</dd>
                <dt>{move || ct().next_kp}</dt>
                <dd data-testid="career-next-kp" data-date=next_kp.to_string()>
                    {move || i18n.t().date(next_kp)}
                </dd>
                <dt>{move || ct().pension.replace("{bup}", &retired.bup.to_string())}</dt>
                <dd data-testid="career-pension" data-date=retired.pension_date.to_string()>
                    {move || i18n.t().date(retired.pension_date)}
                </dd>
            </dl>
            {if options.is_empty() {
                view! { <p class="muted">{move || ct().no_options}</p> }.into_any()
            } else {
                view! {
                    <ul class="career-options">
                        {options
                            .into_iter()
                            .map(|o| {
                                let target = o.target_golongan.map(golongan_label);
                                let target_jenjang = o.target_jenjang;
                                view! {
                                    <li data-kind=kind_code(o.kind)>
                                        <h3>
                                            {move || ct().kind(o.kind)}
                                            {target.clone().map(|g| format!(" → {g}"))}
                                            {target_jenjang.map(|j| format!(" · {}", j.title()))}
                                        </h3>
                                        <p>
                                            <strong>{move || ct().eligible_on} ": "</strong>
                                            <span data-testid="eligible-on">
                                                {move || match o.eligible_on {
                                                    Some(d) => i18n.t().date(d),
                                                    None => ct().not_before_retirement.to_string(),
                                                }}
                                            </span>
                                            " · "
                                            {move || ct().binding}
                                            ": "
                                            {move || ct().requirement(o.binding)}
                                        </p>
                                        <ul class="requirements">
                                            {o
                                                .requirements
                                                .into_iter()
                                                .map(|r| {
                                                    let status = move || match (r.met, r.met_on) {
                                                        (true, _) => ct().met.to_string(),
                                                        (false, Some(d)) => {
                                                            format!("{} {}", ct().met_on, i18n.t().date(d))
                                                        }
                                                        (false, None) => ct().not_met.to_string(),
                                                    };
                                                    view! {
                                                        <li class:met=r.met class:unmet=!r.met>
                                                            <span aria-hidden="true">
                                                                {if r.met { "✓ " } else { "✗ " }}
                                                            </span>
                                                            {move || ct().requirement(r.requirement)}
                                                            ": "
                                                            {status}
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            <Explanation trace=Signal::stored(trace) />
        </section>
    }
    .into_any()
}
