//! Date extraction on 10,000 byline strings in mixed languages and forms.
//!
//! ```text
//! cargo bench --bench dates -- --warm-up-time 1 --measurement-time 3
//! ```
//!
//! Criterion reports the time for the whole batch; divide by 10,000 for the
//! per-string figure (the `per_byline` group reports one string at a time).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use newsparse::DateReader;

/// Byline and date-line shapes seen on real pages (written anew here).
const SHAPES: &[&str] = &[
    "cri 2019-10-21 15:45:00",
    "cri       (GMT+08:00) 2016-01-23 16:48:21",
    "    2013-08-12 14:58:00     CRIENGLISH.com       Web Editor: Han",
    "Source: Xinhua| 2020-09-22 14:32:20|Editor: huaxia",
    "2020.02.06 20:06 GMT+8",
    "BJT 12:50 09-03-2014",
    "arabic.china.org.cn | 05. 03. 2019",
    "    2014:06:20.08:37    حجم الخط:    اطبع",
    "تاريخ النشر : الأربعاء 01:25 22-4-2026",
    "06:11 م الأربعاء 01 سبتمبر 2021",
    "الخميس، 14 نوفمبر 2013 04:04 م",
    "السبت ,23 نوفمبر, 2024 م",
    "الاثنين 1427/4/9 هـ - الموافق 8/5/2006 م (آخر تحديث) الساعة 17:51 (مكة المكرمة)، 14:51 (غرينتش)",
    "الخميس 16 شوال 1445 ﻫ - 25 أبريل 2024 |",
    "٢٤ سبتمبر ٢٠٠٩",
    "Saturday 23rd November 2024",
    "(People's Daily App) 13:45, June 01, 2020",
    "French.xinhuanet.com | Publié le 2020-12-28 à 23:03",
    "28 de October de 2021",
    "12:11, 5 ноября 2014 Политика",
    "2019年01月10日14:31 | 来源:人民网研究院",
    "中新社北京九月二十七日電",
    "2022-02-25T13:15+0000",
    "Tel: 010-68891254    010-68891547",
    "نشر بتاريخ: 26/03/2011 ( آخر تحديث: 27/03/2011 الساعة: 08:23 )",
];

fn bylines() -> Vec<String> {
    (0..10_000)
        .map(|i| {
            let shape = SHAPES[i % SHAPES.len()];
            // Vary the strings without breaking their dates: leading and
            // trailing padding as dumps have it (0-7 spaces each side).
            let pad = i / SHAPES.len();
            format!(
                "{}{shape}{}",
                " ".repeat(pad % 8),
                " ".repeat((pad / 8) % 8)
            )
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let lines = bylines();
    let reader = DateReader::new().time_zone(chrono_tz::Asia::Shanghai);
    // Warm the lazily built tables; check that the bylines hold dates.
    let dated = lines
        .iter()
        .filter(|l| reader.read(l).published.is_some())
        .count();
    assert!(dated >= 9_000, "{dated} of 10,000 bylines read as dated");

    let mut group = c.benchmark_group("dates");
    group.throughput(Throughput::Elements(lines.len() as u64));
    group.bench_function("10k_bylines", |b| {
        b.iter(|| {
            let mut found = 0usize;
            for line in &lines {
                found += usize::from(reader.read(black_box(line)).published.is_some());
            }
            found
        })
    });
    group.finish();

    let mut group = c.benchmark_group("per_byline");
    for (i, shape) in SHAPES.iter().enumerate().step_by(4) {
        group.bench_function(format!("shape_{i:02}"), |b| {
            b.iter(|| reader.read(black_box(shape)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
