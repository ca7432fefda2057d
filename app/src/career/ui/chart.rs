use leptos::prelude::*;

use crate::{
    career::texts::use_career_texts,
    rules::{pangkat::Golongan, simulator::Projection, Date},
    ui::prelude::*,
};

/// One scenario's line: its key, its name and the golongan it holds from each date.
type Line = (u32, String, Vec<(Date, Golongan)>);

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 240.0;
const PAD: f64 = 36.0;

/// The golongan held from `start` (today and the current rank) through each step of a
/// projection: `(date, golongan)` pairs, ending at retirement.
pub fn rank_points(start: (Date, Golongan), p: &Projection) -> Vec<(Date, Golongan)> {
    std::iter::once(start).chain(p.steps.iter().map(|s| (s.date, s.golongan))).collect()
}

/// Golongan over time, one line per scenario (`(key, name, projection)`), drawn as steps. The
/// same data follows as a table for screen readers and for reading exact dates.
#[component]
pub fn GolonganChart(
    start: (Date, Golongan),
    #[prop(into)] series: Signal<Vec<(u32, String, Projection)>>,
) -> AnyView {
    let i18n = use_i18n();
    let ct = use_career_texts();
    view! {
        <figure class="golongan-chart" data-testid="golongan-chart">
            <figcaption>{move || ct().chart_title}</figcaption>
            {move || {
                let all = series.get();
                let points: Vec<Line> = all
                    .iter()
                    .map(|(k, n, p)| (*k, n.clone(), rank_points(start, p)))
                    .collect();
                let dates = points
                    .iter()
                    .flat_map(|(_, _, ps)| ps.iter().map(|(d, _)| d.to_days()));
                let (lo, hi) = dates
                    .fold((i64::MAX, i64::MIN), |(lo, hi), d| (lo.min(d), hi.max(d)));
                let ranks = points
                    .iter()
                    .flat_map(|(_, _, ps)| ps.iter().map(|(_, g)| g.index() as f64));
                let (g_lo, g_hi) = ranks
                    .fold((f64::MAX, f64::MIN), |(a, b), g| (a.min(g), b.max(g)));
                if lo >= hi || g_lo > g_hi {
                    return ().into_any();
                }
                let (g_lo, g_hi) = (g_lo - 1.0, g_hi + 1.0);
                let x = move |d: Date| {
                    PAD + (d.to_days() - lo) as f64 / (hi - lo) as f64 * (WIDTH - 2.0 * PAD)
                };
                let y = move |g: f64| {
                    HEIGHT - PAD - (g - g_lo) / (g_hi - g_lo) * (HEIGHT - 2.0 * PAD)
                };
                let first_year = Date::from_days(lo).year();
                let last_year = Date::from_days(hi).year();
                let step = ((last_year - first_year) / 6).max(1);
                let label = all
                    .iter()
                    .map(|(_, n, p)| format!("{n}: {}", p.final_golongan.code()))
                    .collect::<Vec<_>>()
                    .join("; ");
                view! {
                    <svg
                        viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                        role="img"
                        aria-label=format!("{} — {label}", ct().chart_title)
                        preserveAspectRatio="xMidYMid meet"
                    >
                        {(first_year..=last_year)
                            .step_by(step as usize)
                            .map(|year| {
                                let at = x(
                                    Date::new(year, 1, 1)
                                        .unwrap_or(Date::from_days(lo))
                                        .max(Date::from_days(lo)),
                                );
                                view! {
                                    <line class="grid" x1=at x2=at y1=PAD y2=HEIGHT - PAD />
                                    <text class="axis" x=at y=HEIGHT - 12.0 text-anchor="middle">
                                        {year}
                                    </text>
                                }
                            })
                            .collect_view()}
                        {(g_lo as u8 + 1..g_hi as u8)
                            .filter_map(Golongan::from_index)
                            .map(|g| {
                                view! {
                                    <text
                                        class="axis"
                                        x=4.0
                                        y=y(g.index() as f64)
                                        dominant-baseline="middle"
                                    >
                                        {g.code()}
                                    </text>
                                }
                            })
                            .collect_view()}
                        {points
                            .iter()
                            .enumerate()
                            .map(|(i, (key, _, ps))| {
                                let mut path = String::new();
                                let mut prev: Option<f64> = None;
                                for (d, g) in ps {
                                    let (px, py) = (x(*d), y(g.index() as f64));
                                    match prev {
                                        None => path.push_str(&format!("M{px:.1},{py:.1}")),
                                        Some(old) => {
                                            path.push_str(
                                                &format!(" L{px:.1},{old:.1} L{px:.1},{py:.1}"),
                                            )
                                        }
                                    }
                                    prev = Some(py);
                                }
                                view! {
                                    <path
                                        class=format!("series s{}", i % 4)
                                        data-scenario=*key
                                        d=path
                                        fill="none"
                                    />
                                }
                            })
                            .collect_view()}
                    </svg>
                }
                    .into_any()
            }}
            <ul class="chart-legend">
                {move || {
                    series
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, (_, name, p))| {
                            view! {
                                <li class=format!(
                                    "s{}",
                                    i % 4,
                                )>{format!("{name}: {}", p.final_golongan.code())}</li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <details>
                <summary>{move || ct().chart_table}</summary>
                {move || {
                    series
                        .get()
                        .into_iter()
                        .map(|(_, name, p)| {
                            view! {
                                <table class="data">
                                    <caption>{name}</caption>
                                    <tbody>
                                        {rank_points(start, &p)
                                            .into_iter()
                                            .map(|(d, g)| {
                                                view! {
                                                    <tr>
                                                        <td>{move || i18n.t().date(d)}</td>
                                                        <td>{g.code()}</td>
                                                    </tr>
                                                }
                                            })
                                            .collect_view()}
                                    </tbody>
                                </table>
                            }
                        })
                        .collect_view()
                }}
            </details>
        </figure>
    }
    .into_any()
}
