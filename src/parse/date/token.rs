//! The date tokenizer: a line becomes up to [`MAX_TOKENS`] tokens (numbers
//! in any digit script or Chinese numerals, known date words, other words,
//! punctuation, Chinese date markers), each with its byte span and whether
//! whitespace stood before it. No allocation: tokens live in a fixed array.

use crate::lexicon::fold::Folded;
use crate::lexicon::months::{
    ascii_date_word, date_word, date_word_bytes, DateWord, THAI_MONTH_ABBREVIATIONS,
};

/// Most tokens read from one line; a line's tail beyond them is ignored.
pub(crate) const MAX_TOKENS: usize = 96;

/// Chinese date and time markers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cjk {
    /// 年
    Year,
    /// 月
    Month,
    /// 日 号 號
    Day,
    /// 电 電 (closes a Chinese dateline)
    Dispatch,
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum T {
    /// A number: its value (saturating), digit count, whether an ordinal
    /// suffix (`st`, `rd`, `er`, `º`) was glued to it, whether it was
    /// written in Chinese numerals, whether in Persian digits (`۱۴۰۳`,
    /// which date years in the Solar Hijri calendar).
    Num {
        v: u32,
        n: u8,
        ord: bool,
        cn: bool,
        persian: bool,
    },
    /// A known date word.
    Word(DateWord),
    /// Any other word (or run of Chinese characters).
    Other,
    /// One punctuation character (Arabic comma as `,`, dashes as `-`).
    Punct(char),
    /// A Chinese date marker.
    Cjk(Cjk),
}

/// A token with its byte span in the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub t: T,
    start: u32,
    end: u32,
    /// Whitespace stood right before it.
    pub gap: bool,
}

impl Tok {
    const EMPTY: Tok = Tok {
        t: T::Other,
        start: 0,
        end: 0,
        gap: false,
    };

    /// Byte offset where the token starts.
    pub(crate) fn s(&self) -> usize {
        self.start as usize
    }

    /// Byte offset where the token ends.
    pub(crate) fn e(&self) -> usize {
        self.end as usize
    }

    pub(crate) fn num(&self) -> Option<(u32, u8)> {
        match self.t {
            T::Num { v, n, .. } => Some((v, n)),
            _ => None,
        }
    }

    pub(crate) fn word(&self) -> Option<DateWord> {
        match self.t {
            T::Word(w) => Some(w),
            _ => None,
        }
    }

    pub(crate) fn punct(&self) -> Option<char> {
        match self.t {
            T::Punct(c) => Some(c),
            _ => None,
        }
    }
}

/// The tokens of one line.
pub(crate) struct Tokens {
    toks: [Tok; MAX_TOKENS],
    len: usize,
}

impl Tokens {
    pub(crate) fn as_slice(&self) -> &[Tok] {
        &self.toks[..self.len]
    }
}

/// The value of a digit in any common script.
pub(crate) fn digit(c: char) -> Option<u32> {
    let base = match c {
        '0'..='9' => '0',
        '٠'..='٩' => '٠',
        '۰'..='۹' => '۰',
        '０'..='９' => '０',
        '०'..='९' => '०',
        '০'..='৯' => '০',
        '๐'..='๙' => '๐',
        _ => return None,
    };
    Some(c as u32 - base as u32)
}

fn cn_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        '十' => 10,
        '廿' => 20,
        '卅' => 30,
        _ => return None,
    })
}

fn cjk_marker(c: char) -> Option<Cjk> {
    Some(match c {
        '年' => Cjk::Year,
        '月' => Cjk::Month,
        '日' | '号' | '號' => Cjk::Day,
        '电' | '電' => Cjk::Dispatch,
        _ => return None,
    })
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{AC00}'..='\u{D7AF}')
}

fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7F}' => false,
        // Arabic block: letters, harakat, tatweel; not digits or punctuation.
        '\u{0621}'..='\u{065F}'
        | '\u{066E}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06FA}'..='\u{06FF}' => true,
        '\u{0600}'..='\u{06FF}' => false,
        // Cyrillic letters.
        '\u{0400}'..='\u{04FF}' => true,
        // Devanagari and Bengali letters with their vowel signs, viramas
        // and nuktas (marks that are not alphabetic but sit inside words:
        // `ফেব্রুয়ারি`), digits and dandas aside.
        '\u{0964}'..='\u{096F}' | '\u{09E6}'..='\u{09EF}' => false,
        '\u{0900}'..='\u{09FF}' => true,
        // Thai letters and marks (`กุมภาพันธ์`); Thai digits aside.
        '\u{0E50}'..='\u{0E59}' => false,
        '\u{0E01}'..='\u{0E4E}' => true,
        '\u{200C}' => true,
        _ => crate::parse::input::is_letter(c) && !is_han(c),
    }
}

/// The value of a run of Chinese numerals: `二十七` = 27, `十` = 10,
/// `二〇一九` = 2019.
fn cn_value(digits: &[u32]) -> u32 {
    if let Some(p) = digits.iter().position(|&d| d >= 10) {
        let tens_unit = digits[p];
        let before = if p == 0 { 1 } else { digits[p - 1] };
        let after = digits.get(p + 1).copied().unwrap_or(0);
        if tens_unit == 10 {
            before * 10 + after
        } else {
            tens_unit + after
        }
    } else {
        digits
            .iter()
            .fold(0u32, |acc, &d| acc.saturating_mul(10).saturating_add(d))
    }
}

/// Gregorian years 1900 to 2100 written in the Buddhist Era.
const BUDDHIST_YEARS: std::ops::RangeInclusive<u32> = 2443..=2643;

/// The Buddhist Era counts 543 years more than the Gregorian calendar.
const BUDDHIST_ERA_OFFSET: u32 = 543;

/// Does `text` hold a Thai letter (U+0E01..U+0E2E, bytes E0 B8 81..AE)?
fn has_thai(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr_iter(0xE0, b).any(|at| b.get(at + 1) == Some(&0xB8))
}

/// A Thai month abbreviation with its dots (`ก.พ.`) opening `rest`, not
/// followed by another Thai letter: its month and length in bytes.
fn thai_month_abbreviation(rest: &str) -> Option<(u8, usize)> {
    THAI_MONTH_ABBREVIATIONS.iter().find_map(|&(abbr, m)| {
        let after = rest.strip_prefix(abbr)?;
        let next_is_thai = after
            .chars()
            .next()
            .is_some_and(|c| matches!(c, '\u{0E01}'..='\u{0E4E}'));
        (!next_is_thai).then_some((m, abbr.len()))
    })
}

const ORDINALS: &[&str] = &["st", "nd", "rd", "th", "er", "e", "eme", "ème", "º", "ª"];

/// Does `rest` open with whitespace and a month name?
fn month_follows(rest: &str) -> bool {
    let word = rest.trim_start();
    if word.len() == rest.len() {
        return false;
    }
    let end = word
        .char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(word.len(), |(k, _)| k);
    let mut f = Folded::new();
    f.push_str(&word[..end]) && matches!(date_word(f.as_str()), Some(DateWord::Month(_)))
}

/// Splits `text` into tokens.
pub(crate) fn tokenize(text: &str) -> Tokens {
    let mut out = Tokens {
        toks: [Tok::EMPTY; MAX_TOKENS],
        len: 0,
    };
    // Spans are `u32`: read at most the first 4 GiB.
    let mut cut = text.len().min(u32::MAX as usize);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let text = &text[..cut];
    let mut it = text.char_indices().peekable();
    let mut gap = false;
    while let Some(&(i, c)) = it.peek() {
        if out.len == MAX_TOKENS {
            break;
        }
        if c.is_whitespace() || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{FEFF}') {
            gap = true;
            it.next();
            continue;
        }
        let mut tok = Tok {
            t: T::Other,
            start: i as u32,
            end: (i + c.len_utf8()) as u32,
            gap,
        };
        gap = false;
        if digit(c).is_some() {
            let persian = matches!(c, '۰'..='۹');
            let mut v: u32 = 0;
            let mut n: u32 = 0;
            while let Some(&(j, d)) = it.peek() {
                let Some(dv) = digit(d) else { break };
                v = v.saturating_mul(10).saturating_add(dv);
                n += 1;
                tok.end = (j + d.len_utf8()) as u32;
                it.next();
            }
            // An ordinal suffix glued to the number (`23rd`, `1er`, `1º`).
            let mut ord = false;
            if let Some(&(j, d)) = it.peek() {
                if is_word_char(d) {
                    let mut end = j;
                    let mut look = it.clone();
                    while let Some(&(k, e)) = look.peek() {
                        if !is_word_char(e) {
                            break;
                        }
                        end = k + e.len_utf8();
                        look.next();
                    }
                    let suffix = &text[j..end];
                    if end - j <= 4 && ORDINALS.iter().any(|o| o.eq_ignore_ascii_case(suffix)) {
                        ord = true;
                        tok.end = end as u32;
                        it = look;
                    }
                }
            }
            // A year glued to the clock time after it (`March 4, 20252:17
            // PM`, as a dump joins two page elements): five or six digits
            // right before `:`, the first four a year. The year becomes a
            // token of its own, the rest the hour.
            let colon = matches!(it.peek(), Some(&(_, ':' | '：')));
            // Only a five- or six-digit run is split, so the power of ten
            // below is 10 or 100 (a longer run's would overflow to zero).
            // A year glued to the day of a second printing of the date
            // (`12 Mar 202412 Mar 2024`) is split the same way, when a
            // month name follows.
            let glued = !ord && (5..=6).contains(&n) && (colon || month_follows(&text[tok.e()..]));
            let year = if glued { v / 10u32.pow(n - 4) } else { 0 };
            if glued && (1900..=2100).contains(&year) && out.len + 1 < MAX_TOKENS {
                let split = text[tok.s()..]
                    .char_indices()
                    .nth(4)
                    .map_or(tok.e(), |(k, _)| tok.s() + k);
                out.toks[out.len] = Tok {
                    t: T::Num {
                        v: year,
                        n: 4,
                        ord: false,
                        cn: false,
                        persian,
                    },
                    end: split as u32,
                    ..tok
                };
                out.len += 1;
                tok.start = split as u32;
                tok.gap = true;
                v %= 10u32.pow(n - 4);
                n -= 4;
            }
            // A Buddhist Era year (`2567`) in a Thai line: its Gregorian
            // year, 543 less.
            if n == 4 && (BUDDHIST_YEARS).contains(&v) && has_thai(text) {
                v -= BUDDHIST_ERA_OFFSET;
            }
            tok.t = T::Num {
                v,
                n: n.min(255) as u8,
                ord,
                cn: false,
                persian,
            };
        } else if let Some(d0) = cn_digit(c) {
            let mut digits = [0u32; 8];
            let mut k = 0;
            let _ = d0;
            while let Some(&(j, d)) = it.peek() {
                let Some(dv) = cn_digit(d) else { break };
                if k < digits.len() {
                    digits[k] = dv;
                }
                k += 1;
                tok.end = (j + d.len_utf8()) as u32;
                it.next();
            }
            tok.t = if k <= digits.len() {
                T::Num {
                    v: cn_value(&digits[..k]),
                    n: k as u8,
                    ord: false,
                    cn: true,
                    persian: false,
                }
            } else {
                T::Other
            };
        } else if let Some(m) = cjk_marker(c) {
            it.next();
            tok.t = T::Cjk(m);
        } else if is_han(c) {
            while let Some(&(j, d)) = it.peek() {
                if !is_han(d) || cn_digit(d).is_some() || cjk_marker(d).is_some() {
                    break;
                }
                tok.end = (j + d.len_utf8()) as u32;
                it.next();
            }
        } else if let Some((m, len)) = ('\u{0E01}'..='\u{0E4E}')
            .contains(&c)
            .then(|| thai_month_abbreviation(&text[i..]))
            .flatten()
        {
            while it.peek().is_some_and(|&(j, _)| j < i + len) {
                it.next();
            }
            tok.end = (i + len) as u32;
            tok.t = T::Word(DateWord::Month(m));
        } else if is_word_char(c) {
            while let Some(&(j, d)) = it.peek() {
                if !is_word_char(d) {
                    break;
                }
                tok.end = (j + d.len_utf8()) as u32;
                it.next();
            }
            let word = &text[tok.s()..tok.e()];
            // A word of ASCII letters (most Latin words) folds to its
            // lowercase: looked up without the char-by-char fold.
            let ascii = word.bytes().all(|b| b.is_ascii_alphabetic());
            let mut f = Folded::new();
            if ascii || f.push_str(word) {
                let first = if ascii {
                    // A zone's letters are also words (`est`, `ist`,
                    // `west`, `wet`): as a zone, the name is written in
                    // capitals (GMT and UTC aside, whatever their case).
                    ascii_date_word(word.as_bytes()).filter(|w| {
                        !matches!(
                            w,
                            DateWord::Zone(_) | DateWord::RegionZone(_) | DateWord::MeridiemZone(_)
                        ) || word.bytes().all(|b| b.is_ascii_uppercase())
                            || word.eq_ignore_ascii_case("gmt")
                            || word.eq_ignore_ascii_case("utc")
                    })
                } else {
                    date_word_bytes(f.as_bytes())
                };
                match first {
                    first @ Some(DateWord::Prefix | DateWord::Zone(_)) => {
                        if let Some(w) = first.filter(|w| *w != DateWord::Prefix) {
                            tok.t = T::Word(w);
                        }
                        // Try the two-word entry (`تشرين الأول`).
                        let mut look = it.clone();
                        while look.peek().is_some_and(|&(_, d)| d == ' ') {
                            look.next();
                        }
                        let start2 = look.peek().map(|&(j, _)| j);
                        let mut end2 = None;
                        while let Some(&(j, d)) = look.peek() {
                            if !is_word_char(d) {
                                break;
                            }
                            end2 = Some(j + d.len_utf8());
                            look.next();
                        }
                        if let (Some(s2), Some(e2)) = (start2, end2) {
                            if ascii {
                                f.push_str(word);
                            }
                            f.push(' ');
                            if f.push_str(&text[s2..e2]) {
                                if let Some(w) = date_word_bytes(f.as_bytes()) {
                                    tok.t = T::Word(w);
                                    tok.end = e2 as u32;
                                    it = look;
                                }
                            }
                        }
                    }
                    Some(w) => tok.t = T::Word(w),
                    None => {}
                }
            }
        } else {
            it.next();
            let p = match c {
                '،' | '，' => ',',
                '–' | '—' | '‐' | '−' | 'ـ' => '-',
                '：' => ':',
                '／' => '/',
                '（' => '(',
                '）' => ')',
                '。' => '.',
                c => c,
            };
            tok.t = T::Punct(p);
        }
        out.toks[out.len] = tok;
        out.len += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_every_script() {
        let t = tokenize("٢٠١٩ ۲۰۱۲ 2019 二十七 二〇一九 23rd");
        let nums: Vec<_> = t
            .as_slice()
            .iter()
            .filter_map(Tok::num)
            .map(|(v, _)| v)
            .collect();
        assert_eq!(nums, [2019, 2012, 2019, 27, 2019, 23]);
    }

    #[test]
    fn a_year_glued_to_the_hour_splits() {
        let t = tokenize("March 4, 20252:17 PM");
        let nums: Vec<_> = t.as_slice().iter().filter_map(Tok::num).collect();
        assert_eq!(nums, [(4, 1), (2025, 4), (2, 1), (17, 2)]);
        // Not before a colon, or not a year: one number.
        let nums: Vec<_> = tokenize("20252 17:30")
            .as_slice()
            .iter()
            .filter_map(Tok::num)
            .collect();
        assert_eq!(nums[0], (20252, 5));
    }

    #[test]
    fn a_year_glued_to_a_second_printing_splits() {
        let t = tokenize("Published On 12 Mar 202412 Mar 2024");
        let nums: Vec<_> = t.as_slice().iter().filter_map(Tok::num).collect();
        assert_eq!(nums, [(12, 2), (2024, 4), (12, 2), (2024, 4)]);
        // Six digits before a word that is no month stay one number.
        let nums: Vec<_> = tokenize("202412 visitors")
            .as_slice()
            .iter()
            .filter_map(Tok::num)
            .collect();
        assert_eq!(nums, [(202412, 6)]);
    }

    #[test]
    fn bengali_and_thai_dates_tokenize() {
        let t = tokenize("১৮ জানুয়ারি ২০২৪");
        let s = t.as_slice();
        assert_eq!(s.len(), 3);
        assert_eq!(s[0].num(), Some((18, 2)));
        assert_eq!(s[1].word(), Some(DateWord::Month(1)));
        assert_eq!(s[2].num(), Some((2024, 4)));
        // Buddhist Era years in a Thai line; the abbreviation read whole.
        let t = tokenize("9 ก.พ. 2567 06:31 น.");
        let s = t.as_slice();
        assert_eq!(s[1].word(), Some(DateWord::Month(2)));
        assert_eq!(s[2].num(), Some((2024, 4)));
        let t = tokenize("๙ กุมภาพันธ์ ๒๕๖๗");
        let s = t.as_slice();
        assert_eq!(s[1].word(), Some(DateWord::Month(2)));
        assert_eq!(s[2].num(), Some((2024, 4)));
        // Outside Thai text the number stays as written.
        assert_eq!(tokenize("2567 people").as_slice()[0].num(), Some((2567, 4)));
    }

    #[test]
    fn two_word_months() {
        let t = tokenize("5 تشرين الأول 2019");
        assert_eq!(t.as_slice().len(), 3);
        assert_eq!(t.as_slice()[1].word(), Some(DateWord::Month(10)));
    }
}
