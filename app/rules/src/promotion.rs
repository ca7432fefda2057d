//! Promotion eligibility: KP reguler, KP pilihan struktural and fungsional, kenaikan jenjang and
//! KP penyesuaian ijazah (asn-rules.md §2.3–2.5). Each requirement is listed as met or unmet with
//! the date it becomes met, and the earliest KP date on which all hold.
//!
//! The checks are written once, allocation-free, over a compact [`State`]; the explained API
//! ([`promotion_eligibility`]) and the career simulator's inner loop both call them.

use serde::{Deserialize, Serialize};

use crate::{
    career::{bup_for, next_kp_date, Position},
    date::Date,
    explain::Trace,
    jenjang::Jenjang,
    pangkat::{Education, Golongan},
    predikat::Predikat,
    rule_set::RuleSet,
};

const REG_KP: &str = "PP 99/2000 jo PP 12/2002; Peraturan BKN 4/2023";
const REG_JF: &str = "PermenPANRB 1/2023 jo Peraturan BKN 3/2023";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PromotionKind {
    /// KP reguler (jabatan pelaksana).
    Reguler,
    /// KP pilihan for structural officials.
    Struktural,
    /// KP pilihan for functional officials, within the jenjang.
    Fungsional,
    /// Kenaikan jenjang of a functional position (with the KP into the new jenjang's range).
    KenaikanJenjang,
    /// KP pilihan penyesuaian ijazah.
    PenyesuaianIjazah,
}

/// The requirements, as stable ids the interface translates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Requirement {
    HasNextGolongan,
    MinYearsInGolongan,
    PredikatLastYears,
    EducationCap,
    SuperiorRank,
    EselonCap,
    WithinJenjangRange,
    AngkaKredit,
    MinYearsInJenjang,
    Vacancy,
    UjiKompetensi,
    PengembanganProfesi,
    HigherDiploma,
    UjianPenyesuaian,
    BeforeRetirement,
}

impl Requirement {
    pub fn code(self) -> &'static str {
        match self {
            Requirement::HasNextGolongan => "has_next_golongan",
            Requirement::MinYearsInGolongan => "min_years_in_golongan",
            Requirement::PredikatLastYears => "predikat_last_years",
            Requirement::EducationCap => "education_cap",
            Requirement::SuperiorRank => "superior_rank",
            Requirement::EselonCap => "eselon_cap",
            Requirement::WithinJenjangRange => "within_jenjang_range",
            Requirement::AngkaKredit => "angka_kredit",
            Requirement::MinYearsInJenjang => "min_years_in_jenjang",
            Requirement::Vacancy => "vacancy",
            Requirement::UjiKompetensi => "uji_kompetensi",
            Requirement::PengembanganProfesi => "pengembangan_profesi",
            Requirement::HigherDiploma => "higher_diploma",
            Requirement::UjianPenyesuaian => "ujian_penyesuaian",
            Requirement::BeforeRetirement => "before_retirement",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct YearPredikat {
    pub year: i32,
    pub predikat: Predikat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Diploma {
    pub education: Education,
    pub date: Date,
}

/// An employee's record as the promotion rules need it (the API's input).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CareerRecord {
    pub birth_date: Date,
    pub golongan: Golongan,
    /// TMT of the current golongan.
    pub tmt_golongan: Date,
    pub position: Position,
    /// Since when the current position (and jenjang) is held; defaults to `tmt_golongan`.
    #[serde(default)]
    pub tmt_jabatan: Option<Date>,
    pub education: Education,
    /// Credit points accumulated in the current jenjang (functional positions).
    #[serde(default)]
    pub angka_kredit: f64,
    /// The direct superior's golongan, which KP reguler may not exceed.
    #[serde(default)]
    pub superior_golongan: Option<Golongan>,
    /// Annual predikat, any order.
    #[serde(default)]
    pub predikat_history: Vec<YearPredikat>,
    #[serde(default)]
    pub uji_kompetensi_passed: bool,
    #[serde(default)]
    pub jenjang_vacancy: bool,
    #[serde(default)]
    pub pengembangan_profesi: bool,
    /// A higher diploma obtained after the one the current golongan rests on.
    #[serde(default)]
    pub new_diploma: Option<Diploma>,
    /// Ujian penyesuaian kenaikan pangkat (UPKP) passed.
    #[serde(default)]
    pub upkp_passed: bool,
}

/// The most credit points a record can hold: far above the highest jenjang's requirement, so
/// anything beyond it is a typing mistake.
pub const MAX_ANGKA_KREDIT: f64 = 10_000.0;
/// The most entries of a list in a record or scenario (years of history, events, a predikat
/// sequence): a working life is under 50 years.
pub const MAX_LIST: usize = 100;

/// A record the rules cannot work with: each names the field at fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RecordError {
    #[error("record.angka_kredit: credit points must be from 0 to 10000, not {value}")]
    AngkaKredit { value: String },
    #[error("record.{field}: {date} is not after the birth date {birth}")]
    BeforeBirth { field: String, date: Date, birth: Date },
    #[error("record.predikat_history: the year {year} is outside {from}–{to}")]
    HistoryYear { year: i32, from: i32, to: i32 },
    #[error("{field}: at most {max} entries, not {len}")]
    TooMany { field: String, len: usize, max: usize },
}

impl RecordError {
    /// The request field at fault, as the API names it.
    pub fn field(&self) -> String {
        match self {
            RecordError::AngkaKredit { .. } => "record.angka_kredit".into(),
            RecordError::BeforeBirth { field, .. } => format!("record.{field}"),
            RecordError::HistoryYear { .. } => "record.predikat_history".into(),
            RecordError::TooMany { field, .. } => field.clone(),
        }
    }
}

/// A list no longer than [`MAX_LIST`].
pub fn check_list_len(field: &str, len: usize) -> Result<(), RecordError> {
    if len > MAX_LIST {
        return Err(RecordError::TooMany { field: field.into(), len, max: MAX_LIST });
    }
    Ok(())
}

impl CareerRecord {
    /// Values the rules can work with: bounded credit points, dates after birth, history
    /// within a lifetime. This bounds every projection's length and memory, whatever the input.
    pub fn check(&self) -> Result<(), RecordError> {
        if !(self.angka_kredit.is_finite() && (0.0..=MAX_ANGKA_KREDIT).contains(&self.angka_kredit))
        {
            let v = self.angka_kredit;
            let value = if v.abs() < 1e9 { v.to_string() } else { format!("{v:e}") };
            return Err(RecordError::AngkaKredit { value });
        }
        let birth = self.birth_date;
        let dates = [("tmt_golongan", Some(self.tmt_golongan)), ("tmt_jabatan", self.tmt_jabatan)];
        for (field, date) in dates {
            if let Some(date) = date.filter(|d| *d <= birth) {
                return Err(RecordError::BeforeBirth { field: field.into(), date, birth });
            }
        }
        check_list_len("record.predikat_history", self.predikat_history.len())?;
        let (from, to) = (birth.year(), birth.year() + 100);
        if let Some(y) = self.predikat_history.iter().find(|y| !(from..=to).contains(&y.year)) {
            return Err(RecordError::HistoryYear { year: y.year, from, to });
        }
        Ok(())
    }
}

/// The compact state the checks run on (copied, never allocated).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct State {
    pub birth_date: Date,
    pub golongan: Golongan,
    pub tmt_golongan: Date,
    pub position: Position,
    pub tmt_jabatan: Date,
    pub education: Education,
    pub ak: f64,
    pub superior: Option<Golongan>,
    pub uji_kompetensi: Option<Date>,
    pub vacancy: Option<Date>,
    pub pengembangan_profesi: bool,
    pub new_diploma: Option<Diploma>,
    pub upkp: Option<Date>,
}

impl State {
    pub(crate) fn from_record(r: &CareerRecord, as_of: Date) -> State {
        let flag = |b: bool| b.then_some(as_of);
        State {
            birth_date: r.birth_date,
            golongan: r.golongan,
            tmt_golongan: r.tmt_golongan,
            position: r.position,
            tmt_jabatan: r.tmt_jabatan.unwrap_or(r.tmt_golongan),
            education: r.education,
            ak: r.angka_kredit,
            superior: r.superior_golongan,
            uji_kompetensi: flag(r.uji_kompetensi_passed),
            vacancy: flag(r.jenjang_vacancy),
            pengembangan_profesi: r.pengembangan_profesi,
            new_diploma: r.new_diploma,
            upkp: flag(r.upkp_passed),
        }
    }

    pub(crate) fn pension_date(&self, rs: &RuleSet) -> Date {
        self.birth_date.add_years(bup_for(rs, self.position) as i32).first_of_next_month()
    }
}

/// One requirement's verdict: met on a date (possibly in the past), or not (yet) at all.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Check {
    pub requirement: Requirement,
    pub met_on: Option<Date>,
}

/// Up to eight checks without allocating.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Checks {
    pub kind: PromotionKind,
    pub target_golongan: Option<Golongan>,
    pub target_jenjang: Option<Jenjang>,
    items: [Option<Check>; 8],
    len: usize,
}

impl Checks {
    fn new(
        kind: PromotionKind,
        target_golongan: Option<Golongan>,
        target_jenjang: Option<Jenjang>,
    ) -> Self {
        Checks { kind, target_golongan, target_jenjang, items: [None; 8], len: 0 }
    }

    fn push(&mut self, requirement: Requirement, met_on: Option<Date>) {
        if self.len < self.items.len() {
            self.items[self.len] = Some(Check { requirement, met_on });
            self.len += 1;
        }
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = Check> + '_ {
        self.items[..self.len].iter().flatten().copied()
    }

    /// The earliest KP date on which every requirement holds and that precedes retirement,
    /// with the binding requirement: the one met last, or the first that is never met.
    /// Nothing takes effect before `as_of`: requirements met in the past give the next KP date.
    pub(crate) fn outcome(
        &self,
        rs: &RuleSet,
        as_of: Date,
        pension: Date,
    ) -> (Option<Date>, Requirement) {
        let mut latest: Option<(Date, Requirement)> = None;
        for check in self.iter() {
            match check.met_on {
                None => return (None, check.requirement),
                Some(d) if latest.is_none_or(|(l, _)| d > l) => {
                    latest = Some((d, check.requirement))
                }
                Some(_) => {}
            }
        }
        let (when, binding) = latest.unwrap_or((pension, Requirement::HasNextGolongan));
        let kp = next_kp_date(rs, when.max(as_of));
        if kp >= pension {
            (None, Requirement::BeforeRetirement)
        } else {
            (Some(kp), binding)
        }
    }
}

/// `predikat_ok(n)`: the annual predikat of each of the `n` years before `as_of` is at least the
/// minimum. Supplied by the caller (history for the API, the scenario for the simulator).
pub(crate) fn all_checks(
    rs: &RuleSet,
    s: &State,
    as_of: Date,
    predikat_ok: &dyn Fn(u32) -> bool,
    mut each: impl FnMut(&Checks),
) {
    let next = s.golongan.next();
    // Annual predikat and the credit points they bring are known from 1 January.
    let new_year = Date::new(as_of.year(), 1, 1).unwrap_or(as_of);
    let predikat = |years: u32| predikat_ok(years).then_some(new_year);
    let after_years = |from: Date, years: u32| Some(from.add_years(years as i32));
    let holds = |ok: bool| ok.then_some(s.tmt_golongan);

    match s.position {
        Position::Pelaksana => {
            let mut c = Checks::new(PromotionKind::Reguler, next, None);
            c.push(Requirement::HasNextGolongan, holds(next.is_some()));
            c.push(
                Requirement::MinYearsInGolongan,
                after_years(s.tmt_golongan, rs.kp_reguler_min_years),
            );
            c.push(Requirement::PredikatLastYears, predikat(rs.kp_predikat_years));
            let education = highest_education(s, as_of);
            let cap = rs.education_cap(education).map(|c| c.max_reguler);
            c.push(
                Requirement::EducationCap,
                holds(matches!((next, cap), (Some(n), Some(cap)) if n <= cap)),
            );
            if let Some(superior) = s.superior {
                c.push(Requirement::SuperiorRank, holds(next.is_some_and(|n| n <= superior)));
            }
            each(&c);
        }
        Position::Struktural { eselon } => {
            let mut c = Checks::new(PromotionKind::Struktural, next, None);
            c.push(Requirement::HasNextGolongan, holds(next.is_some()));
            c.push(
                Requirement::MinYearsInGolongan,
                after_years(s.tmt_golongan, rs.kp_reguler_min_years),
            );
            c.push(Requirement::PredikatLastYears, predikat(rs.kp_predikat_years));
            c.push(Requirement::EselonCap, holds(next.is_some_and(|n| n <= eselon.range().1)));
            each(&c);
        }
        Position::Fungsional { jenjang } => {
            let p = rs.jenjang(jenjang);
            // KP within the jenjang.
            let mut c = Checks::new(PromotionKind::Fungsional, next, Some(jenjang));
            let within = next.filter(|n| *n <= p.highest);
            c.push(Requirement::WithinJenjangRange, holds(within.is_some()));
            let needed = within.and_then(|n| p.cumulative_for(n));
            c.push(
                Requirement::AngkaKredit,
                needed.and_then(|need| (s.ak + 1e-9 >= need).then_some(new_year)),
            );
            c.push(Requirement::PredikatLastYears, predikat(1));
            each(&c);
            // Kenaikan jenjang.
            if let Some(up) = jenjang.next() {
                let up_params = rs.jenjang(up);
                let target = if s.golongan < up_params.lowest {
                    Some(up_params.lowest)
                } else {
                    Some(s.golongan)
                };
                let mut c = Checks::new(PromotionKind::KenaikanJenjang, target, Some(up));
                let need = p.akk_jenjang.unwrap_or(f64::INFINITY);
                c.push(Requirement::AngkaKredit, (s.ak + 1e-9 >= need).then_some(new_year));
                c.push(
                    Requirement::MinYearsInJenjang,
                    after_years(s.tmt_jabatan, rs.jenjang_min_years),
                );
                c.push(Requirement::PredikatLastYears, predikat(rs.jenjang_predikat_years));
                c.push(Requirement::Vacancy, s.vacancy);
                c.push(Requirement::UjiKompetensi, s.uji_kompetensi);
                if up_params.needs_pengembangan_profesi {
                    c.push(
                        Requirement::PengembanganProfesi,
                        s.pengembangan_profesi.then_some(as_of),
                    );
                }
                each(&c);
            }
        }
    }

    // KP penyesuaian ijazah, for anyone whose new diploma starts above their golongan.
    if let Some(diploma) = s.new_diploma {
        if let Some(start) = rs.education_cap(diploma.education).map(|c| c.starting) {
            if start > s.golongan {
                let mut c = Checks::new(PromotionKind::PenyesuaianIjazah, Some(start), None);
                c.push(Requirement::HigherDiploma, Some(diploma.date));
                c.push(
                    Requirement::MinYearsInGolongan,
                    after_years(s.tmt_golongan, rs.ijazah_min_years),
                );
                c.push(Requirement::PredikatLastYears, predikat(1));
                c.push(Requirement::UjianPenyesuaian, s.upkp);
                each(&c);
            }
        }
    }
}

fn highest_education(s: &State, as_of: Date) -> Education {
    match s.new_diploma {
        Some(d) if d.date <= as_of && d.education > s.education => d.education,
        _ => s.education,
    }
}

/// One requirement as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RequirementStatus {
    pub requirement: Requirement,
    pub met: bool,
    /// When it is (or was) met; `None` when it is not met and no date can be foreseen.
    pub met_on: Option<Date>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PromotionOption {
    pub kind: PromotionKind,
    pub target_golongan: Option<Golongan>,
    pub target_jenjang: Option<Jenjang>,
    pub requirements: Vec<RequirementStatus>,
    /// The earliest KP date on which all requirements hold, before retirement.
    pub eligible_on: Option<Date>,
    /// What decides the date: the requirement met last, or the one that blocks.
    pub binding: Requirement,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Eligibility {
    pub as_of: Date,
    pub pension_date: Date,
    pub options: Vec<PromotionOption>,
}

/// Every promotion path open to the record's position, as of a date.
pub fn promotion_eligibility(
    rs: &RuleSet,
    record: &CareerRecord,
    as_of: Date,
) -> (Eligibility, Trace) {
    let state = State::from_record(record, as_of);
    let pension = state.pension_date(rs);
    let history = &record.predikat_history;
    let predikat_ok =
        |years: u32| predikat_ok_in_history(history, as_of.year(), years, rs.kp_min_predikat);
    let mut options = Vec::new();
    let mut trace = Trace::new();
    all_checks(rs, &state, as_of, &predikat_ok, |checks| {
        let (eligible_on, binding) = checks.outcome(rs, as_of, pension);
        let requirements: Vec<RequirementStatus> = checks
            .iter()
            .map(|c| RequirementStatus {
                requirement: c.requirement,
                met: c.met_on.is_some_and(|d| d <= as_of),
                met_on: c.met_on,
            })
            .collect();
        let regulation = match checks.kind {
            PromotionKind::Fungsional | PromotionKind::KenaikanJenjang => REG_JF,
            _ => REG_KP,
        };
        let mut inputs = vec![("golongan", state.golongan.code().to_string())];
        for r in &requirements {
            inputs.push((
                r.requirement.code(),
                r.met_on.map(|d| d.to_string()).unwrap_or_else(|| "unmet".into()),
            ));
        }
        trace.push(
            &format!("promotion.{}", kind_code(checks.kind)),
            regulation,
            &inputs,
            eligible_on
                .map(|d| d.to_string())
                .unwrap_or_else(|| format!("blocked:{}", binding.code())),
        );
        options.push(PromotionOption {
            kind: checks.kind,
            target_golongan: checks.target_golongan,
            target_jenjang: checks.target_jenjang,
            requirements,
            eligible_on,
            binding,
        });
    });
    (Eligibility { as_of, pension_date: pension, options }, trace)
}

pub(crate) fn kind_code(kind: PromotionKind) -> &'static str {
    match kind {
        PromotionKind::Reguler => "reguler",
        PromotionKind::Struktural => "struktural",
        PromotionKind::Fungsional => "fungsional",
        PromotionKind::KenaikanJenjang => "kenaikan_jenjang",
        PromotionKind::PenyesuaianIjazah => "penyesuaian_ijazah",
    }
}

/// Each of the `years` calendar years before `current_year` has an annual predikat ≥ `min`.
pub(crate) fn predikat_ok_in_history(
    history: &[YearPredikat],
    current_year: i32,
    years: u32,
    min: Predikat,
) -> bool {
    (1..=years as i32)
        .all(|back| history.iter().any(|y| y.year == current_year - back && y.predikat >= min))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::career::Eselon;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }
    fn g(s: &str) -> Golongan {
        s.parse().unwrap()
    }
    fn baik(years: &[i32]) -> Vec<YearPredikat> {
        years.iter().map(|&year| YearPredikat { year, predikat: Predikat::Baik }).collect()
    }
    fn record(position: Position, golongan: &str, tmt: &str) -> CareerRecord {
        CareerRecord {
            birth_date: d("1985-06-15"),
            golongan: g(golongan),
            tmt_golongan: d(tmt),
            position,
            tmt_jabatan: None,
            education: Education::S1,
            angka_kredit: 0.0,
            superior_golongan: None,
            predikat_history: baik(&[2021, 2022, 2023, 2024, 2025]),
            uji_kompetensi_passed: false,
            jenjang_vacancy: false,
            pengembangan_profesi: false,
            new_diploma: None,
            upkp_passed: false,
        }
    }

    #[test]
    fn reguler_needs_four_years_and_lands_on_the_next_kp_date() {
        let r = record(Position::Pelaksana, "III/a", "2022-04-01");
        let (e, _) = promotion_eligibility(&RuleSet::current(), &r, d("2026-01-15"));
        let o = &e.options[0];
        assert_eq!(o.kind, PromotionKind::Reguler);
        assert_eq!(o.target_golongan, Some(g("III/b")));
        assert_eq!(o.eligible_on, Some(d("2026-04-01")));
        assert_eq!(o.binding, Requirement::MinYearsInGolongan);
        let years = o
            .requirements
            .iter()
            .find(|r| r.requirement == Requirement::MinYearsInGolongan)
            .unwrap();
        assert!(!years.met);
        assert_eq!(years.met_on, Some(d("2026-04-01")));
    }

    #[test]
    fn reguler_stops_at_the_education_cap_and_at_the_superiors_rank() {
        let rs = RuleSet::current();
        let capped = record(Position::Pelaksana, "III/d", "2018-04-01");
        let (e, _) = promotion_eligibility(&rs, &capped, d("2026-01-15"));
        assert_eq!(e.options[0].eligible_on, None);
        assert_eq!(e.options[0].binding, Requirement::EducationCap);

        let mut under_boss = record(Position::Pelaksana, "III/b", "2018-04-01");
        under_boss.superior_golongan = Some(g("III/b"));
        let (e, _) = promotion_eligibility(&rs, &under_boss, d("2026-01-15"));
        assert_eq!(e.options[0].binding, Requirement::SuperiorRank);
        assert_eq!(e.options[0].eligible_on, None);
    }

    #[test]
    fn reguler_needs_baik_in_each_of_the_last_two_years() {
        let mut r = record(Position::Pelaksana, "III/a", "2018-04-01");
        r.predikat_history = vec![
            YearPredikat { year: 2024, predikat: Predikat::ButuhPerbaikan },
            YearPredikat { year: 2025, predikat: Predikat::SangatBaik },
        ];
        let (e, _) = promotion_eligibility(&RuleSet::current(), &r, d("2026-01-15"));
        assert_eq!(e.options[0].binding, Requirement::PredikatLastYears);
        assert_eq!(e.options[0].eligible_on, None);
    }

    #[test]
    fn structural_officials_are_capped_by_their_eselon() {
        let r = record(Position::Struktural { eselon: Eselon::IVa }, "III/d", "2018-04-01");
        let (e, _) = promotion_eligibility(&RuleSet::current(), &r, d("2026-01-15"));
        assert_eq!(e.options[0].kind, PromotionKind::Struktural);
        assert_eq!(e.options[0].binding, Requirement::EselonCap);
    }

    #[test]
    fn worked_example_2_ahli_muda_with_100_points_is_eligible_for_iii_d() {
        let mut r =
            record(Position::Fungsional { jenjang: Jenjang::AhliMuda }, "III/c", "2023-01-01");
        r.angka_kredit = 100.0;
        let (e, _) = promotion_eligibility(&RuleSet::current(), &r, d("2026-01-10"));
        let kp = e.options.iter().find(|o| o.kind == PromotionKind::Fungsional).unwrap();
        assert_eq!(kp.target_golongan, Some(g("III/d")));
        assert_eq!(kp.eligible_on, Some(d("2026-02-01")));
        let jenjang = e.options.iter().find(|o| o.kind == PromotionKind::KenaikanJenjang).unwrap();
        assert_eq!(jenjang.binding, Requirement::AngkaKredit, "200 needed for Ahli Madya");
    }

    #[test]
    fn kenaikan_jenjang_lists_vacancy_and_competency_test() {
        let rs = RuleSet::current();
        let mut r =
            record(Position::Fungsional { jenjang: Jenjang::AhliPertama }, "III/b", "2022-01-01");
        r.angka_kredit = 100.0;
        let (e, _) = promotion_eligibility(&rs, &r, d("2026-01-10"));
        let up = e.options.iter().find(|o| o.kind == PromotionKind::KenaikanJenjang).unwrap();
        assert_eq!(up.target_jenjang, Some(Jenjang::AhliMuda));
        assert_eq!(up.target_golongan, Some(g("III/c")));
        assert_eq!(up.binding, Requirement::Vacancy);
        r.jenjang_vacancy = true;
        let (e, _) = promotion_eligibility(&rs, &r, d("2026-01-10"));
        let up = e.options.iter().find(|o| o.kind == PromotionKind::KenaikanJenjang).unwrap();
        assert_eq!(up.binding, Requirement::UjiKompetensi);
        r.uji_kompetensi_passed = true;
        let (e, _) = promotion_eligibility(&rs, &r, d("2026-01-10"));
        let up = e.options.iter().find(|o| o.kind == PromotionKind::KenaikanJenjang).unwrap();
        assert_eq!(up.eligible_on, Some(d("2026-02-01")));
    }

    #[test]
    fn penyesuaian_ijazah_raises_to_the_diplomas_starting_golongan() {
        let mut r = record(Position::Pelaksana, "II/c", "2023-04-01");
        r.education = Education::Slta;
        r.new_diploma = Some(Diploma { education: Education::S1, date: d("2025-08-20") });
        r.upkp_passed = true;
        let (e, _) = promotion_eligibility(&RuleSet::current(), &r, d("2026-01-10"));
        let ij = e.options.iter().find(|o| o.kind == PromotionKind::PenyesuaianIjazah).unwrap();
        assert_eq!(ij.target_golongan, Some(g("III/a")));
        assert_eq!(ij.eligible_on, Some(d("2026-02-01")));
    }

    #[test]
    fn nothing_takes_effect_on_or_after_the_pension_date() {
        // Four years in III/a end on 2028-08-01, after the pension date of 2028-06-01.
        let mut r = record(Position::Pelaksana, "III/a", "2024-08-01");
        r.birth_date = d("1970-05-10");
        let (e, _) = promotion_eligibility(&RuleSet::current(), &r, d("2026-01-10"));
        assert_eq!(e.pension_date, d("2028-06-01"));
        assert_eq!(e.options[0].eligible_on, None);
        assert_eq!(e.options[0].binding, Requirement::BeforeRetirement);
    }
}
