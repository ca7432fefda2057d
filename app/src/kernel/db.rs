//! The store every repository (each feature's `repo`, server only) writes through: the pool,
//! write transactions and the clock. Repositories speak portable SQL through `sqlx::Any`, so
//! one body of code serves SQLite (the embedded default) and PostgreSQL (the national scale
//! path).
//!
//! Storage conventions, chosen so that both backends decode the same Rust types:
//! ids and integers are `BIGINT`/`INTEGER` read as `i64`, dates are ISO-8601 `TEXT`
//! (`YYYY-MM-DD`, which sorts correctly), instants are Unix milliseconds in `BIGINT`.
//!
//! NULL f64 on PostgreSQL, a trap of sqlx 0.8.6's `Any` driver: a `None::<f64>` is sent as a
//! *float4* NULL (the `Real`/`Double` arms are swapped in `sqlx-core/src/any/arguments.rs`), and the
//! prepared statement is cached with that parameter type, so the next execution with a real
//! f64 fails with "incorrect binary data format". Every query that binds an `Option<f64>`
//! therefore runs with `.persistent(false)` (prepared afresh each time). Remove when sqlx fixes it.

pub type Pool = sqlx::AnyPool;

/// Begin a transaction that will write. On SQLite it takes the write lock at once
/// (`BEGIN IMMEDIATE`): a deferred transaction that reads first and writes later fails with
/// SQLITE_BUSY_SNAPSHOT when another writer commits in between, which no busy timeout can
/// wait out (the ratings benchmark with 16 concurrent raters showed it). PostgreSQL's
/// `BEGIN` already behaves.
pub async fn begin_write(
    pool: &Pool,
) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
    let sqlite = pool.connect_options().database_url.scheme().starts_with("sqlite");
    pool.begin_with(if sqlite { "BEGIN IMMEDIATE" } else { "BEGIN" }).await
}

/// Today's date (UTC): what "in force today" means for reporting lines and roles, and what
/// deadlines are compared with.
pub fn today() -> crate::rules::Date {
    crate::rules::Date::from_days(now_ms().div_euclid(86_400_000))
}

/// The rules' enums stored by their codes (`sangat_baik`, `di_atas_ekspektasi` …), decoded
/// like the app's own coded enums: an unknown code is a decoding error, never a default.
pub trait StoredCode: Sized {
    fn from_stored(code: &str) -> Option<Self>;

    fn decode(code: &str) -> Result<Self, sqlx::Error> {
        Self::from_stored(code).ok_or_else(|| {
            sqlx::Error::Decode(
                format!("unknown {} code {code:?}", std::any::type_name::<Self>()).into(),
            )
        })
    }
}

/// A nullable text column, for `#[derive(FromRow)]` fields of a rules type that may be absent:
/// `#[sqlx(try_from = "NullableText")] pub due: Option<Date>`. (The rules crate stays free of
/// sqlx, so its types cannot decode themselves; they convert from the stored text.)
pub struct NullableText(pub Option<String>);

impl sqlx::Type<sqlx::Any> for NullableText {
    fn type_info() -> sqlx::any::AnyTypeInfo {
        <String as sqlx::Type<sqlx::Any>>::type_info()
    }

    fn compatible(ty: &sqlx::any::AnyTypeInfo) -> bool {
        <String as sqlx::Type<sqlx::Any>>::compatible(ty)
    }
}

impl<'r> sqlx::Decode<'r, sqlx::Any> for NullableText {
    fn decode(value: sqlx::any::AnyValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
        <Option<String> as sqlx::Decode<'r, sqlx::Any>>::decode(value).map(NullableText)
    }
}

/// `Option<T>` of a rules type `T` stored as text, from a nullable column.
macro_rules! nullable_text {
    ($($t:ty),*) => {$(
        impl TryFrom<NullableText> for Option<$t> {
            type Error = <$t as TryFrom<String>>::Error;

            fn try_from(v: NullableText) -> Result<Self, Self::Error> {
                v.0.map(<$t>::try_from).transpose()
            }
        }
    )*};
}

nullable_text!(
    crate::rules::Date,
    crate::rules::Predikat,
    crate::rules::Rating,
    crate::rules::distribution::OrgPredikat
);

/// Reading coded columns off a row: `row.code::<Predikat>(4)?`, `row.opt_code(6)?`.
pub trait CodedColumns {
    fn code<T: StoredCode>(&self, index: usize) -> Result<T, sqlx::Error>;
    fn opt_code<T: StoredCode>(&self, index: usize) -> Result<Option<T>, sqlx::Error>;
}

impl CodedColumns for sqlx::any::AnyRow {
    fn code<T: StoredCode>(&self, index: usize) -> Result<T, sqlx::Error> {
        T::decode(&sqlx::Row::try_get::<String, _>(self, index)?)
    }

    fn opt_code<T: StoredCode>(&self, index: usize) -> Result<Option<T>, sqlx::Error> {
        sqlx::Row::try_get::<Option<String>, _>(self, index)?.map(|c| T::decode(&c)).transpose()
    }
}

impl StoredCode for crate::rules::Predikat {
    fn from_stored(code: &str) -> Option<Self> {
        Self::from_code(code)
    }
}

impl StoredCode for crate::rules::Rating {
    fn from_stored(code: &str) -> Option<Self> {
        code.parse().ok()
    }
}

impl StoredCode for crate::rules::Date {
    fn from_stored(code: &str) -> Option<Self> {
        code.parse().ok()
    }
}

impl StoredCode for crate::rules::pangkat::Education {
    fn from_stored(code: &str) -> Option<Self> {
        Self::from_code(code)
    }
}

impl StoredCode for crate::rules::idp::Focus {
    fn from_stored(code: &str) -> Option<Self> {
        Self::from_code(code)
    }
}

impl StoredCode for crate::rules::idp::ActionKind {
    fn from_stored(code: &str) -> Option<Self> {
        Self::from_code(code)
    }
}

impl StoredCode for crate::rules::distribution::OrgPredikat {
    fn from_stored(code: &str) -> Option<Self> {
        Self::from_code(code)
    }
}

/// A stored date column (`YYYY-MM-DD`) as a date; anything else is a decoding error.
pub fn stored_date(s: &str) -> Result<crate::rules::Date, sqlx::Error> {
    s.parse().map_err(|_| sqlx::Error::Decode(format!("not a stored date: {s:?}").into()))
}

/// Milliseconds since the Unix epoch, the storage form of every instant.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}
