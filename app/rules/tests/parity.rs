//! Native half of the WebAssembly parity check: the battery must equal the committed golden file
//! (`PRESTASI_UPDATE_GOLDEN=1` rewrites it after an intended change of results).

#[path = "support/battery.rs"]
mod battery;
#[path = "support/workloads.rs"]
mod workloads;

#[test]
fn the_battery_matches_the_golden_file_natively() {
    let got = battery::run();
    // The directory at run time: a test binary reused from another checkout of the same tree
    // (a shared target directory) would otherwise look where that checkout was.
    let dir = std::env::var("CARGO_MANIFEST_DIR")
        .unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").to_owned());
    let path = format!("{dir}/tests/parity/expected.json");
    if std::env::var_os("PRESTASI_UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &got).unwrap();
    }
    let expected = std::fs::read_to_string(&path).expect("golden file present");
    assert!(got == expected, "battery differs from tests/parity/expected.json (set PRESTASI_UPDATE_GOLDEN=1 if intended)");
}
