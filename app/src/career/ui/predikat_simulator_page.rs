use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::{
    i18n::{tr, use_i18n},
    rules::{predikat_kinerja, Rating},
    skp::ui::explanation::Explanation,
    skp::ui::predikat_matrix::PredikatMatrix,
    skp::ui::rating_picker::RatingPicker,
    ui::prelude::*,
};

/// Public "Simulasi Predikat": pick two ratings, see the predikat from the 3×3 matrix.
///
/// The first render comes from the server (the query string carries the ratings, so the page
/// also works as a plain form without JavaScript). After hydration every change is computed in
/// the browser by the same `prestasi-rules` code, with no request to the server.
#[component]
pub fn PredikatSimulatorPage() -> impl IntoView {
    let query = use_query_map();
    let parse = |field: &str| -> Result<Rating, AppError> {
        match query.with_untracked(|q| q.get(field)) {
            None => Ok(Rating::SesuaiEkspektasi),
            Some(value) => value
                .parse()
                .map_err(|_| AppError::InvalidInput { field: field.to_string(), value }),
        }
    };
    match parse("hasil").and_then(|h| parse("perilaku").map(|p| (h, p))) {
        Ok((hasil, perilaku)) => view! { <PredikatSimulator hasil perilaku /> }.into_any(),
        Err(error) => view! { <ErrorPage error /> }.into_any(),
    }
}

#[component]
fn PredikatSimulator(hasil: Rating, perilaku: Rating) -> impl IntoView {
    let i18n = use_i18n();
    let hasil = RwSignal::new(hasil);
    let perilaku = RwSignal::new(perilaku);
    let result = Memo::new(move |_| predikat_kinerja(hasil.get(), perilaku.get()));
    let predikat = move || result.get().0;
    let trace = Signal::derive(move || result.get().1);
    // The submit button is only for browsers without WebAssembly; effects run only in the browser.
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));

    view! {
        <PageTitle title=|t| t.sim_title />
        <article class="page simulator">
            <h1>{tr(|t| t.sim_title)}</h1>
            <p class="lead">{tr(|t| t.sim_intro)}</p>
            <form class="simulator-form" method="get" action="/simulasi/predikat">
                <RatingPicker name="hasil" legend=|t| t.sim_hasil_legend value=hasil />
                <RatingPicker name="perilaku" legend=|t| t.sim_perilaku_legend value=perilaku />
                <button type="submit" class="button" hidden=move || hydrated.get()>
                    {tr(|t| t.sim_submit)}
                </button>
            </form>
            <section class="result" aria-live="polite">
                <h2>{tr(|t| t.sim_result_label)}</h2>
                <output
                    id="predikat"
                    class=move || format!("predikat {}", predikat().code())
                    data-predikat=move || predikat().code()
                >
                    {move || i18n.t().predikat(predikat())}
                </output>
                <p class="muted">{tr(|t| t.sim_offline_note)}</p>
            </section>
            <Explanation trace />
            <PredikatMatrix hasil perilaku />
        </article>
    }
}
