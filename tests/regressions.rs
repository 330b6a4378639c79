//! Inputs that once broke an invariant, each kept as a named test.

use newsparse::{Normalizer, Profile};

/// Found by the `Search(Display(x)) == Search(x)` property: a bidi mark
/// between a Greek ypogegrammeni and a combining grave blocked canonical
/// reordering, so the Search key depended on an invisible character.
#[test]
fn search_key_ignores_a_bidi_mark_inside_a_combining_sequence() {
    let search = Normalizer::new(Profile::Search);
    let display = Normalizer::new(Profile::Display);
    let with_mark = "ͺ\u{200E}\u{300}";
    assert_eq!(search.normalize(with_mark), search.normalize("ͺ\u{300}"));
    assert_eq!(
        search.normalize(with_mark),
        search.normalize(&display.normalize(with_mark))
    );
    assert_eq!(search.normalize(with_mark), "\u{300}ι");
}

/// Found by the same property: the double prime was folded to `"` before
/// NFKC but to `''` after it, so the key depended on the order.
#[test]
fn double_prime_folds_the_same_whatever_runs_first() {
    let search = Normalizer::new(Profile::Search);
    let display = Normalizer::new(Profile::Display);
    let text = "″豈";
    assert_eq!(
        search.normalize(text),
        search.normalize(&display.normalize(text))
    );
    assert_eq!(search.normalize("10″"), "10''");
}
