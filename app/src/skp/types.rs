//! The shapes of the performance cycle as pages and server functions exchange them.

use serde::{Deserialize, Serialize};

use crate::{
    admin::types::{Frequency, PeriodRow},
    annual_review::types::ReviewNoteView,
    appeals::types::AppealSummary,
    input360::types::Summary360,
    kernel::coded::coded_enum,
    kernel::plan_status::PlanStatus,
    rules::preview::CoreValue,
    rules::scoring::ResultKind,
    rules::{Predikat, Rating},
};

coded_enum! {
    /// How an indicator's target reads: a number to reach, a quality level, a range to land
    /// in, or a number to stay under.
    TargetKind {
        Quantitative = "quantitative",
        Qualitative = "qualitative",
        Range = "range",
        LowerIsBetter = "lower_is_better",
    }
}

/// An indicator as stored (what the row holds), and what the plan view adds to it: the
/// realisations and files (read apart, so they default when the row is read).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct IndicatorView {
    pub id: i64,
    pub text: String,
    pub target_kind: TargetKind,
    pub target: f64,
    pub target_high: Option<f64>,
    pub unit: String,
    /// The year's realisation (period 0), with its evidence link and self-assessment.
    #[cfg_attr(feature = "ssr", sqlx(default))]
    pub realisasi: Option<f64>,
    #[cfg_attr(feature = "ssr", sqlx(default))]
    pub evidence_url: Option<String>,
    #[cfg_attr(feature = "ssr", sqlx(default))]
    pub self_note: Option<String>,
    /// Every recorded realisation, the year's and each periodic evaluation's, by period.
    #[serde(default)]
    #[cfg_attr(feature = "ssr", sqlx(skip))]
    pub realisations: Vec<RealisationView>,
    /// Uploaded evidence files (bukti dukung), oldest first.
    #[serde(default)]
    #[cfg_attr(feature = "ssr", sqlx(skip))]
    pub files: Vec<EvidenceFileView>,
}

/// What the employee recorded for an indicator in one period (0 = the year).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RealisationView {
    pub period_no: i64,
    pub realisasi: f64,
    pub evidence_url: Option<String>,
    pub self_note: Option<String>,
}

impl IndicatorView {
    /// The realisation recorded for a period, if any.
    pub fn realisation_in(&self, period_no: i64) -> Option<f64> {
        self.realisations.iter().find(|r| r.period_no == period_no).map(|r| r.realisasi)
    }
}

/// An uploaded evidence file, without its content (downloaded from `/api/skp/bukti/{id}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct EvidenceFileView {
    pub id: i64,
    pub file_name: String,
    pub content_type: String,
    pub size_bytes: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResultView {
    pub id: i64,
    pub kind: ResultKind,
    pub text: String,
    pub weight: f64,
    pub parent_result_id: Option<i64>,
    /// The supervisor's result this one supports.
    pub parent_text: Option<String>,
    /// Subordinates' results that support this one (cascading), as "name: text".
    pub supported_by: Vec<String>,
    pub indicators: Vec<IndicatorView>,
}

/// A result of the supervisor's plan that the employee's results may support.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParentOption {
    pub id: i64,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RatingView {
    pub id: i64,
    pub period_no: i64,
    pub hasil: Rating,
    pub perilaku: Rating,
    pub predikat: Predikat,
    pub nilai_skp: f64,
    pub angka_kredit: Option<f64>,
    pub rule_set_id: String,
    pub rated_at_ms: i64,
    pub version: i64,
    /// The last moment an appeal may be filed (rated + the period's appeal days).
    pub appeal_deadline_ms: i64,
    pub appeal: Option<AppealSummary>,
    /// The owner may still appeal it (no appeal yet, before the deadline).
    pub can_appeal: bool,
}

impl RatingView {
    /// The predikat in force: an appeal's changed predikat replaces the rating's.
    pub fn final_predikat(&self) -> Predikat {
        self.appeal.as_ref().and_then(|a| a.new_predikat).unwrap_or(self.predikat)
    }
}

/// A plan with everything its page shows, and what the caller may do with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanView {
    pub id: i64,
    pub version: i64,
    pub status: PlanStatus,
    pub review_comment: Option<String>,
    pub period: PeriodRow,
    pub employee_id: i64,
    pub employee_name: String,
    pub employee_nip: String,
    pub position_name: String,
    /// The jenjang title of a functional position (for the credit points a predikat earns).
    pub jenjang: Option<String>,
    pub penilai_name: Option<String>,
    pub results: Vec<ResultView>,
    /// The supervisor's expectation per BerAKHLAK value, by value code.
    pub expectations: Vec<(CoreValue, String)>,
    pub parent_options: Vec<ParentOption>,
    pub ratings: Vec<RatingView>,
    /// The owner may change it (a draft or a returned plan).
    pub can_edit: bool,
    /// The pejabat penilai may approve or return it (submitted).
    pub can_review: bool,
    /// The pejabat penilai may rate it (approved).
    pub can_rate: bool,
    /// Feedback notes, oldest first.
    pub feedback: Vec<FeedbackView>,
    /// The owner and the pejabat penilai may add feedback.
    pub can_give_feedback: bool,
    /// The owner may appeal ratings (each until its deadline, once).
    pub is_owner: bool,
    /// The 360 input, aggregated (counts only from three answers on).
    pub input_360: Summary360,
    /// The tim evaluasi's notes on the annual summary, oldest first.
    #[serde(default)]
    pub review_notes: Vec<ReviewNoteView>,
}

/// One member of a supervisor's team and the state of their plan in the open period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct TeamRow {
    pub employee_id: i64,
    pub name: String,
    pub nip: String,
    pub position_name: String,
    pub plan_id: Option<i64>,
    /// `None` when no plan was started.
    pub status: Option<PlanStatus>,
    /// The latest annual predikat, if rated.
    #[cfg_attr(feature = "ssr", sqlx(try_from = "crate::kernel::db::NullableText"))]
    pub predikat: Option<Predikat>,
    /// Past the plan deadline without an approved plan, or past the rating deadline unrated
    /// (decided by the server function, not read).
    #[serde(default)]
    #[cfg_attr(feature = "ssr", sqlx(default))]
    pub overdue: bool,
}

/// What a rater submits: realisation per indicator (in the plan's order), the seven behaviour
/// ratings, the rater's own hasil/perilaku when they differ from the suggestions, and the
/// predikat their screen showed (the server recomputes and must agree).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RatingInput {
    pub plan_id: i64,
    pub period_no: i64,
    pub realisasi: Vec<f64>,
    pub behaviours: Vec<Rating>,
    pub hasil: Option<Rating>,
    pub perilaku: Option<Rating>,
    /// `None` when no preview was shown (a plain form post): nothing to agree with.
    #[serde(default)]
    pub shown_predikat: Option<Predikat>,
    /// To replace an existing rating of the period: the version the rater saw.
    #[serde(default)]
    pub rating_version: Option<i64>,
}

/// The supervisor's expectations, one per BerAKHLAK value (form fields by value code).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExpectationsForm {
    pub berorientasi_pelayanan: String,
    pub akuntabel: String,
    pub kompeten: String,
    pub harmonis: String,
    pub loyal: String,
    pub adaptif: String,
    pub kolaboratif: String,
}

impl ExpectationsForm {
    pub fn pairs(&self) -> [(CoreValue, &str); 7] {
        [
            (CoreValue::BerorientasiPelayanan, &self.berorientasi_pelayanan),
            (CoreValue::Akuntabel, &self.akuntabel),
            (CoreValue::Kompeten, &self.kompeten),
            (CoreValue::Harmonis, &self.harmonis),
            (CoreValue::Loyal, &self.loyal),
            (CoreValue::Adaptif, &self.adaptif),
            (CoreValue::Kolaboratif, &self.kolaboratif),
        ]
    }
}

/// The stable code of a BerAKHLAK value (`berorientasi_pelayanan` …), as stored.
pub fn core_value_code(v: CoreValue) -> &'static str {
    match v {
        CoreValue::BerorientasiPelayanan => "berorientasi_pelayanan",
        CoreValue::Akuntabel => "akuntabel",
        CoreValue::Kompeten => "kompeten",
        CoreValue::Harmonis => "harmonis",
        CoreValue::Loyal => "loyal",
        CoreValue::Adaptif => "adaptif",
        CoreValue::Kolaboratif => "kolaboratif",
    }
}

pub fn core_value_from_code(code: &str) -> Option<CoreValue> {
    CoreValue::ALL.into_iter().find(|v| core_value_code(*v) == code)
}

/// Months an evaluation covers: the year, a quarter or a month.
pub fn months_of(period: &PeriodRow, period_no: i64) -> u32 {
    match (period_no, period.frequency) {
        (0, _) => 12,
        (_, Frequency::Monthly) => 1,
        (_, Frequency::Quarterly) => 3,
    }
}

/// The rules engine's input for a plan, the rater's realisations and ratings. The browser's
/// live preview and the server's authoritative computation both build it here, so they cannot
/// drift apart. `realisasi` follows the plan's indicators in order; a missing value counts as 0.
pub fn preview_input(
    plan: &PlanView,
    period_no: i64,
    realisasi: &[f64],
    behaviours: &[Rating],
    hasil: Option<Rating>,
    perilaku: Option<Rating>,
) -> crate::rules::preview::PreviewInput {
    use crate::{
        rules::jenjang::Jenjang,
        rules::preview::{BehaviourRating, PreviewInput},
        rules::scoring::{IndicatorInput, ResultInput, Target},
    };
    let mut values = realisasi.iter().copied();
    let results = plan
        .results
        .iter()
        .map(|r| ResultInput {
            kind: r.kind,
            weight: r.weight,
            indicators: r
                .indicators
                .iter()
                .map(|i| IndicatorInput {
                    target: match i.target_kind {
                        TargetKind::LowerIsBetter => Target::LowerIsBetter { target: i.target },
                        TargetKind::Range => {
                            Target::Range { low: i.target, high: i.target_high.unwrap_or(i.target) }
                        }
                        TargetKind::Quantitative | TargetKind::Qualitative => {
                            Target::Normal { target: i.target }
                        }
                    },
                    realisasi: values.next().unwrap_or(0.0),
                    maximal_target: false,
                })
                .collect(),
        })
        .collect();
    PreviewInput {
        results,
        behaviours: CoreValue::ALL
            .into_iter()
            .zip(behaviours.iter().copied())
            .map(|(value, rating)| BehaviourRating { value, rating })
            .collect(),
        hasil,
        perilaku,
        jenjang: plan.jenjang.as_deref().and_then(Jenjang::from_title),
        months: months_of(&plan.period, period_no),
    }
}

/// A feedback note on a plan (or one of its indicators).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct FeedbackView {
    pub id: i64,
    pub indicator_id: Option<i64>,
    pub author: String,
    pub text: String,
    pub at_ms: i64,
}
