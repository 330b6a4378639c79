//! Language from the script of a text.
//!
//! Script first: Arabic letters give Arabic unless letters that only
//! Persian (پ چ ژ گ ک ی) or Urdu (ٹ ڈ ڑ ں ے ہ ھ) use say otherwise; Han
//! gives Chinese unless kana says Japanese; Hangul gives Korean; Cyrillic
//! gives Russian unless Ukrainian letters (і ї є ґ) appear. Latin text is
//! told apart by a stop-word count: cheap, dependency-free, and accurate on
//! paragraph-length text, which is all the parser asks it about. A
//! statistical detector (whatlang, lingua) would add weight for no gain on
//! news paragraphs.

use crate::model::Language;

/// How many bytes of a text are looked at; a paragraph's language shows in
/// its first few kilobytes.
const SAMPLE: usize = 4096;

#[derive(Default)]
struct Counts {
    arabic: usize,
    persian: usize,
    urdu: usize,
    hebrew: usize,
    han: usize,
    kana: usize,
    hangul: usize,
    cyrillic: usize,
    ukrainian: usize,
    latin: usize,
}

fn count(text: &str) -> Counts {
    let mut c = Counts::default();
    let end = floor_char_boundary(text, SAMPLE);
    for ch in text[..end].chars() {
        match ch {
            'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' => c.latin += 1,
            '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FEFC}' => {
                c.arabic += 1;
                match ch {
                    'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی' => c.persian += 1,
                    'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ے' | 'ہ' | 'ھ' => c.urdu += 1,
                    _ => {}
                }
            }
            '\u{0590}'..='\u{05FF}' => c.hebrew += 1,
            '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' => c.han += 1,
            '\u{3040}'..='\u{30FF}' => c.kana += 1,
            '\u{AC00}'..='\u{D7AF}' | '\u{1100}'..='\u{11FF}' => c.hangul += 1,
            '\u{0400}'..='\u{04FF}' => {
                c.cyrillic += 1;
                if matches!(ch, 'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ') {
                    c.ukrainian += 1;
                }
            }
            _ => {}
        }
    }
    c
}

/// The largest char boundary at or below `at`.
pub(crate) fn floor_char_boundary(text: &str, at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    let mut i = at;
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The language of `text`, or `None` when it has too few letters to tell.
pub(crate) fn detect(text: &str) -> Option<Language> {
    let c = count(text);
    // Han characters carry a word each; weigh them up against letters.
    let scores = [
        (c.arabic, 0),
        (c.hebrew, 1),
        (c.han * 2 + c.kana * 2, 2),
        (c.hangul * 2, 3),
        (c.cyrillic, 4),
        (c.latin, 5),
    ];
    let &(best, script) = scores.iter().max_by_key(|(n, _)| *n)?;
    if best < 2 {
        return None;
    }
    Some(match script {
        0 => {
            // Urdu shares Persian letters; check it first.
            if c.urdu * 50 >= c.arabic && c.urdu >= 2 {
                Language::Urdu
            } else if c.persian * 40 >= c.arabic && c.persian >= 2 {
                Language::Persian
            } else {
                Language::Arabic
            }
        }
        1 => Language::Hebrew,
        2 if c.kana * 10 >= c.han && c.kana > 0 => Language::Japanese,
        2 => Language::Chinese,
        3 => Language::Korean,
        4 if c.ukrainian > 0 && c.ukrainian * 100 >= c.cyrillic => Language::Ukrainian,
        4 => Language::Russian,
        _ => latin(text).unwrap_or(Language::English),
    })
}

/// Stop words by Latin-script language: short, frequent, and rare in the
/// other languages of the table.
static STOP_WORDS: &[(Language, &[&str])] = &[
    (
        Language::English,
        &[
            "the", "and", "of", "to", "is", "in", "that", "with", "for", "was", "on", "are", "it",
            "this", "by", "from",
        ],
    ),
    (
        Language::French,
        &[
            "le", "la", "les", "et", "des", "est", "du", "une", "dans", "que", "qui", "pour",
            "sur", "au", "pas", "avec", "aux",
        ],
    ),
    (
        Language::Spanish,
        &[
            "el", "los", "las", "y", "del", "que", "en", "una", "por", "con", "para", "es", "se",
            "al", "su", "lo", "de", "la", "un", "como", "más",
        ],
    ),
    (
        Language::Portuguese,
        &[
            "o", "os", "as", "e", "do", "da", "dos", "das", "que", "em", "uma", "para", "com",
            "não", "no", "na", "ao", "um", "à", "é", "foi", "pelo", "pela", "de",
        ],
    ),
    (
        Language::Italian,
        &[
            "il", "gli", "e", "di", "che", "della", "del", "in", "una", "per", "con", "non",
            "sono", "alla", "nel",
        ],
    ),
    (
        Language::German,
        &[
            "der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "sich", "auf",
            "ein", "eine", "dem",
        ],
    ),
    (
        Language::Turkish,
        &[
            "ve", "bir", "bu", "için", "ile", "olarak", "daha", "çok", "gibi", "olan", "sonra",
            "kadar", "günü", "yeni",
        ],
    ),
    (
        Language::Indonesian,
        &[
            "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan",
            "pada",
        ],
    ),
    (
        Language::Hungarian,
        &[
            "a", "az", "és", "hogy", "nem", "egy", "is", "meg", "van", "volt", "már", "után",
        ],
    ),
    (
        Language::Esperanto,
        &[
            "kaj", "estas", "ke", "kun", "ĉe", "ankaŭ", "ĉi", "tiu", "sed", "estis", "pri",
            "ankoraŭ",
        ],
    ),
];

fn latin(text: &str) -> Option<Language> {
    let end = floor_char_boundary(text, SAMPLE);
    let mut hits = [0usize; 10];
    let mut buf = String::new();
    for word in text[..end].split(|c: char| !c.is_alphabetic()) {
        if word.is_empty() || word.len() > 8 {
            continue;
        }
        buf.clear();
        buf.extend(word.chars().flat_map(char::to_lowercase));
        for (i, (_, words)) in STOP_WORDS.iter().enumerate() {
            if words.contains(&buf.as_str()) {
                hits[i] += 1;
            }
        }
    }
    let (i, &n) = hits
        .iter()
        .enumerate()
        .max_by_key(|&(i, n)| (*n, usize::MAX - i))?;
    (n > 0).then(|| STOP_WORDS[i].0)
}

/// The language of `text` with its weight: the letters that decided it
/// (a Han character counts as two).
pub(crate) fn detect_weighted(text: &str) -> Option<(Language, usize)> {
    let c = count(text);
    let weight = c.arabic + c.hebrew + c.han * 2 + c.kana * 2 + c.hangul * 2 + c.cyrillic + c.latin;
    detect(text).map(|l| (l, weight))
}

/// Script families, to tell a paragraph in another script from the
/// article's (Latin languages among themselves are not told apart per
/// paragraph: stop words are too few in short paragraphs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    Arabic,
    Hebrew,
    Cjk,
    Hangul,
    Cyrillic,
    Latin,
}

/// The script family of a language.
pub(crate) fn script_of(lang: Language) -> Script {
    match lang {
        Language::Arabic | Language::Persian | Language::Urdu => Script::Arabic,
        Language::Hebrew => Script::Hebrew,
        Language::Chinese | Language::Japanese => Script::Cjk,
        Language::Korean => Script::Hangul,
        Language::Russian | Language::Ukrainian => Script::Cyrillic,
        _ => Script::Latin,
    }
}
