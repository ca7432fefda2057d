//! The rule set in force, read-only: the parameters every score, predikat, credit point and
//! promotion date is computed from. They change only by a new rule-set version (every stored
//! result names the version that produced it), so the platform page shows them, never edits.

use leptos::prelude::*;

use crate::admin::texts::rules_texts;

use crate::ui::table_scroll::TableScroll;

use crate::{
    i18n::{tr, use_i18n, Texts},
    rules::RuleSet,
    skp::ui::explanation::jenjang,
};

type Line = (fn(&Texts) -> &'static str, String);

#[component]
pub fn RuleSetView() -> impl IntoView {
    let i18n = use_i18n();
    let rs = RuleSet::current();
    let general_rs = rs.clone();
    let since = rs.effective_from;
    let general = move || {
        let rs = &general_rs;
        let t = i18n.t();
        let months: Vec<&str> = t.months.split(',').collect();
        let kp_months = rs
            .kp_months
            .iter()
            .map(|m| months.get(*m as usize - 1).copied().unwrap_or_default())
            .collect::<Vec<_>>()
            .join(", ");
        let years = |n: u32| format!("{n} {}", t.years);
        let lines: Vec<Line> = vec![
            (|t| rules_texts(t).rules_kp_months, kp_months),
            (|t| rules_texts(t).rules_kp_reguler_years, years(rs.kp_reguler_min_years)),
            (
                |t| rules_texts(t).rules_kp_predikat,
                format!(
                    "{} ({} {})",
                    t.predikat(rs.kp_min_predikat),
                    rs.kp_predikat_years,
                    t.years
                ),
            ),
            (|t| rules_texts(t).rules_jenjang_years, years(rs.jenjang_min_years)),
            (|t| rules_texts(t).rules_ijazah_years, years(rs.ijazah_min_years)),
            (
                |t| rules_texts(t).rules_diploma_bonus,
                t.percent(f64::from(rs.diploma_bonus_percent), 0),
            ),
            (|t| rules_texts(t).rules_bup_administrasi, years(rs.bup_administrasi)),
            (|t| rules_texts(t).rules_bup_jpt, years(rs.bup_jpt)),
            (|t| rules_texts(t).rules_jp, format!("{} / {} JP", rs.jp_pns_min, rs.jp_pppk_max)),
            (
                |t| rules_texts(t).rules_keberatan_days,
                format!("{} {}", rs.keberatan_days, t.days_unit),
            ),
        ];
        lines
            .into_iter()
            .map(|(label, value)| {
                view! {
                    <dt>{label(t)}</dt>
                    <dd>{value}</dd>
                }
            })
            .collect_view()
    };
    view! {
        <section class="rule-set" data-rule-set=rs.id.clone()>
            <h2>{tr(|t| rules_texts(t).rules_title)}</h2>
            <p>
                <code>{rs.id.clone()}</code>
                {move || {
                    format!(" · {} {}", rules_texts(i18n.t()).rules_since, i18n.t().date(since))
                }}
            </p>
            <p class="muted">{tr(|t| rules_texts(t).rules_readonly_note)}</p>
            <dl class="record">{general}</dl>
            <h3>{tr(|t| rules_texts(t).rules_ak_title)}</h3>
            <TableScroll label=move || rules_texts(i18n.t()).rules_ak_title>
                <table class="data">
                    <tbody>
                        {rs
                            .ak_percent
                            .iter()
                            .map(|(p, pct)| {
                                let (p, pct) = (*p, f64::from(*pct));
                                view! {
                                    <tr>
                                        <th scope="row">{move || i18n.t().predikat(p)}</th>
                                        <td>{move || i18n.t().percent(pct, 0)}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </TableScroll>
            <h3>{tr(|t| rules_texts(t).rules_jenjang_title)}</h3>
            <TableScroll label=move || rules_texts(i18n.t()).rules_jenjang_title>
                <table class="data">
                    <thead>
                        <tr>
                            <th>"Jenjang"</th>
                            <th>{tr(|t| rules_texts(t).rules_koefisien)}</th>
                            <th>{tr(|t| rules_texts(t).rules_golongan_range)}</th>
                            <th>{tr(|t| rules_texts(t).rules_bup)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rs
                            .jenjang
                            .iter()
                            .map(|j| {
                                let (koefisien, bup) = (j.koefisien, j.bup);
                                view! {
                                    <tr>
                                        <td>{jenjang(j.jenjang.code())}</td>
                                        <td>{move || i18n.t().num(koefisien, 2)}</td>
                                        <td>{format!("{} – {}", j.lowest, j.highest)}</td>
                                        <td>{bup}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </TableScroll>
        </section>
    }
    .into_any()
}
