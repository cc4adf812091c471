//! Native benchmarks (`make bench`): formkoll against the anchors in one run.
//!
//! - counting: formkoll's `count_default` vs unicode-segmentation's
//!   `graphemes(true).count()` on the real report's text, on an emoji- and
//!   combining-mark-heavy text, and on 1 MB of Swedish prose;
//! - the embedded template's parse and a full `check` of the real report;
//! - one `Session::set` keystroke in 3.1 with the whole report loaded, and
//!   with only 3.1 loaded (incremental work must not grow with the report).
//!
//! After criterion's own output it prints a table of the counting ratios,
//! timed interleaved in the same run (skipped when a name filter is given).
//! Under `cargo test` (no `--bench`) criterion runs each benchmark once as a
//! smoke test and the table is skipped.

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput};
use formkoll::{check, count_default, Lang, Report, Session, Template};
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

const FIXTURE: &str = include_str!("../tests/fixtures/jamtland-2024.json");

/// The report, parsed.
fn report() -> Report {
    Report::from_json(FIXTURE).unwrap_or_default()
}

/// Every answer's text, concatenated (≈ 68 KB, what a person typed).
fn fixture_text() -> String {
    report().answers.0.iter().map(|(_, a)| a.text()).collect()
}

/// At least 1 MiB of Swedish prose: the report's text repeated.
fn swedish_mb() -> String {
    let text = fixture_text();
    let mut out = String::with_capacity((1 << 20) + text.len());
    while out.len() < 1 << 20 {
        out.push_str(&text);
    }
    out
}

/// The report's text in NFD (every å ä ö becomes a letter + combining mark)
/// with an emoji, flag, keycap, Indic conjunct or Hangul jamo sequence after
/// every fifth word: a worst case for any fast path.
fn emoji_text() -> String {
    const SPICE: &[&str] = &[
        "👩🏻‍🚀",
        "🇸🇪",
        "👨‍👩‍👧‍👦",
        "1️⃣",
        "❤️",
        "क्षि",
        "\u{1100}\u{1161}\u{11A8}",
        "👍🏽",
        "🇳🇴",
        "e\u{301}\u{302}",
    ];
    let nfd: String = fixture_text().nfd().collect();
    let mut out = String::with_capacity(nfd.len() * 2);
    for (i, word) in nfd.split(' ').enumerate() {
        out.push_str(word);
        if i % 5 == 4 {
            out.push_str(SPICE[(i / 5) % SPICE.len()]);
        }
        out.push(' ');
    }
    out
}

fn anchor(text: &str) -> usize {
    text.graphemes(true).count()
}

fn texts() -> Vec<(&'static str, String)> {
    vec![
        ("fixture", fixture_text()),
        ("emoji-combining", emoji_text()),
        ("swedish-1mb", swedish_mb()),
    ]
}

fn bench_count(c: &mut Criterion) {
    let mut group = c.benchmark_group("count");
    for (name, text) in texts() {
        assert_eq!(count_default(&text), anchor(&text), "{name}: counts differ");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("formkoll", name), &text, |b, t| {
            b.iter(|| count_default(black_box(t)))
        });
        group.bench_with_input(
            BenchmarkId::new("graphemes(true).count()", name),
            &text,
            |b, t| b.iter(|| anchor(black_box(t))),
        );
    }
    group.finish();
}

fn bench_check(c: &mut Criterion) {
    let template = Template::default_template();
    let report = report();
    c.bench_function("template parse (default_template)", |b| {
        b.iter(Template::default_template)
    });
    let mut group = c.benchmark_group("check");
    group.throughput(Throughput::Bytes(FIXTURE.len() as u64));
    group.bench_function("real report (parsed)", |b| {
        b.iter(|| check(&template, black_box(&report), Lang::Sv))
    });
    group.bench_function("real report (JSON in, JSON out)", |b| {
        b.iter(|| {
            formkoll::check_json(&template, black_box(FIXTURE), Lang::Sv)
                .map(|r| serde_json::to_string(&r).map(|s| s.len()).unwrap_or(0))
        })
    });
    group.finish();
}

/// A session on `report` and two texts for 3.1 that alternate like typing
/// and deleting one character at the end.
fn keystroke_setup(report: Report) -> (Session, [String; 2]) {
    let template = Arc::new(Template::default_template());
    let text = report
        .answers
        .get("3.1")
        .map(|a| a.text().to_string())
        .unwrap_or_default();
    let session = Session::new(template, report, Lang::Sv).ok();
    let typed = [format!("{text}x"), text];
    (
        session.unwrap_or_else(|| panic!("session on the real report")),
        typed,
    )
}

fn bench_keystroke(c: &mut Criterion) {
    let mut group = c.benchmark_group("keystroke 3.1");
    let full = report();
    let mut only = full.clone();
    only.answers.0.retain(|(id, _)| id == "3.1");
    for (name, report) in [("31 answers loaded", full), ("1 answer loaded", only)] {
        let (mut session, typed) = keystroke_setup(report);
        let mut k = 0usize;
        group.bench_function(name, |b| {
            b.iter(|| {
                k += 1;
                session
                    .set("3.1", black_box(&typed[k % 2]))
                    .map(|u| u.score)
            })
        });
    }
    group.finish();
}

/// Median time of one call of `f` over `rounds` rounds of `reps` calls.
fn median_ns(rounds: &mut [Vec<f64>], slot: usize, reps: u32, f: &dyn Fn() -> usize) {
    let start = Instant::now();
    for _ in 0..reps {
        black_box(f());
    }
    rounds[slot].push(start.elapsed().as_nanos() as f64 / f64::from(reps));
}

/// Times formkoll and the anchor interleaved (A B A B …) so drift on a noisy
/// machine hits both, and prints MB/s and the ratio.
fn print_ratios() {
    println!("\nformkoll count vs unicode-segmentation graphemes(true).count(), interleaved, medians of 31 rounds");
    println!("| text | bytes | formkoll | graphemes(true).count() | ratio |");
    println!("|---|---:|---:|---:|---:|");
    for (name, text) in texts() {
        let reps = (50_000_000 / text.len().max(1)).clamp(3, 2_000) as u32;
        let mut rounds = vec![Vec::new(), Vec::new()];
        let deadline = Instant::now() + Duration::from_secs(20);
        for _ in 0..31 {
            median_ns(&mut rounds, 0, reps, &|| count_default(black_box(&text)));
            median_ns(&mut rounds, 1, reps, &|| anchor(black_box(&text)));
            if Instant::now() > deadline {
                break;
            }
        }
        let med = |v: &mut Vec<f64>| {
            v.sort_by(f64::total_cmp);
            v[v.len() / 2]
        };
        let (ours, theirs) = (med(&mut rounds[0]), med(&mut rounds[1]));
        let mbs = |ns: f64| text.len() as f64 / ns * 1e3;
        println!(
            "| {name} | {} | {:.0} MB/s ({:.1} µs) | {:.0} MB/s ({:.1} µs) | {:.1}× |",
            text.len(),
            mbs(ours),
            ours / 1e3,
            mbs(theirs),
            theirs / 1e3,
            theirs / ours
        );
    }
}

/// Keystrokes in 3.1 with the whole report and with only 3.1 loaded,
/// interleaved, so the comparison holds on a noisy machine.
fn print_keystroke_ratio() {
    let full = report();
    let mut only = full.clone();
    only.answers.0.retain(|(id, _)| id == "3.1");
    // An answer to a question the template lacks is kept and reported; its
    // text (here 1 MB) must not be re-read on every keystroke elsewhere.
    let mut stray = full.clone();
    stray
        .answers
        .0
        .push(("9.9".to_string(), formkoll::Answer::Text(swedish_mb())));
    let (mut all31, typed) = keystroke_setup(full);
    let (mut one, _) = keystroke_setup(only);
    let (mut big, _) = keystroke_setup(stray);
    let mut times = [Vec::new(), Vec::new(), Vec::new()];
    let reps = 200u32;
    for round in 0..31 {
        for (slot, session) in [(0, &mut all31), (1, &mut one), (2, &mut big)] {
            let start = Instant::now();
            for k in 0..reps {
                black_box(
                    session
                        .set("3.1", &typed[(k as usize + round) % 2])
                        .map(|u| u.score)
                        .ok(),
                );
            }
            times[slot].push(start.elapsed().as_nanos() as f64 / f64::from(reps));
        }
    }
    for t in &mut times {
        t.sort_by(f64::total_cmp);
    }
    let (a, b, c) = (times[0][15], times[1][15], times[2][15]);
    println!(
        "\nSession::set in 3.1 ({} bytes), interleaved, medians of 31 rounds of {reps}",
        typed[1].len()
    );
    println!("| loaded | per keystroke |\n|---|---:|");
    println!(
        "| 31 answers | {:.1} µs |\n| 1 answer (3.1) | {:.1} µs |\n| ratio 31 ÷ 1 | {:.2} |",
        a / 1e3,
        b / 1e3,
        a / b
    );
    println!(
        "| 31 answers + 1 MB answer to an unknown question | {:.1} µs |",
        c / 1e3
    );
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    bench_count(&mut c);
    bench_check(&mut c);
    bench_keystroke(&mut c);
    c.final_summary();
    // Only for a whole run: `--bench` given and no name filter.
    let args: Vec<String> = std::env::args().skip(1).collect();
    let filtered = args
        .iter()
        .any(|a| !a.starts_with('-') && a.parse::<f64>().is_err());
    if args.iter().any(|a| a == "--bench") && !filtered {
        print_ratios();
        print_keystroke_ratio();
    }
}
