//! Which outlet publishes a page, and so whose clock its byline time is
//! read on: the byline's outlet first, then the page's own masthead or
//! copyright/contact domain, then an agency named in a credit line or a
//! dateline.

use newsparse::parse;

/// An Egyptian site's page carrying a German agency's story: the site's
/// masthead names the publisher, and Cairo's summer time (UTC+3 since
/// 2023) applies, not Berlin's.
#[test]
fn masthead_outranks_the_datelines_agency() {
    let page = "مصراوي\nالرئيسية\nأخبار مصر\nرياضة\n\n\
        الصين: أمطار غزيرة تغلق طرقا جبلية في الجنوب\n\n\
        10:15 ص الاثنين 15 يوليو 2024\n\n\
        بكين - (د ب أ) أغلقت السلطات المحلية في جنوب الصين عددا من الطرق الجبلية بعد أمطار غزيرة استمرت ثلاثة أيام، وفق ما ذكرته وسائل إعلام رسمية اليوم الاثنين.\n\
        وقالت هيئة الأرصاد إن الأمطار ستتراجع تدريجيا خلال اليومين المقبلين، مع بقاء خطر الانهيارات الأرضية في المناطق المرتفعة.\n\n\
        إعلان\n";
    let a = parse(page).unwrap();
    assert_eq!(a.source.as_ref().map(|s| s.id.as_ref()), Some("masrawy"));
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-07-15T10:15:00+03:00")
    );
    // The agency stays on the dateline.
    assert_eq!(
        a.dateline.as_ref().and_then(|d| d.agency.as_deref()),
        Some("د ب أ")
    );
}

/// A credit line's agency gives the zone when the page names no
/// publisher, as a dateline's agency does.
#[test]
fn credit_line_agency_gives_the_zone() {
    let page = "معرض للكتاب يفتح أبوابه في المدينة القديمة\n\n\
        2016:09:03.10:20\n\n\
        افتتح صباح اليوم معرض للكتاب في المدينة القديمة بمشاركة أكثر من مئتي دار نشر من عشرين دولة، ويستمر عشرة أيام.\n\n\
        وقال المنظمون إن المعرض يخصص جناحا لكتب الأطفال وآخر للمخطوطات النادرة التي تعرض لأول مرة.\n\n\
        /مصدر: شينخوا/\n";
    let a = parse(page).unwrap();
    assert_eq!(a.source.as_ref().map(|s| s.id.as_ref()), Some("xinhua"));
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2016-09-03T10:20:00+08:00")
    );
}

/// The domain of a contact address names the publisher.
#[test]
fn contact_domain_names_the_publisher() {
    let page = "Night trains return to the mountain line\n\n\
        2021-11-02 08:30\n\n\
        Night trains will run again on the mountain line from next month, the railway operator said on Tuesday, after two years of repairs to its tunnels.\n\n\
        Tickets go on sale next week, and the first departures are already fully booked, the operator added.\n\n\
        Tel: 010-65363696 E-mail: letters@chinadaily.com.cn\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.source.as_ref().map(|s| s.id.as_ref()),
        Some("china-daily")
    );
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2021-11-02T08:30:00+08:00")
    );
}

/// A first line that names no outlet leaves the time naive, with a
/// warning, rather than guessing a zone.
#[test]
fn unknown_masthead_leaves_the_time_naive() {
    let page = "Hometown Courier\nNews\nSport\n\n\
        Ferry timetable changes for the summer\n\n\
        2015-03-18 14:37\n\n\
        The ferry between the harbour and the island will run every two hours from April, the port office said on Wednesday.\n\n\
        The fare stays the same, and bicycles still travel free of charge on every crossing.\n";
    let a = parse(page).unwrap();
    assert!(a.source.is_none());
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2015-03-18T14:37:00")
    );
    assert!(a
        .warnings
        .iter()
        .any(|w| matches!(w, newsparse::Warning::NoTimeZone { .. })));
}
