//! Layouts of newspaper and agency sites outside the seed's family: a title
//! with its standfirst, a photo and the writer above the date; widgets
//! between the header and the body; boxes and teasers inside the body; the
//! writer's sign-off, then bio, paywall and comment notices below it. All
//! text here is written for these tests.

use newsparse::{parse, BoilerplateKind};

mod common;
use common::{kind_at, lines_of};

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

/// The line numbers of the first lines of `page` that start with each of
/// `starts`, in that order.
fn lines_starting(page: &str, starts: &[&str]) -> Vec<usize> {
    starts.iter().map(|s| line_of(page, s)).collect()
}

/// The 1-based number of the first line of `page` that starts with
/// `start`.
fn line_of(page: &str, start: &str) -> usize {
    page.lines()
        .position(|l| l.trim_start().starts_with(start))
        .map(|i| i + 1)
        .unwrap_or_else(|| panic!("no line starts with {start:?}"))
}

/// French daily, single newlines: a standfirst that is a full sentence
/// between the title and the writer and date; audio, link and ad widgets;
/// an `À lire aussi` teaser inside the body; topic and recommendation
/// lists after it.
#[test]
fn standfirst_sentence_above_the_date_is_not_body() {
    let page = "Le Quotidien\n\
        Menu\n\
        Actualité\n\
        Société\n\
        Les bibliothèques de la ville resteront ouvertes le dimanche dès septembre\n\
        La mairie étend les horaires de douze établissements et recrute quarante agents. Les syndicats réclament des garanties sur les plannings.\n\
        Par Hélène Marchand\n\
        Publié le 03/07/2024 à 09:15, mis à jour le 03/07/2024 à 11:40\n\
        Écouter cet article\n\
        Copier le lien\n\
        Lien copié\n\
        Passer la publicité\n\
        Dès la rentrée, douze bibliothèques municipales ouvriront leurs portes le dimanche de dix heures à dix-huit heures, a annoncé mardi l'adjointe chargée de la culture.\n\
        La mesure concerne d'abord les quartiers où les salles de lecture sont saturées le samedi, selon un bilan de fréquentation publié au printemps.\n\
        À lire aussi Les médiathèques misent sur les jeux de société pour attirer les adolescents\n\
        Quarante agents seront recrutés pour assurer ces nouveaux créneaux, sans toucher aux congés des équipes actuelles, assure la municipalité.\n\
        Passer la publicité\n\
        Sujets\n\
        Bibliothèques\n\
        Culture\n\
        La rédaction vous conseille\n\
        Les horaires d'été des piscines municipales dévoilés\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Les bibliothèques de la ville resteront ouvertes le dimanche dès septembre")
    );
    assert_eq!(a.language, Some(newsparse::Language::French));
    assert_eq!(
        lines_of(&a),
        lines_starting(
            page,
            &["Dès la rentrée", "La mesure concerne", "Quarante agents"]
        )
    );
    assert_eq!(
        kind_at(&a, line_of(page, "La mairie étend")),
        Some(BoilerplateKind::Standfirst)
    );
    assert_eq!(
        kind_at(&a, line_of(page, "À lire aussi")),
        Some(BoilerplateKind::Related)
    );
    assert_eq!(
        kind_at(&a, line_of(page, "Sujets")),
        Some(BoilerplateKind::Tags)
    );
}

/// Argentine daily: a summary (bajada) under the title, the byline, a
/// `Mirá también` link between paragraphs, then the writer's box, a
/// newsletter box and related tags.
#[test]
fn bajada_link_box_and_writer_box() {
    let page = "Diario del Sur\n\
        \n\
        Sociedad\n\
        \n\
        Vuelven los trenes nocturnos a la costa: cuándo salen y cuánto cuestan\n\
        \n\
        El servicio funcionará los viernes y domingos hasta fin de marzo. Los pasajes ya están a la venta.\n\
        \n\
        Por Martín Acosta\n\
        15/01/2025 10:20\n\
        Actualizado al 15/01/2025 12:05\n\
        \n\
        Copiar link\n\
        Compartir\n\
        \n\
        El tren nocturno que une la capital con la costa atlántica volverá a circular desde el próximo viernes, según confirmó la empresa operadora.\n\
        \n\
        Los coches cama tendrán capacidad para ochenta pasajeros y el viaje durará unas seis horas, con una sola parada intermedia.\n\
        \n\
        Mirá también\n\
        Cómo sacar el pasaje de micro sin pagar recargo\n\
        \n\
        La empresa anticipó que, si la demanda acompaña, sumará un tercer día de servicio a partir de febrero.\n\
        \n\
        Sobre la firma\n\
        Martín Acosta\n\
        Periodista de la sección Sociedad. Cubre transporte y turismo.\n\
        \n\
        Tags relacionados\n\
        Trenes\n\
        Verano\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Vuelven los trenes nocturnos a la costa: cuándo salen y cuánto cuestan")
    );
    assert_eq!(
        a.published.map(|p| p.date().to_string()).as_deref(),
        Some("2025-01-15")
    );
    assert_eq!(
        lines_of(&a),
        lines_starting(
            page,
            &["El tren nocturno", "Los coches cama", "La empresa anticipó"]
        )
    );
    assert_eq!(
        kind_at(&a, line_of(page, "El servicio funcionará")),
        Some(BoilerplateKind::Standfirst)
    );
    assert_eq!(
        kind_at(&a, line_of(page, "Mirá también")),
        Some(BoilerplateKind::Related)
    );
}

/// German broadcaster: a teaser under the title and an archive photo's
/// caption before the body, the date at the foot; a feedback prompt.
#[test]
fn teaser_and_archive_caption_above_the_body() {
    let page = "Themen / Deutschland\n\
        Verkehr\n\
        Stadt will bis 2028 alle Ampeln auf LED umstellen\n\
        Die alten Glühlampen verbrauchen viel Strom. Nun soll der Umbau schneller gehen als geplant.\n\
        Eine Ampelanlage an einer Kreuzung in der Innenstadt (Archivbild)\n\
        Die Stadt will bis 2028 sämtliche Ampelanlagen auf sparsame Leuchtdioden umrüsten. Das kündigte die Verwaltung am Dienstag an. Die Kosten sollen sich nach wenigen Jahren durch den geringeren Stromverbrauch ausgleichen.\n\
        Bislang ist erst etwa ein Drittel der rund 600 Anlagen umgestellt. Die übrigen sollen nach einem Stufenplan folgen, beginnend mit den Hauptverkehrsachsen und den Kreuzungen vor Schulen.\n\
        Datum 04.06.2024\n\
        Feedback: Schreiben Sie uns!\n\
        Drucken Seite drucken\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Stadt will bis 2028 alle Ampeln auf LED umstellen")
    );
    assert_eq!(lines_of(&a), [6, 7]);
    assert_eq!(kind_at(&a, 4), Some(BoilerplateKind::Standfirst));
    assert_eq!(kind_at(&a, 5), Some(BoilerplateKind::Caption));
}

/// Egyptian portal: the headline right under the breadcrumb, the
/// writer's bare name over a date-only line, and a photo description
/// above the body that must not win the title.
#[test]
fn writer_name_over_the_date_and_title_under_the_breadcrumb() {
    let page = "الرئيسية\n\
        اقتصاد\n\
        رياضة\n\
        الرئيسية > اقتصاد\n\
        \n\
        افتتاح ثلاث محطات جديدة لمعالجة المياه في الدلتا.. والوزير: التشغيل الكامل قبل الصيف\n\
        \n\
        سامي عبدالرحمن\n\
        12-3-2024 | 10:05\n\
        \n\
        وزير الإسكان خلال تفقده محطة المعالجة الجديدة بمدينة طنطا\n\
        \n\
        افتتحت وزارة الإسكان، اليوم الثلاثاء، ثلاث محطات جديدة لمعالجة مياه الشرب في محافظات الدلتا، بطاقة إجمالية تخدم نحو مليون نسمة، وذلك ضمن خطة لتحسين جودة المياه في القرى.\n\
        \n\
        وقال الوزير إن المحطات ستعمل بكامل طاقتها قبل حلول فصل الصيف، مشيراً إلى أن العمل جارٍ في أربع محطات أخرى من المقرر الانتهاء منها نهاية العام.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("افتتاح ثلاث محطات جديدة لمعالجة المياه في الدلتا.. والوزير: التشغيل الكامل قبل الصيف")
    );
    assert_eq!(lines_of(&a), [13, 15]);
}

/// Russian agency: a link to an older story, its headline and a stamp
/// without a year, set between two paragraphs.
#[test]
fn inline_link_with_a_yearless_stamp() {
    let page = "Общество\n\
        09:40 03.02.2023\n\
        В Казани открылся первый в городе пункт проката инвалидных колясок\n\
        КАЗАНЬ, 3 фев — РИА Новости. В Казани заработал бесплатный пункт проката инвалидных колясок и ходунков, сообщили в мэрии города.\n\
        Взять технику можно на срок до трех месяцев по паспорту и справке от врача, уточнили в администрации.\n\
        В Самаре волонтеры отремонтировали двести колясок\n\
        1 февраля, 14:10\n\
        По словам чиновников, в пункте уже есть сорок колясок, а до конца года их число планируют удвоить.\n\
        Отдельно в мэрии напомнили о программе бесплатного такси для людей с ограниченными возможностями.\n\
        Казань\n\
        Общество\n";
    let a = parse(page).unwrap();
    assert_eq!(lines_of(&a), [4, 5, 8, 9]);
    assert_eq!(kind_at(&a, 6), Some(BoilerplateKind::Related));
    assert_eq!(kind_at(&a, 7), Some(BoilerplateKind::Related));
}

/// English broadcaster: the date printed twice and glued
/// (`12 Mar 202412 Mar 2024`), a bracketed file-photo credit, a text
/// browser's link numbers before widget lines.
#[test]
fn glued_date_bracketed_credit_and_link_numbers() {
    let page = "[3]Skip to Content\n\
        [4]News|Economy\n\
        \n\
        Port workers end strike after deal on night-shift pay\n\
        \n\
        Union says the agreement raises overtime rates, but leaves pensions for later talks.\n\
        \n\
        By Amina Yusuf\n\
        Published On 5 Feb 20255 Feb 2025\n\
        [9]Save\n\
        \n\
        Cranes stand idle at the container terminal during the strike [File: Reuters]\n\
        \n\
        Dock workers returned to the container terminal on Wednesday after their union accepted a deal that raises pay for night shifts by a fifth.\n\
        \n\
        The week-long strike had left more than forty ships waiting offshore and delayed deliveries of fuel and grain.\n\
        \n\
        [12]Comments have to be in English and in full sentences, and may not be abusive or personal.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Port workers end strike after deal on night-shift pay")
    );
    assert_eq!(
        a.published.map(|p| p.date().to_string()).as_deref(),
        Some("2025-02-05")
    );
    assert_eq!(lines_of(&a), [14, 16]);
    assert_eq!(kind_at(&a, 6), Some(BoilerplateKind::Standfirst));
    assert_eq!(kind_at(&a, 12), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 18), Some(BoilerplateKind::Comments));
}

/// A sports site's list of page facts: the date and the time as two
/// bullets. Day first on an Arabic page whose outlet is unknown; an
/// English page with the same date keeps it unread and says why.
#[test]
fn bulleted_date_and_time_read_day_first_by_language() {
    let page = "فوز كبير للفريق في مباراة الافتتاح\n\
        \n\
        \u{20}\u{20}• 6/7/2023\n\
        \u{20}\u{20}• 21:30\n\
        \n\
        حقق الفريق فوزاً كبيراً في مباراة الافتتاح مساء أمس بثلاثة أهداف دون رد، وسط حضور جماهيري لافت في الملعب الذي امتلأت مدرجاته قبل بداية اللقاء بساعة.\n\
        \n\
        وقال المدرب بعد المباراة إن الفريق قدم أداء منظماً، وإنه يتطلع إلى مواصلة الانتصارات في الجولات المقبلة من البطولة.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2023-07-06T21:30:00")
    );
    assert!(!a
        .warnings
        .iter()
        .any(|w| matches!(w, newsparse::Warning::AmbiguousDate { .. })));

    let page = "Home side win the opening match in style\n\
        \n\
        \u{20}\u{20}• 6/7/2023\n\
        \n\
        The home side won the opening match of the season by three goals to nil last night, in front of a crowd that had filled the stands an hour before kick-off.\n\
        \n\
        The coach said after the game that the team had played with discipline and hoped to keep winning in the rounds ahead.\n";
    let a = parse(page).unwrap();
    assert!(a.published.is_none());
    assert!(a
        .warnings
        .iter()
        .any(|w| matches!(w, newsparse::Warning::AmbiguousDate { .. })));
}

/// A text browser's dump of a public radio page: link numbers, the
/// writer's name over a date glued to its hour, a photo viewer's box
/// (`Enlarge this image` ... `toggle caption`) before and inside the body.
#[test]
fn photo_viewer_boxes_in_a_text_browser_dump() {
    let page = "   [5]Radio News\n\
        \n\
        Town turns an empty mall into a public ice rink for the winter\n\
        \n\
        \u{20}  [16]Jordan Lee\n\
        \n\
        \u{20}  January 8, 20256:00 AM ET\n\
        \n\
        \u{20}  Heard on [17]Weekend Edition\n\
        \n\
        \u{20}  [21]Enlarge this image\n\
        \n\
        \u{20}  Skaters circle the rink built on the floor of a former department store.\n\
        \u{20}  Jordan Lee/Radio News hide caption\n\
        \n\
        \u{20}  toggle caption\n\
        \u{20}  Jordan Lee/Radio News\n\
        \n\
        \u{20}  The mall at the edge of town closed its last shop two years ago. This winter its biggest hall holds a public ice rink, open every evening and free for children.\n\
        \n\
        \u{20}  The town council rented the space for a symbolic sum and volunteers laid the ice over the holidays, says the mayor.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Town turns an empty mall into a public ice rink for the winter")
    );
    assert_eq!(
        a.published.map(|p| p.date().to_string()).as_deref(),
        Some("2025-01-08")
    );
    assert_eq!(
        lines_of(&a),
        lines_starting(page, &["The mall at the edge", "The town council"])
    );
    for start in [
        "Skaters circle",
        "Jordan Lee/Radio News hide",
        "toggle caption",
    ] {
        assert_eq!(
            kind_at(&a, line_of(page, start)),
            Some(BoilerplateKind::Caption),
            "{start}"
        );
    }
}

/// A Gulf daily: a caption over its `Image Credit:` line, and a post
/// embedded from a social network (its text, then `— Name (@handle)
/// date`) between paragraphs.
#[test]
fn caption_over_image_credit_and_embedded_post() {
    let page = "Ferry service to link the two creeks from April\n\
        \n\
        Dubai: A new ferry line will connect the two sides of the creek from April, the transport authority said on Monday, with boats every twenty minutes at peak hours.\n\
        \n\
        The ferries will carry up to 90 passengers each and stop at four stations.\n\
        Image Credit: Supplied\n\
        \n\
        Tickets will cost the same as a bus fare, and the route will run from six in the morning until midnight.\n\
        \n\
        New ferry line across the creek starts in April, with four stations and boats every 20 minutes at peak times. pic.twitter.com/a1b2c3\n\
        \n\
        — Transport Authority (@transport_ae) March 3, 2025\n\
        \n\
        Officials expect the line to take pressure off the two road bridges during the evening rush.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        lines_of(&a),
        lines_starting(
            page,
            &[
                "Dubai: A new ferry",
                "Tickets will cost",
                "Officials expect",
            ]
        )
    );
    assert_eq!(
        kind_at(&a, line_of(page, "The ferries will carry")),
        Some(BoilerplateKind::Caption)
    );
    assert!(kind_at(&a, line_of(page, "New ferry line across")).is_some());
    assert!(kind_at(&a, line_of(page, "— Transport")).is_some());
}

/// A Hong Kong daily: the writer's bio closes the article, and a
/// headline that asks a question sits among the related links.
#[test]
fn writer_bio_and_a_listed_question_after_the_body() {
    let page = "Ferry operators to add late-night sailings to outlying islands\n\
        \n\
        Sam Wong\n\
        \n\
        Published: 6:30pm, 14 Feb 2025\n\
        \n\
        Ferry operators will add late-night sailings to three outlying islands from next month, the transport department said on Friday.\n\
        \n\
        The extra trips will leave the central piers at half past midnight on Fridays and Saturdays during a six-month trial.\n\
        \n\
        Sam Wong joined the Post in 2022 and covers transport and housing. He previously reported for a business weekly.\n\
        \n\
        Related Topics\n\
        Transport\n\
        \n\
        More from the Post\n\
        \n\
        Minibus fares to rise by up to 8 per cent in April\n\
        Why are fewer young people taking the ferry to work?\n\
        \n\
        About Us\n\
        Contact Us\n";
    let a = parse(page).unwrap();
    assert_eq!(
        lines_of(&a),
        lines_starting(page, &["Ferry operators will add", "The extra trips"])
    );
    assert_eq!(
        kind_at(&a, line_of(page, "Sam Wong joined")),
        Some(BoilerplateKind::Credit)
    );
    assert!(kind_at(&a, line_of(page, "Why are fewer")).is_some());
}

/// A Jordanian channel: a home-led breadcrumb trail (`الرئيسية /
/// محليات`), then the headline, then a stock photo's label as its whole
/// caption; the date after the body.
#[test]
fn home_trail_and_stock_photo_label() {
    let page = "الرئيسية\n\
        محليات\n\
        الرئيسية / محليات\n\
        البلدية: إغلاق جزئي لشارع الجامعة ثلاثة أيام لأعمال الصيانة\n\
        تعبيرية\n\
        شارك\n\
        أعلنت البلدية إغلاق جزء من شارع الجامعة أمام حركة السير لمدة ثلاثة أيام اعتباراً من صباح الأحد، لتنفيذ أعمال صيانة لشبكة تصريف مياه الأمطار.\n\
        ودعت البلدية السائقين إلى استخدام الطرق البديلة والتقيد بالإشارات التحذيرية المنتشرة في المنطقة.\n\
        تاريخ النشر: 2024-10-12 09:15\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("البلدية: إغلاق جزئي لشارع الجامعة ثلاثة أيام لأعمال الصيانة")
    );
    assert_eq!(lines_of(&a), [7, 8]);
    assert_eq!(kind_at(&a, 3), Some(BoilerplateKind::Breadcrumb));
    assert_eq!(kind_at(&a, 5), Some(BoilerplateKind::Caption));
}

/// A regional portal: the site header's weekday-and-date stamp (the crawl
/// date) is no byline; the headline follows the menu, the article's date
/// comes after the body, and the related stories below carry dates too.
#[test]
fn header_stamp_is_no_byline_and_the_date_follows_the_body() {
    let page = "صوت المدينة\n\
        الجمعة 08 نوفمبر 2024 م\n\
        الرئيسية\n\
        أخبار\n\
        محليات\n\
        رياضة\n\
        \n\
        المياه: انقطاع الضخ عن ثلاثة أحياء يومين لأعمال الصيانة\n\
        \n\
        أعلنت مؤسسة المياه أن الضخ سيتوقف عن ثلاثة أحياء في المدينة يومي السبت والأحد لاستكمال أعمال صيانة الخط الرئيسي.\n\
        \n\
        ودعت المؤسسة السكان إلى تخزين كميات كافية من المياه، مؤكدة أن الضخ سيعود تدريجيا مساء الأحد.\n\
        \n\
        الخميس - 07 نوفمبر 2024 - 04:15 م\n\
        \n\
        أخبار ذات صلة\n\
        افتتاح مدرسة جديدة في الحي الشرقي\n\
        الخميس - 07 نوفمبر 2024 - 01:40 م\n\
        ارتفاع أسعار الخضار في الأسواق\n\
        الخميس - 07 نوفمبر 2024 - 11:02 ص\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("المياه: انقطاع الضخ عن ثلاثة أحياء يومين لأعمال الصيانة")
    );
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-11-07T16:15:00")
    );
    assert_eq!(lines_of(&a), [10, 12]);
}

/// A Moroccan portal: the site's name and a relative date set off by a
/// bar make the byline; the headline carries a `فيديو..` rubric.
#[test]
fn site_name_beside_a_relative_date() {
    let page = "الرئيسية » جهات\n\
        \n\
        فيديو.. سيول قوية تقطع الطريق بين قريتين في الجنوب\n\
        \n\
        بوابة الجنوب | Janoub  منذ 5 ساعات\n\
        \n\
        قطعت سيول قوية مساء أمس الطريق الرابطة بين قريتين في الجنوب، بعد أمطار رعدية غزيرة استمرت ساعتين.\n\
        \n\
        وتدخلت فرق الوقاية المدنية لإعادة فتح الطريق أمام حركة السير صباح اليوم.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("سيول قوية تقطع الطريق بين قريتين في الجنوب")
    );
    assert_eq!(a.byline.as_ref().map(|b| b.line), Some(5));
    assert_eq!(lines_of(&a), [7, 9]);
}

/// A Saudi daily: the city and the writer's name over the date, a caption
/// that opens with `جانب من` above the body; an Iraqi agency's `./انتهى`.
#[test]
fn place_and_writer_over_the_date_and_arabic_caption_openers() {
    let page = "الرئيسية\n\
        محليات\n\
        \n\
        البلدية تطلق مشروع تطوير الحدائق العامة في الأحياء الشمالية\n\
        \n\
        الخبر - سارة القحطاني\n\
        الثلاثاء ٢٠ فبراير ٢٠٢٤ - ١١:٣٥ ص\n\
        \n\
        جانب من إحدى الحدائق العامة في المدينة (الصحيفة)\n\
        \n\
        أطلقت البلدية أمس مشروعا لتطوير الحدائق العامة في الأحياء الشمالية، يشمل ممرات للمشاة وملاعب للأطفال.\n\
        \n\
        وأوضحت البلدية أن المشروع سينفذ على مرحلتين تنتهي الأولى مطلع الصيف المقبل ./انتهى\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("البلدية تطلق مشروع تطوير الحدائق العامة في الأحياء الشمالية")
    );
    assert_eq!(lines_of(&a), [11, 13]);
    assert_eq!(kind_at(&a, 9), Some(BoilerplateKind::Caption));
}

/// A local US paper through a text browser: share links in a bulleted
/// list, the writer's name over a `By ... |` credit over the date with a
/// US zone name, and the writer's bio after the body.
#[test]
fn us_local_paper_in_a_text_browser() {
    let page = "   [12]Local News\n\
        \n\
        City to repave Main Street over three summer weekends\n\
        \n\
        \u{20}  [13]Share this:\n\
        \u{20}    * [14]Click to share on Facebook (Opens in new window)\n\
        \u{20}    * [15]Click to share on X (Opens in new window)\n\
        \n\
        \u{20}  [17]Dana Reyes\n\
        \u{20}  By [18]Dana Reyes | dreyes@example.com | The Valley Times\n\
        \u{20}  PUBLISHED: June 4, 2024 at 5:58 PM MDT | UPDATED: June 5, 2024 at 9:12 AM MDT\n\
        \n\
        \u{20}  The city will repave Main Street between First and Fifth avenues over three weekends in July, closing the road to cars from Friday night to Monday morning.\n\
        \n\
        \u{20}  Buses will be rerouted along Pine Street, and shops will stay open with access from the side streets, the city said.\n\
        \n\
        \u{20}  [22]Dana Reyes\n\
        \u{20}  Dana Reyes covers city hall and transportation for the paper.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("City to repave Main Street over three summer weekends")
    );
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-06-04T17:58:00-06:00")
    );
    assert_eq!(
        lines_of(&a),
        lines_starting(page, &["The city will repave", "Buses will be rerouted"])
    );
}

/// A Chinese news site glues the reporter's credit to the headline
/// (`...每餐最低12元澎湃新闻记者 陈静`): the title is the headline alone.
#[test]
fn reporter_credit_glued_to_a_chinese_headline() {
    let page = "首页 > 城市\n\
        \n\
        城东社区图书馆延长开放时间 夜间服务到晚上十点澎湃新闻记者 王丽\n\
        \n\
        2024-05-20 18:27 来源：澎湃新闻\n\
        \n\
        城东社区图书馆从本周起延长开放时间，周一至周五晚上开放到十点，方便上班族下班后借阅图书。\n\
        \n\
        图书馆负责人表示，夜间时段将安排两名工作人员值班，并开放自习室和儿童阅读区。\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("城东社区图书馆延长开放时间 夜间服务到晚上十点")
    );
    assert_eq!(a.title_line, Some(3));
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-05-20T18:27:00+08:00")
    );
}

/// news.cn: the year printed alone above `05/22 10:15:37`, and the
/// headline right before the font-size control (`字体： 小 中 大`).
#[test]
fn year_above_month_day_and_a_headline_before_the_font_control() {
    let page = "新华网\n\
        首页\n\
        时政\n\
        国际\n\
        财经\n\
        \n\
        当前位置：首页 > 地方频道\n\
        2024\n\
        06/03 09:20:15\n\
        来源：新华网\n\
        江西早稻陆续进入灌浆期 各地加强田间管理\n\
        字体：\n\
        小\n\
        中\n\
        大\n\
        分享到：\n\
        \n\
        \u{3000}\u{3000}新华社南昌6月3日电（记者张明）眼下，江西各地早稻陆续进入灌浆期，农技人员深入田间地头，指导农户科学管水、追施穗肥、防治病虫害，确保早稻稳产增收。\n\
        \n\
        \u{3000}\u{3000}据省农业农村部门介绍，今年全省早稻种植面积保持稳定，各地提前储备了收割机械和烘干设备，预计早稻收获将从七月上旬开始，长势总体好于上年。\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("江西早稻陆续进入灌浆期 各地加强田间管理")
    );
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-06-03T09:20:15+08:00")
    );
    assert_eq!(lines_of(&a), [18, 20]);
}

/// A regional French daily: a cookie consent box above the menu (its
/// notice reads like body text), a standfirst and an archive photo's
/// caption (`| ARCHIVES LE JOURNAL`) above the body, the writer and date
/// after it.
#[test]
fn consent_box_at_the_top_and_the_date_after_the_body() {
    let page = "Vos choix concernant les cookies\n\
        Le Journal et ses partenaires déposent des cookies pour faire fonctionner le site, mesurer son audience et vous proposer des publicités adaptées à vos centres d'intérêt.\n\
        Pour en savoir plus, consultez notre politique de confidentialité.\n\
        Paramétrer\n\
        Continuer sans accepter →\n\
        Tout accepter\n\
        \n\
        Le Journal\n\
        Actualité\n\
        Sports\n\
        \n\
        La piscine municipale rouvre après huit mois de travaux\n\
        \n\
        Les nageurs retrouveront dès lundi un bassin rénové et un nouveau toit.\n\
        \n\
        La piscine, un dimanche de 2022. | ARCHIVES LE JOURNAL\n\
        \n\
        Après huit mois de fermeture, la piscine municipale rouvre ses portes lundi matin avec un bassin entièrement rénové, une nouvelle toiture et des vestiaires accessibles.\n\
        \n\
        Les horaires restent inchangés en semaine, mais le bassin ouvrira désormais jusqu'à 20 heures le samedi, a précisé la mairie.\n\
        \n\
        Par Marie Le Goff, le 27 février 2024 à 18h45\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("La piscine municipale rouvre après huit mois de travaux")
    );
    assert_eq!(
        lines_of(&a),
        lines_starting(page, &["Après huit mois", "Les horaires restent"])
    );
    for line in 1..=6 {
        assert_eq!(
            kind_at(&a, line),
            Some(BoilerplateKind::Cookies),
            "line {line}"
        );
    }
    assert_eq!(
        kind_at(&a, line_of(page, "La piscine, un dimanche")),
        Some(BoilerplateKind::Caption)
    );
}

/// A short Hong Kong item in traditional characters: four short
/// paragraphs, each a sentence or two (a wide char counts double when
/// telling body text from headlines), and a zone name between the date
/// and the time.
#[test]
fn short_traditional_chinese_item_with_a_zone_before_the_time() {
    let page = "本地\n\
        \n\
        運輸署：明日起三條巴士綫延長服務時間\n\
        \n\
        2024-11-21 HKT 15:42\n\
        \n\
        運輸署表示，三條巴士綫由明日起延長服務時間，尾班車延至凌晨一時開出。\n\
        \n\
        署方指，調整是為配合夜間乘客需求，初步試行三個月。\n\
        \n\
        巴士公司會在車站張貼通告，並增派人手協助乘客。\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("運輸署：明日起三條巴士綫延長服務時間")
    );
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-11-21T15:42:00+08:00")
    );
    assert_eq!(lines_of(&a), [7, 9, 11]);
}

/// A section front: dated headlines, each with a one-sentence teaser long
/// enough to read as body text. It is not an article.
#[test]
fn a_section_front_of_dated_teasers_is_no_article() {
    let mut page = String::from("Home\nWorld\nAsia\n\nLatest Asia news\n\n");
    for (n, (title, teaser)) in [
        ("Ferry services suspended as storm nears", "Coast guard says hundreds of passengers are waiting at ports across the central islands."),
        ("Farmers count losses after floods", "Rice growers in the north say they may miss the next planting season after weeks of rain."),
        ("New terminal opens at island airport", "The new terminal can handle eight million more passengers a year, the operator said."),
        ("City bans plastic cutlery at food stalls", "Hawkers have until January to switch to reusable or paper cutlery, officials said."),
        ("Coffee exports hit a record value", "Growers in the highlands are planting more robusta as global prices keep climbing."),
        ("Monsoon ends with above-average rain", "Weather officials say reservoirs are at their highest level in four years."),
    ]
    .iter()
    .enumerate()
    {
        page.push_str(&format!(
            "{title}\nOct 3, 2024, {:02}:15 PM\n{teaser}\n\n",
            6 - n
        ));
    }
    assert_eq!(parse(&page), Err(newsparse::ParseError::NotAnArticle));
}

/// A crawl's text extraction flattens blocks into single lines: the menu,
/// and the byline block with the writer, the date, the zone and the share
/// buttons with a comment count.
#[test]
fn flattened_indonesian_page_with_the_share_row_on_the_byline() {
    let page = "kabarKota kabarNusa kabarBola kabarTekno kabarSehat kabarWisata kabarOto kabarMusik kabarFilm kabarKuliner Masuk Daftar\n\
        Pasar Terapung Banjarmasin Kembali Dibuka Setelah Renovasi Dermaga\n\
        Dewi Lestari - kabarNusa Kamis, 05 Sep 2024 09:20 WITA Bagikan ke Facebook Bagikan ke WhatsApp Salin Link 3 komentar\n\
        Pemerintah kota membuka kembali pasar terapung di Sungai Martapura setelah dermaga kayu diganti dengan beton selama empat bulan.\n\
        Para pedagang mengatakan jumlah pengunjung pada pagi pertama sudah mendekati angka sebelum renovasi, terutama wisatawan dari luar daerah.\n\
        Baca juga: Jembatan Gantung di Kandangan Ditutup Sementara\n\
        Dinas pariwisata berencana menambah jadwal perahu wisata pada akhir pekan mulai bulan depan.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Pasar Terapung Banjarmasin Kembali Dibuka Setelah Renovasi Dermaga")
    );
    assert_eq!(a.byline.as_ref().map(|b| b.line), Some(3));
    // WITA: central Indonesian time, UTC+8.
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-09-05T09:20:00+08:00")
    );
    assert_eq!(a.language, Some(newsparse::Language::Indonesian));
    let share = a.share.as_ref().expect("share row read");
    assert!(share.comments);
    assert!(share
        .platforms
        .contains(&newsparse::SharePlatform::WhatsApp));
    // The byline's line stays the byline's.
    assert!(!share.lines.contains(&3));
    assert_eq!(kind_at(&a, 1), Some(BoilerplateKind::Navigation));
    assert_eq!(kind_at(&a, 6), Some(BoilerplateKind::Related));
    assert_eq!(lines_of(&a), [4, 5, 7]);
}

/// Hürriyet-style: a section label over the headline, a standfirst under
/// it, then writer, entry and update dates and the share row on one line.
#[test]
fn turkish_section_label_headline_and_lead() {
    let page = "Gündem Haberleri Ankara Haberleri\n\
        Ankara'da metro hattına iki yeni istasyon: Açılış tarihi belli oldu\n\
        Büyükşehir Belediyesi, Dikimevi-Natoyolu hattının ilk iki istasyonunun haziran ayında yolcu taşımaya başlayacağını açıkladı.\n\
        Mehmet Demir - Ankara Giriş Tarihi: 12.03.2024 09:30 Son Güncelleme: 12.03.2024 10:05 Paylaş Facebook X WhatsApp Yorumlar\n\
        Belediyeden yapılan açıklamaya göre, istasyonlardaki yürüyen merdiven ve asansör montajı tamamlandı, test sürüşleri önümüzdeki hafta başlayacak.\n\
        Hattın tamamının yıl sonuna kadar hizmete girmesi, günde yaklaşık yüz bin yolcuya hizmet vermesi bekleniyor.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Ankara'da metro hattına iki yeni istasyon: Açılış tarihi belli oldu")
    );
    assert_eq!(a.byline.as_ref().map(|b| b.line), Some(4));
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-03-12T09:30:00")
    );
    assert_eq!(kind_at(&a, 3), Some(BoilerplateKind::Standfirst));
    assert_eq!(lines_of(&a), [5, 6]);
}

/// A text browser's dump: the writer and date line with its link number,
/// a row of numbered share links, a row of numbered tags, and the
/// numbered reference list whose addresses hold dates.
#[test]
fn lynx_dump_with_numbered_share_and_tag_rows() {
    let page = "   [1]Вісті Поділля\n\
        \n\
        У Вінниці відкрили новий міст через Південний Буг\n\
        \n\
           [2]Олена Бойко — Четвер, 14 березня 2024, 11:05\n\
        \n\
           [3]Facebook [4]X [5]Telegram\n\
        \n\
           Рух транспорту новим мостом запустили в четвер зранку, після двох років будівництва та випробувань.\n\
        \n\
           За словами міського голови, міст розвантажить центр міста і скоротить дорогу до лікарні на десять хвилин.\n\
        \n\
           [6]Вінниця [7]міст [8]транспорт\n\
        \n\
        References\n\
        \n\
           1. https://vistipodillia.example/\n\
           2. https://vistipodillia.example/authors/olena-boiko/\n\
           3. https://www.facebook.com/sharer/sharer.php?u=https://vistipodillia.example/news/2024/03/14/most/\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("У Вінниці відкрили новий міст через Південний Буг")
    );
    assert_eq!(a.byline.as_ref().map(|b| b.line), Some(5));
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-03-14T11:05:00")
    );
    assert_eq!(a.share.as_ref().map(|s| s.lines.clone()), Some(vec![7]));
    assert!(kind_at(&a, 13).is_some());
    assert_eq!(lines_of(&a), [9, 11]);
}

/// The writer's name on its own line between a lone `By` and the role.
#[test]
fn writer_name_between_by_and_role_lines() {
    let page = "Northern Echo Digital\n\
        News\n\
        \n\
        Harbour wall repairs to close the seafront road for six weeks\n\
        \n\
        Contractors will rebuild the section of wall damaged in the February storms before the summer season\n\
        \n\
        BookmarkShare\n\
        Comments\n\
        News\n\
        \n\
        By\n\
        Tom Fairley\n\
        Local Democracy Reporter\n\
        06:15, 9 APR 2024\n\
        Updated08:40, 9 APR 2024\n\
        \n\
        The council will close the seafront road from Monday while contractors rebuild a section of the harbour wall damaged in the winter storms.\n\
        \n\
        Buses will be diverted through the town centre, and the car park by the lifeboat station will stay open for residents.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Harbour wall repairs to close the seafront road for six weeks")
    );
    assert_eq!(lines_of(&a), [18, 20]);
}

/// A section front whose teasers sit under each headline's date stamp,
/// with a comment count below: no article.
#[test]
fn polish_section_front_with_comment_counts_is_no_article() {
    let mut page = String::from("Kurier Pomorski\nWiadomości\n\n");
    for (i, (title, teaser)) in [
        (
            "Elbląg: nowy rozkład autobusów od lipca",
            "Miasto dodaje trzy kursy nocne. Zmiany obejmą linie 12 i 15.",
        ),
        (
            "Malbork. Zamek otwiera taras widokowy",
            "Taras będzie czynny codziennie do zmroku. Wstęp kosztuje 10 zł.",
        ),
        (
            "Tczew: remont dworca potrwa do jesieni",
            "Podróżni korzystają z tymczasowej poczekalni obok peronu pierwszego.",
        ),
        (
            "Kwidzyn. Szpital kupił nowy tomograf",
            "Urządzenie ma skrócić kolejki do badań o kilka tygodni.",
        ),
        (
            "Sztum: festyn nad jeziorem w sobotę",
            "Organizatorzy zapowiadają koncerty i pokazy ratownictwa wodnego.",
        ),
        (
            "Gniew. Ruszył nabór do domu kultury",
            "Zajęcia dla dzieci i dorosłych zaczną się we wrześniu.",
        ),
    ]
    .iter()
    .enumerate()
    {
        page.push_str(&format!(
            "{title}\n{} czerwca 2024, godz. 1{i}:05\n{teaser}\n({} opinii)\n\n",
            20 - i,
            10 + i
        ));
    }
    page.push_str("następna strona\n");
    assert_eq!(
        parse(&page).err(),
        Some(newsparse::ParseError::NotAnArticle)
    );
}

/// A flattened page's sidebar boxes: each heading glued to its items on
/// one line, after the body.
#[test]
fn sidebar_headings_glued_to_their_items() {
    let page = "Bursa'da tarihi çarşının çatısı yenileniyor\n\
        \n\
        Ayşe Yıldız - Bursa Giriş Tarihi: 02.05.2024 14:10\n\
        \n\
        Osmanlı döneminden kalma kapalı çarşının çatısındaki kurşun levhalar, restorasyon kapsamında tek tek sökülerek yenileniyor.\n\
        \n\
        Esnaf, çalışmaların yaz boyunca süreceğini ve dükkanların bu sürede açık kalacağını söyledi.\n\
        \n\
        İlgili Haberler Bursa'da yeni tramvay hattı için ihale yapıldı Uludağ'da kayak sezonu uzatıldı\n\
        \n\
        Yorumlar Kalan Karakter: 500 Yorumunuz onaylandıktan sonra yayınlanacaktır\n\
        \n\
        En Çok Okunan Haberler Emekli bayram ikramiyesi ne zaman yatacak Hava durumu uyarısı\n";
    let a = parse(page).unwrap();
    assert_eq!(lines_of(&a), [5, 7]);
    assert_eq!(kind_at(&a, 9), Some(BoilerplateKind::Related));
    assert_eq!(kind_at(&a, 13), Some(BoilerplateKind::MostRead));
    // A one-word heading opening a sentence is not a heading.
    let page = "Comments by the mayor on the new bus lanes anger local shop owners\n\
        \n\
        12 March 2024\n\
        \n\
        The mayor said on Tuesday that the bus lanes would stay, despite a petition signed by more than two hundred traders.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Comments by the mayor on the new bus lanes anger local shop owners")
    );
}

/// The writer signs the story, then the site signs it with its domain.
#[test]
fn writer_then_site_domain_after_the_body() {
    let page = "Bobo-Dioulasso : le marché central rouvre après les travaux\n\
        \n\
        Publié le jeudi 6 juin 2024 à 10h05min\n\
        \n\
        Les commerçants ont retrouvé leurs étals ce jeudi matin, après six mois de travaux de réhabilitation du bâtiment principal.\n\
        \n\
        La mairie annonce que les frais de location resteront inchangés jusqu'à la fin de l'année, pour aider les vendeurs à se relever.\n\
        \n\
        Issa Ouédraogo\n\
        Burkinanews.bf\n\
        \n\
        Vos commentaires\n";
    let a = parse(page).unwrap();
    assert_eq!(lines_of(&a), [5, 7]);
    assert_eq!(kind_at(&a, 9), Some(BoilerplateKind::Credit));
    assert_eq!(kind_at(&a, 10), Some(BoilerplateKind::Credit));
}

/// A Hindi page: the headline, a `HighLights` box of three points, then
/// the writer, editor and date lines.
#[test]
fn hindi_page_with_a_highlights_box() {
    let page = "होम\n\
        राज्य\n\
        \n\
        लखनऊ में गोमती किनारे बनेगा नया साइकिल ट्रैक, दो साल में पूरा होगा काम\n\
        \n\
        HighLights\n\
        नदी किनारे बारह किलोमीटर लंबा ट्रैक\n\
        रात में सौर लाइटों से रोशनी\n\
        पहले चरण का काम अगले महीने से\n\
        \n\
        By Sunil Verma\n\
        Edited By: Meena Joshi\n\
        Publish Date: Tue, 04 Jun 2024 09:15 AM (IST)\n\
        \n\
        लखनऊ विकास प्राधिकरण ने गोमती नदी के किनारे साइकिल ट्रैक बनाने की योजना को मंजूरी दे दी है। अधिकारियों ने बताया कि काम दो चरणों में होगा।\n\
        \n\
        ट्रैक पर हर दो किलोमीटर पर पीने के पानी और आराम की जगह होगी, और रात में सौर ऊर्जा से चलने वाली लाइटें लगाई जाएंगी।\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("लखनऊ में गोमती किनारे बनेगा नया साइकिल ट्रैक, दो साल में पूरा होगा काम")
    );
    assert_eq!(a.language, Some(newsparse::Language::Hindi));
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-06-04T09:15:00+05:30")
    );
    for point in 7..=9 {
        assert_eq!(kind_at(&a, point), Some(BoilerplateKind::Standfirst));
    }
    assert_eq!(lines_of(&a), [15, 17]);
}

/// Radio-Canada in a text browser: a lead under the headline, a linked
/// image and its credit, the writer twice, then Quebec's `14 h 35 HAE`.
#[test]
fn quebec_time_and_zone_after_the_writer_lines() {
    let page = "[1]Aller au contenu principal\n\
        [2]Radio-Nord\n\
        \n\
        Rimouski agrandit son parc de vélos en libre-service pour l'été\n\
        \n\
        La Ville ajoutera douze stations et cent vélos électriques d'ici la fin du mois de juin.\n\
        \n\
        [3][IMG] Une station de vélos devant l'hôtel de ville de Rimouski.\n\
        Photo : Radio-Nord / Julie Gagnon\n\
        \n\
        [4]Marc Tremblay (Accéder à la page de l'auteur)\n\
        Marc Tremblay\n\
        Publié le 3 mai 2024 à 9 h 05 HAE\n\
        \n\
        La Ville de Rimouski a annoncé vendredi l'ajout de douze stations de vélos en libre-service dans les quartiers de l'est et du centre-ville.\n\
        \n\
        Les nouveaux vélos électriques seront offerts au même tarif que les vélos ordinaires pendant tout l'été, a précisé la conseillère responsable.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Rimouski agrandit son parc de vélos en libre-service pour l'été")
    );
    // HAE: heure avancée de l'Est, UTC-4.
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-05-03T09:05:00-04:00")
    );
    assert_eq!(a.language, Some(newsparse::Language::French));
    assert_eq!(kind_at(&a, 6), Some(BoilerplateKind::Standfirst));
    assert_eq!(kind_at(&a, 8), Some(BoilerplateKind::Caption));
    assert_eq!(lines_of(&a), [15, 17]);
}

/// A Saudi daily: the masthead's stamp and the article's stamp have the
/// same shape (weekday, Hijri date, Gregorian date in Arabic-Indic
/// digits); the one by the headline is the article's.
#[test]
fn masthead_stamp_and_article_stamp_of_the_same_shape() {
    let page = "جريدة المدينة\n\
        الخميس ٤ رمضان ١٤٤٥هـ - ١٤ مارس ٢٠٢٤م\n\
        الرئيسية\n\
        محليات\n\
        اقتصاد\n\
        رياضة\n\
        \n\
        بلدية جدة تفتح ثلاث حدائق جديدة للعائلات في الأحياء الشمالية\n\
        جدة - سعد الغامدي\n\
        الأربعاء ٣ رمضان ١٤٤٥هـ - ١٣ مارس ٢٠٢٤م\n\
        \n\
        افتتحت بلدية جدة ثلاث حدائق جديدة في الأحياء الشمالية، تضم ممرات للمشي وملاعب للأطفال ومساحات خضراء واسعة.\n\
        وأوضحت البلدية أن الحدائق ستفتح أبوابها يوميا حتى منتصف الليل طوال شهر رمضان.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("بلدية جدة تفتح ثلاث حدائق جديدة للعائلات في الأحياء الشمالية")
    );
    assert_eq!(a.byline.as_ref().map(|b| b.line), Some(10));
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-03-13")
    );
    assert_eq!(lines_of(&a), [12, 13]);
}

/// A short headline in sentence case over a longer standfirst; a kicker
/// over a headline below a date line, with the lead and the writer after
/// them; an author box closing a Nigerian story.
#[test]
fn short_headline_kicker_below_the_date_and_author_box() {
    let page = "Деловой вестник\n\
        \n\
        Кофе подорожал снова\n\
        \n\
        Обжарщики повысили оптовые цены третий раз за год из-за дорогого сырья\n\
        \n\
        Оптовые цены на обжаренный кофе в мае выросли в среднем на 8%, сообщили участники рынка.\n\
        \n\
        Импортеры объясняют рост подорожанием зеленого зерна на биржах и расходами на логистику.\n";
    let a = parse(page).unwrap();
    assert_eq!(a.title.as_deref(), Some("Кофе подорожал снова"));

    let page = "   [1]Diario Sur\n\
        \n\
           14 de marzo de 2024 - 10:20\n\
        \n\
           Un barrio entero espera desde hace meses\n\
        \n\
        El municipio abre dos nuevos centros de salud en los barrios del oeste\n\
        \n\
           La obra demandó un año y medio. Vecinos y médicos piden más personal.\n\
        \n\
           Por [2]Laura Méndez\n\
        \n\
           Los centros atenderán de lunes a sábado y sumarán guardias de pediatría por la tarde, según anunció la secretaría de salud.\n\
        \n\
           Los vecinos reclamaban desde hace años un centro de atención primaria más cercano a sus casas.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("El municipio abre dos nuevos centros de salud en los barrios del oeste")
    );

    let page = "Lagos Daily\n\
        \n\
        Bus fares rise in Lagos as fuel price climbs again\n\
        \n\
        15th June 2024\n\
        \n\
        Commuters in Lagos paid more for bus rides on Friday as transport operators passed on the latest rise in the pump price of petrol.\n\
        \n\
        Several drivers at the Ojota and Oshodi parks said they had no choice, since they now spend twice as much on fuel as they did last year.\n\
        \n\
        Adaeze Nwosu\n\
        Adaeze is a reporter with Lagos Daily who covers transport, energy and city life in Lagos State.\n\
        \n\
        Latest News\n";
    let a = parse(page).unwrap();
    assert_eq!(lines_of(&a), [7, 9]);
    assert_eq!(kind_at(&a, 11), Some(BoilerplateKind::Credit));
    assert_eq!(kind_at(&a, 12), Some(BoilerplateKind::Credit));
}

/// A tag page: each headline has its teaser and then its date stamp.
#[test]
fn tag_page_with_teasers_above_the_dates_is_no_article() {
    let mut page = String::from("Nieuwsblad\nTag: Fietsen\n\n");
    for (i, (title, teaser)) in [
        ("Gemeente legt tien kilometer nieuw fietspad aan", "Het pad langs het kanaal moet voor de zomer klaar zijn. De werkzaamheden beginnen in maart."),
        ("Fietsenstalling bij station bijna altijd vol", "Reizigers klagen over het gebrek aan plekken. De gemeente onderzoekt een tweede stalling."),
        ("Meer ongelukken met elektrische fietsen", "Vooral oudere fietsers raken gewond bij valpartijen. Artsen roepen op tot voorzichtigheid."),
        ("Nieuwe fietsbrug over de rivier geopend", "De brug verkort de route naar het centrum met een kwartier. Honderden fietsers reden mee."),
        ("Scholieren fietsen veiliger door nieuwe oversteek", "Ouders zijn blij met de verkeerslichten bij de school. Het kruispunt gold als gevaarlijk."),
    ]
    .iter()
    .enumerate()
    {
        page.push_str(&format!("{title}\n{teaser}\n1{i}-10-2024, 14:35 · Regio\n\n"));
    }
    page.push_str("Meer laden\n");
    assert_eq!(
        parse(&page).err(),
        Some(newsparse::ParseError::NotAnArticle)
    );
}

/// A Chinese portal's share row after the app's name; a Taiwanese caption
/// closing with the photographer's credit; a Greek page.
#[test]
fn app_share_row_photographer_credit_and_greek() {
    let page = "株洲新闻网\n\
        株洲新增5座公共停车场 缓解老城区停车难\n\
        来源：株洲新闻网 作者：王芳 2024-09-02 09:30:00\n\
        本地新闻 打开APP 分享到： 微信 微博 字号：大 中 小\n\
        株洲新闻网9月2日讯 为缓解老城区停车难问题，市城管局近日在芦淞区和荷塘区新建5座公共停车场，共提供车位800余个。\n\
        新建停车场均采用智能收费系统，市民可通过手机小程序查询空余车位并在线缴费。\n\
        本文为株洲新闻网原创文章，转载请注明出处。\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("株洲新增5座公共停车场 缓解老城区停车难")
    );
    assert_eq!(a.share.as_ref().map(|s| s.lines.clone()), Some(vec![4]));
    assert_eq!(lines_of(&a), [5, 6]);
    assert_eq!(kind_at(&a, 7), Some(BoilerplateKind::Copyright));

    let page = "台南市新設三處親子公園 週末開放\n\
        2024/07/20 10:15\n\
        \n\
        台南市政府今天宣布，三處新建的親子公園將於本週末正式開放，園內設有遊戲場與遮陽步道。\n\
        \n\
        公園入口設有無障礙坡道，方便推嬰兒車的家長進出。（記者陳小明攝）\n\
        \n\
        市府表示，未來兩年還將在其他行政區增設五處類似的公園。\n";
    let a = parse(page).unwrap();
    assert_eq!(kind_at(&a, 6), Some(BoilerplateKind::Caption));
    assert_eq!(lines_of(&a), [4, 8]);

    let page = "Νέα πλατεία στο κέντρο της Πάτρας\n\
        \n\
        05.06.2024 • 10:20\n\
        \n\
        Ο δήμος ολοκλήρωσε την ανάπλαση της πλατείας, με νέα παγκάκια, δέντρα και φωτισμό.\n\
        \n\
        Οι κάτοικοι της περιοχής χαιρέτισαν την παρέμβαση, ζητώντας όμως περισσότερες θέσεις στάθμευσης.\n";
    let a = parse(page).unwrap();
    assert_eq!(a.language, Some(newsparse::Language::Greek));
    assert_eq!(lines_of(&a), [5, 7]);
}

/// An Iranian daily: a breadcrumb trail, the story number and date, a
/// kicker naming who spoke, the headline, a lead, then the share row.
#[test]
fn persian_kicker_under_the_date_and_a_trail() {
    let page = "روزنامه شهر\n\
        صفحه نخست\n\
        اقتصادی\n\
        شهری\n\
        \n\
        روزنامه شهر › شهری › محیط زیست\n\
        \n\
        ۱۰ آذر ۱۴۰۲ - ۱۱:۲۰\n\
        معاون شهردار خبر داد\n\
        \n\
        کاشت ده هزار درخت در بوستان‌های جنوب شهر تا پایان زمستان\n\
        \n\
        طرح توسعه فضای سبز در مناطق جنوبی شهر از هفته آینده آغاز می‌شود و تا پایان زمستان ادامه خواهد داشت.\n\
        \n\
        اشتراک‌گذاری\n\
        نسخه چاپی\n\
        \n\
        به گزارش روزنامه شهر، معاون خدمات شهری گفت درختان در ده بوستان محله‌ای کاشته می‌شوند و آبیاری آنها با سامانه قطره‌ای انجام خواهد شد.\n\
        \n\
        او افزود که شهروندان می‌توانند از طریق سامانه شهرداری برای کاشت درخت به نام خود ثبت‌نام کنند.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("کاشت ده هزار درخت در بوستان‌های جنوب شهر تا پایان زمستان")
    );
    assert_eq!(kind_at(&a, 13), Some(BoilerplateKind::Standfirst));
    assert_eq!(lines_of(&a), [18, 20]);
}

/// A read-also teaser glued to its label by the page's markup (`À lire
/// aussiMali: ...`) between two paragraphs.
#[test]
fn teaser_glued_to_its_label() {
    let page = "Le port de pêche de Joal inaugure son nouveau quai\n\
        \n\
        Publié le : 15/10/2024 - 11:20\n\
        \n\
        Les pêcheurs de Joal disposent depuis lundi d'un quai couvert, avec une fabrique de glace et des chambres froides.\n\
        \n\
        À lire aussiMali: les éleveurs face à la sécheresse dans le centre du pays\n\
        \n\
        Le projet a coûté près de trois milliards de francs CFA, selon le ministère, qui prévoit d'équiper deux autres ports.\n";
    let a = parse(page).unwrap();
    assert_eq!(kind_at(&a, 7), Some(BoilerplateKind::Related));
    assert_eq!(lines_of(&a), [5, 9]);
}

/// A Common Crawl WET record with its header kept: the record's fields
/// are set aside (its date is the crawl's, its id no title), and the
/// page's address names the publisher, whose zone gives the offset.
#[test]
fn web_archive_record_header() {
    let page = "WARC/1.0\n\
        WARC-Type: conversion\n\
        WARC-Target-URI: https://gate.ahram.org.eg/News/4411207.aspx\n\
        WARC-Date: 2024-05-12T03:10:44Z\n\
        WARC-Record-ID: <urn:uuid:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d>\n\
        WARC-Refers-To: <urn:uuid:11112222-3333-4444-5555-666677778888>\n\
        WARC-Block-Digest: sha1:ABCDEFGHIJKLMNOPQRSTUVWXYZ234567\n\
        Content-Type: text/plain\n\
        Content-Length: 1480\n\
        \n\
        افتتاح جسر المشاة الجديد فوق ترعة المحمودية\n\
        الرئيسية محافظات اقتصاد رياضة ثقافة\n\
        افتتاح جسر المشاة الجديد فوق ترعة المحمودية\n\
        11-5-2024 | 16:20\n\
        افتتح محافظ الإسكندرية صباح السبت جسرا جديدا للمشاة فوق ترعة المحمودية يربط حي غرب بمنطقة المصانع، بعد أشهر من الأعمال التي أغلقت جزءا من الطريق المجاور.\n\
        وقال رئيس الحي إن الجسر سيخدم آلاف العمال الذين كانوا يعبرون الطريق السريع يوميا للوصول إلى أعمالهم، وإنه مزود بمصاعد لكبار السن.\n\
        وأضاف أن أعمال تجميل ضفتي الترعة ستستكمل خلال الشهرين المقبلين.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("افتتاح جسر المشاة الجديد فوق ترعة المحمودية")
    );
    assert_eq!(a.title_line, Some(13));
    assert_eq!(a.source.as_ref().map(|s| &*s.id), Some("al-ahram"));
    // Cairo's summer time, from the publisher's zone; not the crawl date.
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-05-11T16:20:00+03:00")
    );
    assert_eq!(lines_of(&a), [15, 16, 17]);
    for line in 1..=9 {
        assert_eq!(
            kind_at(&a, line),
            Some(BoilerplateKind::RecordHeader),
            "line {line}"
        );
    }
}

/// A text browser's dump of a regional paper: a kicker over the headline
/// over a two-sentence standfirst; the writer's link and a row of
/// article tools (listen, share, comments) under the date; the photo's
/// link text repeated by its caption; a paywall prompt, a read-also
/// teaser with its link number, and an error-report notice.
#[test]
fn lynx_kicker_tools_row_and_repeated_image_text() {
    let page = "   [1]Aller au contenu\n\
        \n\
        \x20  Vallée de Joux\n\
        \n\
        \x20     Le Sentier: la patinoire couverte rouvrira en décembre après un an de chantier\n\
        \n\
        \x20  La toiture a été entièrement refaite. Les clubs de hockey et de curling retrouveront leurs horaires habituels dès la mi-décembre.\n\
        \n\
        \x20  [14]Margaux Pellet\n\
        \x20  Publié: 03.10.2024, 09h15\n\
        \x20  [15]Écouter [16]Partager [17]Commentaires\n\
        \n\
        \x20  [18]Des ouvriers posent les derniers panneaux de la nouvelle toiture.\n\
        \x20  Des ouvriers posent les derniers panneaux de la nouvelle toiture. | Photo: Luc Vernier\n\
        \x20  Abonnez-vous maintenant et profitez de tous nos articles sans limite.\n\
        \n\
        \x20  La patinoire du Sentier, fermée depuis l'automne dernier, rouvrira ses portes le 14 décembre, a annoncé jeudi la commune. Les travaux ont coûté près de quatre millions de francs.\n\
        \x20  Lire aussi: [19]La commune vote le crédit pour la patinoire\n\
        \x20  Selon le syndic, la nouvelle toiture réduira de moitié la consommation d'énergie du bâtiment, grâce à des panneaux isolants et à une récupération de la chaleur des machines.\n\
        \n\
        \x20  Vous avez trouvé une erreur? [20]Merci de nous la signaler.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Le Sentier: la patinoire couverte rouvrira en décembre après un an de chantier")
    );
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-10-03T09:15:00")
    );
    assert_eq!(lines_of(&a), [17, 19]);
    let share = a.share.as_ref().expect("the tools row");
    assert!(share.comments);
    assert!(share.lines.contains(&11));
    assert_eq!(kind_at(&a, 13), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 14), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 15), Some(BoilerplateKind::Newsletter));
    assert_eq!(kind_at(&a, 18), Some(BoilerplateKind::Related));
    assert_eq!(kind_at(&a, 21), Some(BoilerplateKind::Other));
}

/// A browser's select-all of a page without blank lines: headline,
/// standfirst, caption, date, then the writer's bare name above the body;
/// a related box inside the body, then an intertitle; a newsletter's
/// pitch under its heading; a reading time.
#[test]
fn dense_page_writer_below_date_and_intertitle_after_box() {
    let page = "Regional News\n\
        Sport\n\
        Business\n\
        Harbour ferry timetable extended into the winter months\n\
        The operator says a second boat will run at weekends until the end of February\n\
        The ferry leaves the east pier on a calm morning. Picture: Dara Quinn\n\
        Tue, 08 Oct, 2024 - 07:30\n\
        Niamh Costigan\n\
        Reading time: 3 min\n\
        The harbour ferry will keep running through the winter for the first time, after the operator agreed a new contract with the county council on Monday.\n\
        Until now the service stopped at the end of September, leaving commuters on the east side with a forty-minute drive around the estuary.\n\
        More in this section\n\
        New cycle lane planned for the quays\n\
        Fares rise\n\
        A weekday boat every half hour at peak times is the main change, with the last crossing leaving at half past seven in the evening.\n\
        Newsletter\n\
        Get the week's local stories in your inbox every Friday morning with our free newsletter, written by the newsroom.\n\
        The council said it would review passenger numbers in March.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Harbour ferry timetable extended into the winter months")
    );
    assert_eq!(lines_of(&a), [10, 11, 14, 15, 18]);
    assert_eq!(kind_at(&a, 6), Some(BoilerplateKind::Caption));
    // The writer's name is furniture, not the title.
    assert!(kind_at(&a, 8).is_some());
    assert_eq!(kind_at(&a, 12), Some(BoilerplateKind::Related));
    assert_eq!(kind_at(&a, 17), Some(BoilerplateKind::Newsletter));
}

/// A role line behind a link number is the writer's, never the title;
/// a list's lead after a read-also box is body, with its items.
#[test]
fn linked_role_line_and_list_after_a_box() {
    let page = "   [1]Skip to main content\n\
        \n\
        \x20    Night buses to run on four new routes from November\n\
        \n\
        \x20  [20]Special Correspondent\n\
        \x20  Published - October 02, 2024 08:10 pm IST - PUNE\n\
        \x20  [21]READ LATER [22]PRINT [23]Share\n\
        \n\
        \x20  The city transport body will add night buses on four routes from November 1, its chairman said on Wednesday, after a survey of shift workers and students.\n\
        \n\
        \x20  Also Read | [24]Bus depot to move out of the old market\n\
        \n\
        \x20  The new routes are:\n\
        \x20    * Swargate to the airport, every forty minutes;\n\
        \x20    * Hadapsar to Hinjewadi, every hour;\n\
        \x20    * Katraj to the railway station, every half hour.\n\
        \x20  Tickets will cost the same as on day services, and monthly passes will be valid on the new buses.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Night buses to run on four new routes from November")
    );
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-10-02T20:10:00+05:30")
    );
    assert_eq!(kind_at(&a, 5), Some(BoilerplateKind::Credit));
    assert_eq!(kind_at(&a, 11), Some(BoilerplateKind::Related));
    assert_eq!(lines_of(&a), [9, 13, 14, 15, 16, 17]);
    assert!(a
        .share
        .as_ref()
        .is_some_and(|s| s.platforms.contains(&newsparse::SharePlatform::Print)));
}

/// Vietnamese is told from the other Latin languages by its marked
/// letters; a caption closes with `Ảnh:` and the photographer.
#[test]
fn vietnamese_page_and_photo_label() {
    let page = "Thời sự\n\
        Thứ năm, 10/10/2024, 08:30 (GMT+7)\n\
        Đà Nẵng mở thêm hai tuyến xe buýt ra sân bay\n\
        Từ tháng sau, người dân thành phố có thể đi xe buýt từ trung tâm ra sân bay với giá vé thấp hơn nhiều so với taxi.\n\
        Xe buýt chờ khách tại bến trung tâm, sáng 9/10. Ảnh: Minh Tâm\n\
        Theo sở giao thông, mỗi tuyến sẽ có mười hai chuyến mỗi ngày, chạy từ năm giờ sáng đến mười giờ tối, và xe đều có chỗ cho hành lý lớn.\n";
    let a = parse(page).unwrap();
    assert_eq!(a.language.map(|l| l.code()), Some("vi"));
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-10-10T08:30:00+07:00")
    );
    assert_eq!(kind_at(&a, 5), Some(BoilerplateKind::Caption));
    assert!(lines_of(&a).contains(&6));
}

/// A US station's lynx dump: the zone name `EST` after a clock with
/// dotted `a.m.`; an image placeholder opening the caption's line.
#[test]
fn us_station_est_and_image_placeholder() {
    let page = "   [1]Skip to content\n\
        \x20  [2]KXYZ News\n\
        \n\
        \x20    * [3]News\n\
        \x20    * [4]Weather\n\
        \n\
        Library board picks site for a second branch on the east side\n\
        \n\
        \x20  By [5]Morgan Hale, KXYZ reporter\n\
        \x20  Posted March 5, 2024 7:48 a.m. EST\n\
        \x20  Updated March 5, 2024 4:10 p.m. EST\n\
        \n\
        \x20  [IMG] An empty lot on Fairview Road where the new branch would be built. (KXYZ file photo)\n\
        \n\
        \x20  The county library board voted Monday night to build its second branch on a vacant lot on Fairview Road, ending a two-year search for a site on the east side.\n\
        \x20  Board members said the branch could open in 2026 if the county approves the budget request this spring.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Library board picks site for a second branch on the east side")
    );
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-03-05T07:48:00-05:00")
    );
    assert_eq!(kind_at(&a, 13), Some(BoilerplateKind::Caption));
    assert_eq!(lines_of(&a), [15, 16]);
}

/// Zone names that are also words count only in capitals: `ist` in a
/// German sentence and `est` in a French one give no offset.
#[test]
fn zone_words_in_lowercase_are_words() {
    for (line, published) in [
        ("Der Markt am 12. März 2024 ist geöffnet", "2024-03-12"),
        ("Le marché du 12 mars 2024 est ouvert", "2024-03-12"),
        ("12 March 2024 10:15 IST", "2024-03-12T10:15:00+05:30"),
    ] {
        let page = format!(
            "A market day\n\n{line}\n\nThe weekly market returned to the square on Tuesday with more stalls than last year and longer opening hours.\n"
        );
        let a = parse(&page).unwrap();
        assert_eq!(
            a.published.map(|p| p.to_string()).as_deref(),
            Some(published),
            "{line}"
        );
    }
}

/// A crawl's text record: the page `<title>` with the site's name first,
/// a short flattened menu, a topic label, the date with its update, a
/// caption with its credit glued to the full stop, a widget's `Loading`.
#[test]
fn crawl_record_title_tag_and_glued_credit() {
    let page = "Ferry terminal upgrade delayed until winter - Coast News\n\
        Skip to main content\n\
        Open main navigation menu\n\
        Just In For You Local World Business Sport Science Health Arts Analysis Weather\n\
        Ferry terminal upgrade delayed until winter\n\
        Coast News\n\
        Topic:Transport\n\
        Posted Tue 9 Apr 2024 at 5:10pm, updated Wed 10 Apr 2024 at 9:00am\n\
        Work crews at the ferry terminal car park last month.(Coast News: Ruby Lane)\n\
        Upgrades to the ferry terminal will not be finished before winter, the port authority said on Tuesday, after delays in the delivery of new gangways.\n\
        The authority said the terminal would stay open during the works, with passengers boarding from a temporary ramp at the northern berth.\n\
        Loading\n\
        Commuter groups said they were disappointed but glad the service would not be interrupted.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Ferry terminal upgrade delayed until winter")
    );
    assert_eq!(a.title_line, Some(5));
    assert_eq!(kind_at(&a, 4), Some(BoilerplateKind::Navigation));
    assert_eq!(kind_at(&a, 7), Some(BoilerplateKind::Tags));
    assert_eq!(kind_at(&a, 9), Some(BoilerplateKind::Caption));
    assert_eq!(lines_of(&a), [10, 11, 13]);
}

/// Arabic site layouts: the writer's city and name under a headline and
/// its standfirst; a state agency's credit closing a caption; the
/// masthead's name with a place under the headline; a caption under a
/// bare image placeholder; an intertitle after a read-also line, before
/// a list's lead.
#[test]
fn arabic_writer_lines_agency_captions_and_list_lead() {
    let page = "الخليج اليوم\n\
        الرئيسية\n\
        محليات\n\
        افتتاح أول سوق للمزارعين في مدينة العين\n\
        السوق يفتح أبوابه كل جمعة ويضم أكثر من خمسين منتجا محليا من مزارع المنطقة الشرقية\n\
        العين: سالم راشد الكعبي\n\
        نُشر: 10:30-12 أبريل 2024 م\n\
        آخر تحديث: 18:45-12 أبريل 2024 م\n\
        مزارعون يعرضون منتجاتهم في السوق الجديد (وام)\n\
        افتتحت البلدية صباح الجمعة أول سوق أسبوعي للمزارعين في مدينة العين، بمشاركة أكثر من خمسين مزارعا يعرضون الخضراوات والتمور والعسل.\n\
        وقال مدير إدارة الأسواق إن السوق سيفتح كل جمعة من السابعة صباحا حتى الظهر.\n\
        \n\
        اقرأ أيضاً: البلدية تطلق تطبيقا لحجز المواقف\n\
        \n\
        كيف تحجز منصة؟\n\
        \n\
        وأوضح أن المزارعين يمكنهم حجز منصة عبر موقع البلدية، ضمن شروط أبرزها:\n\
        \x20 * أن يكون المزارع مسجلا لدى البلدية.\n\
        \x20 * أن تكون المنتجات من إنتاج مزرعته.\n\
        وأضاف أن الرسوم ستبقى رمزية خلال الأشهر الثلاثة الأولى، على أن تراجع البلدية التجربة مع المزارعين في نهاية الصيف.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("افتتاح أول سوق للمزارعين في مدينة العين")
    );
    // The publication time, not the update's.
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-04-12T10:30:00")
    );
    assert_eq!(kind_at(&a, 9), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 13), Some(BoilerplateKind::Related));
    assert_eq!(lines_of(&a), [10, 11, 15, 17, 18, 19, 20]);
}

/// Taiwan's agency: an editor's credit and story code close the last
/// paragraph, which is still body; traditional-character sidebar
/// headings set their items aside.
#[test]
fn traditional_chinese_sidebars_and_editor_credit() {
    let page = "中央社\n\
        首頁\n\
        地方\n\
        新竹試辦假日公車專用道 為期三個月\n\
        2024/6/3 15:20\n\
        （中央社記者王明華新竹3日電）新竹市政府今天宣布，光復路部分路段將自7月起在週末試辦公車專用道，希望改善假日塞車問題。\n\
        市府交通處表示，試辦期間將在路口設置告示，並派員在現場引導車流。\n\
        市府指出，試辦結束後將評估車流與乘客人數，再決定是否延長。（編輯：李佳玲）1130603\n\
        延伸閱讀\n\
        新竹市公車路線調整 明年上路\n\
        竹北假日停車位不足 縣府研擬增設\n\
        熱門新聞\n\
        台中捷運延伸線 環評過關\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("新竹試辦假日公車專用道 為期三個月")
    );
    assert_eq!(lines_of(&a), [6, 7, 8]);
    assert_eq!(kind_at(&a, 9), Some(BoilerplateKind::Related));
    assert_eq!(kind_at(&a, 12), Some(BoilerplateKind::MostRead));
}

/// A Korean regional paper: a subtitle shorter than its headline (Hangul
/// counts double), the input and edit times on one line, a caption
/// closing with the paper's archive credit.
#[test]
fn korean_subtitle_and_archive_caption() {
    let page = "부산일보\n\
        뉴스\n\
        사회\n\
        광안리 해변 산책로 야간 조명 교체…올가을부터 밝아진다\n\
        수영구, 가로등 120개 교체·보행로 폭도 넓혀\n\
        입력 : 2024-09-02 10:05:12 수정 : 2024-09-02 16:40:03\n\
        지난해 가을 광안리 해변 산책로 모습. 부산일보DB\n\
        부산 수영구가 광안리 해변 산책로의 야간 조명을 모두 교체한다. 구는 올가을까지 가로등 120개를 고효율 조명으로 바꾸고 보행로 폭도 넓힐 계획이라고 2일 밝혔다.\n\
        구 관계자는 밤에도 안전하게 산책할 수 있도록 어두운 구간을 먼저 정비하겠다고 말했다.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("광안리 해변 산책로 야간 조명 교체…올가을부터 밝아진다")
    );
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-09-02T10:05:12")
    );
    // The subtitle is header furniture, not body.
    assert!(kind_at(&a, 5).is_some());
    assert_eq!(kind_at(&a, 7), Some(BoilerplateKind::Caption));
    assert_eq!(lines_of(&a), [8, 9]);
}

/// A mainland portal: the outlet's reporter line under the headline and
/// a caption closing with the photographer and `图`; the writer's name
/// before the city on an Arabic paper (`name - city`).
#[test]
fn han_reporter_line_caption_and_name_before_city() {
    let page = "首页\n\
        要闻\n\
        宁波鄞州区新增三处口袋公园 周末起对外开放\n\
        潮新闻记者 陈晓燕\n\
        2024-05-20 09:30 来源：潮新闻\n\
        鄞州区一处新建的口袋公园里，居民正在散步。潮新闻记者 陈晓燕 图\n\
        记者从鄞州区住建局获悉，区内新建的三处口袋公园将于本周六起对外开放，公园内设有儿童游乐区、健身步道和休息座椅。\n\
        住建局相关负责人表示，今年还将利用街角空地再建五处口袋公园，方便居民就近休闲。\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("宁波鄞州区新增三处口袋公园 周末起对外开放")
    );
    assert_eq!(kind_at(&a, 4), Some(BoilerplateKind::Credit));
    assert_eq!(kind_at(&a, 6), Some(BoilerplateKind::Caption));
    assert_eq!(lines_of(&a), [7, 8]);

    let page = "صحيفة المدينة\n\
        الرئيسية\n\
        محليات\n\
        بلدية الدمام تفتتح حديقة جديدة في حي الشاطئ\n\
        فهد عبدالله الزهراني - الدمام\n\
        الأحد ١٢ مايو ٢٠٢٤ - ٠٨:٣٠ ص\n\
        افتتحت بلدية الدمام صباح أمس حديقة جديدة في حي الشاطئ على مساحة ١٥ ألف متر مربع، تضم ممرات للمشي وملاعب للأطفال.\n\
        وقال رئيس البلدية إن الحديقة ستفتح أبوابها يوميا حتى منتصف الليل خلال فصل الصيف.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("بلدية الدمام تفتتح حديقة جديدة في حي الشاطئ")
    );
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-05-12T08:30:00")
    );
    assert_eq!(lines_of(&a), [7, 8]);
}

/// An agency's lynx dump: a one-link line between two paragraphs is a
/// teaser for another story.
#[test]
fn one_link_line_between_paragraphs_is_a_teaser() {
    let page = "   [1]Главное\n\
        \n\
        В Самаре отремонтируют набережную к лету\n\
        \n\
        \x20  11:20 12.03.2024\n\
        \n\
        \x20  САМАРА, 12 мар. Власти Самары отремонтируют центральную часть набережной до начала летнего сезона, сообщили в мэрии во вторник.\n\
        \x20  [14]В Тольятти откроют новый парк у Волги\n\
        \x20  По словам чиновников, на набережной заменят покрытие, установят новые скамейки и фонари, а также отремонтируют спуски к воде.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("В Самаре отремонтируют набережную к лету")
    );
    assert_eq!(lines_of(&a), [7, 9]);
    assert_eq!(kind_at(&a, 8), Some(BoilerplateKind::Related));
}

/// A WET record's crawl time (`WARC-Date`) is the reference a relative
/// date counts back from when the caller gives none; the caller's own
/// reference wins.
#[test]
fn web_archive_record_time_dates_relative_bylines() {
    let page = "WARC/1.0\n\
        WARC-Type: conversion\n\
        WARC-Target-URI: https://news.example.org/story/8841\n\
        WARC-Date: 2024-03-10T12:00:00Z\n\
        Content-Length: 640\n\
        \n\
        Storm closes the coast road for a day\n\
        posted 3 hours ago\n\
        The coast road was closed on Sunday morning after waves threw stones and sand across both lanes near the harbour.\n\
        Crews expected to reopen it by the evening once the tide turned.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Storm closes the coast road for a day")
    );
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-03-10T09:00:00+00:00")
    );
    let now = chrono::DateTime::parse_from_rfc3339("2024-03-11T12:00:00+00:00").unwrap();
    let parser = newsparse::Parser::new(newsparse::ParseOptions::default().reference_time(now));
    let a = parser.parse(page).unwrap();
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-03-11T09:00:00+00:00")
    );
}

/// A crawl's text record with a cookie notice whose buttons are glued to
/// its line; the page `<title>` with the site's suffix over a breaking
/// ticker; an update line printed above the publication line.
#[test]
fn glued_consent_notice_and_update_above_publication() {
    let page = "Ferry to the islands adds a winter service - City News\n\
        We use cookies to improve your experience and to show you relevant content. See our cookie policy for details. Cookie settings Accept all\n\
        City News Home Local Business Sport Weather\n\
        BREAKING\n\
        09:12 Road works close the ring road overnight\n\
        Ferry to the islands adds a winter service\n\
        Updated - October 3, 2024 07:40 pm IST\n\
        Published - October 3, 2024 11:05 am IST\n\
        The ferry company will run a daily winter service to the islands for the first time this year, it said on Thursday, after a rise in the number of residents who commute to the mainland.\n\
        The service will leave the harbour at seven in the morning and return at six in the evening from November to March.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Ferry to the islands adds a winter service")
    );
    assert_eq!(kind_at(&a, 2), Some(BoilerplateKind::Cookies));
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-10-03T11:05:00+05:30")
    );
    assert_eq!(lines_of(&a), [9, 10]);
}

/// A gallery's numbered captions between paragraphs; an intertitle right
/// after a one-line read-also teaser; an editor's note and a newsletter
/// prompt at the end.
#[test]
fn numbered_gallery_captions_teaser_intertitle_and_notes() {
    let page = "محافظات\n\
        افتتاح سوق للمنتجات الريفية في الفيوم.. صور\n\
        الأحد، 10 مارس 2024 11:40 ص\n\
        الفيوم - أحمد سعيد\n\
        افتتحت محافظة الفيوم، صباح اليوم الأحد، سوقا أسبوعية للمنتجات الريفية بمشاركة 60 عارضا من قرى المحافظة، وتستمر السوق كل يوم جمعة بالقرب من مجمع المواقف.\n\
        وتضم السوق أجنحة للألبان والعسل والخضراوات والطيور، إلى جانب ركن للمشغولات اليدوية التي تصنعها سيدات القرى، بحسب بيان المحافظة.\n\
        السوق من الداخل (1)\n\
        منتجات الألبان (2)\n\
        وقال رئيس المدينة إن السوق تهدف إلى مساعدة الأسر المنتجة على بيع منتجاتها مباشرة للمستهلكين دون وسطاء، وبأسعار أقل من أسعار المحلات.\n\
        اقرأ أيضًا: رفع كفاءة مواقف الأتوبيسات في مدينة الفيوم\n\
        مواعيد العمل\n\
        وأوضح أن السوق تفتح أبوابها من السابعة صباحا حتى الثانية ظهرا، وأن المحافظة ستوفر مظلات للعارضين خلال أشهر الصيف.\n\
        تنويه: ورد في نسخة سابقة أن عدد العارضين 50، والصحيح 60.\n\
        Sign up for Fayoum Daily, our free newsletter with the stories of the week.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("افتتاح سوق للمنتجات الريفية في الفيوم.. صور")
    );
    assert_eq!(kind_at(&a, 7), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 8), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 10), Some(BoilerplateKind::Related));
    assert_eq!(kind_at(&a, 13), Some(BoilerplateKind::Other));
    assert_eq!(kind_at(&a, 14), Some(BoilerplateKind::Newsletter));
    assert_eq!(lines_of(&a), [5, 6, 9, 11, 12]);
}

/// An Urdu page: Urdu month and weekday names, the header's crawl stamp,
/// and sentences closing with the Urdu full stop `۔`.
#[test]
fn urdu_dates_and_full_stop() {
    let page = "بدھ 10 جنوری 2024\n\
        روزنامہ\n\
        تازہ ترین\n\
        کراچی: ساحل سمندر پر نئی سیر گاہ عوام کے لیے کھول دی گئی\n\
        09 جنوری ، 2024\n\
        کراچی میں ساحل سمندر پر نئی سیر گاہ منگل کے روز عوام کے لیے کھول دی گئی جہاں بچوں کے کھیلنے کی جگہ اور بیٹھنے کے لیے بینچ بنائے گئے ہیں۔\n\
        بلدیہ کے حکام کے مطابق سیر گاہ روزانہ صبح چھ بجے سے رات گیارہ بجے تک کھلی رہے گی۔\n\
        شہریوں نے نئی سیر گاہ کو خوش آئند قرار دیا۔\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("کراچی: ساحل سمندر پر نئی سیر گاہ عوام کے لیے کھول دی گئی")
    );
    assert_eq!(a.language.map(|l| l.code()), Some("ur"));
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2024-01-09")
    );
    assert_eq!(lines_of(&a), [6, 7, 8]);
}

/// A live report: update stamps between the entries, West Africa Time,
/// a poll inside the body and a `©` line naming the publisher.
#[test]
fn live_updates_poll_and_copyright_line() {
    let page = "Rain floods roads across the state capital\n\
        August 14, 2023 9:12 am WAT\n\
        Updated 15:20\n\
        Emergency teams reopened two of the flooded roads in the afternoon after the water level dropped, officials said.\n\
        Updated 11:05\n\
        Heavy rain that began overnight flooded several roads in the state capital on Monday morning, leaving commuters stranded for hours.\n\
        POLL\n\
        Should the state build more drainage channels?\n\
        ( ) Yes\n\
        ( ) No\n\
        Vote\n\
        Residents of low-lying areas said they had moved their cars to higher ground before dawn after warnings from the weather agency.\n\
        Daily Courier © Courier Media Ltd\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2023-08-14T09:12:00+01:00")
    );
    assert_eq!(lines_of(&a), [4, 6, 12]);
    assert_eq!(kind_at(&a, 3), Some(BoilerplateKind::Other));
    assert_eq!(kind_at(&a, 7), Some(BoilerplateKind::Poll));
    assert_eq!(kind_at(&a, 9), Some(BoilerplateKind::Poll));
    assert_eq!(kind_at(&a, 13), Some(BoilerplateKind::Copyright));
}

/// An opinion page's footnotes, cited in the body, are no body; the
/// headline keeps no site name printed after it.
#[test]
fn footnotes_and_site_name_after_the_title() {
    let page = "Why the night bus needs a timetable | CITYPAPER.CA\n\
        Opinion\n\
        5 March 2024\n\
        The night bus carried twice as many riders last winter as the year before (1), yet it still has no published timetable.\n\
        Riders wait at stops without knowing whether the next bus will come in ten minutes or in forty (2), and many give up and call a taxi instead.\n\
        A printed timetable would cost the city almost nothing and would make the service usable for the people who depend on it most.\n\
        (1) Figures from the transit authority's annual report.\n\
        (2) Based on a rider survey carried out in January.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Why the night bus needs a timetable")
    );
    assert_eq!(lines_of(&a), [4, 5, 6]);
    assert_eq!(kind_at(&a, 7), Some(BoilerplateKind::Other));
    assert_eq!(kind_at(&a, 8), Some(BoilerplateKind::Other));
}

/// Malaysian Chinese press: a one-sentence caption over a story that
/// opens with its bracketed dateline; a linked writer's name, a name and
/// a city after a bar, and a place with the masthead's name are no
/// title.
#[test]
fn han_bracket_dateline_caption_and_writer_lines() {
    let page = "光华日报\n\
        槟城\n\
        日落洞新巴士总站下月启用\n\
        发布: 3:20pm 12/03/2024\n\
        分享\n\
        新巴士总站的候车区已完成装修。\n\
        （槟城12日讯）日落洞新巴士总站将于下月正式启用，届时多条巴士路线将改由新总站发车。\n\
        州政府表示，新总站设有有盖候车区及残障人士设施。\n";
    let a = parse(page).unwrap();
    assert_eq!(a.title.as_deref(), Some("日落洞新巴士总站下月启用"));
    assert_eq!(kind_at(&a, 6), Some(BoilerplateKind::Caption));
    assert_eq!(lines_of(&a), [7, 8]);

    for writer in [
        "[15]Laura Elena Saucedo",
        "Manuel Kapitango | Lobito",
        "Lobito - Diário Local",
    ] {
        let page = format!(
            "Diário Local\n\
            Novo mercado abre as portas no bairro do Alto\n\
            {writer}\n\
            22/09/2021\n\
            O novo mercado do bairro do Alto abriu as portas nesta quarta-feira com mais de trezentas bancas e um parque de estacionamento.\n\
            A administração municipal disse que as vendedoras serão transferidas ao longo do mês.\n"
        );
        let a = parse(&page).unwrap();
        assert_eq!(
            a.title.as_deref(),
            Some("Novo mercado abre as portas no bairro do Alto"),
            "{writer}"
        );
    }
}

/// A broadcaster's programme schedule, with the site's byline and share
/// rows, is no article: its lines open with clock times.
#[test]
fn programme_schedule_is_no_article() {
    let mut page = String::from(
        "Radio Example\nHome\nPrograms\n\nBroadcast schedule in English\n\ncri 2020-03-02 08:00:00\nShare\n\n",
    );
    for (time, show) in [
        ("06:00 - 06:10", "News"),
        ("06:10 - 06:30", "Business Report"),
        ("06:30 - 07:00", "Music Hour"),
        ("12:00 - 12:10", "News"),
        ("12:10 - 12:40", "Culture Magazine"),
        ("12:40 - 13:00", "Listeners' Letters"),
        ("20:00 - 20:10", "News"),
        ("20:10 - 20:40", "Learn Chinese"),
        ("20:40 - 21:00", "Evening Songs"),
    ] {
        page.push_str(&format!("{time}    {show}\n"));
    }
    page.push_str("\nNote: some programmes may change on public holidays, and we apologise for any inconvenience.\n");
    assert_eq!(
        parse(&page).unwrap_err(),
        newsparse::ParseError::NotAnArticle
    );
}

/// A ticker's label on its item's line above the headline is no title;
/// the Arabic version of an agency's notice under the story is no body.
#[test]
fn ticker_label_line_and_agency_notice() {
    let page = "Radio Internacional\n\
        Inicio\n\
        ÚLTIMAS NOTICIAS: Abre en Sanya la feria anual de flores tropicales\n\
        \n\
        Agricultores de Shaanxi estrenan un almacén frigorífico para sus manzanas\n\
        \n\
        \x20 2019-10-08 10:12:30  cri\n\
        Share\n\
        \n\
        Beijing, 8 oct (CRI Online) -- Más de doscientas familias productoras de manzanas del condado de Luochuan comenzaron a usar esta semana un almacén frigorífico construido con fondos de la cooperativa local.\n\
        \n\
        El almacén permitirá vender la fruta durante el invierno, cuando los precios son más altos, según explicaron los responsables de la cooperativa.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Agricultores de Shaanxi estrenan un almacén frigorífico para sus manzanas")
    );
    assert_eq!(kind_at(&a, 3), Some(BoilerplateKind::Latest));
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2019-10-08T10:12:30+08:00")
    );

    let page = "أنقرة تفتتح مكتبة عامة جديدة\n\
        15.03.2023\n\
        أنقرة/ الأناضول\n\
        افتتحت بلدية أنقرة الكبرى، الأربعاء، مكتبة عامة جديدة في حي تشانكايا تضم أكثر من عشرين ألف كتاب وقاعات للمطالعة.\n\
        وقال رئيس البلدية إن المكتبة ستفتح أبوابها يوميا حتى العاشرة مساء.\n\
        الأخبار المنشورة على الموقع الإلكتروني للأناضول هي جزء مختصر من الأخبار التي تقدمها الوكالة لمشتركيها عبر نظام تدفق الأخبار.\n";
    let a = parse(page).unwrap();
    assert_eq!(lines_of(&a), [4, 5]);
}

/// A print view: the page's address and its print date above the title
/// are no byline; the publication date (without a time) is.
#[test]
fn print_view_date_is_not_the_publication() {
    let page = "\tوكالة الأنباء المحلية\r\n\
        \thttp://news.example.ps/ViewDetails.aspx?ID=52210\r\n\
        \tتاريخ الطباعة: 04/05/2012 الساعة: 11:40\r\n\
        \r\n\
        بلدية جنين تفتتح حديقة عامة جديدة في حي الزهراء\r\n\
        \r\n\
        نشر بتاريخ: 02/05/2012 ( آخر تحديث: 03/05/2012 الساعة: 09:15 )\r\n\
        \r\n\
        \tافتتحت بلدية جنين، صباح الأربعاء، حديقة عامة جديدة في حي الزهراء على مساحة أربعة دونمات، تضم ملاعب للأطفال وممرات للمشي.\r\n\
        \r\n\
        \tوقال رئيس البلدية إن الحديقة ستفتح أبوابها يوميا حتى العاشرة مساء طوال فصل الصيف.\r\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("بلدية جنين تفتتح حديقة عامة جديدة في حي الزهراء")
    );
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2012-05-02")
    );
    assert_eq!(lines_of(&a), [9, 11]);
}

/// A dump that holds the article block twice: the second copy of each
/// paragraph, a short intertitle among them, is set aside.
#[test]
fn article_block_printed_twice() {
    let body = [
        "The county opened a new footbridge over the river on Saturday, linking the two halves of the old town for the first time since the flood.",
        "Access for everyone",
        "The bridge has ramps at both ends and lights along its whole length, and it will stay open day and night, the county said.",
    ];
    let mut page = String::from("A footbridge for the old town\n\nnews 2024-04-20 10:00\n\n");
    for _ in 0..2 {
        for line in body {
            page.push_str(line);
            page.push_str("\n\n");
        }
    }
    let a = parse(&page).unwrap();
    assert_eq!(lines_of(&a), [5, 7, 9]);
    assert_eq!(kind_at(&a, 11), Some(BoilerplateKind::Other));
    assert_eq!(kind_at(&a, 13), Some(BoilerplateKind::Other));
    assert_eq!(kind_at(&a, 15), Some(BoilerplateKind::Other));
}
