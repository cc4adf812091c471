//! docs/rules.md is what a portal owner trusts: it must name every code.

use formkoll::{points_lost, FindingCode};

const RULES: &str = include_str!("../docs/rules.md");

#[test]
fn docs_name_every_finding_code_and_its_points() {
    for &code in FindingCode::ALL {
        assert!(
            RULES.contains(&format!("`{}`", code.as_str())),
            "docs/rules.md does not name {}",
            code.as_str()
        );
    }
    // The points table must agree with the code.
    assert_eq!(points_lost(FindingCode::RequiredMissing), 10);
    assert!(RULES.contains("| `required.missing`, `choice.missing`, `choice.unknown` | 10"));
    assert_eq!(points_lost(FindingCode::LimitExceeded), 5);
    assert!(RULES.contains(
        "`limit.exceeded` (once per budget), `explanation.missing`, `answer.unknown_question` | 5"
    ));
    assert_eq!(points_lost(FindingCode::instruction("actors").unwrap()), 2);
    assert_eq!(points_lost(FindingCode::HygieneBom), 0);
}

#[test]
fn docs_name_every_error_code() {
    for code in [
        "template.invalid",
        "template.unknown",
        "report.invalid",
        "report.template_mismatch",
        "question.unknown",
        "question.not_choice",
    ] {
        assert!(RULES.contains(code), "docs/rules.md does not name {code}");
    }
}

// ---------------------------------------------------------------------------
// Every repository path the docs name exists (issue 25: docs that cannot drift).
//
// Scanned: README.md, docs/*.md and the module docs (`//!`) of src/**/*.rs.
// A path is a markdown link target (resolved from the document's folder) or a
// word that starts with one of ROOTS (resolved from the repository root), or
// is one of TOP_FILES. `*` and `**` are globs, `<name>` a placeholder (both
// must match something), `{a,b}` names both; a `:line` suffix is dropped.
// Build output (pkg/, target/, fuzz/target/) is not checked.

use std::path::{Path, PathBuf};

const ROOTS: &[&str] = &[
    "src/",
    "tests/",
    "docs/",
    "www/",
    "scripts/",
    "templates/",
    "fuzz/",
    "mk/",
    "benches/",
    "pkg-template/",
];
const TOP_FILES: &[&str] = &[
    "Makefile",
    "Cargo.toml",
    "Cargo.lock",
    "build.rs",
    "package.json",
    "package-lock.json",
    "size-budget.json",
    "README.md",
];
const BUILD_OUTPUT: &[&str] = &["pkg/", "target/", "fuzz/target/", "node_modules/"];

/// A path named at `line` (1-based) of a document, and where to resolve it from.
#[derive(Debug, PartialEq)]
struct Named {
    line: usize,
    path: String,
    base: PathBuf,
}

fn is_path_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, '/' | '.' | '_' | '-' | '*' | '<' | '>' | '{' | '}' | ',')
}

/// The paths `text` names; `folder` is the document's folder (for links).
/// `markdown` says whether `](target)` is a link.
fn named_paths(text: &str, folder: &Path, markdown: bool) -> Vec<Named> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let mut rest = line.to_string();
        if markdown {
            // Link targets first, then blanked so the word scan skips them.
            while let Some(start) = rest.find("](") {
                let Some(len) = rest[start + 2..].find(')') else {
                    break;
                };
                let target = rest[start + 2..start + 2 + len].to_string();
                rest.replace_range(start..start + 3 + len, " ");
                let target = target.split('#').next().unwrap_or("").trim();
                if target.is_empty() || target.contains("://") || target.starts_with("mailto:") {
                    continue;
                }
                out.push(Named {
                    line: i + 1,
                    path: target.to_string(),
                    base: folder.to_path_buf(),
                });
            }
        }
        let line = rest.as_str();
        let mut start = None;
        for (at, c) in line.char_indices().chain([(line.len(), ' ')]) {
            match (start, is_path_char(c)) {
                (None, true) => start = Some(at),
                (Some(s), false) => {
                    start = None;
                    // A word glued to a `:` or `/` before it is part of a URL or a longer path.
                    if line[..s].ends_with(':') || line[..s].ends_with('/') {
                        continue;
                    }
                    if let Some(word) = path_word(&line[s..at]) {
                        out.push(Named {
                            line: i + 1,
                            path: word,
                            base: PathBuf::new(),
                        });
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// `word` as a repository path, if it is one (trailing punctuation dropped).
fn path_word(word: &str) -> Option<String> {
    let word = word
        .trim_end_matches(['.', ',', '-'])
        .trim_start_matches(['{', ',']);
    if BUILD_OUTPUT.iter().any(|b| word.starts_with(b)) || word.contains("..") {
        return None;
    }
    let rooted = ROOTS
        .iter()
        .any(|r| word.starts_with(r) && word.len() > r.len());
    (rooted || TOP_FILES.contains(&word)).then(|| word.to_string())
}

/// `{a,b}` expanded (one group at a time, so nesting and several groups work).
fn expand_braces(path: &str) -> Vec<String> {
    let (Some(open), Some(close)) = (path.find('{'), path.find('}')) else {
        return vec![path.to_string()];
    };
    if close < open {
        return vec![path.to_string()];
    }
    path[open + 1..close]
        .split(',')
        .flat_map(|alt| expand_braces(&format!("{}{alt}{}", &path[..open], &path[close + 1..])))
        .collect()
}

/// Whether `name` matches the one-segment glob `pattern` (`*`, and `<…>` as `*`).
fn segment_matches(pattern: &str, name: &str) -> bool {
    let mut pattern = pattern.to_string();
    while let (Some(a), Some(b)) = (pattern.find('<'), pattern.find('>')) {
        if b < a {
            break;
        }
        pattern.replace_range(a..=b, "*");
    }
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == name;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !name.starts_with(first) || name.len() < first.len() + last.len() || !name.ends_with(last) {
        return false;
    }
    let mut at = first.len();
    for part in &parts[1..parts.len() - 1] {
        match name[at..name.len() - last.len()].find(part) {
            Some(found) => at += found + part.len(),
            None => return false,
        }
    }
    true
}

/// Whether `segments` (a glob, split at `/`) match something under `dir`.
fn glob_exists(dir: &Path, segments: &[&str]) -> bool {
    let Some((&first, rest)) = segments.split_first() else {
        return dir.exists();
    };
    if first.is_empty() || first == "." {
        return glob_exists(dir, rest);
    }
    if first == ".." {
        return glob_exists(&dir.join(".."), rest);
    }
    if first == "**" && glob_exists(dir, rest) {
        return true;
    }
    if !first.contains(['*', '<']) {
        return glob_exists(&dir.join(first), rest);
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    entries.flatten().any(|e| {
        let name = e.file_name().to_string_lossy().into_owned();
        if first == "**" {
            e.path().is_dir() && glob_exists(&e.path(), segments)
        } else {
            segment_matches(first, &name) && glob_exists(&e.path(), rest)
        }
    })
}

/// "file:line: path" for every named path under `root` that does not exist.
fn missing(root: &Path, doc: &str, named: &[Named]) -> Vec<String> {
    let mut out = Vec::new();
    for n in named {
        let found = expand_braces(&n.path).iter().all(|p| {
            let segments: Vec<&str> = p.split('/').collect();
            glob_exists(&root.join(&n.base), &segments)
        });
        if !found {
            out.push(format!("{doc}:{}: {}", n.line, n.path));
        }
    }
    out
}

/// The documents scanned: (path from the root, whether markdown).
fn documents(root: &Path) -> Vec<(String, bool)> {
    let mut docs = vec![("README.md".to_string(), true)];
    let mut md: Vec<String> = std::fs::read_dir(root.join("docs"))
        .expect("docs/")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".md"))
        .map(|n| format!("docs/{n}"))
        .collect();
    md.sort();
    docs.extend(md.into_iter().map(|d| (d, true)));
    let mut stack = vec![root.join("src")];
    let mut rs = Vec::new();
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).expect("src/").flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let rel = p
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                rs.push(rel);
            }
        }
    }
    rs.sort();
    docs.extend(rs.into_iter().map(|d| (d, false)));
    docs
}

#[test]
fn docs_name_only_paths_that_exist() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (mut checked, mut problems) = (0, Vec::new());
    for (doc, markdown) in documents(root) {
        let text = std::fs::read_to_string(root.join(&doc)).expect("readable document");
        // In Rust files only the module docs: other lines keep their numbers, blanked.
        let text: String = if markdown {
            text
        } else {
            text.lines()
                .map(|l| l.trim_start().strip_prefix("//!").unwrap_or(""))
                .collect::<Vec<_>>()
                .join("\n")
        };
        let folder = Path::new(&doc).parent().unwrap_or(Path::new(""));
        let named = named_paths(&text, folder, markdown);
        checked += named.len();
        problems.extend(missing(root, &doc, &named));
    }
    assert!(
        problems.is_empty(),
        "{} named path(s) do not exist:\n{}",
        problems.len(),
        problems.join("\n")
    );
    // The scan must find the docs' paths at all (a broken extractor passes vacuously).
    assert!(checked > 100, "only {checked} paths found in the docs");
}

#[test]
fn docs_path_check_reports_a_missing_path_with_its_line() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let doc = "See `src/lib.rs` and [rules](rules.md).\n\
               Gone: src/no_such_module.rs:12, and `tests/*.nosuch`.\n\
               [gone](missing.md#x) https://example.org/src/x.rs src/dom/*.rs\n\
               docs/screenshot-{empty,nosuch}.png Makefile fuzz/corpus/<target>/ pkg/formkoll.js";
    let named = named_paths(doc, Path::new("docs"), true);
    let paths: Vec<&str> = named.iter().map(|n| n.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "rules.md", // link targets first on their line
            "src/lib.rs",
            "src/no_such_module.rs",
            "tests/*.nosuch",
            "missing.md",
            "src/dom/*.rs",
            "docs/screenshot-{empty,nosuch}.png",
            "Makefile",
            "fuzz/corpus/<target>/",
        ]
    );
    assert_eq!(
        missing(root, "doc.md", &named),
        [
            "doc.md:2: src/no_such_module.rs",
            "doc.md:2: tests/*.nosuch",
            "doc.md:3: missing.md",
            "doc.md:4: docs/screenshot-{empty,nosuch}.png",
        ]
    );
}
