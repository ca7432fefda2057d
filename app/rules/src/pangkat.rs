//! The 17-step pangkat/golongan ladder of PNS (PP 99/2000 Lampiran; asn-rules.md §2.1) and the
//! education levels that bound it (§2.2).

use std::{fmt, str::FromStr};

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// Golongan ruang, ordered from I/a (lowest) to IV/e (highest).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Golongan(u8);

const CODES: [&str; 17] = [
    "I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d",
    "IV/a", "IV/b", "IV/c", "IV/d", "IV/e",
];

const PANGKAT: [&str; 17] = [
    "Juru Muda",
    "Juru Muda Tingkat I",
    "Juru",
    "Juru Tingkat I",
    "Pengatur Muda",
    "Pengatur Muda Tingkat I",
    "Pengatur",
    "Pengatur Tingkat I",
    "Penata Muda",
    "Penata Muda Tingkat I",
    "Penata",
    "Penata Tingkat I",
    "Pembina",
    "Pembina Tingkat I",
    "Pembina Utama Muda",
    "Pembina Utama Madya",
    "Pembina Utama",
];

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a golongan ruang (I/a … IV/e)")]
pub struct GolonganError(pub String);

impl Golongan {
    pub const LOWEST: Golongan = Golongan(0);
    pub const HIGHEST: Golongan = Golongan(16);

    pub fn all() -> impl Iterator<Item = Golongan> {
        (0..17).map(Golongan)
    }

    pub fn code(self) -> &'static str {
        CODES[usize::from(self.0)]
    }

    /// The pangkat title, e.g. `Penata Muda` for III/a.
    pub fn pangkat(self) -> &'static str {
        PANGKAT[usize::from(self.0)]
    }

    /// The next step up, if any.
    pub fn next(self) -> Option<Golongan> {
        (self.0 < 16).then(|| Golongan(self.0 + 1))
    }

    /// Position on the ladder, 0 for I/a.
    pub fn index(self) -> u8 {
        self.0
    }

    pub fn from_index(index: u8) -> Option<Golongan> {
        (index < 17).then_some(Golongan(index))
    }
}

impl fmt::Display for Golongan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Golongan {
    type Err = GolonganError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().replace(' ', "");
        CODES
            .iter()
            .position(|c| c.eq_ignore_ascii_case(&wanted))
            .map(|i| Golongan(i as u8))
            .ok_or_else(|| GolonganError(s.to_string()))
    }
}

impl Serialize for Golongan {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// A golongan ruang travels as its code, `I/a` … `IV/e`.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for Golongan {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Golongan".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let codes: Vec<&str> = Golongan::all().map(Golongan::code).collect();
        schemars::json_schema!({ "type": "string", "enum": codes, "examples": ["III/a"] })
    }
}

impl<'de> Deserialize<'de> for Golongan {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d)?.parse().map_err(de::Error::custom)
    }
}

/// Highest education (STTB/ijazah) as PP 99/2000 jo PP 12/2002 groups it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Education {
    Sd,
    Sltp,
    SltpKejuruan,
    /// SLTA, SLTA Kejuruan, D-I.
    Slta,
    D2,
    Sgplb,
    /// Sarjana Muda, D-III, Akademi, Bakaloreat.
    D3,
    /// S1 or D-IV.
    S1,
    /// Dokter, Apoteker, Magister.
    S2,
    /// Doktor.
    S3,
}

impl Education {
    pub const ALL: [Education; 10] = [
        Education::Sd,
        Education::Sltp,
        Education::SltpKejuruan,
        Education::Slta,
        Education::D2,
        Education::Sgplb,
        Education::D3,
        Education::S1,
        Education::S2,
        Education::S3,
    ];

    /// The education level of a diploma as records name it (`S1`, `D-III`, `Profesi` …),
    /// grouped as PP 99/2000 jo PP 12/2002 groups them: D-I with SLTA, D-IV with S1, a
    /// professional degree (dokter, apoteker) with S2.
    pub fn from_title(title: &str) -> Option<Education> {
        Some(match title.trim().to_uppercase().replace(['-', ' '], "").as_str() {
            "SD" => Education::Sd,
            "SLTP" | "SMP" => Education::Sltp,
            "SLTPKEJURUAN" => Education::SltpKejuruan,
            "SLTA" | "SMA" | "SMK" | "DI" => Education::Slta,
            "DII" => Education::D2,
            "SGPLB" => Education::Sgplb,
            "DIII" => Education::D3,
            "DIV" | "S1" => Education::S1,
            "S2" | "PROFESI" => Education::S2,
            "S3" => Education::S3,
            _ => return None,
        })
    }

    pub fn code(self) -> &'static str {
        match self {
            Education::Sd => "sd",
            Education::Sltp => "sltp",
            Education::SltpKejuruan => "sltp_kejuruan",
            Education::Slta => "slta",
            Education::D2 => "d2",
            Education::Sgplb => "sgplb",
            Education::D3 => "d3",
            Education::S1 => "s1",
            Education::S2 => "s2",
            Education::S3 => "s3",
        }
    }

    pub fn from_code(code: &str) -> Option<Education> {
        Education::ALL.into_iter().find(|e| e.code() == code)
    }

    /// The title a record stores for this level (`from_title` reads it back).
    pub fn title(self) -> &'static str {
        match self {
            Education::Sd => "SD",
            Education::Sltp => "SLTP",
            Education::SltpKejuruan => "SLTP Kejuruan",
            Education::Slta => "SLTA",
            Education::D2 => "D-II",
            Education::Sgplb => "SGPLB",
            Education::D3 => "D-III",
            Education::S1 => "S1",
            Education::S2 => "S2",
            Education::S3 => "S3",
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn record_titles_map_to_the_education_groups_of_pp_99_2000() {
        assert_eq!(Education::from_title("S1"), Some(Education::S1));
        assert_eq!(Education::from_title("D-IV"), Some(Education::S1));
        assert_eq!(Education::from_title("D-III"), Some(Education::D3));
        assert_eq!(Education::from_title("D-I"), Some(Education::Slta));
        assert_eq!(Education::from_title("Profesi"), Some(Education::S2));
        assert_eq!(Education::from_title("sma"), Some(Education::Slta));
        assert_eq!(Education::from_title("MBA"), None);
        let titles = ["SD", "SLTP", "SLTA", "D-I", "D-II", "D-III", "D-IV", "S1", "S2", "S3"];
        assert!(titles.iter().all(|t| Education::from_title(t).is_some()));
        for e in Education::ALL {
            assert_eq!(Education::from_title(e.title()), Some(e), "{e:?}");
            assert_eq!(Education::from_code(e.code()), Some(e));
        }
    }

    use super::*;

    #[test]
    fn the_ladder_has_seventeen_steps_from_juru_muda_to_pembina_utama() {
        let all: Vec<_> = Golongan::all().collect();
        assert_eq!(all.len(), 17);
        assert_eq!(all[0].code(), "I/a");
        assert_eq!(all[0].pangkat(), "Juru Muda");
        assert_eq!("III/a".parse::<Golongan>().unwrap().pangkat(), "Penata Muda");
        assert_eq!("IV/e".parse::<Golongan>().unwrap().pangkat(), "Pembina Utama");
        assert_eq!("iii/d".parse::<Golongan>().unwrap().next().unwrap().code(), "IV/a");
        assert_eq!(Golongan::HIGHEST.next(), None);
        assert!("III/f".parse::<Golongan>().is_err());
    }
}
