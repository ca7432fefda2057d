use leptos::prelude::*;

use crate::{
    i18n::{tr, use_i18n},
    rules::{predikat_kinerja, Rating},
};

/// The 3×3 matrix laid out as the regulation prints it, the current cell highlighted. Each cell
/// is a link (works without JavaScript) that, once hydrated, selects its pair of ratings.
#[component]
pub fn PredikatMatrix(hasil: RwSignal<Rating>, perilaku: RwSignal<Rating>) -> impl IntoView {
    let i18n = use_i18n();
    // Columns from worst to best behaviour, rows from best to worst results, as printed.
    let columns = [Rating::DiBawahEkspektasi, Rating::SesuaiEkspektasi, Rating::DiAtasEkspektasi];
    view! {
        <table class="matrix">
            <caption>{tr(|t| t.sim_matrix_caption)}</caption>
            <thead>
                <tr>
                    <th scope="col">{tr(|t| t.sim_matrix_corner)}</th>
                    {columns
                        .into_iter()
                        .map(|p| view! { <th scope="col">{move || i18n.t().rating(p)}</th> })
                        .collect_view()}
                </tr>
            </thead>
            <tbody>
                {Rating::ALL
                    .into_iter()
                    .map(|h| {
                        view! {
                            <tr>
                                <th scope="row">{move || i18n.t().rating(h)}</th>
                                {columns
                                    .into_iter()
                                    .map(|p| {
                                        let (predikat, _) = predikat_kinerja(h, p);
                                        let current = move || {
                                            hasil.get() == h && perilaku.get() == p
                                        };
                                        view! {
                                            <td
                                                class=format!("cell {}", predikat.code())
                                                class:current=current
                                            >
                                                <a
                                                    href=format!(
                                                        "/simulasi/predikat?hasil={}&perilaku={}",
                                                        h.code(),
                                                        p.code(),
                                                    )
                                                    aria-current=move || current().then_some("true")
                                                    on:click=move |ev| {
                                                        ev.prevent_default();
                                                        hasil.set(h);
                                                        perilaku.set(p);
                                                    }
                                                >
                                                    {move || i18n.t().predikat(predikat)}
                                                </a>
                                            </td>
                                        }
                                    })
                                    .collect_view()}
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}
