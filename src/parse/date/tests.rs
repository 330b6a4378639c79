use super::*;

fn found(s: &str) -> String {
    match scan(s) {
        DateScan::Found(m) => {
            let mut out = m.date.to_string();
            if let Some(t) = m.time {
                out.push_str(&format!("T{}", t.format("%H:%M:%S")));
            }
            if let Some(o) = m.offset {
                out.push_str(&o.to_string());
            }
            out
        }
        other => format!("{other:?}"),
    }
}

#[test]
fn numeric_forms() {
    assert_eq!(found("cri 2019-10-21 15:45:00"), "2019-10-21T15:45:00");
    assert_eq!(
        found("cri       (GMT+08:00) 2016-01-23 16:48:21"),
        "2016-01-23T16:48:21+08:00"
    );
    assert_eq!(
        found("    2014:06:20.08:37    حجم الخط:"),
        "2014-06-20T08:37:00"
    );
    assert_eq!(found("2020.02.06 20:06 GMT+8"), "2020-02-06T20:06:00+08:00");
    assert_eq!(found("arabic.china.org.cn | 05. 03. 2019"), "2019-03-05");
    assert_eq!(found("BJT 12:50 09-03-2014"), "2014-03-09T12:50:00+08:00");
    assert_eq!(
        found("arabic.china.org.cn / 15:40:28 2012-11-08"),
        "2012-11-08T15:40:28"
    );
    assert_eq!(found("2022-02-25T13:15+0000"), "2022-02-25T13:15:00+00:00");
    assert_eq!(
        found("Source: Global Times | 2019/10/16 23:08:41"),
        "2019-10-16T23:08:41"
    );
}

#[test]
fn impossible_dates_are_rejected() {
    assert_eq!(scan("2019-02-30"), DateScan::Invalid("2019-02-30".into()));
    let s = scan_all("2019-02-03 25:61");
    let m = s.primary().unwrap();
    assert_eq!(m.time, None);
    assert_eq!(m.bad_time, Some((11, 16)));
    assert_eq!(scan("no date here 12345"), DateScan::None);
}

#[test]
fn no_date_path_is_cheap_and_quiet() {
    assert!(!may_hold_date("no digits at all"));
    assert!(may_hold_date("٢٤ سبتمبر"));
    assert!(may_hold_date("九月二十七日"));
    assert_eq!(scan("Tel: 010-68891254    010-68891547"), DateScan::None);
    assert_eq!(scan("رؤية 2030"), DateScan::None);
}

proptest::proptest! {
    /// The block-at-a-time gate answers as a char-by-char reading would,
    /// wherever the digit or sign falls relative to the 32-byte blocks,
    /// including a `منذ` or `月` that a block boundary cuts.
    #[test]
    fn date_gate_matches_a_plain_reading(
        text in "[a-zA-Z :/.,\\-\u{e9}\u{627}\u{644}\u{645}\u{646}\u{630}\u{62f}0-9\u{660}-\u{669}\u{6F0}-\u{6F9}\u{FF10}-\u{FF19}\u{FF1A}月日年城市]{0,120}"
    ) {
        let reference = text.chars().any(|c| {
            c.is_ascii_digit()
                || ('\u{660}'..='\u{669}').contains(&c)
                || ('\u{6F0}'..='\u{6F9}').contains(&c)
                || ('\u{FF10}'..='\u{FF19}').contains(&c)
                || c == '月'
        }) || text.contains("منذ");
        proptest::prop_assert_eq!(may_hold_date(&text), reference);
    }

    /// Arabic and Han lines with one date opening (or a near miss) at any
    /// char, so it falls inside a block or across a block boundary.
    #[test]
    fn date_gate_finds_one_sign_in_arabic_and_han_text(
        filler in "[\u{627}\u{644}\u{645}\u{646}\u{630}\u{62f} 城市中国新闻，。]{0,90}",
        sign in "(منذ|من|نذ|月|日|٣|۵|３|，)",
        at in 0usize..100,
    ) {
        let mut text = filler.clone();
        let at = text.char_indices().map(|(i, _)| i).nth(at);
        if let Some(at) = at {
            text.insert_str(at, &sign);
        }
        let reference = text.contains("منذ")
            || text.contains('月')
            || text.contains('٣')
            || text.contains('۵')
            || text.contains('３');
        proptest::prop_assert_eq!(may_hold_date(&text), reference, "{:?}", text);
    }

    /// Long Latin lines with one sign (or a letter that is none) anywhere,
    /// so it falls in a full block, in the overlapping last block, or in
    /// the bytes the last block shares with the one before it.
    #[test]
    fn date_gate_finds_one_sign_in_latin_text(
        latin in "[a-z ,.]{0,120}",
        sign in "[0-9\u{663}\u{6F5}\u{FF13}\u{e9}\u{627}]",
        at in 0usize..140,
    ) {
        let mut text = latin.clone();
        let inserted = at <= text.len();
        if inserted {
            text.insert_str(at, &sign);
        }
        let is_sign = !matches!(sign.as_str(), "\u{e9}" | "\u{627}");
        proptest::prop_assert_eq!(may_hold_date(&text), inserted && is_sign, "{:?}", text);
    }
}

#[test]
fn month_day_time_under_a_year() {
    let m = super::month_day_time("05/22 10:15:37", 2024).unwrap();
    assert_eq!(m.date.to_string(), "2024-05-22");
    assert_eq!(m.time.unwrap().to_string(), "10:15:37");
    assert_eq!(m.span, (0, 14));
    assert_eq!(
        super::month_day_time("5/2 9:05 来源", 2023)
            .unwrap()
            .date
            .to_string(),
        "2023-05-02"
    );
    // No time, an impossible date, or more digits after: none.
    assert!(super::month_day_time("05/22", 2024).is_none());
    assert!(super::month_day_time("13/22 10:15", 2024).is_none());
    assert!(super::month_day_time("05/22 10:155", 2024).is_none());
}
