//! The individual development plan (rencana pengembangan individu): what the assessment
//! suggests developing, each suggestion saying where it comes from.
//!
//! PP 11/2017 Ps. 203 asks the agency to plan development from a gap analysis of competence
//! and performance; PermenPANRB 6/2022 follows a predikat with development or coaching; the
//! 9-box follow-ups of PermenPANRB 3/2020 name the development of each box. From those:
//!
//! | source                                      | focus                        | action            |
//! |---------------------------------------------|------------------------------|-------------------|
//! | a BerAKHLAK value rated below expectation   | the value's competence (†)   | training          |
//! | predikat Butuh Perbaikan, Kurang, Sangat K. | performance (bimbingan)      | mentoring         |
//! | predikat Sangat Baik                        | readiness for the next post  | training          |
//! | 9-box: bimbingan / konseling kinerja        | performance                  | mentoring         |
//! | 9-box: pengembangan kompetensi              | the post's own competence    | training          |
//! | 9-box: rotasi, perluasan, pengayaan         | readiness for the next post  | on-the-job        |
//! | 9-box: tugas belajar                        | readiness for the next post  | further education |
//!
//! (†) The competence of each value is the rule set's [`IdpRule`], by default the closest
//! managerial or socio-cultural competence of PermenPANRB 38/2017 (standar kompetensi jabatan);
//! no regulation maps one to the other, so an agency may change it [P]. Baik asks for nothing:
//! the plan is the employee's own. The 9-box follow-ups that are not development (retain,
//! award, succession listing, placement, sanctions) suggest nothing here.

use serde::{Deserialize, Serialize};

use crate::{
    explain::Trace,
    ninebox::{recommendations, Recommendation},
    predikat::{Predikat, Rating},
    preview::{BehaviourRating, CoreValue},
    rule_set::RuleSet,
};

const REG_BEHAVIOUR: &str =
    "PP 11/2017 Ps. 203 (analisis kesenjangan kompetensi); PermenPANRB 38/2017 (SKJ) [P: pemetaan]";
const REG_PREDIKAT: &str = "PermenPANRB 6/2022 Bab V (tindak lanjut predikat kinerja) [P]";
const REG_NINEBOX: &str = "PermenPANRB 3/2020 (tindak lanjut kotak 9)";

/// What to develop.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Focus {
    PelayananPublik,
    Integritas,
    PengembanganDiri,
    PerekatBangsa,
    WawasanKebangsaan,
    MengelolaPerubahan,
    Kerjasama,
    Komunikasi,
    OrientasiHasil,
    PengambilanKeputusan,
    /// Results below expectation: coaching on the work itself.
    Kinerja,
    /// The technical competence of the current post.
    KompetensiJabatan,
    /// Ready for a higher post: leadership, broader assignments, a degree.
    KesiapanKarier,
}

impl Focus {
    pub const ALL: [Focus; 13] = [
        Focus::PelayananPublik,
        Focus::Integritas,
        Focus::PengembanganDiri,
        Focus::PerekatBangsa,
        Focus::WawasanKebangsaan,
        Focus::MengelolaPerubahan,
        Focus::Kerjasama,
        Focus::Komunikasi,
        Focus::OrientasiHasil,
        Focus::PengambilanKeputusan,
        Focus::Kinerja,
        Focus::KompetensiJabatan,
        Focus::KesiapanKarier,
    ];

    /// The stored code (the serde name; stable: never rename one).
    pub fn code(self) -> &'static str {
        match self {
            Focus::PelayananPublik => "pelayanan_publik",
            Focus::Integritas => "integritas",
            Focus::PengembanganDiri => "pengembangan_diri",
            Focus::PerekatBangsa => "perekat_bangsa",
            Focus::WawasanKebangsaan => "wawasan_kebangsaan",
            Focus::MengelolaPerubahan => "mengelola_perubahan",
            Focus::Kerjasama => "kerjasama",
            Focus::Komunikasi => "komunikasi",
            Focus::OrientasiHasil => "orientasi_hasil",
            Focus::PengambilanKeputusan => "pengambilan_keputusan",
            Focus::Kinerja => "kinerja",
            Focus::KompetensiJabatan => "kompetensi_jabatan",
            Focus::KesiapanKarier => "kesiapan_karier",
        }
    }

    pub fn from_code(code: &str) -> Option<Focus> {
        Focus::ALL.into_iter().find(|f| f.code() == code)
    }
}

/// How to develop it (Peraturan LAN 10/2018's paths, as the plan uses them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    /// A catalogue offering (klasikal or nonklasikal).
    Training,
    /// Bimbingan di tempat kerja with a mentor.
    Mentoring,
    /// An assignment at work: rotation, a broader or richer task, detasering.
    OnTheJob,
    /// Tugas belajar or izin belajar.
    FurtherEducation,
}

impl ActionKind {
    pub const ALL: [ActionKind; 4] = [
        ActionKind::Training,
        ActionKind::Mentoring,
        ActionKind::OnTheJob,
        ActionKind::FurtherEducation,
    ];

    /// The stored code (the serde name; stable: never rename one).
    pub fn code(self) -> &'static str {
        match self {
            ActionKind::Training => "training",
            ActionKind::Mentoring => "mentoring",
            ActionKind::OnTheJob => "on_the_job",
            ActionKind::FurtherEducation => "further_education",
        }
    }

    pub fn from_code(code: &str) -> Option<ActionKind> {
        ActionKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// Where a suggestion comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum Source {
    /// A BerAKHLAK value the pejabat penilai rated below expectation.
    Behaviour { value: CoreValue },
    /// The annual predikat in force.
    Predikat { predikat: Predikat },
    /// A follow-up of the employee's 9-box placement.
    NineBox { kotak: u8, recommendation: Recommendation },
}

/// One suggested development action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Suggestion {
    pub source: Source,
    pub focus: Focus,
    pub kind: ActionKind,
}

/// What the assessment says about the employee.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Basis {
    /// The behaviour ratings of the latest annual rating (empty when none).
    #[serde(default)]
    pub behaviours: Vec<BehaviourRating>,
    /// The annual predikat in force.
    #[serde(default)]
    pub predikat: Option<Predikat>,
    /// The 9-box placement in force (kotak 1–9), where the agency has one.
    #[serde(default)]
    pub kotak: Option<u8>,
}

/// The competence each BerAKHLAK value develops [P].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct IdpRule {
    pub competences: Vec<(CoreValue, Focus)>,
}

impl Default for IdpRule {
    fn default() -> Self {
        IdpRule {
            competences: vec![
                (CoreValue::BerorientasiPelayanan, Focus::PelayananPublik),
                (CoreValue::Akuntabel, Focus::Integritas),
                (CoreValue::Kompeten, Focus::PengembanganDiri),
                (CoreValue::Harmonis, Focus::PerekatBangsa),
                (CoreValue::Loyal, Focus::WawasanKebangsaan),
                (CoreValue::Adaptif, Focus::MengelolaPerubahan),
                (CoreValue::Kolaboratif, Focus::Kerjasama),
            ],
        }
    }
}

impl IdpRule {
    /// The competence of `value` (a rule set without it falls back to the default mapping).
    pub fn competence(&self, value: CoreValue) -> Focus {
        let find =
            |list: &[(CoreValue, Focus)]| list.iter().find(|(v, _)| *v == value).map(|(_, f)| *f);
        find(&self.competences)
            .or_else(|| find(&IdpRule::default().competences))
            .unwrap_or(Focus::PengembanganDiri)
    }
}

/// The development a 9-box follow-up asks for, if it is development at all.
fn ninebox_action(r: Recommendation) -> Option<(Focus, ActionKind)> {
    use Recommendation::*;
    match r {
        PerformanceCoaching | PerformanceCounseling => {
            Some((Focus::Kinerja, ActionKind::Mentoring))
        }
        CompetencyDevelopment => Some((Focus::KompetensiJabatan, ActionKind::Training)),
        Rotation | RotationEnlargement | RotationEnrichment => {
            Some((Focus::KesiapanKarier, ActionKind::OnTheJob))
        }
        TugasBelajar => Some((Focus::KesiapanKarier, ActionKind::FurtherEducation)),
        Promote
        | Retain
        | SuccessionNational
        | SuccessionInstansi
        | Award
        | SuitablePlacement
        | ProcessUnderRegulations => None,
    }
}

/// The suggestions of `basis`, in order: the values rated below expectation (in the official
/// order), then the predikat, then the 9-box follow-ups. The same focus and action twice is
/// suggested once, from its first source.
pub fn suggest(rules: &RuleSet, basis: &Basis) -> (Vec<Suggestion>, Trace) {
    let mut out: Vec<Suggestion> = Vec::new();
    let mut push = |s: Suggestion| {
        if !out.iter().any(|o| o.focus == s.focus && o.kind == s.kind) {
            out.push(s);
        }
    };
    let mut trace = Trace::new();
    let mut low: Vec<CoreValue> = basis
        .behaviours
        .iter()
        .filter(|b| b.rating == Rating::DiBawahEkspektasi)
        .map(|b| b.value)
        .collect();
    low.sort();
    low.dedup();
    for value in &low {
        let focus = rules.idp.competence(*value);
        push(Suggestion {
            source: Source::Behaviour { value: *value },
            focus,
            kind: ActionKind::Training,
        });
    }
    trace.push(
        "idp.behaviour",
        REG_BEHAVIOUR,
        &[("rated", basis.behaviours.len().to_string())],
        low.len().to_string(),
    );
    let by_predikat = match basis.predikat {
        Some(
            p @ (Predikat::ButuhPerbaikan | Predikat::KurangMisconduct | Predikat::SangatKurang),
        ) => Some((p, Focus::Kinerja, ActionKind::Mentoring)),
        Some(p @ Predikat::SangatBaik) => Some((p, Focus::KesiapanKarier, ActionKind::Training)),
        Some(Predikat::Baik) | None => None,
    };
    if let Some((predikat, focus, kind)) = by_predikat {
        push(Suggestion { source: Source::Predikat { predikat }, focus, kind });
    }
    trace.push(
        "idp.predikat",
        REG_PREDIKAT,
        &[("predikat", basis.predikat.map(|p| p.code().to_string()).unwrap_or_default())],
        by_predikat.is_some().to_string(),
    );
    if let Some(kotak) = basis.kotak.filter(|k| (1..=9).contains(k)) {
        let (_, follow_ups) = recommendations(kotak);
        for recommendation in follow_ups {
            if let Some((focus, kind)) = ninebox_action(recommendation) {
                push(Suggestion { source: Source::NineBox { kotak, recommendation }, focus, kind });
            }
        }
        trace.push(
            "idp.ninebox",
            REG_NINEBOX,
            &[("kotak", kotak.to_string())],
            out.len().to_string(),
        );
    }
    (out, trace)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rated(low: &[CoreValue]) -> Vec<BehaviourRating> {
        CoreValue::ALL
            .iter()
            .map(|v| BehaviourRating {
                value: *v,
                rating: if low.contains(v) {
                    Rating::DiBawahEkspektasi
                } else {
                    Rating::SesuaiEkspektasi
                },
            })
            .collect()
    }

    fn pairs(s: &[Suggestion]) -> Vec<(Focus, ActionKind)> {
        s.iter().map(|s| (s.focus, s.kind)).collect()
    }

    /// Adaptif and Akuntabel below expectation, predikat Baik, no 9-box: two trainings, in the
    /// official order of the values (Akuntabel before Adaptif), nothing from the predikat.
    #[test]
    fn each_value_below_expectation_suggests_its_competence() {
        let basis = Basis {
            behaviours: rated(&[CoreValue::Adaptif, CoreValue::Akuntabel]),
            predikat: Some(Predikat::Baik),
            kotak: None,
        };
        let (s, trace) = suggest(&RuleSet::current(), &basis);
        assert_eq!(
            pairs(&s),
            [
                (Focus::Integritas, ActionKind::Training),
                (Focus::MengelolaPerubahan, ActionKind::Training)
            ]
        );
        assert_eq!(s[0].source, Source::Behaviour { value: CoreValue::Akuntabel });
        assert_eq!(
            trace.steps.iter().map(|s| s.rule.as_str()).collect::<Vec<_>>(),
            ["idp.behaviour", "idp.predikat"]
        );
        assert_eq!(trace.steps[0].output, "2");
    }

    #[test]
    fn all_seven_values_map_to_a_competence_and_the_rule_set_may_change_one() {
        let rules = RuleSet::current();
        let focuses: Vec<Focus> = CoreValue::ALL.iter().map(|v| rules.idp.competence(*v)).collect();
        let mut unique = focuses.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), 7, "seven values, seven competences: {focuses:?}");
        let mut agency = RuleSet::current();
        agency.idp.competences = vec![(CoreValue::Adaptif, Focus::Komunikasi)];
        let basis = Basis {
            behaviours: rated(&[CoreValue::Adaptif, CoreValue::Loyal]),
            ..Basis::default()
        };
        let (s, _) = suggest(&agency, &basis);
        // Loyal is missing from the agency's list: the default mapping answers for it.
        assert_eq!(
            pairs(&s),
            [
                (Focus::WawasanKebangsaan, ActionKind::Training),
                (Focus::Komunikasi, ActionKind::Training)
            ]
        );
    }

    #[test]
    fn a_weak_predikat_asks_for_coaching_and_sangat_baik_for_readiness() {
        let rules = RuleSet::current();
        for p in [Predikat::ButuhPerbaikan, Predikat::KurangMisconduct, Predikat::SangatKurang] {
            let (s, _) = suggest(&rules, &Basis { predikat: Some(p), ..Basis::default() });
            assert_eq!(pairs(&s), [(Focus::Kinerja, ActionKind::Mentoring)], "{p:?}");
            assert_eq!(s[0].source, Source::Predikat { predikat: p });
        }
        let (s, _) =
            suggest(&rules, &Basis { predikat: Some(Predikat::SangatBaik), ..Basis::default() });
        assert_eq!(pairs(&s), [(Focus::KesiapanKarier, ActionKind::Training)]);
        let (s, _) = suggest(&rules, &Basis { predikat: Some(Predikat::Baik), ..Basis::default() });
        assert!(s.is_empty());
        let (s, _) = suggest(&rules, &Basis::default());
        assert!(s.is_empty(), "no assessment yet: nothing to suggest");
    }

    /// Kotak 7 (high potential, kinerja as expected): retain and succession suggest nothing;
    /// rotation with enrichment, competency development and tugas belajar do, after the
    /// predikat's readiness training.
    #[test]
    fn the_nine_box_follow_ups_add_their_development_once() {
        let basis =
            Basis { predikat: Some(Predikat::SangatBaik), kotak: Some(7), ..Basis::default() };
        let (s, trace) = suggest(&RuleSet::current(), &basis);
        assert_eq!(
            pairs(&s),
            [
                (Focus::KesiapanKarier, ActionKind::Training),
                (Focus::KesiapanKarier, ActionKind::OnTheJob),
                (Focus::KompetensiJabatan, ActionKind::Training),
                (Focus::KesiapanKarier, ActionKind::FurtherEducation),
            ]
        );
        assert_eq!(s[0].source, Source::Predikat { predikat: Predikat::SangatBaik });
        assert_eq!(
            s[1].source,
            Source::NineBox { kotak: 7, recommendation: Recommendation::RotationEnrichment }
        );
        assert_eq!(trace.steps.last().map(|s| s.rule.as_str()), Some("idp.ninebox"));
        // Kotak 3 asks for coaching and counselling (one mentoring suggestion) and competency
        // development; a weak predikat's coaching is the same one, suggested once.
        let basis =
            Basis { predikat: Some(Predikat::ButuhPerbaikan), kotak: Some(3), ..Basis::default() };
        let (s, _) = suggest(&RuleSet::current(), &basis);
        assert_eq!(
            pairs(&s),
            [
                (Focus::Kinerja, ActionKind::Mentoring),
                (Focus::KompetensiJabatan, ActionKind::Training)
            ]
        );
        assert_eq!(s[0].source, Source::Predikat { predikat: Predikat::ButuhPerbaikan });
        // Kotak 1 is a matter of sanctions, not of development; an impossible kotak is ignored.
        for kotak in [1, 0, 10] {
            let (s, _) =
                suggest(&RuleSet::current(), &Basis { kotak: Some(kotak), ..Basis::default() });
            assert!(s.is_empty(), "kotak {kotak}");
        }
    }

    #[test]
    fn a_suggestion_round_trips_as_json() {
        let s = Suggestion {
            source: Source::Behaviour { value: CoreValue::Adaptif },
            focus: Focus::MengelolaPerubahan,
            kind: ActionKind::Training,
        };
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(
            json,
            r#"{"source":{"type":"behaviour","value":"adaptif"},"focus":"mengelola_perubahan","kind":"training"}"#
        );
        assert_eq!(serde_json::from_str::<Suggestion>(&json).unwrap(), s);
        for f in Focus::ALL {
            assert_eq!(serde_json::to_value(f).unwrap(), f.code());
            assert_eq!(Focus::from_code(f.code()), Some(f));
        }
        for k in ActionKind::ALL {
            assert_eq!(serde_json::to_value(k).unwrap(), k.code());
            assert_eq!(ActionKind::from_code(k.code()), Some(k));
        }
    }
}
