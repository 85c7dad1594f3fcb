//! The shape of the source, as `docs/ARCHITECTURE.md` draws it: no two
//! source files import each other, directly or round a circle. Each file
//! under `src/` (tests and the command's `main.rs` aside) is a node; an
//! edge is a `crate::…` path (in a `use` or in code) or a `super::…` path
//! naming another file's module. A path to a name re-exported by a parent
//! counts as a use of the parent, so a pure module that takes a type
//! through an I/O parent's re-export shows up as the tie it is.
//!
//! Written by hand: the graph needs only paths, and no kept crate reads
//! Rust's module tree without compiling it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every module file: its path (`booking::ical`) and its text without
/// comments and without its `#[cfg(test)] mod tests { … }` block.
fn modules() -> BTreeMap<String, String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeMap::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let rel = path
                .strip_prefix(&src)
                .unwrap()
                .to_string_lossy()
                .to_string();
            let Some(rel) = rel.strip_suffix(".rs") else {
                continue;
            };
            if rel == "main" || rel == "lib" || rel.ends_with("tests") || rel.contains("tests/") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let text = text
                .split("#[cfg(test)]\nmod tests {")
                .next()
                .unwrap_or_default()
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            out.insert(rel.replace('/', "::"), text);
        }
    }
    out
}

/// The longest module that `path` names, if any.
fn resolve<'a>(path: &str, modules: &'a BTreeMap<String, String>) -> Option<&'a str> {
    let parts: Vec<&str> = path.split("::").filter(|p| !p.is_empty()).collect();
    (1..=parts.len())
        .rev()
        .map(|n| parts[..n].join("::"))
        .find_map(|m| modules.get_key_value(&m).map(|(k, _)| k.as_str()))
}

/// The identifier-and-`::` run starting at `at`, with any `{a, b::c}`
/// group after it expanded into one path per item.
fn paths_at(text: &str, at: usize) -> Vec<String> {
    let rest = &text[at..];
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
        .unwrap_or(rest.len());
    let base = rest[..end].trim_end_matches(':').to_string();
    let mut out = vec![base.clone()];
    if rest[end..].starts_with('{') && (end == 0 || rest[..end].ends_with("::")) {
        let group = &rest[end + 1..];
        let close = group.find('}').unwrap_or(group.len());
        for item in group[..close].split(',') {
            let item = item.split(" as ").next().unwrap_or("").trim();
            if !item.is_empty() && item != "self" {
                out.push(if base.is_empty() {
                    item.to_string()
                } else {
                    format!("{base}::{item}")
                });
            }
        }
    }
    out
}

/// Who imports whom.
fn graph(modules: &BTreeMap<String, String>) -> BTreeMap<&str, BTreeSet<&str>> {
    let mut g: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (name, text) in modules {
        let edges = g.entry(name.as_str()).or_default();
        for (at, _) in text.match_indices("crate::") {
            for path in paths_at(text, at + "crate::".len()) {
                if let Some(to) = resolve(&path, modules)
                    && to != name
                    && !name.starts_with(&format!("{to}::"))
                {
                    edges.insert(to);
                }
            }
        }
        // `super::x` in the file of module `a::b` is `a::x`.
        let parent = name.rsplit_once("::").map_or("", |(p, _)| p);
        for (at, _) in text.match_indices("super::") {
            let before = text[..at].chars().last();
            if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            for path in paths_at(text, at + "super::".len()) {
                let full = if parent.is_empty() {
                    path
                } else {
                    format!("{parent}::{path}")
                };
                if let Some(to) = resolve(&full, modules)
                    && to != name
                    && !name.starts_with(&format!("{to}::"))
                {
                    edges.insert(to);
                }
            }
        }
    }
    g
}

/// The circles in `g` (Tarjan's strongly connected components of more
/// than one file).
fn circles<'a>(g: &BTreeMap<&'a str, BTreeSet<&'a str>>) -> Vec<Vec<&'a str>> {
    struct Walk<'a, 'g> {
        g: &'g BTreeMap<&'a str, BTreeSet<&'a str>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on: BTreeSet<&'a str>,
        found: Vec<Vec<&'a str>>,
    }
    impl<'a> Walk<'a, '_> {
        fn visit(&mut self, v: &'a str) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            self.on.insert(v);
            for &w in self.g.get(v).into_iter().flatten() {
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let lw = self.low[w];
                    let lv = self.low.get_mut(v).unwrap();
                    *lv = (*lv).min(lw);
                } else if self.on.contains(w) {
                    let iw = self.index[w];
                    let lv = self.low.get_mut(v).unwrap();
                    *lv = (*lv).min(iw);
                }
            }
            if self.low[v] == self.index[v] {
                let mut part = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on.remove(w);
                    part.push(w);
                    if w == v {
                        break;
                    }
                }
                if part.len() > 1 {
                    part.sort_unstable();
                    self.found.push(part);
                }
            }
        }
    }
    let mut walk = Walk {
        g,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        found: Vec::new(),
    };
    for &v in g.keys() {
        if !walk.index.contains_key(v) {
            walk.visit(v);
        }
    }
    walk.found
}

#[test]
fn no_two_source_files_import_each_other_even_round_a_circle() {
    let modules = modules();
    assert!(modules.len() > 100, "{} files found", modules.len());
    let g = graph(&modules);
    let found = circles(&g);
    let described: Vec<String> = found
        .iter()
        .map(|c| {
            c.iter()
                .map(|m| {
                    let to: Vec<&str> = g[m].iter().copied().filter(|t| c.contains(t)).collect();
                    format!("{m} -> {}", to.join(", "))
                })
                .collect::<Vec<_>>()
                .join("; ")
        })
        .collect();
    assert!(found.is_empty(), "import circles: {described:#?}");
}

#[test]
fn the_circle_finder_finds_a_circle() {
    // The test above cannot pass by finding nothing at all.
    let mut g: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    g.insert("a", ["b"].into());
    g.insert("b", ["c"].into());
    g.insert("c", ["a"].into());
    g.insert("d", ["a"].into());
    assert_eq!(circles(&g), vec![vec!["a", "b", "c"]]);
    let mut modules = BTreeMap::new();
    modules.insert("outbox".to_string(), "use crate::staff::Staff;".to_string());
    modules.insert(
        "staff".to_string(),
        "fn f(s: &crate::outbox::Outbox) {}".to_string(),
    );
    modules.insert(
        "booking::desk".to_string(),
        "use super::{Diary, caldav::CalDav};".to_string(),
    );
    modules.insert("booking::caldav".to_string(), String::new());
    modules.insert("booking".to_string(), String::new());
    let g = graph(&modules);
    assert_eq!(circles(&g), vec![vec!["outbox", "staff"]]);
    assert!(g["booking::desk"].contains("booking::caldav"));
}
