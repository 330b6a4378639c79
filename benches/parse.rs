//! Parse throughput on seed-shaped documents and on the held-out corpus of
//! real-shaped pages, with floors on the same bytes in the same group:
//! `std::str::from_utf8` and a `memchr` line split.
//!
//! `cargo bench --bench parse`

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

const AR_PARA: &str = "افتتحت المدينة، يوم الأحد، مكتبتها العامة الجديدة بعد عامين من أعمال البناء، وقال القائمون عليها إنها ستفتح أبوابها حتى منتصف الليل طوال أيام الأسبوع، وإن برامجها ستشمل ورشاً للأطفال وأمسيات للقراءة.";
const EN_PARA: &str = "The city opened its new public library on Sunday after two years of building work, and the people who run it said it would stay open until midnight every day of the week, with workshops for children and evening readings.";
const ZH_PARA: &str = "该市周日在经过两年的施工后开放了新的公共图书馆，管理人员表示，图书馆每周七天开放至午夜，并将为儿童举办工作坊和晚间读书会。";

/// Paragraph `k` of a document: `para`'s words (its chars in Chinese)
/// rearranged by `k`, the closing mark kept at the end. The words that
/// occur once in `para` trade places by the `k`-th of their orderings
/// (`k` read in the factorial number system, so distinct `k` give
/// distinct orderings), and a 5 KB page and a 100 MB page alike hold
/// distinct paragraphs, as a real page does: a page that repeated one
/// paragraph would have its copies set aside as repeats, and measure that
/// path instead of the body's.
fn paragraph(para: &str, k: usize) -> String {
    let last = para.chars().next_back().map_or(0, char::len_utf8);
    let (body, end) = para.split_at(para.len() - last);
    let spaced = body.contains(' ');
    let mut words: Vec<&str> = if spaced {
        body.split(' ').collect()
    } else {
        body.char_indices()
            .map(|(i, c)| &body[i..i + c.len_utf8()])
            .collect()
    };
    let once: Vec<usize> = (0..words.len())
        .filter(|&i| words.iter().filter(|w| **w == words[i]).count() == 1)
        .collect();
    let mut pool: Vec<&str> = once.iter().map(|&i| words[i]).collect();
    let mut rest = k;
    for &at in &once {
        let pick = rest % pool.len();
        rest /= pool.len();
        words[at] = pool.remove(pick);
    }
    format!("{}{end}", words.join(if spaced { " " } else { "" }))
}

/// A document in the seed's layout, about `target` bytes long.
fn document(rubric: &str, title: &str, para: &str, sidebar: &[&str], target: usize) -> String {
    let mut doc = format!(
        "{rubric}: {title}\n\ncri 2019-10-21 15:45:00\nComment\nShare\nShare this with Close\nMessenger Messenger Pinterest LinkedIn WeChat\n\n"
    );
    let mut k = 0;
    while doc.len() < target {
        doc.push_str(&paragraph(para, k));
        doc.push_str("\n\n");
        k += 1;
    }
    doc.push_str("\n\n");
    doc.push_str(&sidebar.join("\n\n"));
    doc
}

fn inputs() -> Vec<(&'static str, String)> {
    vec![
        (
            "arabic",
            document(
                "تعليق",
                "مكتبة جديدة للمدينة!!",
                AR_PARA,
                &["الأكثر قراءة", "صور"],
                5_000,
            ),
        ),
        (
            "english",
            document(
                "Commentary",
                "A new library for the city",
                EN_PARA,
                &["Most Read", "Photos"],
                5_000,
            ),
        ),
        (
            "chinese",
            document(
                "评论",
                "城市的新图书馆",
                ZH_PARA,
                &["热点新闻", "图片"],
                5_000,
            ),
        ),
    ]
}

fn parse_5kb(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse_5kb");
    for (name, doc) in inputs() {
        assert!(newsparse::parse(&doc).is_ok(), "{name} parses");
        group.throughput(Throughput::Bytes(doc.len() as u64));
        group.bench_with_input(BenchmarkId::new("newsparse::parse", name), &doc, |b, d| {
            b.iter(|| newsparse::parse(black_box(d)))
        });
        group.bench_with_input(BenchmarkId::new("floor/from_utf8", name), &doc, |b, d| {
            b.iter(|| std::str::from_utf8(black_box(d.as_bytes())).map(str::len))
        });
        group.bench_with_input(
            BenchmarkId::new("floor/memchr_lines", name),
            &doc,
            |b, d| b.iter(|| memchr::memchr_iter(b'\n', black_box(d.as_bytes())).count()),
        );
    }
    group.finish();
}

/// Time against input size, 1 KB to 100 MB: it must grow linearly.
fn parse_scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse_scaling");
    group.sample_size(10);
    for size in [
        1_000usize,
        10_000,
        100_000,
        1_000_000,
        10_000_000,
        100_000_000,
    ] {
        let doc = document(
            "تعليق",
            "مكتبة جديدة للمدينة!!",
            AR_PARA,
            &["الأكثر قراءة", "صور"],
            size,
        );
        group.throughput(Throughput::Bytes(doc.len() as u64));
        group.bench_with_input(BenchmarkId::new("newsparse::parse", size), &doc, |b, d| {
            b.iter(|| newsparse::parse(black_box(d)).map(|a| a.paragraphs.len()))
        });
        group.bench_with_input(
            BenchmarkId::new("floor/memchr_lines", size),
            &doc,
            |b, d| b.iter(|| memchr::memchr_iter(b'\n', black_box(d.as_bytes())).count()),
        );
    }
    group.finish();
}

/// Real-shaped pages: every held-out page in `tests/heldout` (menus,
/// sidebars, captions, footers in a dozen languages), parsed one after
/// another. Their header and footer lines cost far more per byte than the
/// seed-shaped page's body, so this is the throughput to expect on crawls.
fn parse_corpus(c: &mut Criterion) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/heldout");
    // The packaged crate ships without its tests: skip the group then.
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("parse_corpus skipped: no {}", dir.display());
        return;
    };
    let mut docs: Vec<String> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    docs.sort();
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut group = c.benchmark_group("parse_corpus");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(BenchmarkId::new("newsparse::parse", docs.len()), |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| newsparse::parse(black_box(d)).map_or(0, |a| a.paragraphs.len()))
                .sum::<usize>()
        })
    });
    group.bench_function(BenchmarkId::new("floor/from_utf8", docs.len()), |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| std::str::from_utf8(black_box(d.as_bytes())).map_or(0, str::len))
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, parse_5kb, parse_corpus, parse_scaling);
criterion_main!(benches);
