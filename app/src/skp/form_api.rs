//! The rating as a plain HTML form. A form posts one field per input, so the server function
//! takes them one by one: more arguments than clippy's default, which the `#[server]` macro
//! repeats into generated client and server code, so the allowance is for this whole file.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;

use crate::kernel::error::AppError;

/// The same rating posted as a plain form, before (or without) the WebAssembly: numbers as
/// typed (`99,5` or `99.5`), the seven behaviours by field name, `hasil`/`perilaku` empty to
/// follow the suggestion. The rater has seen no live preview, so there is no shown predikat to
/// agree with; the server computes it and the page, reloaded, shows what was stored.
#[server(prefix = "/api", endpoint = "skp/rate-form")]
pub async fn rate_plan_form(
    plan_id: i64,
    period_no: i64,
    #[server(default)] realisasi: Vec<String>,
    berorientasi_pelayanan: String,
    akuntabel: String,
    kompeten: String,
    harmonis: String,
    loyal: String,
    adaptif: String,
    kolaboratif: String,
    #[server(default)] hasil: String,
    #[server(default)] perilaku: String,
    #[server(default)] rating_version: Option<i64>,
) -> Result<i64, AppError> {
    let rating = |code: &str| crate::rules::Rating::ALL.into_iter().find(|r| r.code() == code);
    let optional =
        |code: &str| if code.is_empty() { Ok(None) } else { rating(code).map(Some).ok_or(()) };
    let behaviours: Option<Vec<crate::rules::Rating>> =
        [berorientasi_pelayanan, akuntabel, kompeten, harmonis, loyal, adaptif, kolaboratif]
            .iter()
            .map(|c| rating(c))
            .collect();
    let numbers: Option<Vec<f64>> =
        realisasi.iter().map(|v| crate::i18n::format::parse_number(v)).collect();
    let (Some(behaviours), Some(numbers), Ok(hasil), Ok(perilaku)) =
        (behaviours, numbers, optional(&hasil), optional(&perilaku))
    else {
        return Err(crate::skp::api::ssr::invalid_rating_values());
    };
    let input = crate::skp::types::RatingInput {
        plan_id,
        period_no,
        realisasi: numbers,
        behaviours,
        hasil,
        perilaku,
        shown_predikat: None,
        rating_version,
    };
    crate::skp::api::ssr::rate(input, false).await
}
