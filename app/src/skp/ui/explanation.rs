use leptos::prelude::*;

use crate::{
    i18n::{tr, use_i18n, Texts},
    rules::explain::Step,
    rules::{Date, Predikat, Rating, Trace},
    skp::ui::explain_texts::et,
};

/// The "why?" of a computed number, written for the person who wants to check or contest it:
/// each step of the trace as a sentence with their own values and units, the rule's name, and
/// its regulation as a citation one can look up. Where the regulation is not precise the step
/// says so in words. The machine trace itself stays what the API returns.
#[component]
pub fn Explanation(#[prop(into)] trace: Signal<Trace>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <details class="explanation" open>
            <summary>{tr(|t| et(t).explain_title)}</summary>
            <ol>
                {move || {
                    let t = i18n.t();
                    trace
                        .get()
                        .steps
                        .into_iter()
                        .map(|step| {
                            let (citation, uncertain, suggestion) = citation(t, &step.regulation);
                            view! {
                                <li data-rule=step.rule.clone()>
                                    <p>{sentence(t, &step)}</p>
                                    <p class="muted">
                                        {rule_name(t, &step.rule)} " · " {et(t).explain_regulation}
                                        ": " <cite>{citation}</cite>
                                    </p>
                                    {uncertain
                                        .then(|| {
                                            view! {
                                                <p class="muted note">{et(t).explain_uncertain}</p>
                                            }
                                        })}
                                    {suggestion
                                        .then(|| {
                                            view! {
                                                <p class="muted note">{et(t).explain_suggestion_only}</p>
                                            }
                                        })}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
            <p class="muted">
                {tr(|t| et(t).explain_rule_set)} ": " <code>{move || trace.get().rule_set}</code>
            </p>
        </details>
    }
}

/// `{name}` placeholders of a translated template, filled in.
fn fill(template: &str, values: &[(&str, String)]) -> String {
    values.iter().fold(template.to_string(), |text, (name, value)| {
        text.replace(&format!("{{{name}}}"), value)
    })
}

fn input<'a>(step: &'a Step, name: &str) -> &'a str {
    step.inputs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str()).unwrap_or("")
}

/// A machine number of the trace in the page's format.
fn number(t: &Texts, value: &str, decimals: usize) -> String {
    value.parse::<f64>().map(|v| t.num(v, decimals)).unwrap_or_else(|_| value.to_string())
}

fn rating(t: &Texts, code: &str) -> String {
    code.parse::<Rating>().map(|r| t.rating(r).to_string()).unwrap_or_else(|_| code.to_string())
}

fn predikat(t: &Texts, code: &str) -> String {
    Predikat::ALL
        .into_iter()
        .find(|p| p.code() == code)
        .map(|p| t.predikat(p).to_string())
        .unwrap_or_else(|| code.to_string())
}

/// `ahli_pertama` → `Ahli Pertama` (jenjang keep their official names in both languages).
pub fn jenjang(code: &str) -> String {
    code.split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn sentence(t: &Texts, step: &Step) -> String {
    let v = |name| input(step, name);
    match step.rule.as_str() {
        "scoring.indicator" => {
            let (template, target) = match v("target_type") {
                "lower_is_better" => (et(t).explain_indicator_lower, number(t, v("target"), 4)),
                "range" => {
                    let (low, high) = v("target").split_once('-').unwrap_or((v("target"), ""));
                    (
                        et(t).explain_indicator_range,
                        format!("{}–{}", number(t, low, 4), number(t, high, 4)),
                    )
                }
                _ => (et(t).explain_indicator, number(t, v("target"), 4)),
            };
            let capaian = v("capaian").parse::<f64>().unwrap_or(0.0);
            let mut text = fill(
                template,
                &[
                    ("n", v("indicator").to_string()),
                    ("r", number(t, v("realisasi"), 4)),
                    ("t", target),
                    ("c", t.percent(capaian, 2)),
                    ("v", number(t, &step.output, 2)),
                ],
            );
            if v("maximal_target") == "true" && capaian >= 100.0 {
                text.push_str(et(t).explain_maximal_target);
            } else if capaian >= 110.0 {
                text.push_str(et(t).explain_top_score);
            }
            text
        }
        "scoring.skp" => {
            let (raw, cap) = (v("tambahan"), v("tambahan_cap"));
            let capped = raw.parse::<f64>().unwrap_or(0.0) > cap.parse::<f64>().unwrap_or(f64::MAX);
            fill(
                if capped { et(t).explain_skp_capped } else { et(t).explain_skp },
                &[
                    ("u", number(t, v("utama"), 2)),
                    ("a", number(t, raw, 2)),
                    ("cap", number(t, cap, 2)),
                    ("v", number(t, &step.output, 2)),
                ],
            )
        }
        "scoring.suggested_rating" => fill(
            et(t).explain_suggested_rating,
            &[("v", number(t, v("nilai_skp"), 2)), ("r", rating(t, &step.output))],
        ),
        "preview.suggested_perilaku" => {
            let count = |code: &str| {
                step.inputs.iter().filter(|(n, value)| n == "value" && value == code).count()
            };
            fill(
                et(t).explain_suggested_perilaku,
                &[
                    ("a", count(Rating::DiAtasEkspektasi.code()).to_string()),
                    ("s", count(Rating::SesuaiEkspektasi.code()).to_string()),
                    ("b", count(Rating::DiBawahEkspektasi.code()).to_string()),
                    ("r", rating(t, &step.output)),
                ],
            )
        }
        "predikat.matrix" => fill(
            et(t).explain_matrix_step,
            &[
                ("h", rating(t, v("rating_hasil_kerja"))),
                ("p", rating(t, v("rating_perilaku"))),
                ("k", predikat(t, &step.output)),
            ],
        ),
        "predikat.unit_leader" => {
            fill(et(t).explain_unit_leader, &[("x", rating(t, v("capaian_organisasi")))])
        }
        "ak.conversion" => fill(
            et(t).explain_ak,
            &[
                ("m", v("months").to_string()),
                ("pct", t.percent(v("percent").parse().unwrap_or(0.0), 2)),
                ("k", predikat(t, v("predikat"))),
                ("c", number(t, v("koefisien"), 3)),
                ("j", jenjang(v("jenjang"))),
                ("v", number(t, &step.output, 3)),
            ],
        ),
        rule if rule.starts_with("promotion.") => {
            let requirements: Vec<&str> = step
                .inputs
                .iter()
                .filter(|(n, _)| n != "golongan")
                .map(|(_, v)| v.as_str())
                .collect();
            let met = requirements.iter().filter(|v| v.parse::<Date>().is_ok()).count();
            let when = match step.output.parse::<Date>() {
                Ok(d) => fill(et(t).explain_promotion_on, &[("d", t.date(d))]),
                Err(_) => et(t).explain_promotion_blocked.to_string(),
            };
            fill(
                et(t).explain_promotion,
                &[
                    ("g", v("golongan").to_string()),
                    ("met", met.to_string()),
                    ("n", requirements.len().to_string()),
                    ("when", when),
                ],
            )
        }
        "career.bup" => fill(et(t).explain_bup_age, &[("b", step.output.clone())]),
        "career.pension_date" => fill(
            et(t).explain_bup,
            &[
                ("b", v("bup").to_string()),
                ("r", date(t, v("reached_on"))),
                ("p", date(t, &step.output)),
            ],
        ),
        "career.kp_date" => fill(
            et(t).explain_kp_date,
            &[("d", date(t, v("conditions_met_on"))), ("k", date(t, &step.output))],
        ),
        // A rule without its own sentence yet still reads as one, never as a debug line.
        _ => fill(
            et(t).explain_rule_generic,
            &[
                ("rule", rule_name(t, &step.rule).to_string()),
                (
                    "inputs",
                    step.inputs
                        .iter()
                        .map(|(name, value)| format!("{name} {}", number(t, value, 3)))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                ("v", number(t, &step.output, 3)),
            ],
        ),
    }
}

/// A machine date of the trace in the page's format.
fn date(t: &Texts, value: &str) -> String {
    value.parse::<Date>().map(|d| t.date(d)).unwrap_or_else(|_| value.to_string())
}

fn rule_name(t: &Texts, rule: &str) -> &'static str {
    match rule.split('.').next().unwrap_or_default() {
        "promotion" => et(t).explain_rule_promotion,
        "career" => et(t).explain_rule_career,
        "scoring" => et(t).explain_rule_scoring,
        "preview" => et(t).explain_rule_behaviour,
        "predikat" => et(t).explain_rule_predikat,
        "ak" => et(t).explain_rule_ak,
        _ => et(t).explain_title,
    }
}

/// A regulation as a reader cites it: "PermenPANRB 8/2021 [P]" becomes "Peraturan Menteri PANRB
/// Nomor 8 Tahun 2021" (or its English name), with the modelling markers taken out and reported
/// as (uncertain, a suggestion only). Notes in brackets are the rule's description, shown as its
/// name instead.
fn citation(t: &Texts, regulation: &str) -> (String, bool, bool) {
    let uncertain = regulation.contains("[P]") || regulation.contains("[U");
    let suggestion = regulation.contains("saran");
    let mut plain = String::with_capacity(regulation.len());
    let mut depth = 0i32;
    for c in regulation.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = plain.split_whitespace().collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        let (template, width) = match (words[i], words.get(i + 1).copied()) {
            ("PermenPANRB", _) => (Some(t.cite_permenpanrb), 1),
            ("SE", Some("MenPANRB")) => (Some(t.cite_se_menpanrb), 2),
            ("Peraturan", Some("BKN")) => (Some(t.cite_peraturan_bkn), 2),
            ("Perka", Some("BKN")) => (Some(t.cite_perka_bkn), 2),
            ("PP", _) => (Some(t.cite_pp), 1),
            ("UU", _) => (Some(t.cite_uu), 1),
            _ => (None, 0),
        };
        let numbered = template.zip(words.get(i + width)).and_then(|(template, token)| {
            let tail = token.trim_start_matches(|c: char| c.is_ascii_digit() || c == '/');
            let core = &token[..token.len() - tail.len()];
            core.split_once('/').map(|(n, y)| {
                format!("{}{tail}", fill(template, &[("n", n.into()), ("y", y.into())]))
            })
        });
        match numbered {
            Some(text) => {
                out.push(text);
                i += width + 1;
            }
            None => {
                out.push(match words[i] {
                    "jo" => t.cite_jo.to_string(),
                    "dan" => t.cite_and.to_string(),
                    "Ps." => t.cite_article.to_string(),
                    w => w.to_string(),
                });
                i += 1;
            }
        }
    }
    (out.join(" ").replace(" ;", ";").replace(" ,", ","), uncertain, suggestion)
}

#[cfg(test)]
mod tests {
    use super::{citation, sentence};
    use crate::{
        i18n::Locale,
        rules::preview::{skp_preview, BehaviourRating, CoreValue, PreviewInput},
        rules::scoring::{IndicatorInput, ResultInput, ResultKind, Target},
        rules::{Rating, RuleSet},
    };

    #[test]
    fn a_citation_reads_as_the_regulation_is_named() {
        let id = Locale::Id.texts();
        let (text, uncertain, suggestion) =
            citation(id, "PermenPANRB 8/2021 (capaian dan nilai IKI) [P]");
        assert_eq!(text, "Peraturan Menteri PANRB Nomor 8 Tahun 2021");
        assert!(uncertain && !suggestion);
        let (text, ..) = citation(Locale::En.texts(), "PP 11/2017 jo PP 17/2020 (x); UU 20/2023");
        assert_eq!(
            text,
            "Government Regulation No. 11 of 2017 read with Government Regulation No. 17 of \
             2020; Law No. 20 of 2023"
        );
        let (_, uncertain, suggestion) = citation(
            id,
            "PermenPANRB 6/2022; SE MenPANRB 20/2021 (BerAKHLAK) [U: saran, bukan aturan]",
        );
        assert!(uncertain && suggestion);
    }

    #[test]
    fn the_preview_explains_itself_with_the_employees_own_values() {
        let input = PreviewInput {
            results: vec![ResultInput {
                kind: ResultKind::Utama,
                weight: 1.0,
                indicators: vec![IndicatorInput {
                    target: Target::Normal { target: 50.0 },
                    realisasi: 100.0,
                    maximal_target: false,
                }],
            }],
            behaviours: CoreValue::ALL
                .into_iter()
                .map(|value| BehaviourRating { value, rating: Rating::SesuaiEkspektasi })
                .collect(),
            hasil: None,
            perilaku: None,
            jenjang: Some(crate::rules::jenjang::Jenjang::AhliPertama),
            months: 12,
        };
        let (_, trace) = skp_preview(&RuleSet::current(), &input).unwrap();
        let id: Vec<String> = trace.steps.iter().map(|s| sentence(Locale::Id.texts(), s)).collect();
        assert_eq!(
            id[0],
            "Indikator 1: realisasi 100 dari target 50 → capaian 200%, nilai 120 (batas atas: \
             nilai paling tinggi 120)"
        );
        assert!(
            id.iter().any(|s| s.starts_with("Rating hasil kerja «Di atas ekspektasi»")),
            "{id:?}"
        );
        assert!(id.iter().any(|s| s.contains("jenjang Ahli Pertama")), "{id:?}");
        let en: Vec<String> = trace.steps.iter().map(|s| sentence(Locale::En.texts(), s)).collect();
        assert!(en[0].starts_with("Indicator 1: realisation 100 against a target of 50"), "{en:?}");
        // No machine codes left in any sentence.
        for s in id.iter().chain(&en) {
            assert!(!s.contains('_') && !s.contains("scoring."), "{s}");
        }
        // The English reads as English: only the official terms (predikat, RHK, jenjang,
        // BerAKHLAK…) keep their Indonesian names; the words around them are translated.
        for word in [
            "realisasi",
            "capaian",
            "nilai",
            "dari",
            "indikator",
            "sesuai",
            "ekspektasi",
            "di atas",
            "di bawah",
            "bulan",
            "koefisien",
            "angka kredit",
            "dan",
            "perilaku",
        ] {
            for s in &en {
                let lower = format!(" {} ", s.to_lowercase());
                assert!(!lower.contains(&format!(" {word} ")), "'{word}' in English: {s}");
            }
        }
    }
}
