//! The shapes the career page exchanges with the server.

use serde::{Deserialize, Serialize};

use crate::{
    kernel::coded::coded_enum,
    rules::{promotion::CareerRecord, Date},
};

coded_enum! {
    /// Why a stored record cannot be simulated yet, and so what the HR office must complete.
    /// PPPK have no pangkat (no rank to promote); a structural position needs its eselon,
    /// which the record does not hold yet.
    CareerGap {
        Pppk = "pppk",
        NoGolongan = "no_golongan",
        NoGolonganTmt = "no_golongan_tmt",
        NoEselon = "no_eselon",
        NoJenjang = "no_jenjang",
        UnknownEducation = "unknown_education",
    }
}

/// One employee's career as the simulator takes it: who, and their stored record in the
/// promotion rules' terms (or what is missing from it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CareerData {
    pub employee_id: i64,
    pub name: String,
    pub nip: String,
    pub position_name: String,
    /// Whether the caller is the employee (counsellors read, they do not plan).
    pub own: bool,
    pub record: Result<CareerRecord, CareerGap>,
    /// The server's today: what "now" means for eligibility and the scenarios' start.
    pub today: Date,
}
