//! Boxes that 2025-26 page designs print around and inside the body
//! (blind set 40's shapes): a summary a language model wrote, with its
//! note; a newsletter's sign-up form; an appeal for reader support with
//! its button. All text here is written for these tests.

use newsparse::{parse, BoilerplateKind};

mod common;
use common::{kind_at, lines_of};

/// A key-points box under the date, closed by the note on who wrote it:
/// the points and the note are the box, the body starts after it.
#[test]
fn summary_box_closed_by_its_note() {
    let page = "La bibliothèque de quartier rouvre après huit mois de travaux\n\
        Publié le 3 mars 2026 à 06h00\n\
        Écouter cet article\n\
        Les faits saillants\n\
        La bibliothèque rouvre samedi avec des horaires élargis.\n\
        Une salle d'étude reste ouverte jusqu'à 22 h.\n\
        Le prêt de jeux vidéo devient gratuit.\n\
        Résumé généré avec l'aide de l'intelligence artificielle et révisé par notre équipe.\n\
        La bibliothèque du quartier Saint-Roch rouvrira ses portes samedi matin, après huit mois de travaux qui ont permis d'agrandir la salle des enfants.\n\
        Les usagers pourront désormais emprunter des jeux vidéo sans frais, une demande formulée depuis plusieurs années par les parents du quartier.\n\
        La Ville a aussi prolongé les heures d'ouverture de la salle d'étude, qui accueillera les élèves jusqu'à 22 h en semaine.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("La bibliothèque de quartier rouvre après huit mois de travaux")
    );
    for line in 4..=8 {
        assert_eq!(
            kind_at(&a, line),
            Some(BoilerplateKind::Standfirst),
            "line {line}"
        );
    }
    assert_eq!(lines_of(&a), vec![9, 10, 11]);
}

/// The same box in Chinese, the note naming the model: the box ends at
/// the note, so the caption and body below it are read as such.
#[test]
fn chinese_summary_box_ends_at_its_note() {
    let page = "城南公园湖边步道下月起分段封闭维修\n\
        2026-01-08 10:30\n\
        文章重點\n\
        湖邊步道分三段維修\n\
        每段封閉約兩星期\n\
        以上重點由AI生成，並經編輯審閱\n\
        康樂及文化事務署表示，城南公園湖邊步道將於下月起分三段進行維修，每段工程預計需時約兩星期，期間相關路段會暫停開放，市民可使用公園內其他通道。\n\
        署方指出，步道部分地磚因樹根生長而凸起，近月接獲多宗市民投訴，維修後將改用防滑物料，並在湖邊加裝扶手及照明設施。\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("城南公园湖边步道下月起分段封闭维修")
    );
    assert_eq!(kind_at(&a, 6), Some(BoilerplateKind::Standfirst));
    assert_eq!(lines_of(&a), vec![7, 8]);
}

/// A sign-up form between two paragraphs: its pitch, the e-mail field
/// and the button are the newsletter's, whatever the field says alone.
#[test]
fn newsletter_sign_up_form_inside_the_body() {
    let page = "افتتاح سوق أسبوعي للمنتجات المحلية في ساحة المدينة\n\
        الأربعاء 19 نونبر 2025 - 14:37\n\
        افتتحت الجماعة صباح الأربعاء سوقا أسبوعيا للمنتجات المحلية في ساحة المدينة، يضم أكثر من ستين بائعا من الفلاحين والحرفيين القادمين من القرى المجاورة.\n\
        وقال رئيس الجماعة إن السوق سيفتح أبوابه كل أربعاء من الثامنة صباحا إلى الثانية بعد الزوال، وإن الباعة لن يدفعوا أي رسوم خلال الأشهر الثلاثة الأولى.\n\
        توصل بآخر الأخبار في بريدك الإلكتروني\n\
        اشترك في نشرتنا اليومية واحصل على أهم الأخبار كل صباح.\n\
        البريد الإلكتروني\n\
        اشترك\n\
        ورحب الزوار بالمبادرة، وقالت إحدى السيدات إن الأسعار في السوق أقل بكثير من أسعار المحلات التجارية في وسط المدينة.\n";
    let a = parse(page).unwrap();
    for line in 5..=8 {
        assert_eq!(
            kind_at(&a, line),
            Some(BoilerplateKind::Newsletter),
            "line {line}"
        );
    }
    assert_eq!(lines_of(&a), vec![3, 4, 9]);
    assert!(a.share.is_none());
}

/// An appeal for reader support inside the body, its heading over four
/// paragraphs and its button: all of it set aside, and the body after
/// it kept.
#[test]
fn support_appeal_inside_the_body() {
    let page = "River ferry fares to rise by ten per cent from January\n\
        November 28, 2025\n\
        The state ferry company said on Friday that fares on all river routes would rise by ten per cent from the first week of January.\n\
        The company blamed the rise on the cost of fuel, which it said had doubled over the past two years.\n\
        Support THE DAILY EXAMPLE's independent reporting\n\
        At The Daily Example, we believe good reporting should be open to every reader, whatever they can afford.\n\
        That is why our stories carry no paywall, and why we rely on readers who can help us keep it that way.\n\
        Reporting costs money: our journalists travel, check every claim, and spend weeks on the stories that matter.\n\
        Would you consider a small monthly contribution to keep our reporting free for everyone?\n\
        [33]Make Contribution\n\
        Commuters at the main jetty said the new fares would add a noticeable sum to their monthly travel costs.\n\
        The company said students and pensioners would keep their discount cards.\n";
    let a = parse(page).unwrap();
    for line in 5..=10 {
        assert_eq!(
            kind_at(&a, line),
            Some(BoilerplateKind::Advertisement),
            "line {line}"
        );
    }
    assert_eq!(lines_of(&a), vec![3, 4, 11, 12]);
}

/// A French regional story's foot: the caption closing with its
/// photographer and paper in brackets, the author box whose bio opens
/// with the writer's trade, the story tools, the section's other
/// stories, and a comment section headed with its count, whose comments
/// read like sentences.
#[test]
fn french_story_foot_with_tools_and_counted_comments() {
    let page = "Le marché couvert ferme trois mois pour des travaux de toiture\n\
        Publié le 10 décembre 2025 à 17h45\n\
        Les commerçants du marché couvert devront libérer leurs étals d'ici au 20 décembre, le temps de refaire la toiture abîmée par les pluies de l'hiver dernier.\n\
        Les commerçants installés sous la halle depuis des années attendent ces travaux avec impatience. (Awa Diallo/Le Quotidien)\n\
        Un site provisoire a été aménagé sur la place de la gare, où les vendeurs pourront s'installer gratuitement pendant toute la durée du chantier.\n\
        La mairie promet que le marché rouvrira avant la fin du mois de mars, avec un nouvel éclairage et des allées élargies.\n\
        Awa Diallo\n\
        Journaliste aux affaires locales. Elle suit les dossiers de la mairie et les grands chantiers de la ville depuis 2019.\n\
        Notez\n\
        Envoyer à un ami\n\
        Version imprimable\n\
        Dans la même rubrique :\n\
        < >\n\
        Coupures d'électricité programmées ce week-end dans trois quartiers - 10/12/2025\n\
        Commentaires (2)\n\
        1.Posté par Modou le 10/12/2025 18:31 | Alerter\n\
        Trois mois de travaux, on verra bien si le chantier finit à l'heure cette fois-ci.\n\
        2.Posté par Awa le 10/12/2025 19:02 | Alerter\n\
        Il était temps, la toiture laissait passer la pluie sur les étals depuis deux hivers.\n";
    let a = parse(page).unwrap();
    assert_eq!(lines_of(&a), vec![3, 5, 6]);
    assert_eq!(kind_at(&a, 4), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 10), Some(BoilerplateKind::Print));
    assert_eq!(kind_at(&a, 15), Some(BoilerplateKind::Comments));
    assert!(kind_at(&a, 8).is_some() && kind_at(&a, 17).is_some() && kind_at(&a, 19).is_some());
}

/// A caption over its labelled credit (`Credit: DH Photo/Name`) under a
/// summary box, and a messaging channel's promotion after the body: set
/// aside, in English and Chinese.
#[test]
fn caption_over_labelled_credit_and_channel_promotions() {
    let page = "Ring road flyover to open to traffic by the end of the month\n\
        Last Updated : 14 November 2025, 11:40 IST\n\
        A worker paints the railings of the flyover near the lake on Thursday.\n\
        Credit: DH Photo/Anil Kumar\n\
        Bengaluru: The flyover on the outer ring road near the lake will open to traffic by the end of the month, officials of the city corporation said on Thursday.\n\
        The corporation said the last coat of asphalt would be laid next week, once the load tests on the two spans are complete.\n\
        Follow THE CITY DAILY on WhatsApp channel for the latest news and updates\n";
    let a = parse(page).unwrap();
    assert_eq!(kind_at(&a, 3), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 7), Some(BoilerplateKind::FollowUs));
    assert_eq!(lines_of(&a), vec![5, 6]);
    let page = "雪州多区周六起制水两天\n\
        2025-12-03 18:45\n\
        （莎阿南3日讯）雪州水务公司宣布，为配合新输水管道的连接工程，州内多个地区将从本周六上午9时起面对计划性制水，预计供水将在周一凌晨全面恢复。\n\
        公司呼吁受影响的用户提早储水并节约用水，同时将出动水车前往医院和洗肾中心等重要场所供水。\n\
        关注本报WhatsApp频道，第一时间掌握最新资讯！\n";
    let a = parse(page).unwrap();
    assert_eq!(kind_at(&a, 5), Some(BoilerplateKind::FollowUs));
    assert_eq!(lines_of(&a), vec![3, 4]);
}
