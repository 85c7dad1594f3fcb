//! The shape of the source, as `docs/ARCHITECTURE.md` draws it: no two
//! source files import each other, directly or round a circle. Each file
//! under `src/` (tests and the command's `main.rs` aside) is a node; an
//! edge is a `crate::…` path (in a `use` or in code) or a `super::…` path
//! naming another file's module. A path to a name re-exported by a parent
//! counts as a use of the parent, so a pure module that takes a type
//! through an I/O parent's re-export shows up as the tie it is. Nor may
//! any import run up the layers of the architecture's table.
//!
//! Its size, too: no file under `src/` over 600 lines, no function over 80
//! (counted from `fn` to its closing brace, with comments, strings and
//! characters left out), and no `Result<…, String>` outside the command
//! line (an error is a type, with its words in its `Display`).
//!
//! Written by hand: the graph needs only paths, and no kept crate reads
//! Rust's module tree without compiling it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every module file: its path (`booking::ical`) and its text without
/// comments and without its `#[cfg(test)] mod tests { … }` block.
fn modules() -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (rel, text) in sources() {
        let Some(rel) = rel.strip_suffix(".rs") else {
            continue;
        };
        if rel == "main" || rel == "lib" || rel.ends_with("tests") || rel.contains("tests/") {
            continue;
        }
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

/// Who imports whom, leaving out a file's uses of its own parent modules
/// (Rust's module tree, not a tie).
fn graph(modules: &BTreeMap<String, String>) -> BTreeMap<&str, BTreeSet<&str>> {
    edges(modules, false)
}

/// Who imports whom; with `ancestors`, a file's uses of its own parent
/// modules count too.
fn edges(modules: &BTreeMap<String, String>, ancestors: bool) -> BTreeMap<&str, BTreeSet<&str>> {
    let mut g: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (name, text) in modules {
        let edges = g.entry(name.as_str()).or_default();
        for (at, _) in text.match_indices("crate::") {
            for path in paths_at(text, at + "crate::".len()) {
                if let Some(to) = resolve(&path, modules)
                    && to != name
                    && (ancestors || !name.starts_with(&format!("{to}::")))
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
                    && (ancestors || !name.starts_with(&format!("{to}::")))
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

/// The most lines a source file may have.
const MOST_LINES_IN_A_FILE: usize = 600;
/// The most lines a function may have, from `fn` to its closing brace.
const MOST_LINES_IN_A_FUNCTION: usize = 80;

/// Every `.rs` file under `src/`, as its path inside `src/` and its text.
fn sources() -> BTreeMap<String, String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeMap::new();
    let mut stack = vec![src.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(&src).unwrap().to_string_lossy();
                out.insert(rel.to_string(), std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    out
}

/// `text` line by line with comments, string literals and character
/// literals blanked out, so that only code's own braces and brackets are
/// left. Lifetimes (`'a`) are kept as they are.
fn code_only(text: &str) -> Vec<String> {
    #[derive(Clone, Copy, PartialEq)]
    enum In {
        Code,
        BlockComment(usize),
        Str,
        RawStr(usize),
    }
    let mut state = In::Code;
    let mut lines = Vec::new();
    for line in text.lines() {
        let chars: Vec<char> = line.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let next = chars.get(i + 1).copied();
            match state {
                In::BlockComment(depth) => {
                    if c == '*' && next == Some('/') {
                        state = if depth == 1 {
                            In::Code
                        } else {
                            In::BlockComment(depth - 1)
                        };
                        i += 2;
                    } else if c == '/' && next == Some('*') {
                        state = In::BlockComment(depth + 1);
                        i += 2;
                    } else {
                        i += 1;
                    }
                }
                In::Str => {
                    if c == '\\' {
                        i += 2;
                    } else {
                        if c == '"' {
                            state = In::Code;
                        }
                        i += 1;
                    }
                }
                In::RawStr(hashes) => {
                    if c == '"'
                        && chars[i + 1..].iter().take_while(|&&h| h == '#').count() >= hashes
                    {
                        state = In::Code;
                        i += 1 + hashes;
                    } else {
                        i += 1;
                    }
                }
                In::Code => {
                    let word_before =
                        i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
                    if c == '/' && next == Some('/') {
                        break;
                    } else if c == '/' && next == Some('*') {
                        state = In::BlockComment(1);
                        i += 2;
                    } else if c == '"' {
                        state = In::Str;
                        i += 1;
                    } else if (c == 'r' || (c == 'b' && next == Some('r'))) && !word_before {
                        let at = if c == 'b' { i + 2 } else { i + 1 };
                        let hashes = chars[at.min(chars.len())..]
                            .iter()
                            .take_while(|&&h| h == '#')
                            .count();
                        if chars.get(at + hashes) == Some(&'"') {
                            state = In::RawStr(hashes);
                            i = at + hashes + 1;
                        } else {
                            out.push(c);
                            i += 1;
                        }
                    } else if c == '\'' {
                        // A character literal ('x', '\n', '\u{7b}'), or a
                        // lifetime, which is left.
                        let close = if next == Some('\\') {
                            chars[i + 2..]
                                .iter()
                                .position(|&q| q == '\'')
                                .map(|p| i + 2 + p)
                        } else if chars.get(i + 2) == Some(&'\'') {
                            Some(i + 2)
                        } else {
                            None
                        };
                        match close {
                            Some(end) => i = end + 1,
                            None => {
                                out.push(c);
                                i += 1;
                            }
                        }
                    } else {
                        out.push(c);
                        i += 1;
                    }
                }
            }
        }
        lines.push(out);
    }
    lines
}

/// Each function in `text` longer than `most` lines: its name, the line
/// its `fn` is on (from 1) and its length, counting braces from a line
/// that starts (after `pub`, `pub(crate)`, `const`, `async` or `unsafe`)
/// with `fn`.
fn long_functions(text: &str, most: usize) -> Vec<(String, usize, usize)> {
    let code = code_only(text);
    let mut found = Vec::new();
    for (at, line) in code.iter().enumerate() {
        let mut words = line.split_whitespace().peekable();
        while words
            .peek()
            .is_some_and(|w| w.starts_with("pub") || ["const", "async", "unsafe"].contains(w))
        {
            words.next();
        }
        if words.next() != Some("fn") {
            continue;
        }
        let name: String = words
            .next()
            .unwrap_or_default()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let mut depth = 0usize;
        let mut opened = false;
        for (end, body) in code.iter().enumerate().skip(at) {
            if !opened && body.contains(';') && !body.contains('{') {
                break; // a declaration without a body
            }
            for c in body.chars() {
                match c {
                    '{' => {
                        depth += 1;
                        opened = true;
                    }
                    '}' => depth = depth.saturating_sub(1),
                    _ => {}
                }
            }
            if opened && depth == 0 {
                let length = end - at + 1;
                if length > most {
                    found.push((name.clone(), at + 1, length));
                }
                break;
            }
        }
    }
    found
}

/// Each `Result<…, String>` (or `Arc<String>`) in `text`, across lines:
/// the line it starts on (from 1) and its error type.
fn results_with_words(text: &str) -> Vec<(usize, String)> {
    let code = code_only(text).join("\n");
    let mut found = Vec::new();
    for (at, _) in code.match_indices("Result<") {
        if code[..at]
            .chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
        {
            continue;
        }
        let mut angle = 1usize;
        let mut round = 0usize;
        let mut args = vec![String::new()];
        let mut previous = '<';
        for c in code[at + "Result<".len()..].chars() {
            match c {
                '<' => angle += 1,
                '>' if previous != '-' => angle -= 1,
                '(' | '[' => round += 1,
                ')' | ']' => round = round.saturating_sub(1),
                ',' if angle == 1 && round == 0 => {
                    args.push(String::new());
                    previous = c;
                    continue;
                }
                ';' | '{' => break,
                _ => {}
            }
            if angle == 0 {
                break;
            }
            args.last_mut().unwrap().push(c);
            previous = c;
        }
        if args.len() == 3 && args[2].trim().is_empty() {
            args.pop(); // a trailing comma
        }
        if angle != 0 || args.len() != 2 {
            continue;
        }
        let error: String = args[1].split_whitespace().collect();
        let words = ["String", "std::string::String"];
        let arc = |e: &str| {
            e.strip_prefix("Arc<")
                .or_else(|| e.strip_prefix("std::sync::Arc<"))
                .and_then(|e| e.strip_suffix('>'))
                .is_some_and(|inner| words.contains(&inner))
        };
        if words.contains(&error.as_str()) || arc(&error) {
            found.push((code[..at].matches('\n').count() + 1, error));
        }
    }
    found
}

#[test]
fn no_source_file_is_over_600_lines() {
    let long: Vec<String> = sources()
        .iter()
        .filter(|(_, text)| text.lines().count() > MOST_LINES_IN_A_FILE)
        .map(|(path, text)| format!("src/{path}: {} lines", text.lines().count()))
        .collect();
    assert!(
        long.is_empty(),
        "split these into modules (foo.rs beside a foo/ folder): {long:#?}"
    );
}

#[test]
fn no_function_is_over_80_lines() {
    let sources = sources();
    assert!(sources.len() > 100, "{} files found", sources.len());
    let long: Vec<String> = sources
        .iter()
        .flat_map(|(path, text)| {
            long_functions(text, MOST_LINES_IN_A_FUNCTION)
                .into_iter()
                .map(move |(name, line, length)| {
                    format!("src/{path}:{line}: {name}, {length} lines")
                })
        })
        .collect();
    assert!(long.is_empty(), "break these into named helpers: {long:#?}");
}

#[test]
fn errors_are_types_not_words_outside_the_command_line() {
    let found: Vec<String> = sources()
        .iter()
        .filter(|(path, _)| {
            !path.starts_with("cli/") && path.as_str() != "cli.rs" && path.as_str() != "main.rs"
        })
        .flat_map(|(path, text)| {
            results_with_words(text)
                .into_iter()
                .map(move |(line, error)| format!("src/{path}:{line}: Result<…, {error}>"))
        })
        .collect();
    assert!(
        found.is_empty(),
        "give these a thiserror enum near where the error arises: {found:#?}"
    );
}

#[test]
fn the_scanners_find_what_they_look_for() {
    // The tests above cannot pass by finding nothing at all.
    let mut planted = String::from("pub(crate) async fn long(x: &str) -> Result<(), String> {\n");
    for n in 0..85 {
        planted.push_str(&format!(
            "    let s{n} = \"}}}}\"; let c{n} = '}}'; // }}\n"
        ));
    }
    planted.push_str("    /* } */ let r = r#\"}\"#;\n    Ok(())\n}\n");
    planted.push_str("fn short<'a>(x: &'a str) -> &'a str {\n    x\n}\n");
    assert_eq!(
        long_functions(&planted, 80),
        vec![("long".to_string(), 1, 89)]
    );
    assert!(long_functions(&planted, 89).is_empty());
    let words = "fn a() -> Result<\n    (Reference, DateTime<Utc>),\n    String,\n> {}\n\
                 fn b(x: Result<Vec<u8>, Arc<String>>) {}\n\
                 fn c() -> Result<String, Error> {}\n\
                 const S: &str = \"Result<(), String>\";\n";
    assert_eq!(
        results_with_words(words),
        vec![(1, "String".to_string()), (5, "Arc<String>".to_string())]
    );
}

/// The layer of a module, from the bottom, as `docs/ARCHITECTURE.md`'s
/// table draws them: words and numbers; the council's things and the
/// terminal's settings (pure: configuration checks with the journey's
/// rules, and receipts, diaries, items and messages read the settings);
/// the store; talking to the world; the look; the screens; the command.
fn layer(module: &str) -> usize {
    let under = |m: &str| module == m || module.starts_with(&format!("{m}::"));
    const WORDS: [&str; 5] = ["i18n", "reference", "fonts", "clip", "spreadsheet"];
    const PURE: [&str; 15] = [
        "catalogue",
        "journey",
        "booking",
        "staff",
        "receipt",
        "payments::item",
        "payments::check",
        "payments::money",
        "payments::provider",
        "notify::message",
        "notify::phone",
        "help::payload",
        "help::call",
        "gazetteer::text",
        "config",
    ];
    if WORDS.iter().any(|m| under(m)) {
        0
    } else if PURE.iter().any(|m| under(m)) {
        1
    } else if under("outbox") {
        3
    } else if under("ui") {
        5
    } else if under("app") {
        6
    } else if under("cli") {
        7
    } else {
        4
    }
}

/// Every import that runs up the layers: `from` uses `to` in a higher
/// layer.
fn upward<'a>(g: &BTreeMap<&'a str, BTreeSet<&'a str>>) -> Vec<(&'a str, &'a str)> {
    g.iter()
        .flat_map(|(from, tos)| tos.iter().map(move |to| (*from, *to)))
        .filter(|(from, to)| layer(to) > layer(from))
        .collect()
}

#[test]
fn no_import_runs_up_the_layers() {
    let modules = modules();
    // A pure file that reaches up into its I/O parent is a tie too.
    let g = edges(&modules, true);
    let up: Vec<String> = upward(&g)
        .into_iter()
        .map(|(from, to)| {
            format!(
                "{from} (layer {}) uses {to} (layer {})",
                layer(from),
                layer(to)
            )
        })
        .collect();
    assert!(up.is_empty(), "{up:#?}");
}

#[test]
fn the_layer_check_finds_an_import_running_up() {
    let mut g: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    g.entry("outbox::messages").or_default().insert("notify");
    g.entry("notify").or_default().insert("outbox");
    g.entry("app::focus").or_default().insert("ui::keys");
    assert_eq!(upward(&g), vec![("outbox::messages", "notify")]);
}
