//! The scenarios as files the employee keeps: a JSON career plan (record, scenarios, the rule
//! set they were computed with) and each timeline as CSV. Built in the browser and offered as
//! `data:` links, so an export needs no request.

use crate::{
    career::scenario::Draft,
    rules::{promotion::CareerRecord, simulator::Projection, Date},
};

/// The portable career plan.
pub fn plan_json(
    rule_set: &str,
    today: Date,
    record: &CareerRecord,
    scenarios: &[(Draft, Option<Projection>)],
) -> String {
    let scenarios: Vec<serde_json::Value> = scenarios
        .iter()
        .map(|(d, p)| {
            serde_json::json!({
                "name": d.name, "predikat_every_year": d.plan.predikat,
                "predikat_per_year": d.plan.per_year, "events": d.plan.events,
                "final_golongan": p.as_ref().map(|p| p.final_golongan),
                "pension_date": p.as_ref().map(|p| p.pension_date),
            })
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({
        "format": "prestasi-career-plan/1",
        "rule_set": rule_set,
        "computed_on": today,
        "record": record,
        "scenarios": scenarios,
    }))
    .unwrap_or_default()
}

/// One timeline, a row a step: date, kind, golongan, jenjang, credit points, binding
/// requirement (machine codes: a spreadsheet reads them in any language).
pub fn timeline_csv(p: &Projection) -> String {
    let mut out = String::from("date,kind,golongan,jenjang,angka_kredit,binding\n");
    for s in &p.steps {
        let code = |v: serde_json::Value| v.as_str().unwrap_or_default().to_string();
        out.push_str(&format!(
            "{},{},{},{},{:.3},{}\n",
            s.date,
            code(serde_json::json!(s.kind)),
            s.golongan.code(),
            s.jenjang.map(|j| j.code()).unwrap_or_default(),
            s.angka_kredit,
            s.binding.map(|b| b.code()).unwrap_or_default(),
        ));
    }
    out
}

/// A `data:` URL of `text` (percent-encoded: only unreserved characters stay as they are).
pub fn data_url(mime: &str, text: &str) -> String {
    let mut out = format!("data:{mime};charset=utf-8,");
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_data_url_round_trips_any_text() {
        let text = "a,b\n\"é\" 100%";
        let url = data_url("text/csv", text);
        assert!(url.starts_with("data:text/csv;charset=utf-8,a%2Cb%0A%22"));
        let encoded = url.split_once(',').unwrap().1;
        let mut bytes = Vec::new();
        let mut it = encoded.bytes();
        while let Some(b) = it.next() {
            if b == b'%' {
                let hex = [it.next().unwrap(), it.next().unwrap()];
                bytes.push(u8::from_str_radix(std::str::from_utf8(&hex).unwrap(), 16).unwrap());
            } else {
                bytes.push(b);
            }
        }
        assert_eq!(String::from_utf8(bytes).unwrap(), text);
    }
}
