//! Date strings as pages print them (LAYOUTS §2, §5, §6), each with the
//! publication time it must read as: RFC 3339 when the zone is known, a
//! naive date-time or a bare date otherwise.

use newsparse::{DateIssue, DateOrder, DateReader};

/// (line, expected `published`), read with no zone, no order, no
/// reference time.
const TABLE: &[(&str, &str)] = &[
    // ISO and its variants.
    ("cri 2019-10-21 15:45:00", "2019-10-21T15:45:00"),
    ("cri       (GMT+08:00) 2016-01-23 16:48:21", "2016-01-23T16:48:21+08:00"),
    ("cri       (GMT+08:00) 2011-10-19 09:08:11", "2011-10-19T09:08:11+08:00"),
    ("    2013-08-12 14:58:00     CRIENGLISH.com       Web Editor: Han", "2013-08-12T14:58:00"),
    ("(GMT+08:00) 2020-07-13 20:49:56     Redaktoro:祃璟琳", "2020-07-13T20:49:56+08:00"),
    ("(GMT+08:00) 2006-08-24 19:01:52    ", "2006-08-24T19:01:52+08:00"),
    ("  2018-11-22 00:00:27  cri", "2018-11-22T00:00:27"),
    ("|Xinhua|Published:2019-09-30 14:30:19", "2019-09-30T14:30:19"),
    ("时间:2013-05-07 08:00来源:未知 作者:voa365 点击:", "2013-05-07T08:00:00"),
    ("2020.02.06 20:06 GMT+8", "2020-02-06T20:06:00+08:00"),
    ("2018-03-20 13:00 GMT+8", "2018-03-20T13:00:00+08:00"),
    ("2017-09-20 09:20:00", "2017-09-20T09:20:00"),
    ("arabic.china.org.cn | 05. 03. 2019", "2019-03-05"),
    ("spanish.china.org.cn | 02. 11. 2012 | Editor: Ara | [A A A] |", "2012-11-02"),
    ("French.china.org.cn | Mis à jour le 29. 12. 2020 | Mots clés : pont de Pingnan", "2020-12-29"),
    ("2017-04-19 16:51:59.0", "2017-04-19T16:51:59"),
    ("    2014:06:20.08:37    حجم الخط:    اطبع", "2014-06-20T08:37:00"),
    ("人民网 2019:10:18.08:36:18", "2019-10-18T08:36:18"),
    ("2019-04-23 11:31:48|arabic.news.cn", "2019-04-23T11:31:48"),
    ("Source: Xinhua| 2020-09-22 14:32:20|Editor: huaxia", "2020-09-22T14:32:20"),
    ("        | 2013-03-17 14:36:37 | Editor: Tang Danlu", "2013-03-17T14:36:37"),
    ("French.xinhuanet.com | Publié le 2020-12-28 à 23:03", "2020-12-28T23:03:00"),
    ("( 2019-10-12 ) 稿件来源:新华每日电讯 要 闻", "2019-10-12"),
    ("الوقت:2022-12-08 10:48:29المصدر: شينخوا", "2022-12-08T10:48:29"),
    ("( China Daily ) Updated: 2015-03-17 07:57:08", "2015-03-17T07:57:08"),
    ("[2018-01-18 07:53]", "2018-01-18T07:53:00"),
    ("Source: Global Times | 2019/10/16 23:08:41", "2019-10-16T23:08:41"),
    ("From:Author: 2021-05-25 14:30", "2021-05-25T14:30:00"),
    ("2022-02-25T13:15+0000", "2022-02-25T13:15:00+00:00"),
    ("2022-02-25T13:15:30Z", "2022-02-25T13:15:30+00:00"),
    ("时间:2019/10/23 10:00:37  作者:  来源:  查看:6220  评论:0", "2019-10-23T10:00:37"),
    // Time before the date.
    ("BJT 12:50 09-03-2014", "2014-03-09T12:50:00+08:00"),
    ("arabic.china.org.cn / 15:40:28 2012-11-08", "2012-11-08T15:40:28"),
    ("تاريخ النشر : الأربعاء 01:25 22-4-2026", "2026-04-22T01:25:00"),
    ("17:40, 23-Aug-2019", "2019-08-23T17:40:00"),
    ("12:11, 5 ноября 2014 Политика", "2014-11-05T12:11:00"),
    ("(People's Daily App) 13:45, June 01, 2020", "2020-06-01T13:45:00"),
    ("06:11 م الأربعاء 01 سبتمبر 2021", "2021-09-01T18:11:00"),
    // Day-first numeric dates.
    ("5-11-2014, 08:44", "2014-11-05T08:44:00"),
    ("رضا سالم الصامت   Thursday 20-10 -2011", "2011-10-20"),
    ("26/03/2011", "2011-03-26"),
    ("… 25.02.2022, Sputnik Mundo", "2022-02-25"),
    ("22-10-2022 02:39 PM", "2022-10-22T14:39:00"),
    // Month names.
    ("26 نوفمبر 2011 00:18", "2011-11-26T00:18:00"),
    ("الخميس، 14 نوفمبر 2013 04:04 م", "2013-11-14T16:04:00"),
    ("السبت ,23 نوفمبر, 2024 م", "2024-11-23"),
    ("الجمعة 19 ابريل 2024 أبوظبي الإمارات", "2024-04-19"),
    ("Saturday 23rd November 2024", "2024-11-23"),
    ("28 de October de 2021", "2021-10-28"),
    ("27 oct 2021", "2021-10-27"),
    ("28 décembre 2020", "2020-12-28"),
    ("4 de noviembre de 2019", "2019-11-04"),
    ("12 de março de 2020", "2020-03-12"),
    ("3 maggio 2018", "2018-05-03"),
    ("7. Oktober 2019", "2019-10-07"),
    ("1er avril 2016", "2016-04-01"),
    ("March 16, 2019", "2019-03-16"),
    ("Aug 5, 2017 10:30 AM", "2017-08-05T10:30:00"),
    ("12:15 AM Jan 2, 2018", "2018-01-02T00:15:00"),
    ("صحيفة الشعب اليومية – الطبعة الخارجية- الصادرة يوم 21 مارس عام 2014- الصفحة رقم:04", "2014-03-21"),
    ("منذ سنتين في 01/ديسمبر/2022", "2022-12-01"),
    ("٢٤ سبتمبر ٢٠٠٩", "2009-09-24"),
    ("۱۵ ژانویه ۲۰۱۲", "2012-01-15"),
    ("بكين اول فبراير 2015 /", "2015-02-01"),
    ("26 إبريل 2019 / شبكة الصين /", "2019-04-26"),
    ("18 غشت 2016", "2016-08-18"),
    ("9 دجنبر 2015", "2015-12-09"),
    ("3 جانفي 2020", "2020-01-03"),
    ("14 يوليو/تموز 2019", "2019-07-14"),
    // The month's two names after a dash or a space, and the hour alone.
    ("الإثنين 15 مارس - آذار 2010 الساعة 05 مساءً / مأرب برس - تعز - خاص", "2010-03-15T17:00:00"),
    ("الأحد 9 أغسطس آب 2015", "2015-08-09"),
    // Moscow time, in the zone of its date: +04:00 from 2011 to 2014.
    ("18/06/2012 14:35 (МСК)", "2012-06-18T14:35:00+04:00"),
    ("18.06.2019 14:35 MSK", "2019-06-18T14:35:00+03:00"),
    // Moroccan `ينير` (January).
    ("الثلاثاء 17 ينير 2017 - 11:30", "2017-01-17T11:30:00"),
    ("5 أيلول/سبتمبر 2017", "2017-09-05"),
    ("8 تشرين الأول 2018", "2018-10-08"),
    ("20 أكتوبر/تشرين الأول 2020", "2020-10-20"),
    ("11 حزيران (يونيو) 2005", "2005-06-11"),
    ("٢٠١٧/٠٥/١٠م", "2017-05-10"),
    // Chinese.
    ("2019年01月10日14:31 | 来源:人民网研究院", "2019-01-10T14:31:00"),
    ("2009年09月27日 22:24 來源:中國新聞網(wǎng) 發表評論  【字體:↑大 ↓小", "2009-09-27T22:24:00"),
    ("二〇一九年十月十一日", "2019-10-11"),
    ("来源: 泰亚传媒   时间:2019-10-23 09:37:00", "2019-10-23T09:37:00"),
    // Hijri and both calendars: the Gregorian wins.
    (
        "الاثنين 1427/4/9 هـ - الموافق 8/5/2006 م (آخر تحديث) الساعة 17:51 (مكة المكرمة)، 14:51 (غرينتش)",
        "2006-05-08T17:51:00+03:00",
    ),
    ("الخميس 12 ديسمبر 2024 الموافق 11 جمادى الثانية 1446", "2024-12-12"),
    ("الخميس 16 شوال 1445 ﻫ - 25 أبريل 2024 |", "2024-04-25"),
    ("16 شوال 1445 ﻫ", "2024-04-25"),
    ("1427/4/9 هـ", "2006-05-08"),
    // Zones.
    ("10,45 (18:45 ت غ) 3 مارس 2021", "2021-03-03T18:45:00+00:00"),
    ("2021-03-03 09:00 UTC", "2021-03-03T09:00:00+00:00"),
    ("2021-03-03 09:00 MSK", "2021-03-03T09:00:00+03:00"),
    ("2021-03-03 09:00 (IST)", "2021-03-03T09:00:00+05:30"),
    // Labels: the first date that is not an update.
    ("نشر بتاريخ: 26/03/2011 ( آخر تحديث: 27/03/2011 الساعة: 08:23 )", "2011-03-26"),
    // US zones without the season: EST in winter, EDT in summer.
    ("Published 6:05 p.m. ET Feb. 2, 2023", "2023-02-02T18:05:00-05:00"),
    ("Posted 7:40 a.m. PT Aug. 9, 2022", "2022-08-09T07:40:00-07:00"),
    // `CST` after a 12-hour time is US Central; a 24-hour `CST` (China
    // Standard Time as often) gives no zone.
    ("Posted: Nov 14, 2023 6:00 AM CST", "2023-11-14T06:00:00-06:00"),
    ("Posted: Nov 14, 2023 4:12 p.m. CST", "2023-11-14T16:12:00-06:00"),
    ("2023-11-14 06:00 CST", "2023-11-14T06:00:00"),
    // A two-digit year after slashes, before a French clock.
    ("Publié le 14/04/24 à 18h05", "2024-04-14T18:05:00"),
    // Hungarian: the year first, then the month's name.
    ("2023. október 5. 14:22", "2023-10-05T14:22:00"),
    // A dotted 12-hour time with a one-digit hour, and a live page's
    // first publication time after its label, on the update's day.
    ("February 13, 2024 3.12pm", "2024-02-13T15:12:00"),
    (
        "Updated February 13, 2024 — 3.12pm, first published at 6.02am",
        "2024-02-13T06:02:00",
    ),
    // Arab capitals with summer time: the zone for the date.
    ("تاريخ النشر: 16/01/2024 - 13:42 (بتوقيت القدس)", "2024-01-16T13:42:00+02:00"),
    ("الإثنين 10 يوليو 2023 - 10:15 بتوقيت القاهرة", "2023-07-10T10:15:00+03:00"),
    // Swedish, Dutch, Czech, Swahili and Romanian months and labels.
    ("Publicerad 2023-11-08 05.30", "2023-11-08T05:30:00"),
    ("woensdag 6 maart 2024, 09:12", "2024-03-06T09:12:00"),
    ("5. března 2024 14:22", "2024-03-05T14:22:00"),
    ("Jumanne, Machi 12, 2024", "2024-03-12"),
    ("12 martie 2024, 10:15", "2024-03-12T10:15:00"),
    // Hindi months, the nukta precomposed or not.
    ("9 \u{95E}रवरी 2024, 07:50 PM", "2024-02-09T19:50:00"),
    ("9 फ़रवरी 2024, 07:50 PM", "2024-02-09T19:50:00"),
    // An update stamp on the same line keeps its own time.
    (
        "Published 8:03 a.m. CT Oct. 5, 2021 | Updated 4:10 p.m. CT Oct. 5, 2021",
        "2021-10-05T08:03:00-05:00",
    ),
    // A numeric Solar Hijri date in Persian digits (Iranian sites); in
    // Arabic-Indic digits, or with هـ, it stays lunar.
    ("۱۴۰۲/۱۱/۰۳ - ۱۸:۴۰", "2024-01-23T18:40:00"),
    ("۰۳/۱۱/۱۴۰۲", "2024-01-23"),
    // Day, month and a two-digit year with dots, before a clock.
    ("פורסם: 27.05.23 | 16:20", "2023-05-27T16:20:00"),
    ("Aktualizováno 03.11.22, 07:15", "2022-11-03T07:15:00"),
    // Bengali digits and months, with the space Bengali sites print after
    // the clock's colon.
    ("প্রকাশ: ০৭ মার্চ ২০২৪, ১৪: ৩৫", "2024-03-07T14:35:00"),
    ("হালনাগাদ: ২২ আগস্ট ২০২৩, ১০:০৫", "2023-08-22T10:05:00"),
    ("মঙ্গলবার, ৫ নভেম্বর ২০২৪", "2024-11-05"),
    // Thai: Buddhist Era years, abbreviated months with their dots, Thai
    // digits.
    ("12 มี.ค. 2566 14:20 น.", "2023-03-12T14:20:00"),
    ("วันเสาร์ที่ 3 สิงหาคม 2567", "2024-08-03"),
    ("๒๐ ธ.ค. ๒๕๖๕", "2022-12-20"),
    // Japanese clock time in kanji after the date.
    ("2023年11月2日 18時7分", "2023-11-02T18:07:00"),
    // A clock time before a Hijri date serves the Gregorian date printed
    // beside it.
    ("09:40 الخميس 21 رجب 1445 هـ - 1 فبراير 2024 م", "2024-02-01T09:40:00"),
    // A weekday abbreviated like a month (French `mar.` for mardi,
    // Spanish `mar` for martes), before the day and its month.
    ("il y a 3 heures · mar. 5 sept. 2023 14:20", "2023-09-05T14:20:00"),
    ("mar. 12 nov. 2024", "2024-11-12"),
    ("mar 5 mar 2024", "2024-03-05"),
    // `ایران` after a Solar Hijri date: Iran time for that date, with
    // summer time until 2022.
    ("پنجشنبه ۲۴ اسفند ۱۴۰۲ ایران ۱۰:۲۱", "2024-03-14T10:21:00+03:30"),
    ("۱۰ تیر ۱۴۰۰ ایران ۱۰:۲۱", "2021-07-01T10:21:00+04:30"),
];

/// Lowercase `et` is a word (French "and"), and a two-digit year needs a
/// clock to be read at all.
#[test]
fn region_zones_and_short_years_need_their_context() {
    let r = DateReader::new();
    let read = |s: &str| r.read(s).published.map(|p| p.to_string());
    assert_eq!(
        read("le 12 mars 2024 à 10:15 et mis à jour").as_deref(),
        Some("2024-03-12T10:15:00")
    );
    assert_eq!(read("Version 2.10.24"), None);
    assert_eq!(read("10.01.24").as_deref(), None);
    // An ASCII colon and a space make no clock; a Buddhist year outside a
    // Thai line stays a number.
    assert_eq!(
        read("Score 3: 12 on 5 May 2024").as_deref(),
        Some("2024-05-05")
    );
    assert_eq!(read("12 March 2566"), None);
    let both = r.read("Published 8:03 a.m. CT Oct. 5, 2021 | Updated 4:10 p.m. CT Oct. 5, 2021");
    assert_eq!(
        both.modified.map(|m| m.to_string()).as_deref(),
        Some("2021-10-05T16:10:00-05:00")
    );
}

#[test]
fn date_table() {
    assert!(TABLE.len() >= 60, "{} rows", TABLE.len());
    let reader = DateReader::new();
    let mut failures = Vec::new();
    for (line, expected) in TABLE {
        let got = reader.read(line).published.map(|p| p.to_string());
        if got.as_deref() != Some(*expected) {
            failures.push(format!("{line:?}: expected {expected}, got {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        TABLE.len(),
        failures.join("\n")
    );
}

#[test]
fn published_and_modified_are_told_apart() {
    let r =
        DateReader::new().read("نشر بتاريخ: 26/03/2011 ( آخر تحديث: 27/03/2011 الساعة: 08:23 )");
    assert_eq!(r.published.unwrap().to_string(), "2011-03-26");
    assert_eq!(r.modified.unwrap().to_string(), "2011-03-27T08:23:00");
}

#[test]
fn outlet_zone_gives_the_offset_with_daylight_saving() {
    let cairo = DateReader::new().time_zone(chrono_tz::Africa::Cairo);
    assert_eq!(
        cairo
            .read("الخميس، 14 نوفمبر 2013 04:04 م")
            .published
            .unwrap()
            .to_string(),
        "2013-11-14T16:04:00+02:00"
    );
    let london = DateReader::new().time_zone(chrono_tz::Europe::London);
    assert_eq!(
        london
            .read("2019-07-01 12:00")
            .published
            .unwrap()
            .to_string(),
        "2019-07-01T12:00:00+01:00"
    );
    assert_eq!(
        london
            .read("2019-12-01 12:00")
            .published
            .unwrap()
            .to_string(),
        "2019-12-01T12:00:00+00:00"
    );
    // An explicit zone beats the reader's.
    assert_eq!(
        london
            .read("2019-12-01 12:00 GMT+8")
            .published
            .unwrap()
            .to_string(),
        "2019-12-01T12:00:00+08:00"
    );
}

#[test]
fn hijri_only_dates_are_converted_and_marked() {
    let r = DateReader::new().read("16 شوال 1445 ﻫ");
    assert_eq!(r.converted_from.unwrap().to_string(), "1445-10-16");
    let r = DateReader::new().read("الخميس 16 شوال 1445 ﻫ - 25 أبريل 2024 |");
    assert!(r.converted_from.is_none());
}

#[test]
fn ambiguous_day_month_is_reported_not_guessed() {
    let r = DateReader::new().read("  • 6/7/2023");
    assert!(r.published.is_none());
    assert_eq!(r.issues, [DateIssue::Ambiguous("6/7/2023".into())]);
    let r = DateReader::new()
        .date_order(DateOrder::DayMonth)
        .read("6/7/2023");
    assert_eq!(r.published.unwrap().to_string(), "2023-07-06");
    let r = DateReader::new()
        .date_order(DateOrder::MonthDay)
        .read("6/7/2023");
    assert_eq!(r.published.unwrap().to_string(), "2023-06-07");
    // Dashes and dots are day-first; a part over 12 settles the order.
    assert_eq!(
        DateReader::new()
            .read("6-7-2023")
            .published
            .unwrap()
            .to_string(),
        "2023-07-06"
    );
    assert_eq!(
        DateReader::new()
            .read("10/23/2019")
            .published
            .unwrap()
            .to_string(),
        "2019-10-23"
    );
    // The Hijri date beside it settles the order too.
    let r = DateReader::new().read("1427/4/9 هـ - الموافق 8/5/2006 م");
    assert_eq!(r.published.unwrap().to_string(), "2006-05-08");
}

#[test]
fn impossible_dates_are_rejected_never_wrapped() {
    for (line, bad) in [
        ("2019-02-30", "2019-02-30"),
        ("31/04/2020", "31/04/2020"),
        ("30 فبراير 2021", "30 فبراير 2021"),
        ("2019年02月30日", "2019年02月30日"),
        ("30 شوال 1445", "30 شوال 1445"),
    ] {
        let r = DateReader::new().read(line);
        assert!(r.published.is_none(), "{line}");
        assert_eq!(r.issues, [DateIssue::Invalid(bad.into())], "{line}");
    }
    // A valid date with an impossible time keeps the date only.
    let r = DateReader::new().read("2019-02-03 25:61");
    assert_eq!(r.published.unwrap().to_string(), "2019-02-03");
    assert_eq!(r.issues, [DateIssue::Invalid("25:61".into())]);
    let r = DateReader::new().read("2019-02-03 13:05 PM");
    assert_eq!(r.published.unwrap().to_string(), "2019-02-03");
    assert_eq!(r.issues, [DateIssue::Invalid("13:05 PM".into())]);
}

#[test]
fn relative_dates_need_a_reference_time() {
    let r = DateReader::new().read("منذ سنتين");
    assert!(r.published.is_none());
    assert_eq!(r.issues, [DateIssue::Relative("منذ سنتين".into())]);
    let now = chrono::DateTime::parse_from_rfc3339("2024-05-01T12:00:00+03:00").unwrap();
    let reader = DateReader::new().reference_time(now);
    for (line, expected) in [
        ("منذ سنتين", "2022-05-01"),
        ("منذ 3 ساعات", "2024-05-01T09:00:00+03:00"),
        ("قبل يومين", "2024-04-29"),
        ("2 hours ago", "2024-05-01T10:00:00+03:00"),
        ("5 days ago", "2024-04-26"),
        ("hace 2 horas", "2024-05-01T10:00:00+03:00"),
        ("3 часа назад", "2024-05-01T09:00:00+03:00"),
    ] {
        assert_eq!(
            reader
                .read(line)
                .published
                .map(|p| p.to_string())
                .as_deref(),
            Some(expected),
            "{line}"
        );
    }
}

#[test]
fn no_date_no_issue() {
    for line in [
        "",
        "Tel: 010-68891254",
        "رؤية 2030",
        "(2011-2023)",
        "5.6 13.26 41.98",
        "Share this",
    ] {
        let r = DateReader::new().read(line);
        assert_eq!(r.published, None, "{line}");
        assert!(r.issues.is_empty(), "{line}: {:?}", r.issues);
    }
}

#[test]
fn header_crawl_date_loses_to_the_byline_date() {
    let page = "Saturday 23rd November 2024\n\nHarbour ferries return after the storm\n\n\
                cri 2024-11-20 09:15:42\n\n\
                Ferries resumed their harbour crossings on Wednesday morning after two days of strong winds.\n";
    let a = newsparse::parse(page).unwrap();
    assert_eq!(
        a.published.unwrap().to_string(),
        "2024-11-20T09:15:42+08:00"
    );
    assert_eq!(a.byline.as_ref().unwrap().line, 5);
    assert_eq!(a.boilerplate[0].line, 1);
    assert_eq!(
        a.boilerplate[0].kind,
        newsparse::BoilerplateKind::HeaderDate
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Harbour ferries return after the storm")
    );
}

#[test]
fn dateline_date_gives_published_without_a_byline() {
    let page = "بكين 28 سبتمبر 2020 (شينخوا) افتتحت المدينة اليوم حديقة جديدة على ضفة النهر بعد عام من العمل المتواصل.\n";
    let a = newsparse::parse(page).unwrap();
    assert_eq!(a.published.unwrap().to_string(), "2020-09-28");
    let d = a.dateline.unwrap();
    assert_eq!(d.place.as_deref(), Some("بكين"));
    assert_eq!(d.agency.as_deref(), Some("شينخوا"));
    assert_eq!(a.source.unwrap().id, "xinhua");
    // The paragraph keeps its text as written.
    assert!(a.paragraphs[0]
        .text
        .starts_with("بكين 28 سبتمبر 2020 (شينخوا)"));
}

#[test]
fn relative_byline_resolves_with_a_reference_time() {
    use newsparse::{ParseOptions, Parser, Warning};
    let page = "Volunteers repaint the lighthouse\n\nposted 2 hours ago\n\nVolunteers spent the weekend repainting the lighthouse at the end of the pier.\n";
    let a = newsparse::parse(page).unwrap();
    assert!(a.published.is_none());
    assert!(a.warnings.contains(&Warning::RelativeDate {
        line: 3,
        text: "2 hours ago".into()
    }));
    let now = chrono::DateTime::parse_from_rfc3339("2024-06-01T18:00:00+02:00").unwrap();
    let a = Parser::new(ParseOptions::default().reference_time(now))
        .parse(page)
        .unwrap();
    assert_eq!(
        a.published.unwrap().to_string(),
        "2024-06-01T16:00:00+02:00"
    );
    assert_eq!(a.byline.unwrap().line, 3);
}

#[test]
fn outlet_convention_settles_day_month_order() {
    use newsparse::{Source, SourceRegistry};
    let mut reg = SourceRegistry::builtin();
    reg.add(
        Source::new("gazette", "The Gazette")
            .with_aliases(["gazette"])
            .with_date_order(DateOrder::MonthDay),
    );
    let parser = newsparse::Parser::new(newsparse::ParseOptions::default()).with_sources(reg);
    let a = parser
        .parse("Bridge reopens\n\ngazette 6/7/2023\n\nThe bridge reopened to traffic on Wednesday after repairs.\n")
        .unwrap();
    assert_eq!(a.published.unwrap().to_string(), "2023-06-07");
}

#[test]
fn a_bare_zone_word_applies_only_next_to_its_time() {
    let r = DateReader::new().read("Das Treffen ist am 2019-10-21 10:00 gewesen");
    assert_eq!(r.published.unwrap().to_string(), "2019-10-21T10:00:00");
}

#[test]
fn gmt_with_a_spaced_offset_and_dotted_meridiems() {
    // CNN Arabic parts GMT from its offset with a space.
    let r = DateReader::new().read("07 مارس / آذار 2024; 11:20 (GMT +0400)");
    assert_eq!(
        r.published.unwrap().to_string(),
        "2024-03-07T11:20:00+04:00"
    );
    // A bare GMT keeps its zero offset; a sign that reads no offset is
    // left alone.
    let r = DateReader::new().read("2024-03-07 11:20 GMT + 3 more");
    assert_eq!(
        r.published.unwrap().to_string(),
        "2024-03-07T11:20:00+00:00"
    );
    // `p.m.`, and `a. m.` with a no-break space inside (Spanish).
    let r = DateReader::new().read("21 Ago, 2024 06:15 p.m. AR");
    assert_eq!(r.published.unwrap().to_string(), "2024-08-21T18:15:00");
    let r = DateReader::new().read("3 de septiembre de 2024, 07:48\u{a0}a.\u{a0}m.");
    assert_eq!(r.published.unwrap().to_string(), "2024-09-03T07:48:00");
    let r = DateReader::new().read("3 de septiembre de 2024, 07:48 p. m.");
    assert_eq!(r.published.unwrap().to_string(), "2024-09-03T19:48:00");
    // A lone `a` after a time is a word, not a meridiem.
    let r = DateReader::new().read("12 March 2024 10:00 a list");
    assert_eq!(r.published.unwrap().to_string(), "2024-03-12T10:00:00");
}
