//! Normalizer throughput on Arabic, English, Chinese and mixed text of
//! 1 KB and 10 MB, with floors in the same group: `std::str::from_utf8`
//! (one validation pass) and `unicode-normalization`'s plain NFC and NFKC.
//!
//! Run briefly with
//! `cargo bench --bench normalize -- --warm-up-time 1 --measurement-time 2`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use newsparse::{Normalizer, Profile};
use unicode_normalization::UnicodeNormalization;

const ARABIC: &[&str] = &[
    "بكين 19 يونيو 2014 / أعلنت الصين اليوم عن خطة جديدة لتطوير شبكة الإنترنت في المناطق الريفية.",
    "وقال المتحدث باسم الوزارة إن المشروع سيكتمل خلال ثلاث سنوات، وإن الاستثمار يبلغ مليار دولار.",
    "وأضاف أن الأكثر قراءة من الأخبار هذا الأسبوع تناول التعاون بين الصين والدول العربية.",
    "تعليق: الصين والعالم العربي شريكان في التنمية والسلام على طريق الحرير الجديد.",
];
const ENGLISH: &[&str] = &[
    "BEIJING, March 16 (Xinhua) -- China will expand internet access in rural areas, a spokesman said.",
    "The project is expected to be completed within three years, with an investment of one billion dollars.",
    "Most Popular stories this week covered cooperation between China and Arab countries.",
    "Source: Xinhua| 2020-09-22 14:32:20|Editor: huaxia",
];
const CHINESE: &[&str] = &[
    "国际在线消息(记者林路):中国将在农村地区扩大互联网接入,发言人周一表示。",
    "该项目预计将在三年内完成,投资额为十亿美元。",
    "本周最受关注的新闻报道了中国与阿拉伯国家之间的合作。",
    "2019年01月10日14:31 | 来源:人民网研究院",
];
const MIXED: &[&str] = &[
    "人民网 2019:10:18.08:36:18 قال المتحدث باسم CRI Online إن الحزام والطريق مهم.",
    "ПЕКИН, 30 октября. /ТАСС/. Китай расширит доступ к интернету в сельских районах.",
    "BEIJING, 28 décembre (Xinhua) -- La Chine va étendre l'accès à Internet.",
    "arabic.china.org.cn | 05. 03. 2019 الصين 双语新闻 Most Read",
];

/// Sentences joined by single spaces, as many as fit in `size` bytes.
fn build(sentences: &[&str], size: usize) -> String {
    let mut s = String::with_capacity(size);
    for sentence in sentences.iter().cycle() {
        let extra = sentence.len() + usize::from(!s.is_empty());
        if s.len() + extra > size {
            break;
        }
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(sentence);
    }
    s
}

fn bench(c: &mut Criterion) {
    let display = Normalizer::new(Profile::Display);
    let search = Normalizer::new(Profile::Search);
    let inputs = [
        ("arabic", ARABIC),
        ("english", ENGLISH),
        ("chinese", CHINESE),
        ("mixed", MIXED),
    ];
    for (size_name, size) in [("1KB", 1024), ("10MB", 10 << 20)] {
        for (name, sentences) in inputs {
            let text = build(sentences, size);
            // The inputs are already clean for Display.
            assert!(matches!(
                display.normalize(&text),
                std::borrow::Cow::Borrowed(_)
            ));
            let mut g = c.benchmark_group(format!("normalize/{name}/{size_name}"));
            g.throughput(Throughput::Bytes(text.len() as u64));
            if size > 1 << 20 {
                g.sample_size(10);
            }
            let bytes = text.as_bytes();
            g.bench_with_input(BenchmarkId::new("from_utf8", size_name), bytes, |b, t| {
                b.iter(|| std::str::from_utf8(black_box(t)).is_ok())
            });
            g.bench_with_input(BenchmarkId::new("nfc", size_name), &text, |b, t| {
                b.iter(|| black_box(t).nfc().collect::<String>())
            });
            g.bench_with_input(BenchmarkId::new("nfkc", size_name), &text, |b, t| {
                b.iter(|| black_box(t).nfkc().collect::<String>())
            });
            g.bench_with_input(BenchmarkId::new("display", size_name), &text, |b, t| {
                b.iter(|| display.normalize(black_box(t)).len())
            });
            g.bench_with_input(BenchmarkId::new("search", size_name), &text, |b, t| {
                b.iter(|| search.normalize(black_box(t)).len())
            });
            g.finish();
        }
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
