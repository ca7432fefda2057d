//! The rules endpoints: thin adapters from JSON requests to the pure rules and back. The table
//! [`ENDPOINTS`] is the one list the router, the OpenAPI document, the README check and the API
//! tests all read, so none of them can forget an endpoint.

use prestasi_rules::{
    angka_kredit::{ak_for_period, diploma_bonus, integrate_conventional, AkError},
    career::{kp_date, retirement, Position},
    date::Date,
    distribution::{check_distribution, Counts, DistributionError, OrgPredikat},
    jenjang::Jenjang,
    ninebox::{place, NineBoxError},
    nip::{parse_employee_number, AsnKind, NipError},
    pangkat::Golongan,
    predikat::{predikat_kinerja, predikat_unit_leader, Predikat, Rating},
    promotion::{promotion_eligibility, CareerRecord, RecordError},
    scoring::{pp30_score, pp46_score, skp_score, Pp30Input, Pp46Input, ResultInput, ScoringError},
    simulator::{monte_carlo, project, MonteCarloInput, Scenario, SimulationError},
    training::{yearly_jp, TrainingError},
    RuleSet, Trace,
};
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// Monte Carlo runs one API request may ask for (the browser runs larger ones itself).
pub const API_MAX_RUNS: u32 = 20_000;

/// One documented endpoint. `example` is a request body that the API tests send as it is.
pub struct Endpoint {
    pub path: &'static str,
    pub summary_id: &'static str,
    pub summary_en: &'static str,
    /// The JSON Schema of the request body, derived from the type the handler decodes.
    pub schema: fn(&mut SchemaGenerator) -> Schema,
    pub example: &'static str,
}

fn schema_of<T: JsonSchema>(generator: &mut SchemaGenerator) -> Schema {
    generator.subschema_for::<T>()
}

pub const ENDPOINTS: &[Endpoint] = &[
    Endpoint {
        path: "/api/v1/rules/predikat",
        summary_id: "Predikat kinerja dari rating hasil kerja dan perilaku (matriks 3×3); `unit_result` untuk pimpinan unit",
        summary_en: "Predikat from the results and behaviour ratings (3×3 matrix); `unit_result` for unit leaders",
        schema: schema_of::<PredikatRequest>,
        example: r#"{"hasil":"di_atas_ekspektasi","perilaku":"sesuai_ekspektasi"}"#,
    },
    Endpoint {
        path: "/api/v1/rules/skp-score",
        summary_id: "Capaian dan nilai per indikator, nilai SKP tertimbang (RHK tambahan dibatasi)",
        summary_en: "Achievement and score per indicator, weighted SKP score (additional results capped)",
        schema: schema_of::<SkpScoreRequest>,
        example: r#"{"results":[{"kind":"utama","weight":1,"indicators":[{"target":{"type":"normal","target":50},"realisasi":49},{"target":{"type":"lower_is_better","target":10},"realisasi":9}]},{"kind":"tambahan","weight":5,"indicators":[{"target":{"type":"range","low":80,"high":90},"realisasi":85}]}]}"#,
    },
    Endpoint {
        path: "/api/v1/rules/legacy/pp46",
        summary_id: "Nilai prestasi kerja PP 46/2011 (60% SKP + 40% perilaku) dan kategorinya",
        summary_en: "PP 46/2011 work performance score (60% SKP + 40% behaviour) and its category",
        schema: schema_of::<Pp46Input>,
        example: r#"{"skp_aspects":[100,90,76,76],"perilaku":85.5}"#,
    },
    Endpoint {
        path: "/api/v1/rules/legacy/pp30",
        summary_id: "Nilai kinerja PP 30/2019 (70/30, atau 60/40 dengan penilaian 360)",
        summary_en: "PP 30/2019 performance score (70/30, or 60/40 with 360 input)",
        schema: schema_of::<Pp30Input>,
        example: r#"{"nilai_skp":100,"perilaku":80,"with_360":true}"#,
    },
    Endpoint {
        path: "/api/v1/rules/distribution",
        summary_id: "Cek kurva distribusi predikat unit terhadap predikat organisasi, dengan perubahan minimal",
        summary_en: "Check a unit's predikat distribution against the organisation's predikat, with the fewest changes",
        schema: schema_of::<DistributionRequest>,
        example: r#"{"org_predikat":"baik","counts":{"sangat_baik":2,"baik":18,"butuh_perbaikan":0,"kurang_misconduct":0,"sangat_kurang":0}}"#,
    },
    Endpoint {
        path: "/api/v1/rules/angka-kredit",
        summary_id: "Konversi predikat ke angka kredit untuk satu periode",
        summary_en: "Credit points earned by a predikat over one period",
        schema: schema_of::<AkRequest>,
        example: r#"{"jenjang":"ahli_pertama","predikat":"sangat_baik","months":12}"#,
    },
    Endpoint {
        path: "/api/v1/rules/angka-kredit/diploma-bonus",
        summary_id: "Tambahan 25% angka kredit sekali karena ijazah lebih tinggi",
        summary_en: "The one-off 25% credit-point bonus for a higher diploma",
        schema: schema_of::<BonusRequest>,
        example: r#"{"jenjang":"ahli_pertama","golongan":"III/a"}"#,
    },
    Endpoint {
        path: "/api/v1/rules/angka-kredit/integrasi",
        summary_id: "Integrasi angka kredit konvensional (dikurangi nilai dasar)",
        summary_en: "Integration of conventional credit points (minus the base value)",
        schema: schema_of::<IntegrasiRequest>,
        example: r#"{"angka_kredit_konvensional":250,"golongan":"III/c"}"#,
    },
    Endpoint {
        path: "/api/v1/rules/promotion",
        summary_id: "Kelayakan kenaikan pangkat/jenjang: setiap syarat, tanggal terpenuhi, dan periode KP",
        summary_en: "Promotion eligibility: every requirement, the date it is met, and the KP date",
        schema: schema_of::<PromotionRequest>,
        example: r#"{"as_of":"2026-01-15","record":{"birth_date":"1990-04-12","golongan":"III/a","tmt_golongan":"2022-04-01","position":{"type":"pelaksana"},"education":"s1","predikat_history":[{"year":2024,"predikat":"baik"},{"year":2025,"predikat":"sangat_baik"}]}}"#,
    },
    Endpoint {
        path: "/api/v1/rules/retirement",
        summary_id: "Batas usia pensiun (BUP) menurut jabatan dan TMT pensiun",
        summary_en: "Retirement age (BUP) by position and the pension date",
        schema: schema_of::<RetirementRequest>,
        example: r#"{"birth_date":"1996-03-01","position":{"type":"pelaksana"}}"#,
    },
    Endpoint {
        path: "/api/v1/rules/kp-date",
        summary_id: "Periode kenaikan pangkat pertama pada atau setelah suatu tanggal",
        summary_en: "The first KP date on or after a date",
        schema: schema_of::<KpDateRequest>,
        example: r#"{"date":"2026-05-17"}"#,
    },
    Endpoint {
        path: "/api/v1/rules/simulation",
        summary_id: "Proyeksi karier deterministik sampai pensiun, dengan kendala penentu tiap langkah",
        summary_en: "Deterministic career projection to retirement, with each step's binding constraint",
        schema: schema_of::<SimulationRequest>,
        example: r#"{"record":{"birth_date":"1998-05-20","golongan":"III/a","tmt_golongan":"2026-01-01","position":{"type":"fungsional","jenjang":"ahli_pertama"},"education":"s1"},"scenario":{"start":"2026-01-01","plan":{"type":"sequence","predikat":["sangat_baik","sangat_baik","baik"]},"events":[{"type":"vacancy_available","date":"2027-01-01"},{"type":"uji_kompetensi_passed","date":"2028-06-01"}]}}"#,
    },
    Endpoint {
        path: "/api/v1/rules/simulation/monte-carlo",
        summary_id: "Simulasi Monte Carlo: peluang mencapai tiap golongan sebelum pensiun dan persentil tanggalnya",
        summary_en: "Monte Carlo: the probability of reaching each golongan before retirement, and date percentiles",
        schema: schema_of::<MonteCarloInput>,
        example: r#"{"record":{"birth_date":"1990-04-12","golongan":"III/a","tmt_golongan":"2024-04-01","position":{"type":"pelaksana"},"education":"s1","predikat_history":[{"year":2024,"predikat":"baik"},{"year":2025,"predikat":"baik"}]},"start":"2026-01-01","distribution":{"sangat_baik":15,"baik":75,"butuh_perbaikan":7,"kurang_misconduct":2,"sangat_kurang":1},"runs":1000,"seed":42}"#,
    },
    Endpoint {
        path: "/api/v1/rules/nine-box",
        summary_id: "Penempatan kotak 9 manajemen talenta dan rekomendasi tindak lanjutnya",
        summary_en: "Talent 9-box placement and its follow-up recommendations",
        schema: schema_of::<NineBoxRequest>,
        example: r#"{"predikat":["baik","sangat_baik"],"potential":92}"#,
    },
    Endpoint {
        path: "/api/v1/rules/nip",
        summary_id: "Urai dan validasi NIP PNS atau NI PPPK",
        summary_en: "Parse and validate a PNS NIP or a PPPK NI",
        schema: schema_of::<NipRequest>,
        example: r#"{"number":"19860926 201505 1 001"}"#,
    },
    Endpoint {
        path: "/api/v1/rules/learning-hours",
        summary_id: "Jam pelajaran (JP) setahun terhadap minimum PNS (20) dan maksimum PPPK (24)",
        summary_en: "Yearly learning hours (JP) against the PNS minimum (20) and the PPPK maximum (24)",
        schema: schema_of::<LearningHoursRequest>,
        example: r#"{"kind":"pns","activities_jp":[8,6]}"#,
    },
];

/// Request-level problems that are not a rule's (e.g. two alternatives given at once).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RequestError {
    #[error("give exactly one of `counts` or `predikat`")]
    CountsOrPredikat,
    #[error("the API runs at most {API_MAX_RUNS} simulations per request, not {0}")]
    TooManyRuns(u32),
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PredikatRequest {
    hasil: Rating,
    perilaku: Rating,
    #[serde(default)]
    unit_result: Option<Rating>,
}

#[derive(Debug, Serialize)]
pub struct PredikatResponse {
    predikat: Predikat,
}

pub fn predikat(
    _: &RuleSet,
    r: PredikatRequest,
) -> Result<(PredikatResponse, Trace), std::convert::Infallible> {
    let (predikat, trace) = match r.unit_result {
        Some(unit) => predikat_unit_leader(unit, r.perilaku),
        None => predikat_kinerja(r.hasil, r.perilaku),
    };
    Ok((PredikatResponse { predikat }, trace))
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SkpScoreRequest {
    results: Vec<ResultInput>,
}

pub fn skp(
    _: &RuleSet,
    r: SkpScoreRequest,
) -> Result<(impl Serialize + use<>, Trace), ScoringError> {
    skp_score(&r.results)
}

pub fn pp46(_: &RuleSet, r: Pp46Input) -> Result<(impl Serialize + use<>, Trace), ScoringError> {
    pp46_score(&r)
}

pub fn pp30(_: &RuleSet, r: Pp30Input) -> Result<(Value, Trace), ScoringError> {
    let (nilai, category, trace) = pp30_score(&r)?;
    Ok((json!({ "nilai": nilai, "category": category }), trace))
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DistributionRequest {
    org_predikat: OrgPredikat,
    #[serde(default)]
    counts: Option<Counts>,
    #[serde(default)]
    predikat: Option<Vec<Predikat>>,
}

pub enum DistributionFailure {
    Request(RequestError),
    Rule(DistributionError),
}

pub fn distribution(
    rs: &RuleSet,
    r: DistributionRequest,
) -> Result<(impl Serialize + use<>, Trace), DistributionFailure> {
    let counts = match (r.counts, r.predikat) {
        (Some(c), None) => c,
        (None, Some(all)) => Counts::from_predikat(&all),
        _ => return Err(DistributionFailure::Request(RequestError::CountsOrPredikat)),
    };
    check_distribution(rs, r.org_predikat, counts).map_err(DistributionFailure::Rule)
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AkRequest {
    jenjang: Jenjang,
    predikat: Predikat,
    months: u32,
}

pub fn angka_kredit(rs: &RuleSet, r: AkRequest) -> Result<(Value, Trace), AkError> {
    let (ak, trace) = ak_for_period(rs, r.jenjang, r.predikat, r.months)?;
    Ok((json!({ "angka_kredit": ak }), trace))
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BonusRequest {
    jenjang: Jenjang,
    golongan: Golongan,
}

pub fn bonus(rs: &RuleSet, r: BonusRequest) -> Result<(Value, Trace), AkError> {
    let (ak, trace) = diploma_bonus(rs, r.jenjang, r.golongan)?;
    Ok((json!({ "angka_kredit": ak }), trace))
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IntegrasiRequest {
    angka_kredit_konvensional: f64,
    golongan: Golongan,
}

pub fn integrasi(_: &RuleSet, r: IntegrasiRequest) -> Result<(Value, Trace), AkError> {
    let (ak, trace) = integrate_conventional(r.angka_kredit_konvensional, r.golongan)?;
    Ok((json!({ "angka_kredit": ak }), trace))
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PromotionRequest {
    record: CareerRecord,
    as_of: Date,
}

pub fn promotion(
    rs: &RuleSet,
    r: PromotionRequest,
) -> Result<(impl Serialize + use<>, Trace), RecordError> {
    r.record.check()?;
    Ok(promotion_eligibility(rs, &r.record, r.as_of))
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RetirementRequest {
    birth_date: Date,
    position: Position,
}

pub fn pension(
    rs: &RuleSet,
    r: RetirementRequest,
) -> Result<(impl Serialize + use<>, Trace), std::convert::Infallible> {
    Ok(retirement(rs, r.birth_date, r.position))
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KpDateRequest {
    date: Date,
}

pub fn kp(rs: &RuleSet, r: KpDateRequest) -> Result<(Value, Trace), std::convert::Infallible> {
    let (date, trace) = kp_date(rs, r.date);
    Ok((json!({ "kp_date": date }), trace))
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SimulationRequest {
    record: CareerRecord,
    scenario: Scenario,
}

pub fn simulation(
    rs: &RuleSet,
    r: SimulationRequest,
) -> Result<(impl Serialize + use<>, Trace), SimulationError> {
    project(rs, &r.record, &r.scenario)
}

pub enum MonteCarloFailure {
    Request(RequestError),
    Rule(SimulationError),
}

pub fn monte(
    rs: &RuleSet,
    r: MonteCarloInput,
) -> Result<(impl Serialize + use<>, Trace), MonteCarloFailure> {
    if r.runs > API_MAX_RUNS {
        return Err(MonteCarloFailure::Request(RequestError::TooManyRuns(r.runs)));
    }
    monte_carlo(rs, &r).map_err(MonteCarloFailure::Rule)
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NineBoxRequest {
    predikat: Vec<Predikat>,
    potential: u32,
}

pub fn nine_box(
    rs: &RuleSet,
    r: NineBoxRequest,
) -> Result<(impl Serialize + use<>, Trace), NineBoxError> {
    place(rs, &r.predikat, r.potential)
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NipRequest {
    number: String,
}

pub fn nip(_: &RuleSet, r: NipRequest) -> Result<(impl Serialize + use<>, Trace), NipError> {
    parse_employee_number(&r.number)
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LearningHoursRequest {
    kind: AsnKind,
    activities_jp: Vec<u32>,
}

pub fn learning_hours(
    rs: &RuleSet,
    r: LearningHoursRequest,
) -> Result<(impl Serialize + use<>, Trace), TrainingError> {
    yearly_jp(rs, r.kind, &r.activities_jp)
}
