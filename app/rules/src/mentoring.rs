//! Mentoring (bimbingan di tempat kerja, Peraturan LAN 10/2018 jalur nonklasikal): which
//! colleagues to suggest as a mentee's mentor, and how logged sessions count as learning hours.
//!
//! A candidate may mentor when they are someone else, hold a higher jenjang or a higher
//! golongan than the mentee, have no predikat in force below Baik (a mentor shows the way by
//! example; one not rated yet may still mentor, ranked lower), and have fewer active mentees
//! than the rule set's cap. Each eligible candidate gets points (0–100):
//!
//! | component      | points                                                         |
//! |----------------|----------------------------------------------------------------|
//! | `job_family`   | 40 for the same job family (the position without its jenjang)  |
//! | `seniority`    | 25 for a higher jenjang; 15 for a higher golongan only         |
//! | `predikat`     | 25 for Sangat Baik in force, 15 for Baik, 5 for none yet       |
//! | `capacity`     | 10 × (free places ÷ cap): the less loaded mentor first         |
//!
//! Ties go to the lower key, so the order is total and reproducible. The weights are this
//! product's [U]: no regulation ranks mentors; the cap and the minutes per JP live in the rule
//! set ([`MentoringRule`]).

use serde::{Deserialize, Serialize};

use crate::{
    explain::Trace, jenjang::Jenjang, pangkat::Golongan, predikat::Predikat, rule_set::RuleSet,
};

const REGULATION: &str =
    "Peraturan LAN 10/2018 (bimbingan di tempat kerja); PP 11/2017 Ps. 203 (pengembangan kompetensi)";

/// The agency's mentoring parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct MentoringRule {
    /// Active mentees one mentor may have at a time [U].
    pub mentees_per_mentor: u32,
    /// Minutes of mentoring that make one JP (1 JP = 45 minutes, LAN convention [P]).
    pub minutes_per_jp: u32,
}

impl Default for MentoringRule {
    fn default() -> Self {
        MentoringRule { mentees_per_mentor: 3, minutes_per_jp: 45 }
    }
}

/// What the suggestion knows of one person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Profile {
    /// The caller's key (an employee id).
    pub key: i64,
    pub position_name: String,
    pub jenjang: Option<Jenjang>,
    pub golongan: Option<Golongan>,
    /// The annual predikat in force, if any.
    pub predikat: Option<Predikat>,
    /// Mentees they guide now.
    pub active_mentees: u32,
}

/// One suggested mentor with the points of each component.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Suggestion {
    pub key: i64,
    /// 0–100.
    pub score: f64,
    pub same_family: bool,
    pub higher_jenjang: bool,
    pub higher_golongan: bool,
    pub job_family: f64,
    pub seniority: f64,
    pub predikat: f64,
    pub capacity: f64,
}

/// The job family of a position: its name without the jenjang at its end ("Analis Kebijakan
/// Ahli Muda" → "analis kebijakan"), lower-cased, so that colleagues of every jenjang match.
pub fn job_family(position_name: &str) -> String {
    let name = position_name.trim().to_lowercase();
    let mut family = name.as_str();
    for j in Jenjang::ALL {
        let suffix = j.title().to_lowercase();
        if let Some(head) = family.strip_suffix(suffix.as_str()) {
            family = head.trim_end();
            break;
        }
    }
    family.to_string()
}

/// The candidates who may mentor `mentee`, best first, at most `limit`.
pub fn suggest_mentors(
    rules: &RuleSet,
    mentee: &Profile,
    candidates: &[Profile],
    limit: usize,
) -> (Vec<Suggestion>, Trace) {
    let cap = rules.mentoring.mentees_per_mentor.max(1);
    let family = job_family(&mentee.position_name);
    let higher =
        |a: Option<Jenjang>, b: Option<Jenjang>| matches!((a, b), (Some(a), Some(b)) if a > b);
    let mut out: Vec<Suggestion> = candidates
        .iter()
        .filter(|c| c.key != mentee.key && c.active_mentees < cap)
        .filter(|c| matches!(c.predikat, None | Some(Predikat::SangatBaik | Predikat::Baik)))
        .filter_map(|c| {
            let higher_jenjang = higher(c.jenjang, mentee.jenjang);
            let higher_golongan =
                matches!((c.golongan, mentee.golongan), (Some(a), Some(b)) if a > b);
            if !higher_jenjang && !higher_golongan {
                return None;
            }
            let same_family = !family.is_empty() && job_family(&c.position_name) == family;
            let job_family = if same_family { 40.0 } else { 0.0 };
            let seniority = if higher_jenjang { 25.0 } else { 15.0 };
            let predikat = match c.predikat {
                Some(Predikat::SangatBaik) => 25.0,
                Some(_) => 15.0,
                None => 5.0,
            };
            let capacity = 10.0 * f64::from(cap - c.active_mentees) / f64::from(cap);
            let score = ((job_family + seniority + predikat + capacity) * 100.0).round() / 100.0;
            Some(Suggestion {
                key: c.key,
                score,
                same_family,
                higher_jenjang,
                higher_golongan,
                job_family,
                seniority,
                predikat,
                capacity,
            })
        })
        .collect();
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.key.cmp(&b.key)));
    let eligible = out.len();
    out.truncate(limit);
    let mut trace = Trace::new();
    trace.push(
        "mentoring.suggest",
        REGULATION,
        &[
            ("candidates", candidates.len().to_string()),
            ("mentees_per_mentor", cap.to_string()),
            ("job_family", family),
        ],
        eligible.to_string(),
    );
    (out, trace)
}

/// Whole JP earned by `minutes` of mentoring (what is left over waits for more sessions).
pub fn jp_of_minutes(rules: &RuleSet, minutes: u32) -> u32 {
    minutes / rules.mentoring.minutes_per_jp.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(key: i64, position: &str, jenjang: Option<Jenjang>, golongan: &str) -> Profile {
        Profile {
            key,
            position_name: position.into(),
            jenjang,
            golongan: golongan.parse().ok(),
            predikat: Some(Predikat::Baik),
            active_mentees: 0,
        }
    }

    #[test]
    fn the_job_family_is_the_position_without_its_jenjang() {
        assert_eq!(job_family("Analis Kebijakan Ahli Muda"), "analis kebijakan");
        assert_eq!(job_family("  analis kebijakan ahli pertama "), "analis kebijakan");
        assert_eq!(job_family("Pranata Komputer Terampil"), "pranata komputer");
        assert_eq!(job_family("Kepala Bidang Anggaran"), "kepala bidang anggaran");
    }

    /// A hand-worked table: cap 3, mentee "Analis Kebijakan Ahli Pertama", III/a.
    #[test]
    fn mentors_are_ranked_by_family_seniority_predikat_and_load() {
        let rules = RuleSet::current();
        let mentee =
            person(1, "Analis Kebijakan Ahli Pertama", Some(Jenjang::AhliPertama), "III/a");
        let mut a = person(2, "Analis Kebijakan Ahli Muda", Some(Jenjang::AhliMuda), "III/c");
        a.predikat = Some(Predikat::SangatBaik);
        a.active_mentees = 1; // 40 + 25 + 25 + 10·2/3 = 96.67
        let b = person(3, "Analis Kebijakan Ahli Pertama", Some(Jenjang::AhliPertama), "III/b"); // 40 + 15 + 15 + 10 = 80
        let c = person(4, "Perencana Ahli Madya", Some(Jenjang::AhliMadya), "IV/a"); // 0 + 25 + 15 + 10 = 50
        let mut full = person(5, "Analis Kebijakan Ahli Madya", Some(Jenjang::AhliMadya), "IV/b");
        full.active_mentees = 3; // at the cap
        let mut weak = person(6, "Analis Kebijakan Ahli Madya", Some(Jenjang::AhliMadya), "IV/b");
        weak.predikat = Some(Predikat::ButuhPerbaikan);
        let mut unrated =
            person(7, "Analis Kebijakan Ahli Madya", Some(Jenjang::AhliMadya), "IV/b");
        unrated.predikat = None;
        let junior =
            person(8, "Analis Kebijakan Ahli Pertama", Some(Jenjang::AhliPertama), "III/a");
        let all = [a, b, c, full, weak, unrated, junior, mentee.clone()];
        let (got, trace) = suggest_mentors(&rules, &mentee, &all, 10);
        let table: Vec<(i64, f64)> = got.iter().map(|s| (s.key, s.score)).collect();
        assert_eq!(table, [(2, 96.67), (3, 80.0), (7, 80.0), (4, 50.0)]);
        assert!(got[1].higher_golongan && !got[1].higher_jenjang);
        assert_eq!(trace.steps[0].output, "4");
        let (two, _) = suggest_mentors(&rules, &mentee, &all, 2);
        assert_eq!(two.len(), 2);
    }

    #[test]
    fn minutes_make_whole_jp() {
        let rules = RuleSet::current();
        assert_eq!(jp_of_minutes(&rules, 44), 0);
        assert_eq!(jp_of_minutes(&rules, 45), 1);
        assert_eq!(jp_of_minutes(&rules, 200), 4);
    }
}
