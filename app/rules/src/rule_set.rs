//! Rule-set versions. Every result records the id of the rule set that produced it, so a stored
//! verdict can always be traced back to the parameters in force when it was computed.

/// The rule set in force: PermenPANRB 6/2022 with SE MenPANRB 3/2023, as of the 2024 KP periods.
pub const RULE_SET_ID: &str = "asn-2024.1";
