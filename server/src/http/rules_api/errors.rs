//! API errors: a status, a stable code, the field at fault, and a message in the language the
//! client asked for (Bahasa Indonesia by default, English with `Accept-Language: en`).

use app::i18n::Locale;
use axum::{
    http::StatusCode,
    response::{IntoResponse, Response},
    Json,
};
use prestasi_rules::{
    angka_kredit::AkError, distribution::DistributionError, ninebox::NineBoxError, nip::NipError,
    promotion::RecordError, scoring::ScoringError, simulator::SimulationError,
    training::TrainingError,
};
use serde_json::json;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub field: Option<String>,
    pub message: String,
}

impl ApiError {
    fn new(status: StatusCode, code: &'static str, field: Option<String>, message: String) -> Self {
        ApiError { status, code, field, message }
    }

    pub fn invalid(code: &'static str, field: Option<String>, message: String) -> Self {
        Self::new(StatusCode::UNPROCESSABLE_ENTITY, code, field, message)
    }

    /// The body is not JSON at all (400).
    pub fn malformed(locale: Locale, detail: &str) -> Self {
        let message = match locale {
            Locale::Id => format!("Badan permintaan bukan JSON yang sah: {detail}"),
            Locale::En => format!("The request body is not valid JSON: {detail}"),
        };
        Self::new(StatusCode::BAD_REQUEST, "malformed_json", None, message)
    }

    /// JSON whose shape or values do not fit (422), with the path of the field.
    pub fn shape(locale: Locale, path: String, detail: &str) -> Self {
        // serde reports a missing field at its parent's path; name the field itself.
        let missing = detail
            .strip_prefix("missing field `")
            .and_then(|rest| rest.split('`').next())
            .map(str::to_string);
        let parent = (!path.is_empty() && path != ".").then_some(path);
        let field = match (parent, missing) {
            (Some(p), Some(m)) => Some(format!("{p}.{m}")),
            (None, Some(m)) => Some(m),
            (p, None) => p,
        };
        let message = match (locale, &field) {
            (Locale::Id, Some(f)) => format!("Kolom `{f}` tidak valid: {detail}"),
            (Locale::Id, None) => format!("Isi permintaan tidak valid: {detail}"),
            (Locale::En, Some(f)) => format!("Field `{f}` is invalid: {detail}"),
            (Locale::En, None) => format!("The request is invalid: {detail}"),
        };
        Self::invalid("invalid_field", field, message)
    }

    /// A body over the API's limit (413).
    pub fn too_large(locale: Locale) -> Self {
        let limit = super::MAX_BODY_BYTES / 1024;
        let message = match locale {
            Locale::Id => format!("Badan permintaan melebihi {limit} KiB."),
            Locale::En => format!("The request body is larger than {limit} KiB."),
        };
        Self::new(StatusCode::PAYLOAD_TOO_LARGE, "too_large", None, message)
    }

    pub fn unsupported_media(locale: Locale) -> Self {
        let message = match locale {
            Locale::Id => "Kirim JSON dengan Content-Type: application/json".to_string(),
            Locale::En => "Send JSON with Content-Type: application/json".to_string(),
        };
        Self::new(StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type", None, message)
    }

    pub fn too_many_requests(locale: Locale) -> Self {
        let message = match locale {
            Locale::Id => "Terlalu banyak permintaan; coba lagi sebentar lagi.".to_string(),
            Locale::En => "Too many requests; try again shortly.".to_string(),
        };
        Self::new(StatusCode::TOO_MANY_REQUESTS, "rate_limited", None, message)
    }

    pub fn internal(locale: Locale) -> Self {
        let message = match locale {
            Locale::Id => "Terjadi kesalahan pada server.".to_string(),
            Locale::En => "The server ran into a problem.".to_string(),
        };
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", None, message)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = json!({
            "error": { "code": self.code, "field": self.field, "message": self.message }
        });
        (self.status, Json(body)).into_response()
    }
}

/// A rules error in the client's language, naming the field it concerns.
pub trait Localized {
    fn to_api_error(&self, locale: Locale) -> ApiError;
}

fn pick(locale: Locale, id: String, en: String) -> String {
    match locale {
        Locale::Id => id,
        Locale::En => en,
    }
}

macro_rules! localized {
    ($ty:ty, $code:literal, |$e:ident $(, $locale:ident)?| $body:expr) => {
        impl Localized for $ty {
            fn to_api_error(&self, locale: Locale) -> ApiError {
                let $e = self;
                $(let $locale = locale;)?
                let (field, id): (Option<&str>, String) = $body;
                ApiError::invalid($code, field.map(str::to_string), pick(locale, id, $e.to_string()))
            }
        }
    };
}

localized!(AkError, "invalid_angka_kredit", |e| match e {
    AkError::Months { months } =>
        (Some("months"), format!("satu periode 1 sampai 12 bulan, bukan {months}")),
    AkError::GolonganOutsideJenjang { golongan, jenjang } =>
        (Some("golongan"), format!("golongan {golongan} di luar rentang jenjang {jenjang}")),
    AkError::NoNextStep { golongan, jenjang } => (
        Some("golongan"),
        format!("tidak ada kenaikan pangkat lagi di jenjang {jenjang} dari {golongan}")
    ),
    AkError::NoIntegrationBase { golongan } => (
        Some("golongan"),
        format!("nilai dasar integrasi untuk golongan {golongan} tidak diketahui")
    ),
    AkError::OutOfRange { value } => (
        Some("angka_kredit_konvensional"),
        format!("angka kredit harus 0 sampai 10000, bukan {value}")
    ),
});

localized!(DistributionError, "invalid_distribution", |e| match e {
    DistributionError::EmptyUnit => (Some("counts"), "unit tidak memiliki pegawai".to_string()),
    DistributionError::TooLarge { total, max } =>
        (Some("counts"), format!("satu unit paling banyak {max} pegawai, bukan {total}")),
});

localized!(NipError, "invalid_nip", |e| match e {
    NipError::Length { length } =>
        (Some("number"), format!("NIP terdiri dari 18 digit, ini {length}")),
    NipError::NotADigit { position, character } =>
        (Some("number"), format!("karakter ke-{position} (`{character}`) bukan angka")),
    NipError::BirthDate { digits } =>
        (Some("number"), format!("digit 1–8 ({digits}) bukan tanggal lahir yang ada")),
    NipError::AppointmentMonth { month } =>
        (Some("number"), format!("digit 13–14 ({month:02}) bukan bulan pengangkatan")),
    NipError::AppointmentTooEarly { year, birth_year } => (
        Some("number"),
        format!("pengangkatan ({year}) sebelum usia 18 tahun (lahir {birth_year})")
    ),
    NipError::Gender { digit } =>
        (Some("number"), format!("digit 15 ({digit}) harus 1 (laki-laki) atau 2 (perempuan)")),
    NipError::Sequence => (Some("number"), "nomor urut (digit 16–18) tidak boleh 000".to_string()),
});

localized!(SimulationError, "invalid_simulation", |e, locale| match e {
    SimulationError::StartBeforeTmt { start, tmt } =>
        (Some("start"), format!("simulasi dimulai ({start}) sebelum TMT golongan ({tmt})")),
    SimulationError::StartAfterRetirement { start, pension } =>
        (Some("start"), format!("simulasi dimulai ({start}) setelah pensiun ({pension})")),
    SimulationError::EmptySequence =>
        (Some("plan.predikat"), "urutan predikat minimal berisi satu predikat".to_string()),
    SimulationError::Runs { runs, max } =>
        (Some("runs"), format!("jumlah simulasi harus 1 sampai {max}, bukan {runs}")),
    SimulationError::EmptyDistribution =>
        (Some("distribution"), "distribusi predikat memerlukan bobot positif".to_string()),
    // A record problem is the record's, whichever endpoint it reached.
    SimulationError::Record(e) => return e.to_api_error(locale),
});

localized!(ScoringError, "invalid_scoring", |e| match e {
    ScoringError::Target { index } =>
        (Some("target"), format!("indikator {index}: target harus bilangan 0,000001 sampai 10^16")),
    ScoringError::Range { index } => (
        Some("target"),
        format!("indikator {index}: rentang harus 0,000001 ≤ bawah ≤ atas ≤ 10^16")
    ),
    ScoringError::Realisation { index } =>
        (Some("realisasi"), format!("indikator {index}: realisasi harus bilangan 0 sampai 10^16")),
    ScoringError::Weight { index } => (
        Some("weight"),
        format!("hasil kerja {index}: bobot harus bilangan lebih dari 0, paling banyak 100")
    ),
    ScoringError::NoIndicator { index } =>
        (Some("indicators"), format!("hasil kerja {index} tidak memiliki indikator")),
    ScoringError::NoMainResult => (Some("results"), "rencana tidak memiliki RHK utama".to_string()),
    ScoringError::TooMany { field, max } =>
        (Some(field.as_str()), format!("{field}: paling banyak {max}")),
    ScoringError::Score { field, value } =>
        (Some(field.as_str()), format!("{field}: nilai {value} di luar 0–120")),
    ScoringError::Amount { field, value } =>
        (Some(field.as_str()), format!("{field}: {value} bukan jumlah yang sah")),
});

impl Localized for RecordError {
    fn to_api_error(&self, locale: Locale) -> ApiError {
        let id = match self {
            RecordError::AngkaKredit { value } => {
                format!("angka kredit harus 0 sampai 10000, bukan {value}")
            }
            RecordError::BeforeBirth { date, birth, .. } => {
                format!("tanggal {date} tidak setelah tanggal lahir {birth}")
            }
            RecordError::HistoryYear { year, from, to } => {
                format!("tahun {year} di luar {from}–{to}")
            }
            RecordError::TooMany { len, max, .. } => {
                format!("paling banyak {max} isian, bukan {len}")
            }
        };
        let field = self.field();
        let id = format!("{field}: {id}");
        ApiError::invalid("invalid_record", Some(field), pick(locale, id, self.to_string()))
    }
}

localized!(NineBoxError, "invalid_nine_box", |e| match e {
    NineBoxError::NoPredikat =>
        (Some("predikat"), "diperlukan minimal satu predikat tahunan".to_string()),
    NineBoxError::Potential { value } =>
        (Some("potential"), format!("skor potensi harus 0–100, bukan {value}")),
});

localized!(TrainingError, "invalid_learning_hours", |e| match e {
    TrainingError::TooMany { index, jp } => (
        Some("activities_jp"),
        format!("kegiatan {index}: {jp} JP melebihi yang dapat dimuat satu tahun")
    ),
});

impl Localized for std::convert::Infallible {
    fn to_api_error(&self, _: Locale) -> ApiError {
        match *self {}
    }
}

use super::endpoints::{DistributionFailure, MonteCarloFailure, RequestError};

impl Localized for RequestError {
    fn to_api_error(&self, locale: Locale) -> ApiError {
        let (field, id) = match self {
            RequestError::CountsOrPredikat => {
                ("counts", "berikan tepat satu dari `counts` atau `predikat`".to_string())
            }
            RequestError::TooManyRuns(runs) => (
                "runs",
                format!(
                    "API menjalankan paling banyak {} simulasi per permintaan, bukan {runs}",
                    super::endpoints::API_MAX_RUNS
                ),
            ),
        };
        ApiError::invalid("invalid_request", Some(field.into()), pick(locale, id, self.to_string()))
    }
}

impl Localized for DistributionFailure {
    fn to_api_error(&self, locale: Locale) -> ApiError {
        match self {
            DistributionFailure::Request(e) => e.to_api_error(locale),
            DistributionFailure::Rule(e) => e.to_api_error(locale),
        }
    }
}

impl Localized for MonteCarloFailure {
    fn to_api_error(&self, locale: Locale) -> ApiError {
        match self {
            MonteCarloFailure::Request(e) => e.to_api_error(locale),
            MonteCarloFailure::Rule(e) => e.to_api_error(locale),
        }
    }
}
