//! Rule-set versions: every numeric parameter of the rules, in one versioned value.
//!
//! Every result records the id of the rule set that produced it, so a stored verdict can always
//! be traced back to the parameters in force. Parameters the reference marks uncertain ([P]/[U])
//! are ordinary fields here, so an agency or a later version can change them without code.

use serde::{Deserialize, Serialize};

use crate::{
    date::Date,
    jenjang::{Jenjang, JenjangParams},
    pangkat::{Education, Golongan},
    predikat::Predikat,
};

/// The id of [`RuleSet::current`].
pub const RULE_SET_ID: &str = "asn-2024.1";

/// How a percentage bound turns into a head count in a small unit [U: SE 3/2023 is silent].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Rounding {
    Ceil,
    Floor,
    Nearest,
}

impl Rounding {
    /// `percent`% of `n` people, rounded this way (exact integer arithmetic, no float drift).
    pub fn apply(self, percent: u32, n: u32) -> u32 {
        let scaled = u64::from(percent) * u64::from(n);
        let (q, r) = (scaled / 100, scaled % 100);
        let q = q as u32;
        match self {
            Rounding::Floor => q,
            Rounding::Ceil => q + u32::from(r > 0),
            Rounding::Nearest => q + u32::from(r >= 50),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct DistributionParams {
    /// Rounding of minimum shares ("at least 60%").
    pub min_rounding: Rounding,
    /// Rounding of maximum shares ("at most 70%").
    pub max_rounding: Rounding,
    pub istimewa_max_sangat_baik_percent: u32,
    pub baik_max_baik_percent: u32,
    pub butuh_perbaikan_min_percent: u32,
    pub butuh_perbaikan_max_sangat_baik_percent: u32,
    pub kurang_min_kurang_percent: u32,
    pub kurang_min_butuh_perbaikan_percent: u32,
    pub kurang_max_sangat_baik_percent: u32,
    pub sangat_kurang_min_percent: u32,
    pub sangat_kurang_min_kurang_or_bp_percent: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct EducationCap {
    pub education: Education,
    pub starting: Golongan,
    /// Highest golongan reachable by KP reguler.
    pub max_reguler: Golongan,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RuleSet {
    pub id: String,
    pub effective_from: Date,
    /// Share of the yearly koefisien earned per predikat, in percent (SB 150 … SK 25).
    pub ak_percent: Vec<(Predikat, u32)>,
    pub jenjang: Vec<JenjangParams>,
    /// The months whose first day is a KP date (Peraturan BKN 4/2023: Feb, Apr, Jun, Aug, Oct, Dec).
    pub kp_months: Vec<u32>,
    pub kp_reguler_min_years: u32,
    /// KP needs at least this predikat in each of the last `kp_predikat_years` years.
    pub kp_min_predikat: Predikat,
    pub kp_predikat_years: u32,
    /// Kenaikan jenjang: years in the current jenjang and years of predikat ≥ minimum.
    pub jenjang_min_years: u32,
    pub jenjang_predikat_years: u32,
    /// KP penyesuaian ijazah: years in the current golongan.
    pub ijazah_min_years: u32,
    pub education_caps: Vec<EducationCap>,
    /// Retirement ages by group (JF ages live in `jenjang`).
    pub bup_administrasi: u32,
    pub bup_jpt: u32,
    /// One-off bonus on obtaining a higher diploma, in percent of the AKK for the next KP.
    pub diploma_bonus_percent: u32,
    pub distribution: DistributionParams,
    /// 9-box potential thresholds on a 0–100 scale [U: agency-specific; defaults are BKN's
    /// job-person match bands]: below `low` is rendah, at or above `high` is tinggi.
    pub potential_low: u32,
    pub potential_high: u32,
    /// 9-box performance axis: the mean of the last years' predikat on a 100 scale
    /// (SB 100, B 80, BP 60, K 40, SK 20), cut at `high` (di atas) and `mid` (sesuai) [P].
    pub kinerja_high: u32,
    pub kinerja_mid: u32,
    /// How many recent annual predikat the performance axis averages.
    pub kinerja_years: u32,
    /// Learning hours (JP) per year: PNS minimum and PPPK maximum.
    pub jp_pns_min: u32,
    pub jp_pppk_max: u32,
    /// Appeal (keberatan) deadline in calendar days [U: calendar vs working days].
    pub keberatan_days: u32,
    /// How applicants to an over-subscribed offering are ranked [U: the agency's choice].
    #[serde(default)]
    pub merit: crate::merit::MeritWeights,
    /// The mentoring cap and the minutes that make a JP [U]/[P].
    #[serde(default)]
    pub mentoring: crate::mentoring::MentoringRule,
    /// The competence each BerAKHLAK value develops in a development plan [P].
    #[serde(default)]
    pub idp: crate::idp::IdpRule,
}

impl RuleSet {
    /// The rules in force from the 2024 KP periods (Peraturan BKN 4/2023) onwards.
    pub fn current() -> RuleSet {
        let g = |s: &str| s.parse::<Golongan>().unwrap_or(Golongan::LOWEST);
        let jf = |jenjang,
                  koefisien,
                  lowest: &str,
                  highest: &str,
                  steps: &[f64],
                  akk: Option<f64>,
                  pp,
                  bup| {
            JenjangParams {
                jenjang,
                koefisien,
                lowest: g(lowest),
                highest: g(highest),
                kp_steps: steps.to_vec(),
                akk_jenjang: akk,
                needs_pengembangan_profesi: pp,
                bup,
            }
        };
        let cap = |education, starting: &str, max_reguler: &str| EducationCap {
            education,
            starting: g(starting),
            max_reguler: g(max_reguler),
        };
        RuleSet {
            id: RULE_SET_ID.to_string(),
            effective_from: Date::new(2024, 1, 1).unwrap_or(Date::from_days(19_723)),
            ak_percent: vec![
                (Predikat::SangatBaik, 150),
                (Predikat::Baik, 100),
                (Predikat::ButuhPerbaikan, 75),
                (Predikat::KurangMisconduct, 50),
                (Predikat::SangatKurang, 25),
            ],
            jenjang: vec![
                jf(Jenjang::Pemula, 3.75, "II/a", "II/a", &[], Some(15.0), false, 58),
                jf(Jenjang::Terampil, 5.0, "II/b", "II/d", &[20.0, 20.0], Some(60.0), false, 58),
                jf(Jenjang::Mahir, 12.5, "III/a", "III/b", &[50.0], Some(100.0), false, 58),
                jf(Jenjang::Penyelia, 25.0, "III/c", "III/d", &[100.0], None, true, 58),
                jf(Jenjang::AhliPertama, 12.5, "III/a", "III/b", &[50.0], Some(100.0), false, 58),
                jf(Jenjang::AhliMuda, 25.0, "III/c", "III/d", &[100.0], Some(200.0), false, 58),
                jf(
                    Jenjang::AhliMadya,
                    37.5,
                    "IV/a",
                    "IV/c",
                    &[150.0, 150.0],
                    Some(450.0),
                    true,
                    60,
                ),
                jf(Jenjang::AhliUtama, 50.0, "IV/d", "IV/e", &[200.0], None, true, 65),
            ],
            kp_months: vec![2, 4, 6, 8, 10, 12],
            kp_reguler_min_years: 4,
            kp_min_predikat: Predikat::Baik,
            kp_predikat_years: 2,
            jenjang_min_years: 1,
            jenjang_predikat_years: 1,
            ijazah_min_years: 1,
            education_caps: vec![
                cap(Education::Sd, "I/a", "II/a"),
                cap(Education::Sltp, "I/c", "II/c"),
                cap(Education::SltpKejuruan, "I/c", "II/d"),
                cap(Education::Slta, "II/a", "III/b"),
                cap(Education::D2, "II/b", "III/b"),
                cap(Education::Sgplb, "II/b", "III/c"),
                cap(Education::D3, "II/c", "III/c"),
                cap(Education::S1, "III/a", "III/d"),
                cap(Education::S2, "III/b", "IV/a"),
                cap(Education::S3, "III/c", "IV/b"),
            ],
            bup_administrasi: 58,
            bup_jpt: 60,
            diploma_bonus_percent: 25,
            distribution: DistributionParams {
                min_rounding: Rounding::Ceil,
                max_rounding: Rounding::Floor,
                istimewa_max_sangat_baik_percent: 70,
                baik_max_baik_percent: 70,
                butuh_perbaikan_min_percent: 60,
                butuh_perbaikan_max_sangat_baik_percent: 10,
                kurang_min_kurang_percent: 60,
                kurang_min_butuh_perbaikan_percent: 10,
                kurang_max_sangat_baik_percent: 10,
                sangat_kurang_min_percent: 60,
                sangat_kurang_min_kurang_or_bp_percent: 10,
            },
            potential_low: 78,
            potential_high: 90,
            kinerja_high: 90,
            kinerja_mid: 60,
            kinerja_years: 2,
            jp_pns_min: 20,
            jp_pppk_max: 24,
            keberatan_days: 14,
            merit: crate::merit::MeritWeights::default(),
            mentoring: crate::mentoring::MentoringRule::default(),
            idp: crate::idp::IdpRule::default(),
        }
    }

    pub fn jenjang(&self, jenjang: Jenjang) -> &JenjangParams {
        // `current()` and every deserialised rule set list all eight jenjang (checked by
        // `validate`); the fallback only keeps this total.
        self.jenjang.iter().find(|p| p.jenjang == jenjang).unwrap_or(&self.jenjang[0])
    }

    pub fn ak_percent(&self, predikat: Predikat) -> u32 {
        self.ak_percent.iter().find(|(p, _)| *p == predikat).map(|(_, v)| *v).unwrap_or(0)
    }

    pub fn education_cap(&self, education: Education) -> Option<&EducationCap> {
        self.education_caps.iter().find(|c| c.education == education)
    }

    /// Structural problems of a rule set loaded from outside (an admin-edited version).
    pub fn validate(&self) -> Result<(), String> {
        for j in Jenjang::ALL {
            let Some(p) = self.jenjang.iter().find(|p| p.jenjang == j) else {
                return Err(format!("jenjang {} is missing", j.code()));
            };
            let span = usize::from(p.highest.index().saturating_sub(p.lowest.index()));
            if p.highest < p.lowest || p.kp_steps.len() != span {
                return Err(format!("jenjang {}: kp_steps must have one entry per step", j.code()));
            }
        }
        if self.kp_months.is_empty() || self.kp_months.iter().any(|m| !(1..=12).contains(m)) {
            return Err("kp_months must be months 1–12".into());
        }
        if self.potential_low > self.potential_high || self.potential_high > 100 {
            return Err("potential thresholds must satisfy low ≤ high ≤ 100".into());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_current_rule_set_is_valid_and_serialises_round_trip() {
        let rs = RuleSet::current();
        rs.validate().unwrap();
        let json = serde_json::to_string(&rs).unwrap();
        assert_eq!(serde_json::from_str::<RuleSet>(&json).unwrap(), rs);
        assert_eq!(rs.id, RULE_SET_ID);
    }

    #[test]
    fn ak_percentages_follow_the_predikat() {
        let rs = RuleSet::current();
        let got: Vec<_> = Predikat::ALL.iter().map(|p| rs.ak_percent(*p)).collect();
        assert_eq!(got, [150, 100, 75, 50, 25]);
    }

    #[test]
    fn rounding_of_shares_uses_exact_integer_arithmetic() {
        assert_eq!(Rounding::Floor.apply(70, 20), 14);
        assert_eq!(Rounding::Ceil.apply(60, 10), 6);
        assert_eq!(Rounding::Ceil.apply(10, 3), 1);
        assert_eq!(Rounding::Floor.apply(10, 3), 0);
        assert_eq!(Rounding::Nearest.apply(70, 3), 2);
    }
}
