//! Layouts of newspaper and agency sites outside the seed's family: a title
//! with its standfirst, a photo and the writer above the date; widgets
//! between the header and the body; boxes and teasers inside the body; the
//! writer's sign-off, then bio, paywall and comment notices below it. All
//! text here is written for these tests.

use newsparse::{parse, BoilerplateKind};

fn lines_of(a: &newsparse::Article<'_>) -> Vec<usize> {
    a.paragraphs.iter().map(|p| p.line).collect()
}

fn kind_at(a: &newsparse::Article<'_>, line: usize) -> Option<BoilerplateKind> {
    a.boilerplate
        .iter()
        .find(|b| b.line == line)
        .map(|b| b.kind)
}

/// Title, standfirst, photo caption, writer with role, date with a zone
/// name; a newsletter box the page lets readers skip; a sign-off credit
/// and the writer's bio below the body.
#[test]
fn english_newspaper_layout() {
    let page = "Skip to main content\n\
        The Guardian\n\
        News\n\
        Opinion\n\
        Sport\n\
        Culture\n\
        Transport\n\
        Tram extension to the airport opens three months late, at twice the cost\n\
        City council blames supply problems for the delay and says fares will stay frozen until the spring\n\
        A tram waits at the new airport stop on its first morning in service. Photograph: Jane Roe/The Guardian\n\
        Sam Porter Transport correspondent\n\
        Tue 4 Mar 2025 07.30 GMT\n\
        Share\n\
        The long-awaited tram extension to the airport carried its first passengers on Monday morning, three months behind schedule and at nearly twice the budget approved five years ago.\n\
        Council officials said shortages of rails and signalling parts had pushed back the final works, and that the last stretch of track was laid only in January.\n\
        skip past newsletter promotion\n\
        Sign up to Morning Briefing\n\
        Our morning email gives you the stories you need to start the day, sent at seven every weekday.\n\
        after newsletter promotion\n\
        Passenger groups welcomed the opening but asked for evening services to run later, since the last tram now leaves the terminal before the final flights land.\n\
        Reporting by Sam Porter; Editing by Ann Lee\n\
        Sam Porter covers transport and infrastructure. He joined the paper after ten years at a regional daily in the north.\n\
        Most viewed\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Tram extension to the airport opens three months late, at twice the cost")
    );
    // BST/GMT names give the offset.
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2025-03-04T07:30:00+00:00")
    );
    assert_eq!(lines_of(&a), [14, 15, 20]);
    assert_eq!(kind_at(&a, 10), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 11), Some(BoilerplateKind::Credit));
    for line in 16..=19 {
        assert_eq!(
            kind_at(&a, line),
            Some(BoilerplateKind::Newsletter),
            "line {line}"
        );
    }
    assert_eq!(kind_at(&a, 21), Some(BoilerplateKind::Credit));
    // The bio below the sign-off is not article text.
    assert!(kind_at(&a, 22).is_some());
}

/// French daily: `à 11h02` clock time, reading-time and subscriber
/// widgets under the date, a `Lire aussi |` teaser between paragraphs, the
/// writer's name and city closing the body, device notices below it; the
/// copyright line names the publisher, whose zone the time takes.
#[test]
fn french_daily_layout() {
    let page = "Aller au contenu principal\n\
        Rechercher\n\
        Le Monde\n\
        International\n\
        Politique\n\
        Société\n\
        Économie\n\
        Culture\n\
        Transports\n\
        À Lyon, le nouveau tramway de la rive droite attire moins de voyageurs que prévu\n\
        La métropole espérait quarante mille passagers par jour dès la rentrée, elle en compte à peine la moitié\n\
        Par Jean Martin (Lyon, correspondant)\n\
        Publié le 14 mars 2025 à 11h02, modifié le 14 mars 2025 à 16h45\n\
        Temps de Lecture 3 min.\n\
        Article réservé aux abonnés\n\
        Lire plus tard\n\
        Depuis son ouverture en septembre, la nouvelle ligne de tramway de la rive droite transporte en moyenne vingt et un mille voyageurs par jour, selon les chiffres publiés lundi par la métropole.\n\
        Lire aussi | Article réservé à nos abonnés Les villes moyennes misent à nouveau sur le tramway\n\
        Les élus de l'opposition réclament un audit des prévisions de trafic, qu'ils jugent trop optimistes depuis le début du projet, et demandent une baisse des tarifs pour les étudiants.\n\
        Jean Martin (Lyon, correspondant)\n\
        Lecture du journal en cours sur un autre appareil.\n\
        Vous ne pouvez lire le journal que sur un seul appareil à la fois, ordinateur, téléphone ou tablette.\n\
        © Le Monde\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("À Lyon, le nouveau tramway de la rive droite attire moins de voyageurs que prévu")
    );
    assert_eq!(a.source.as_ref().map(|s| s.id.as_ref()), Some("le-monde"));
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2025-03-14T11:02:00+01:00")
    );
    assert_eq!(lines_of(&a), [17, 19]);
    assert_eq!(kind_at(&a, 18), Some(BoilerplateKind::Related));
}

/// A Persian page dated in the Solar Hijri calendar, with Persian digits;
/// the site's copyright line names it, and Tehran's offset applies.
#[test]
fn solar_hijri_date_with_the_sites_zone() {
    let page = "خبرآنلاین\n\
        سیاسی\n\
        اقتصادی\n\
        اجتماعی\n\n\
        چهارشنبه ۲۲ اسفند ۱۴۰۳ - ۱۴:۳۵\n\n\
        ساعت کار ادارات تهران در هفته آخر سال کاهش می‌یابد\n\n\
        به گزارش خبرآنلاین، استانداری تهران اعلام کرد ساعت کار ادارات دولتی در هفته پایانی سال برای کاهش ترافیک شهر دو ساعت کمتر خواهد بود.\n\n\
        این تصمیم شامل بانک‌ها و مراکز درمانی نمی‌شود و آنها طبق روال همیشه به مردم خدمات می‌دهند.\n\n\
        تمامی حقوق این سایت متعلق به خبرآنلاین است\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2025-03-12T14:35:00+03:30")
    );
    assert_eq!(a.language.map(|l| l.code()), Some("fa"));
}

/// A wire dump that glues the year to the hour (`20252:17 PM`), with the
/// zone written as an offset.
#[test]
fn year_glued_to_the_hour() {
    let page = "Energy\n\
        Port strike halts grain exports for a second day\n\
        By Anna Berg\n\
        March 4, 20252:17 PM GMT+1Updated 3 hours ago\n\
        ROTTERDAM, March 4 (Reuters) - Dock workers at the country's largest grain terminal stayed off the job for a second day on Tuesday, leaving a dozen bulk carriers waiting at anchor.\n\
        The union said talks with terminal operators would resume on Thursday, but that the strike would continue until a new pay offer was on the table.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2025-03-04T14:17:00+01:00")
    );
    assert_eq!(
        a.title.as_deref(),
        Some("Port strike halts grain exports for a second day")
    );
}

/// A print-edition line names the paper and a date but no time: the
/// article's own timed date line above the title is the byline.
#[test]
fn print_edition_line_yields_to_the_timed_date() {
    let page = "Коммерсантъ\n\
        Политика\n\
        Экономика\n\
        Бизнес\n\
        Спорт\n\n\
        14.11.2024, 18:42\n\
        Пекарни сокращают ассортимент\n\
        Сети уходят от дорогих сортов хлеба к базовым\n\
        Газета «Коммерсантъ» №212 от 15.11.2024, стр. 9\n\
        Крупные пекарные сети с декабря сокращают ассортимент, отказываясь от части дорогих сортов хлеба и выпечки, сообщили источники в отрасли.\n\
        По их словам, спрос на базовые сорта растет второй год подряд, тогда как продажи премиальной выпечки снижаются.\n\
        Анна Петрова\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-11-14T18:42:00+03:00")
    );
    assert_eq!(a.title.as_deref(), Some("Пекарни сокращают ассортимент"));
}

/// Month-first Turkish dates (`Ocak 21, 2025 10:05`) with the paper's
/// widgets between the date and the body.
#[test]
fn turkish_month_first_date() {
    let page = "Hürriyet\n\
        Gündem\n\
        Ekonomi\n\
        Spor\n\
        Ankara'da yeni metro hattının temeli atıldı\n\
        Oluşturulma Tarihi: Ocak 21, 2025 10:05\n\
        Yazı Boyutu\n\
        Kaydet\n\
        Ankara Büyükşehir Belediyesi, şehrin batısını merkeze bağlayacak yeni metro hattının temelini pazartesi günü düzenlenen bir törenle attı.\n\
        Belediye yetkilileri hattın dört yıl içinde tamamlanmasının planlandığını ve günde yüz bin yolcu taşıyacağını açıkladı.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2025-01-21T10:05:00+03:00")
    );
    assert_eq!(lines_of(&a), [9, 10]);
}
