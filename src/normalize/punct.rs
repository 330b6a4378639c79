//! Dash and quote folds.

/// Dashes to `-`: U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN, U+2012 FIGURE
/// DASH, U+2013 EN DASH, U+2014 EM DASH, U+2015 HORIZONTAL BAR, U+2212 MINUS
/// SIGN, U+2E3A TWO-EM DASH, U+2E3B THREE-EM DASH, U+FE58 SMALL EM DASH,
/// U+FE63 SMALL HYPHEN-MINUS, U+FF0D FULLWIDTH HYPHEN-MINUS.
#[inline]
pub(crate) fn fold_dash(c: char) -> Option<char> {
    matches!(
        c,
        '\u{2010}'
            ..='\u{2015}'
                | '\u{2212}'
                | '\u{2E3A}'
                | '\u{2E3B}'
                | '\u{FE58}'
                | '\u{FE63}'
                | '\u{FF0D}'
    )
    .then_some('-')
}

/// Quotes: U+2018 ‘, U+2019 ’, U+201A ‚, U+201B ‛, U+2032 ′, U+2039 ‹,
/// U+203A › to `'`; U+201C “, U+201D ”, U+201E „, U+201F ‟, U+00AB «,
/// U+00BB » to `"`. The double prime U+2033 ″ is left to NFKC, which
/// writes it as two primes (so `''` under Search): folding it to `"`
/// first would make the result depend on whether NFKC ran before the fold.
#[inline]
pub(crate) fn fold_quote(c: char) -> Option<char> {
    Some(match c {
        '\u{2018}'..='\u{201B}' | '\u{2032}' | '\u{2039}' | '\u{203A}' => '\'',
        '\u{201C}'..='\u{201F}' | '\u{00AB}' | '\u{00BB}' => '"',
        _ => return None,
    })
}
