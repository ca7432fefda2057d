//! The live SKP preview: everything a rater sees change as they type, in one call — indicator
//! and SKP scores, the suggested ratings, the predikat and the credit points it would earn.

use serde::{Deserialize, Serialize};

use crate::{
    angka_kredit::ak_for_period,
    explain::Trace,
    jenjang::Jenjang,
    predikat::{predikat_kinerja, Predikat, Rating},
    rule_set::RuleSet,
    scoring::{skp_score, ResultInput, ScoringError, SkpScore},
};

const REG_BEHAVIOUR: &str =
    "PermenPANRB 6/2022; SE MenPANRB 20/2021 (BerAKHLAK) [U: saran, bukan aturan]";

/// The seven BerAKHLAK core values, in the circular's order: the declaration order is that
/// order, so sorting by `Ord` puts any list of them in the official order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CoreValue {
    BerorientasiPelayanan,
    Akuntabel,
    Kompeten,
    Harmonis,
    Loyal,
    Adaptif,
    Kolaboratif,
}

impl CoreValue {
    pub const ALL: [CoreValue; 7] = [
        CoreValue::BerorientasiPelayanan,
        CoreValue::Akuntabel,
        CoreValue::Kompeten,
        CoreValue::Harmonis,
        CoreValue::Loyal,
        CoreValue::Adaptif,
        CoreValue::Kolaboratif,
    ];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct BehaviourRating {
    pub value: CoreValue,
    pub rating: Rating,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PreviewInput {
    pub results: Vec<ResultInput>,
    pub behaviours: Vec<BehaviourRating>,
    /// The rater's own ratings; without them the suggestions are used.
    #[serde(default)]
    pub hasil: Option<Rating>,
    #[serde(default)]
    pub perilaku: Option<Rating>,
    /// For functional positions: the credit points this predikat would earn over `months`.
    #[serde(default)]
    pub jenjang: Option<Jenjang>,
    #[serde(default = "twelve")]
    pub months: u32,
}

fn twelve() -> u32 {
    12
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Preview {
    pub score: SkpScore,
    pub suggested_perilaku: Rating,
    pub hasil: Rating,
    pub perilaku: Rating,
    pub predikat: Predikat,
    pub angka_kredit: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PreviewError {
    #[error(transparent)]
    Scoring(#[from] ScoringError),
    #[error("each of the seven BerAKHLAK values needs exactly one rating")]
    Behaviours,
    #[error("a period has 1 to 12 months, not {months}")]
    Months { months: u32 },
}

/// A suggestion for the behaviour rating from the seven values [U]: any value below expectation
/// gives below; four or more above (and none below) gives above; otherwise meets.
pub fn suggest_perilaku(ratings: &[BehaviourRating]) -> Rating {
    if ratings.iter().any(|b| b.rating == Rating::DiBawahEkspektasi) {
        Rating::DiBawahEkspektasi
    } else if ratings.iter().filter(|b| b.rating == Rating::DiAtasEkspektasi).count() >= 4 {
        Rating::DiAtasEkspektasi
    } else {
        Rating::SesuaiEkspektasi
    }
}

pub fn skp_preview(rs: &RuleSet, input: &PreviewInput) -> Result<(Preview, Trace), PreviewError> {
    let complete = CoreValue::ALL
        .iter()
        .all(|v| input.behaviours.iter().filter(|b| b.value == *v).count() == 1);
    if !complete || input.behaviours.len() != 7 {
        return Err(PreviewError::Behaviours);
    }
    if !(1..=12).contains(&input.months) {
        return Err(PreviewError::Months { months: input.months });
    }
    let (score, mut trace) = skp_score(&input.results)?;
    let suggested_perilaku = suggest_perilaku(&input.behaviours);
    trace.push(
        "preview.suggested_perilaku",
        REG_BEHAVIOUR,
        &input
            .behaviours
            .iter()
            .map(|b| ("value", b.rating.code().to_string()))
            .collect::<Vec<_>>(),
        suggested_perilaku.code(),
    );
    let hasil = input.hasil.unwrap_or(score.suggested_rating);
    let perilaku = input.perilaku.unwrap_or(suggested_perilaku);
    let (predikat, matrix) = predikat_kinerja(hasil, perilaku);
    trace.steps.extend(matrix.steps);
    let angka_kredit = match input.jenjang {
        Some(j) => {
            let (ak, t) = ak_for_period(rs, j, predikat, input.months)
                .map_err(|_| PreviewError::Months { months: input.months })?;
            trace.steps.extend(t.steps);
            Some(ak)
        }
        None => None,
    };
    Ok((Preview { score, suggested_perilaku, hasil, perilaku, predikat, angka_kredit }, trace))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::{IndicatorInput, ResultKind, Target};

    fn behaviours(r: [Rating; 7]) -> Vec<BehaviourRating> {
        CoreValue::ALL
            .iter()
            .zip(r)
            .map(|(v, rating)| BehaviourRating { value: *v, rating })
            .collect()
    }

    fn plan(realisasi: f64) -> Vec<ResultInput> {
        vec![ResultInput {
            kind: ResultKind::Utama,
            weight: 1.0,
            indicators: vec![IndicatorInput {
                target: Target::Normal { target: 100.0 },
                realisasi,
                maximal_target: false,
            }],
        }]
    }

    #[test]
    fn the_preview_follows_the_numbers_and_the_raters_own_choice() {
        use Rating::*;
        let rs = RuleSet::current();
        let mut input = PreviewInput {
            results: plan(112.0),
            behaviours: behaviours([
                DiAtasEkspektasi,
                DiAtasEkspektasi,
                DiAtasEkspektasi,
                DiAtasEkspektasi,
                SesuaiEkspektasi,
                SesuaiEkspektasi,
                SesuaiEkspektasi,
            ]),
            hasil: None,
            perilaku: None,
            jenjang: Some(Jenjang::AhliPertama),
            months: 12,
        };
        let (p, _) = skp_preview(&rs, &input).unwrap();
        assert_eq!(
            (p.hasil, p.perilaku, p.predikat),
            (DiAtasEkspektasi, DiAtasEkspektasi, Predikat::SangatBaik)
        );
        assert_eq!(p.angka_kredit, Some(18.75));
        input.perilaku = Some(SesuaiEkspektasi);
        assert_eq!(skp_preview(&rs, &input).unwrap().0.predikat, Predikat::Baik);
        input.behaviours[6].rating = DiBawahEkspektasi;
        input.perilaku = None;
        assert_eq!(skp_preview(&rs, &input).unwrap().0.predikat, Predikat::KurangMisconduct);
        input.behaviours.pop();
        assert_eq!(skp_preview(&rs, &input).unwrap_err(), PreviewError::Behaviours);
    }
}
