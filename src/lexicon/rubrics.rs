//! Rubric and kicker labels that may prefix a headline.
//!
//! Only these words are split off a title: a speaker or place before a
//! colon (`الرئيس الصيني: ...`, `Profile: ...` aside) stays in the headline.
//! Labels are written as pages print them; matching uses the match key
//! (see [`super::key`]), so hamza and case variants need no entry of their own.

use crate::model::RubricKind::{self, *};

/// `(label, kind)` pairs.
pub(crate) static RUBRICS: &[(&str, RubricKind)] = &[
    // Arabic
    ("تعليق", Commentary),
    ("تحليل", Analysis),
    ("تحليل إخباري", Analysis),
    ("رأي", Opinion),
    ("وجهة نظر", Opinion),
    ("مقال", Column),
    ("مقالة", Column),
    ("افتتاحية", Editorial),
    ("حوار", Interview),
    ("مقابلة", Interview),
    ("عاجل", Breaking),
    ("خاص", Exclusive),
    ("فيديو", Video),
    ("بالفيديو", Video),
    ("صور", Photos),
    ("بالصور", Photos),
    ("تقرير", Report),
    ("تحقيق", Report),
    // English
    ("Commentary", Commentary),
    ("Comment", Commentary),
    ("Opinion", Opinion),
    ("Op-ed", Opinion),
    ("Analysis", Analysis),
    ("News Analysis", Analysis),
    ("Editorial", Editorial),
    ("Interview", Interview),
    ("Exclusive", Exclusive),
    ("Breaking", Breaking),
    ("Breaking News", Breaking),
    ("Video", Video),
    ("Photos", Photos),
    ("Feature", Report),
    ("Explainer", Explainer),
    // French
    ("Commentaire", Commentary),
    ("Analyse", Analysis),
    ("Opinion", Opinion),
    ("Tribune", Opinion),
    ("Éditorial", Editorial),
    ("Entretien", Interview),
    ("Reportage", Report),
    // Spanish and Portuguese
    ("Comentario", Commentary),
    ("Análisis", Analysis),
    ("Analisis", Analysis),
    ("Opinión", Opinion),
    ("Entrevista", Interview),
    ("Última hora", Breaking),
    ("Comentário", Commentary),
    ("Opinião", Opinion),
    ("Análise", Analysis),
    // Russian
    ("Комментарий", Commentary),
    ("Мнение", Opinion),
    ("Анализ", Analysis),
    ("Интервью", Interview),
    // Chinese
    ("评论", Commentary),
    ("評論", Commentary),
    ("社评", Editorial),
    ("社評", Editorial),
    ("社论", Editorial),
    ("时评", Commentary),
    ("专访", Interview),
    ("独家", Exclusive),
    ("快讯", Breaking),
    ("獨家", Exclusive),
    ("社論", Editorial),
    // A reader's op-ed (Taiwan): `觀點投書：...`.
    ("觀點投書", Opinion),
    ("投書", Opinion),
    ("观点", Opinion),
    ("觀點", Opinion),
    // Japanese
    ("社説", Editorial),
    ("論説", Editorial),
    // German and Italian
    ("Kommentar", Commentary),
    ("Meinung", Opinion),
    ("Commento", Commentary),
    ("Analisi", Analysis),
    ("Opinione", Opinion),
    ("Editoriale", Editorial),
    ("Intervista", Interview),
    // Dutch, Swedish, Czech, Romanian
    ("Opinie", Opinion),
    ("Ledare", Editorial),
    ("Komentář", Commentary),
    ("Názor", Opinion),
    ("Comentariu", Commentary),
    // Turkish, Indonesian, Persian, Urdu, Hindi, Polish, Ukrainian
    ("Yorum", Commentary),
    ("Analiz", Analysis),
    ("Görüş", Opinion),
    ("Röportaj", Interview),
    ("Komentar", Commentary),
    ("Opini", Opinion),
    ("Wawancara", Interview),
    ("تفسیر", Commentary),
    ("یادداشت", Opinion),
    ("تبصرہ", Commentary),
    ("टिप्पणी", Commentary),
    ("Komentarz", Commentary),
    ("Коментар", Commentary),
    ("Думка", Opinion),
];
