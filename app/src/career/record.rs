//! A stored record in the promotion rules' terms, or what is missing from it (server only:
//! the page receives the result).

use crate::{
    career::types::CareerGap,
    people::repo::profile::RecordRow,
    people::types::{EmployeeKind, PositionKind},
    rules::{
        career::{Eselon, Position},
        jenjang::Jenjang,
        pangkat::{Education, Golongan},
        promotion::{CareerRecord, YearPredikat},
    },
};

/// The stored record `s`, the direct superior's golongan and the rated years, in the promotion
/// rules' terms.
pub fn career_record(
    s: &RecordRow,
    superior_golongan: Option<&str>,
    history: Vec<YearPredikat>,
) -> Result<CareerRecord, CareerGap> {
    if s.kind == EmployeeKind::Pppk {
        return Err(CareerGap::Pppk);
    }
    let golongan: Golongan =
        s.golongan.as_deref().and_then(|g| g.parse().ok()).ok_or(CareerGap::NoGolongan)?;
    let tmt_golongan = s.golongan_tmt.ok_or(CareerGap::NoGolonganTmt)?;
    let position = match s.position_kind {
        PositionKind::Executor => Position::Pelaksana,
        PositionKind::Functional => Position::Fungsional {
            jenjang: s
                .jenjang
                .as_deref()
                .and_then(Jenjang::from_title)
                .ok_or(CareerGap::NoJenjang)?,
        },
        // A structural position's golongan range and retirement age follow its eselon.
        PositionKind::Structural => Position::Struktural {
            eselon: s.eselon.as_deref().and_then(Eselon::parse).ok_or(CareerGap::NoEselon)?,
        },
    };
    let education = Education::from_title(&s.education).ok_or(CareerGap::UnknownEducation)?;
    Ok(CareerRecord {
        birth_date: s.birth_date,
        golongan,
        tmt_golongan,
        position,
        tmt_jabatan: s.position_tmt,
        education,
        angka_kredit: s.angka_kredit,
        superior_golongan: superior_golongan.and_then(|g| g.parse().ok()),
        predikat_history: history,
        uji_kompetensi_passed: false,
        jenjang_vacancy: false,
        pengembangan_profesi: false,
        new_diploma: None,
        upkp_passed: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{Date, Predikat};

    fn stored() -> RecordRow {
        RecordRow {
            id: 1,
            version: 1,
            gender: crate::people::types::Gender::Female,
            education_date: None,
            unit: "Bidang Pelayanan".into(),
            unit_code: "DINKES-1".into(),
            agency: "Kota Makassar".into(),
            penilai: None,
            atasan: None,
            name: "Dian".into(),
            nip: "199001012015032001".into(),
            kind: EmployeeKind::Pns,
            birth_date: "1990-01-01".parse().unwrap(),
            golongan: Some("III/a".into()),
            golongan_tmt: Some("2022-04-01".parse().unwrap()),
            position_kind: PositionKind::Functional,
            position_name: "Analis Kebijakan Ahli Pertama".into(),
            jenjang: Some("Ahli Pertama".into()),
            eselon: None,
            position_tmt: None,
            education: "D-IV".into(),
            angka_kredit: 37.5,
        }
    }

    #[test]
    fn a_stored_record_becomes_the_rules_record() {
        let year = YearPredikat { year: 2025, predikat: Predikat::Baik };
        let r = career_record(&stored(), Some("III/d"), vec![year]).unwrap();
        assert_eq!(r.golongan.code(), "III/a");
        assert_eq!(r.tmt_golongan, "2022-04-01".parse::<Date>().unwrap());
        assert!(matches!(r.position, Position::Fungsional { .. }));
        assert_eq!(r.education, Education::S1, "D-IV counts as S1");
        assert_eq!(r.superior_golongan.map(|g| g.code()), Some("III/d"));
        assert_eq!(r.predikat_history, vec![year]);
    }

    #[test]
    fn what_is_missing_is_named() {
        let pppk = RecordRow { kind: EmployeeKind::Pppk, ..stored() };
        assert_eq!(career_record(&pppk, None, vec![]), Err(CareerGap::Pppk));
        let no_tmt = RecordRow { golongan_tmt: None, ..stored() };
        assert_eq!(career_record(&no_tmt, None, vec![]), Err(CareerGap::NoGolonganTmt));
        let head = RecordRow { position_kind: PositionKind::Structural, ..stored() };
        assert_eq!(career_record(&head, None, vec![]), Err(CareerGap::NoEselon));
        let head = RecordRow { eselon: Some("iii_b".into()), ..head };
        let r = career_record(&head, None, vec![]).unwrap();
        assert_eq!(r.position, Position::Struktural { eselon: Eselon::IIIb });
        let odd = RecordRow { education: "MBA".into(), ..stored() };
        assert_eq!(career_record(&odd, None, vec![]), Err(CareerGap::UnknownEducation));
        let no_jenjang = RecordRow { jenjang: None, ..stored() };
        assert_eq!(career_record(&no_jenjang, None, vec![]), Err(CareerGap::NoJenjang));
    }
}
