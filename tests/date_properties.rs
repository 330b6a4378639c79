//! Property tests of the date reader: it never panics, and digits in any
//! script read the same as ASCII digits.

use newsparse::{DateIssue, DateReader};
use proptest::prelude::*;

/// Pieces of date lines to combine at random.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        (1900u32..2100, 1u32..13, 1u32..32).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
        (1u32..32, 1u32..13, 1900u32..2100).prop_map(|(d, m, y)| format!("{d}/{m}/{y}")),
        (1u32..32, 1u32..13, 1900u32..2100).prop_map(|(d, m, y)| format!("{d:02}. {m:02}. {y}")),
        (0u32..30, 0u32..70).prop_map(|(h, m)| format!("{h:02}:{m:02}")),
        (0u32..30, 0u32..70, 0u32..70).prop_map(|(h, m, s)| format!("{h}:{m:02}:{s:02}")),
        (1u32..32, 1900u32..2100).prop_map(|(d, y)| format!("{d} نوفمبر {y}")),
        (1u32..31, 1300u32..1500).prop_map(|(d, y)| format!("{d} شوال {y} هـ")),
        (1u32..13, 1u32..32).prop_map(|(m, d)| format!("{m}月{d}日")),
        (1u32..20).prop_map(|n| format!("منذ {n} ساعات")),
        Just("GMT+8".to_owned()),
        Just("(مكة المكرمة)".to_owned()),
        Just("م".to_owned()),
        Just("PM".to_owned()),
        Just("Updated".to_owned()),
        Just("الخميس،".to_owned()),
        Just("cri".to_owned()),
        Just("|".to_owned()),
        "[a-zA-Z\u{0621}-\u{064A} ]{0,12}",
    ]
}

fn line() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..6).prop_map(|v| v.join(" "))
}

/// `s` with its ASCII digits written in the script whose zero is `zero`.
fn in_script(s: &str, zero: char) -> String {
    s.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) if c.is_ascii_digit() => char::from_u32(zero as u32 + d).unwrap(),
            _ => c,
        })
        .collect()
}

fn kinds(issues: &[DateIssue]) -> Vec<u8> {
    issues
        .iter()
        .map(|i| match i {
            DateIssue::Invalid(_) => 0,
            DateIssue::Ambiguous(_) => 1,
            DateIssue::NoTimeZone => 2,
            DateIssue::Relative(_) => 3,
            _ => 4,
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn never_panics_on_arbitrary_strings(s in "\\PC{0,300}") {
        let _ = DateReader::new().read(&s);
    }

    #[test]
    fn never_panics_on_date_like_lines(s in line()) {
        let _ = DateReader::new().time_zone(chrono_tz::Asia::Shanghai).read(&s);
    }

    #[test]
    fn digits_in_any_script_read_as_ascii(s in line()) {
        let ascii = DateReader::new().read(&s);
        for zero in ['٠', '۰', '０'] {
            let other = DateReader::new().read(&in_script(&s, zero));
            prop_assert_eq!(other.published, ascii.published, "{} in script {}", s, zero);
            prop_assert_eq!(other.modified, ascii.modified);
            prop_assert_eq!(other.converted_from, ascii.converted_from);
            prop_assert_eq!(kinds(&other.issues), kinds(&ascii.issues));
        }
    }

    #[test]
    fn valid_iso_dates_round_trip(y in 1900i32..2100, m in 1u32..13, d in 1u32..32, h in 0u32..24, mi in 0u32..60) {
        let line = format!("{y}-{m:02}-{d:02} {h:02}:{mi:02}");
        let r = DateReader::new().read(&line);
        match chrono::NaiveDate::from_ymd_opt(y, m, d) {
            Some(date) => {
                let p = r.published.unwrap();
                prop_assert_eq!(p.date(), date);
                prop_assert_eq!(p.time(), chrono::NaiveTime::from_hms_opt(h, mi, 0));
            }
            None => {
                prop_assert!(r.published.is_none());
                prop_assert_eq!(kinds(&r.issues), vec![0]);
            }
        }
    }
}
