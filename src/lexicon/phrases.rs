//! A table of phrases (one or more words, keyed by [`super::key`]) read
//! off a line token by token, longest phrase first.
//!
//! Share-widget words and boilerplate headings are both matched this way.
//! Everything a reader asks about a word lives in one entry: what the
//! phrase means, whether a phrase opens with it, whether a longer phrase
//! goes on from it and whether a phrase ends with it. So reading a token
//! costs one hash lookup, not one per question.

use super::hash::FastMap;

/// What the table knows about one key: a whole phrase, a leading part of
/// one (in whole words), or a single word that opens or closes one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Entry<T> {
    /// The meaning when the key is a whole phrase.
    pub meaning: Option<T>,
    /// A phrase opens with this word.
    pub opens: bool,
    /// A longer phrase starts with these words and goes on.
    pub continues: bool,
    /// A phrase ends with this word.
    pub closes: bool,
}

/// Phrases and their meanings, with the words that open and close them.
#[derive(Debug, Clone)]
pub(crate) struct Phrases<T> {
    entries: FastMap<String, Entry<T>>,
    max_words: usize,
}

impl<T: Copy> Phrases<T> {
    /// Builds the table from `(key, meaning)` pairs whose keys are match
    /// keys (words separated by single spaces). A later duplicate key
    /// replaces the meaning of an earlier one.
    pub(crate) fn new(phrases: impl IntoIterator<Item = (String, T)>) -> Self {
        let mut entries: FastMap<String, Entry<T>> = FastMap::default();
        let mut max_words = 1;
        let blank = Entry {
            meaning: None,
            opens: false,
            continues: false,
            closes: false,
        };
        for (phrase, meaning) in phrases {
            let words = phrase.split(' ').count();
            max_words = max_words.max(words);
            for (at, _) in phrase.match_indices(' ') {
                entries
                    .entry(phrase[..at].to_owned())
                    .or_insert(blank)
                    .continues = true;
            }
            let first = phrase.split(' ').next().unwrap_or_default();
            entries.entry(first.to_owned()).or_insert(blank).opens = true;
            let last = phrase.rsplit(' ').next().unwrap_or_default();
            entries.entry(last.to_owned()).or_insert(blank).closes = true;
            entries.entry(phrase).or_insert(blank).meaning = Some(meaning);
        }
        Phrases { entries, max_words }
    }

    /// The entry of `key`, if the table knows it at all.
    #[inline]
    pub(crate) fn entry(&self, key: &str) -> Option<&Entry<T>> {
        self.entries.get(key)
    }

    /// The meaning of `key` when it is a whole phrase.
    #[inline]
    pub(crate) fn get(&self, key: &str) -> Option<T> {
        self.entries.get(key).and_then(|e| e.meaning)
    }

    /// The longest phrase at the start of `tokens`, with the number of
    /// tokens it covers. `phrase` is scratch space for joining tokens.
    pub(crate) fn longest(&self, tokens: &[&str], phrase: &mut String) -> Option<(T, usize)> {
        self.longest_in(tokens.iter().copied(), phrase)
    }

    /// As [`Phrases::longest`], on tokens split lazily: only as many are
    /// read as the phrase needs.
    pub(crate) fn longest_in<'t>(
        &self,
        mut tokens: impl Iterator<Item = &'t str>,
        phrase: &mut String,
    ) -> Option<(T, usize)> {
        let first = tokens.next()?;
        let entry = self.entries.get(first)?;
        let mut best = entry.meaning.map(|m| (m, 1));
        if entry.continues {
            phrase.clear();
            phrase.push_str(first);
            for (len, t) in tokens.take(self.max_words - 1).enumerate() {
                let len = len + 1;
                phrase.push(' ');
                phrase.push_str(t);
                let Some(entry) = self.entries.get(phrase.as_str()) else {
                    break;
                };
                if let Some(m) = entry.meaning {
                    best = Some((m, len + 1));
                }
                if !entry.continues {
                    break;
                }
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Phrases<u8> {
        Phrases::new(
            [
                ("facebook", 1),
                ("facebook messenger", 2),
                ("whats app", 3),
                ("x", 4),
            ]
            .map(|(k, v)| (k.to_owned(), v)),
        )
    }

    #[test]
    fn longest_phrase_wins() {
        let t = table();
        let mut scratch = String::new();
        assert_eq!(
            t.longest(&["facebook", "messenger", "x"], &mut scratch),
            Some((2, 2))
        );
        assert_eq!(t.longest(&["facebook", "x"], &mut scratch), Some((1, 1)));
        assert_eq!(t.longest(&["whats", "app"], &mut scratch), Some((3, 2)));
        // `whats` alone is only the start of a phrase.
        assert_eq!(t.longest(&["whats", "up"], &mut scratch), None);
        assert_eq!(t.longest(&["whats"], &mut scratch), None);
        assert_eq!(t.longest(&[], &mut scratch), None);
    }

    #[test]
    fn entries_answer_every_question() {
        let t = table();
        let e = t.entry("facebook").unwrap();
        assert_eq!(
            (e.meaning, e.opens, e.continues, e.closes),
            (Some(1), true, true, true)
        );
        let e = t.entry("messenger").unwrap();
        assert_eq!(
            (e.meaning, e.opens, e.continues, e.closes),
            (None, false, false, true)
        );
        let e = t.entry("whats").unwrap();
        assert_eq!(
            (e.meaning, e.opens, e.continues, e.closes),
            (None, true, true, false)
        );
        assert_eq!(t.get("whats"), None);
        assert_eq!(t.get("whats app"), Some(3));
        assert!(t.entry("app x").is_none());
    }
}
