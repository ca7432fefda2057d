//! The ASN rules engine of Prestasi.
//!
//! Every rule that turns inputs into a verdict is written here exactly once. The server compiles
//! it to native code and treats its results as authoritative; the browser compiles the same code
//! to WebAssembly for instant previews. Nothing in this crate performs I/O, reads a clock or draws
//! random numbers on its own: callers pass everything in (dates, seeds), so results are
//! deterministic, natively and in WebAssembly alike.
//!
//! Every public function returns its result together with an [`explain::Trace`], the ordered
//! steps (rule id, regulation, inputs, output) that produced it, and the rule-set id.

pub mod angka_kredit;
pub mod career;
pub mod date;
pub mod disclosure;
pub mod distribution;
pub mod eligibility;
pub mod explain;
pub mod idp;
pub mod jenjang;
pub mod mentoring;
pub mod merit;
pub mod ninebox;
pub mod nip;
pub mod pangkat;
pub mod predikat;
pub mod preview;
pub mod promotion;
pub mod rule_set;
pub mod scoring;
pub mod simulator;
pub mod training;

pub use date::Date;
pub use explain::{Step, Trace};
pub use predikat::{predikat_kinerja, Predikat, Rating};
pub use rule_set::{RuleSet, RULE_SET_ID};
