//! The layout holds: repositories (and the kernel) import no server functions and no UI, and no
//! two modules of the app import each other, directly or round a longer loop. Read from the
//! source, so it fails the moment someone adds such an import, whatever it compiles to.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every module of `app/src` (as `a::b::c`) and its source text.
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(root).unwrap().with_extension("");
                let mut parts: Vec<String> =
                    rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
                if parts.last().is_some_and(|p| p == "mod") {
                    parts.pop();
                }
                out.insert(parts.join("::"), std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    // The directory at run time: a test binary reused from another checkout (a shared target
    // directory) would otherwise read that checkout's source.
    let dir = std::env::var("CARGO_MANIFEST_DIR")
        .unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").to_owned());
    let root = Path::new(&dir).join("src");
    let mut out = BTreeMap::new();
    walk(&root, &root, &mut out);
    out
}

/// `a::{b, c::{d, e}}` → `a::b`, `a::c::d`, `a::c::e`.
fn flatten(tree: &str, prefix: &str, out: &mut Vec<String>) {
    let tree = tree.trim();
    if let Some(open) = tree.find('{') {
        let head = &tree[..open];
        let inner = &tree[open + 1..tree.rfind('}').unwrap()];
        let (mut depth, mut start) = (0, 0);
        for (i, c) in inner.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    flatten(&inner[start..i], &format!("{prefix}{head}"), out);
                    start = i + 1;
                }
                _ => {}
            }
        }
        if !inner[start..].trim().is_empty() {
            flatten(&inner[start..], &format!("{prefix}{head}"), out);
        }
    } else if !tree.is_empty() {
        out.push(format!("{prefix}{tree}"));
    }
}

/// The app modules a module's text names by `crate::…` path (in `use` or inline).
fn imports(text: &str, known: &BTreeSet<String>) -> BTreeSet<String> {
    let mut paths = Vec::new();
    for stmt in text.split("use crate::").skip(1) {
        let end = stmt.find(';').unwrap_or(stmt.len());
        flatten(&stmt[..end], "", &mut paths);
    }
    for inline in text.split("crate::").skip(1) {
        let end = inline.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'));
        paths.push(inline[..end.unwrap_or(inline.len())].to_owned());
    }
    paths
        .iter()
        .filter_map(|p| {
            let p = p.split(" as ").next().unwrap().trim();
            let segs: Vec<&str> = p.split("::").filter(|s| !s.is_empty()).collect();
            (1..=segs.len()).rev().map(|n| segs[..n].join("::")).find(|m| known.contains(m))
        })
        .collect()
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let mods = modules();
    let known: BTreeSet<String> = mods.keys().cloned().collect();
    mods.iter()
        .map(|(m, text)| {
            let mut deps = imports(text, &known);
            deps.remove(m);
            // A module may name its own submodules; that is containment, not a dependency.
            deps.retain(|d| !d.starts_with(&format!("{m}::")) && !m.starts_with(&format!("{d}::")));
            (m.clone(), deps)
        })
        .collect()
}

fn is_repository(m: &str) -> bool {
    m.starts_with("kernel") || m.split("::").any(|s| s == "repo")
}

fn is_api_or_ui(m: &str) -> bool {
    m.split("::").any(|s| s == "api" || s == "ui" || s.ends_with("_api"))
}

#[test]
fn repositories_import_no_server_functions_and_no_ui() {
    let bad: Vec<String> = graph()
        .iter()
        .filter(|(m, _)| is_repository(m))
        .flat_map(|(m, deps)| {
            deps.iter().filter(|d| is_api_or_ui(d)).map(move |d| format!("{m} → {d}"))
        })
        .collect();
    assert!(bad.is_empty(), "repositories importing server functions or UI: {bad:#?}");
}

#[test]
fn no_modules_import_each_other() {
    let g = graph();
    // Depth-first search for a back edge; report the loop it closes.
    fn visit<'a>(
        m: &'a str,
        g: &'a BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| *p == m) {
            return Some(path[at..].iter().map(|s| s.to_string()).chain([m.to_owned()]).collect());
        }
        if !done.insert(m) {
            return None;
        }
        path.push(m);
        for d in &g[m] {
            if let Some(cycle) = visit(d, g, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    for m in g.keys() {
        let cycle = visit(m, &g, &mut Vec::new(), &mut done);
        assert!(cycle.is_none(), "import cycle: {}", cycle.unwrap().join(" → "));
    }
}

#[test]
fn the_checks_see_imports() {
    // The parser must find a real dependency, or the two checks above prove nothing.
    let g = graph();
    assert!(g["skp::repo::plans"].contains("kernel::plan_head"), "{:?}", g["skp::repo::plans"]);
    assert!(g["skp::ui::rating_panel"].contains("skp::form_api"));
    assert!(is_repository("audit::repo") && is_api_or_ui("people::records_api"));
}
