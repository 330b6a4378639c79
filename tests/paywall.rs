//! Paywalls: a stub that shows only a headline, its standfirst and a
//! prompt to subscribe is no article; a story cut by the prompt after a
//! few paragraphs keeps them with a warning; a prompt box between
//! paragraphs is furniture. All text here is written for these tests.

use newsparse::{parse, BoilerplateKind, ParseError, Warning};

mod common;
use common::{kind_at, lines_of};

/// A text browser's dump of a subscriber-only story: menu, breadcrumb,
/// headline, the prompt, sign-in links and a list of latest stories.
#[test]
fn english_stub_with_only_a_prompt_is_paywalled() {
    let page = "[1]The Harbour Courier\n\
        [2]Subscribe [3]Sign In\n\
        \n\
        • [4]News\n\
        • [5]Sport\n\
        • [6]Business\n\
        \n\
        [7]News > [8]Transport\n\
        \n\
        Ferry operator plans night crossings to the islands from May\n\
        \n\
        Subscribe to continue reading\n\
        \n\
        This article is available to subscribers only. Subscribe today for full access to every story, our puzzles and the morning briefing.\n\
        \n\
        [9]Subscribe\n\
        \n\
        Already a subscriber? [10]Sign in\n\
        \n\
        Latest\n\
        \n\
        • [11]Council votes to keep the old market hall open\n\
          Mon Mar 4 2024 - 07:10\n\
        • [12]School bus routes change after the bridge closure\n\
          Sun Mar 3 2024 - 18:45\n";
    assert_eq!(parse(page), Err(ParseError::Paywalled));
    assert_eq!(ParseError::Paywalled.kind(), "paywalled");
}

/// A French stub: kicker, headline, standfirst, byline and date, then
/// the prompt, the subscription offer and a sign-in form's line. The
/// standfirst alone is no article.
#[test]
fn french_stub_with_its_standfirst_is_paywalled() {
    let page = "Le Journal du Bocage\n\
        S'abonner\n\
        Se connecter\n\
        \n\
        Enquête\n\
        À Vire, la régie des eaux a facturé deux fois des centaines d'abonnés\n\
        Des habitants ont reçu deux factures pour le même semestre. La régie parle d'une erreur informatique, des élus demandent un audit.\n\
        Par Hélène Marchal\n\
        4 mars 2024 à 18h20\n\
        \n\
        Cet article est réservé aux abonnés\n\
        \n\
        La suite est réservée aux abonnés. Abonnez-vous pour lire la suite de cette enquête et soutenir la presse locale.\n\
        \n\
        Déjà abonné ? Connectez-vous\n\
        \n\
        Vous avez oublié votre mot de passe ?\n\
        \n\
        Pourquoi s'abonner au Journal du Bocage ?\n\
        • Toute l'information du territoire\n\
        • Le journal numérique dès 6 heures\n";
    assert_eq!(parse(page), Err(ParseError::Paywalled));
}

/// The headline, byline, date and first paragraph of the two ferry pages
/// below.
const FERRY_HEAD: &str = "Ferry operator plans night crossings to the islands\n\
    \n\
    By Ruth Calloway\n\
    March 4, 2024\n\
    \n\
    The island ferry company said on Monday that it would run two crossings after midnight from May, a first for the route.\n\
    \n";

/// A story the paywall cuts after three paragraphs: they are the article,
/// the prompt is furniture of its own kind and a warning says where the
/// text stops.
#[test]
fn story_cut_by_the_prompt_keeps_its_paragraphs_with_a_warning() {
    let page = FERRY_HEAD.to_owned()
        + "Islanders have asked for late sailings for years, saying the last boat at ten in the evening keeps them from jobs on the mainland.\n\
        \n\
        The company said the trial would last until September and that fares would match those of the daytime boats.\n\
        \n\
        To continue reading this article, subscribe for full access to every story.\n\
        \n\
        Already a subscriber? Sign in\n";
    let a = parse(&page).unwrap();
    assert_eq!(lines_of(&a), vec![6, 8, 10]);
    assert_eq!(kind_at(&a, 12), Some(BoilerplateKind::Paywall));
    assert!(a.warnings.contains(&Warning::Paywall { line: 12 }));
    assert_eq!(
        Warning::Paywall { line: 12 }.to_string(),
        "line 12: the text stops at a paywall"
    );
}

/// A prompt between paragraphs, with the story going on under it, is a
/// box like any other: no warning, and the text after it is kept.
#[test]
fn prompt_between_paragraphs_is_no_paywall() {
    let page = FERRY_HEAD.to_owned()
        + "This article is for subscribers of the weekend edition and members of the islands' club.\n\
        \n\
        Islanders have asked for late sailings for years, saying the last boat at ten in the evening keeps them from jobs on the mainland.\n\
        \n\
        The company said the trial would last until September and that fares would match those of the daytime boats.\n";
    let a = parse(&page).unwrap();
    assert_eq!(lines_of(&a), vec![6, 10, 12]);
    assert_eq!(kind_at(&a, 8), Some(BoilerplateKind::Paywall));
    assert!(!a
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::Paywall { .. })));
}

/// A section front whose teasers each carry a subscriber-only label is a
/// listing, not a paywall stub.
#[test]
fn index_of_subscriber_teasers_is_a_listing() {
    let mut page = String::from("The Harbour Courier\n\nTransport\n\n");
    for (n, (title, day)) in [
        ("Ferry operator plans night crossings to the islands", 4),
        ("Bridge repairs close the coast road for six weeks", 3),
        ("New timetable adds a second morning train", 2),
        ("Cycle lane on the quay opens after delays", 1),
    ]
    .iter()
    .enumerate()
    {
        page.push_str(&format!(
            "{title}\nThis article is for subscribers\nMarch {day}, 2024 - 0{n}:30\n\n"
        ));
    }
    assert_eq!(parse(&page), Err(ParseError::NotAnArticle));
}

/// A Japanese paid article: a paid-article label under the headline, the
/// writer's linked name over the date, the body, then the wall (`この記事は
/// 有料記事です。残り812文字`). The label is no title and the warning names
/// the wall, not the label.
#[test]
fn japanese_paid_article_label_and_wall() {
    let page = "   [1]トップ > [2]社会 > [3]長野\n\
        \n\
        長野の山あいの村、廃校を宿泊施設に改修　来春開業へ\n\
        \n\
           有料記事\n\
        \n\
           [4]北沢遥\n\
           2023年8月29日 19時40分 JST\n\
        \n\
           \u{3000}長野県北部の山あいの村が、10年前に閉校した小学校の校舎を宿泊施設に改修する計画を発表した。来年春の開業を目指すという。\n\
        \n\
           \u{3000}教室は客室に、体育館は地元の食材を使う食堂に生まれ変わる。村は改修費の半分を国の補助金でまかなう方針だ。\n\
        \n\
           \u{3000}村長は「卒業生が帰ってくる場所にしたい」と話し、同窓会の開催も呼びかけている。\n\
        \n\
           この記事は有料記事です。残り640文字\n\
        \n\
           有料会員になると続きをお読みいただけます。\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("長野の山あいの村、廃校を宿泊施設に改修　来春開業へ")
    );
    assert_eq!(lines_of(&a), vec![10, 12, 14]);
    assert!(a.warnings.contains(&Warning::Paywall { line: 16 }));
}
