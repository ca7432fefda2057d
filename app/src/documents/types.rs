//! The shapes this feature's pages and server functions exchange.

use serde::{Deserialize, Serialize};

use crate::skp::types::PlanView;

/// One person in the identity block of a form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    pub nip: String,
    /// "Penata Muda, III/a"; empty for PPPK without a golongan.
    pub pangkat: String,
    pub jabatan: String,
    pub unit: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanDocument {
    pub plan: PlanView,
    pub agency_name: String,
    /// Where the agency sits (the place before the signature date).
    pub place: String,
    pub pegawai: Person,
    pub penilai: Option<Person>,
    pub atasan: Option<Person>,
    /// The realisation each rating used, per period (one value per indicator, plan order).
    pub rated_realisasi: Vec<(i64, Vec<f64>)>,
}
