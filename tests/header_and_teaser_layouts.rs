//! Pages of blind sets 33 and 34's shapes: a feed reader's copy, header
//! lines between the date and the share row, teasers under a lone label,
//! captions over slash and capitals credits, rubrics behind a full-width
//! bar, writers' credits over the date line. All text here is written
//! for these tests.

use newsparse::{parse, BoilerplateKind, RubricKind, SharePlatform};

mod common;
use common::{kind_at, lines_of};

fn published(a: &newsparse::Article<'_>) -> Option<String> {
    a.published.map(|p| p.to_string())
}

/// A feed reader's copy of a WordPress story: the folder list, the
/// headline, the writer's bare name over a relative and absolute stamp
/// (`mar.` is Tuesday, not March), the site's domain, a caption credited
/// in brackets, the body and the feed's footer.
#[test]
fn feed_reader_copy_with_footer_and_bracketed_photo_credit() {
    let page = "Tous les articles\n\
        Afrique (12)\n\
        Tout marquer comme lu\n\
        Le port de San Pedro ouvre un second quai pour les conteneurs\n\
        Awa Traoré Diabaté\n\
        il y a 2 heures · mar. 12 mars 2024 09:40\n\
        exemple-quotidien.ci\n\
        Les grues du nouveau quai lors de leur mise en service, lundi à San Pedro. (Ph : Le Quotidien)\n\
        Le port autonome de San Pedro a mis en service lundi un second quai réservé aux conteneurs, après deux ans de travaux menés par une entreprise locale.\n\
        Selon la direction du port, le nouveau quai doit permettre d'accueillir des navires plus grands et de réduire l'attente des camions à l'entrée de la zone.\n\
        Les transporteurs saluent l'ouverture mais demandent que la route d'accès soit élargie avant la prochaine campagne de cacao.\n\
        L’article Le port de San Pedro ouvre un second quai pour les conteneurs est apparu en premier sur Le Quotidien.\n\
        Lire l'article complet\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Le port de San Pedro ouvre un second quai pour les conteneurs")
    );
    assert_eq!(published(&a).as_deref(), Some("2024-03-12T09:40:00"));
    assert_eq!(lines_of(&a), vec![9, 10, 11]);
    assert_eq!(kind_at(&a, 8), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 12), Some(BoilerplateKind::Other));
}

/// An Italian story's intertitles in capitals, between body paragraphs,
/// are intertitles: two words of capitals are not a writer's name there.
#[test]
fn intertitles_in_capitals_between_paragraphs() {
    let page = "Il vecchio mulino torna a macinare\n\
        Venerdì 8 Marzo 2024, 07:00\n\
        DOLO - Dopo quarant'anni di silenzio le macine del mulino sul Brenta sono tornate a girare, grazie al lavoro di un gruppo di volontari.\n\
        Il recupero è costato circa trecentomila euro, raccolti in gran parte con una sottoscrizione tra gli abitanti del paese.\n\
        LA FARINA\n\
        Il mais arriverà da quattro aziende agricole della zona, che hanno firmato un accordo con l'associazione che gestisce il mulino.\n\
        Una parte della farina sarà venduta ogni sabato mattina davanti all'edificio, insieme al pane del forno vicino.\n\
        LE VISITE GUIDATE\n\
        Le scuole potranno visitare il mulino su prenotazione a partire dal mese prossimo, con percorsi pensati per i più piccoli.\n";
    let a = parse(page).unwrap();
    assert_eq!(lines_of(&a), vec![3, 4, 5, 6, 7, 8, 9]);
}

/// An Arabic analysis: a rubric, a standfirst, the writer, the date in
/// Abu Dhabi time, a question-and-answer summary between the date and
/// the share row (Telegram spelled `تيليغرام`), and a lone `اقرأ أيضاً:`
/// label with its teaser, a question, inside the body.
#[test]
fn arabic_summary_box_under_the_date_and_teaser_under_a_lone_label() {
    let page = "الرئيسية / اقتصاد\n\
        تحليل | كيف تستعد موانئ الخليج لموسم الشحن المقبل؟\n\
        خبراء: التوسعات الجديدة قد تخفض زمن انتظار السفن إلى النصف\n\
        ليلى الحمادي - موقع الخبر\n\
        12-03-2024 الساعة 10:15 بتوقيت أبوظبي\n\
        ما الجديد في الموانئ؟\n\
        أرصفة إضافية ورافعات آلية في ثلاثة موانئ رئيسية.\n\
        ما أثر ذلك على التجار؟\n\
        تراجع متوقع في كلفة التخزين ومدة التخليص.\n\
        مشاركة\n\
        فيسبوك\n\
        واتساب\n\
        تيليغرام\n\
        تستعد موانئ الخليج لموسم شحن مزدحم بعد أن أنهت عدة هيئات مينائية توسعات شملت أرصفة جديدة ورافعات تعمل آلياً، في محاولة لتقليص زمن انتظار السفن.\n\
        ويقول مسؤول في إحدى شركات الملاحة إن السفن كانت تنتظر أحياناً أربعة أيام قبل أن تجد مكاناً للرسو، وإن التوسعات قد تختصر ذلك إلى يومين.\n\
        اقرأ أيضاً:\n\
        هل تنجح الموانئ الصغيرة في منافسة المراكز الكبرى؟\n\
        ويرى اقتصاديون أن الفائدة الأكبر ستعود على التجار الصغار الذين يدفعون رسوم تخزين مرتفعة كلما طال بقاء بضائعهم في الميناء.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("كيف تستعد موانئ الخليج لموسم الشحن المقبل؟")
    );
    assert_eq!(published(&a).as_deref(), Some("2024-03-12T10:15:00+04:00"));
    assert_eq!(lines_of(&a), vec![14, 15, 18]);
    for line in 6..=9 {
        assert_eq!(
            kind_at(&a, line),
            Some(BoilerplateKind::Standfirst),
            "line {line}"
        );
    }
    assert_eq!(kind_at(&a, 17), Some(BoilerplateKind::Related));
    let share = a.share.as_ref().unwrap();
    assert!(share.platforms.contains(&SharePlatform::Telegram));
}

/// A Polish portal: the headline, the date, the standfirst and the
/// writer's name (printed twice) before the share row; a comments
/// section with its label, count and sort control after the body.
#[test]
fn polish_header_under_the_date_and_comment_controls() {
    let page = "Regiony\n\
        Gdańsk\n\
        Nad Motławą stanie nowa kładka dla pieszych. Budowa ruszy w czerwcu\n\
        Wtorek, 9 kwietnia 2024 (07:00)\n\
        Gdańsk chce połączyć Wyspę Spichrzów z Głównym Miastem kolejną kładką. Miasto podpisało umowę z wykonawcą, a prace mają potrwać rok.\n\
        Anna Zielińska\n\
        Anna Zielińska\n\
        Udostępnij\n\
        Skomentuj\n\
        Kładka będzie miała sto dwadzieścia metrów długości i część zwodzoną, która pozwoli przepływać jachtom w godzinach wieczornych.\n\
        Urzędnicy zapewniają, że w czasie budowy ruch turystyczny na nabrzeżu nie zostanie wstrzymany, choć fragment bulwaru będzie zamknięty.\n\
        Mieszkańcy pytają głównie o to, czy kładka nie utrudni żeglugi statków wycieczkowych, które latem kursują po rzece co godzinę.\n\
        Zobacz również:\n\
        Komentarze (6)\n\
        Dodaj komentarz\n\
        Sortuj: Najnowsze\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Nad Motławą stanie nowa kładka dla pieszych. Budowa ruszy w czerwcu")
    );
    assert_eq!(lines_of(&a), vec![10, 11, 12]);
    assert_eq!(kind_at(&a, 5), Some(BoilerplateKind::Standfirst));
    assert_eq!(kind_at(&a, 6), Some(BoilerplateKind::Credit));
    assert_eq!(kind_at(&a, 9), Some(BoilerplateKind::Comments));
    assert_eq!(kind_at(&a, 16), Some(BoilerplateKind::Comments));
}

/// An Urdu news page: a caption credited with `فوٹو`, the writer with
/// the outlet and city over the date line, and a `مزید پڑھیں` box of three
/// headlines inside the body.
#[test]
fn urdu_writer_credit_over_the_date_and_read_more_box() {
    let page = "پاکستان\n\
        لاہور میں نئی واٹر فلٹریشن سکیم، بیس علاقوں کو صاف پانی ملے گا\n\
        \n\
        نئے پلانٹ روزانہ دس لاکھ گیلن پانی صاف کریں گے (فوٹو: واسا)\n\
        سارہ احمد -خبر نامہ، لاہور\n\
        بدھ 6 مارچ 2024 9:30\n\
        \n\
        لاہور کی واٹر اینڈ سینی ٹیشن ایجنسی نے شہر کے بیس علاقوں میں نئے فلٹریشن پلانٹ لگانے کا کام شروع کر دیا ہے جو گرمیوں سے پہلے مکمل ہو گا۔\n\
        ادارے کے ترجمان کے مطابق ہر پلانٹ کے ساتھ شہریوں کے لیے پانی بھرنے کی جگہ بھی بنائی جائے گی۔\n\
        \n\
        مزید پڑھیں\n\
        کراچی میں پانی کی قلت، ٹینکر مافیا کے خلاف کارروائی کب ہو گی؟\n\
        راولپنڈی میں نئی سڑک کا منصوبہ منظور\n\
        پشاور میں بس سروس کے کرایوں میں کمی\n\
        \n\
        مقامی رہائشیوں کا کہنا ہے کہ اگر پلانٹ وقت پر مکمل ہو گئے تو انہیں مہنگا پانی خریدنے سے نجات مل جائے گی۔\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("لاہور میں نئی واٹر فلٹریشن سکیم، بیس علاقوں کو صاف پانی ملے گا")
    );
    assert_eq!(lines_of(&a), vec![8, 9, 16]);
    assert_eq!(kind_at(&a, 4), Some(BoilerplateKind::Caption));
    for line in 12..=14 {
        assert_eq!(
            kind_at(&a, line),
            Some(BoilerplateKind::Related),
            "line {line}"
        );
    }
}

/// Rubrics behind a full-width bar (`独家｜`) and a Japanese editorial's
/// `社説：`.
#[test]
fn rubrics_behind_a_full_width_bar_and_japanese_editorials() {
    let page = "独家｜老城区菜市场改造后重新开业，摊位租金下调两成\n\
        2024-04-02 08:30\n\
        经过半年改造，位于老城区的东门菜市场昨天重新开业，市场管理方表示新摊位的租金比改造前下调了两成。\n\
        不少摊主说，市场装了新的排水和通风设备，夏天不再闷热，顾客也明显多了。\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("老城区菜市场改造后重新开业，摊位租金下调两成")
    );
    assert_eq!(
        a.rubric.as_ref().map(|r| r.kind),
        Some(RubricKind::Exclusive)
    );

    let page = "社説：地方鉄道の存続　沿線の知恵を集めよ\n\
        2024/3/5 東京朝刊\n\
        赤字が続く地方鉄道の存続をめぐり、沿線自治体と鉄道会社の協議が各地で始まっている。\n\
        利用者を増やすには、通学や通院の時間に合わせたダイヤの見直しが欠かせない。\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("地方鉄道の存続　沿線の知恵を集めよ")
    );
    assert_eq!(
        a.rubric.as_ref().map(|r| r.kind),
        Some(RubricKind::Editorial)
    );
}

/// A US local paper: a caption over its photographer's slash credit
/// inside the body, a `More:` link and a newsletter line.
#[test]
fn caption_over_slash_credit_more_link_and_newsletter_line() {
    let page = "Riverside Gazette\n\
        City council delays vote on downtown parking garage\n\
        Published 7:10 a.m. CT March 6, 2024\n\
        Share\n\
        Residents wait to speak during Tuesday's council meeting at City Hall.\n\
        Dana Whitfield/The Gazette\n\
        The Riverside City Council on Tuesday postponed a vote on a new downtown parking garage after more than two hours of public comment.\n\
        \n\
        Several business owners said the garage would bring more customers, while neighbors worried about traffic on narrow side streets.\n\
        \n\
        More: Riverside approves new bike lanes on Main Street after long debate\n\
        \n\
        The council will take up the plan again in April, after staff prepare an updated traffic study.\n\
        \n\
        Subscribe to the Gazette's city hall newsletter, delivered to your inbox every Thursday.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("City council delays vote on downtown parking garage")
    );
    assert_eq!(lines_of(&a), vec![7, 9, 13]);
    assert_eq!(kind_at(&a, 5), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 6), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 11), Some(BoilerplateKind::Related));
    assert_eq!(kind_at(&a, 15), Some(BoilerplateKind::Newsletter));
}

/// Captions of Korean and Vietnamese stories: a sentence closed by its
/// source and `제공`; a caption without a full stop over the
/// photographer's name in capitals.
#[test]
fn korean_courtesy_caption_and_caption_over_capitals_name() {
    let page = "한강 공원에 야간 산책로 조성\n\
        입력 2024.04.10 06:00\n\
        서울시가 한강 공원 세 곳에 야간 산책로를 조성한다고 밝혔다.\n\
        산책로에는 밝기를 조절할 수 있는 조명이 설치된다.\n\
        강변을 따라 걷는 시민들. 서울시 제공\n\
        시는 다음 달부터 시범 운영을 거쳐 여름 전에 정식 개방할 계획이다.\n";
    let a = parse(page).unwrap();
    assert_eq!(lines_of(&a), vec![3, 4, 6]);
    assert_eq!(kind_at(&a, 5), Some(BoilerplateKind::Caption));

    let page = "Huế mở thêm tuyến xe buýt ra biển Thuận An\n\
        Minh Châu\n\
        10/04/2024 07:30 GMT+7\n\
        Từ đầu tháng 5, TP.Huế sẽ mở thêm một tuyến xe buýt nối trung tâm thành phố với bãi biển Thuận An, phục vụ người dân và du khách.\n\
        Xe buýt chạy thử trên đường Phạm Văn Đồng sáng 9.4\n\
        MINH CHÂU\n\
        Theo Sở Giao thông vận tải, tuyến xe dài khoảng 15 km, mỗi chuyến cách nhau 20 phút, giá vé dự kiến 7.000 đồng mỗi lượt.\n\
        Nhiều người dân ven biển cho biết tuyến xe sẽ giúp họ đi làm và đi học thuận tiện hơn trong mùa hè.\n";
    let a = parse(page).unwrap();
    assert_eq!(published(&a).as_deref(), Some("2024-04-10T07:30:00+07:00"));
    assert_eq!(lines_of(&a), vec![4, 7, 8]);
    assert_eq!(kind_at(&a, 5), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 6), Some(BoilerplateKind::Caption));
}

/// A reader view: the site, the headline, the writer and an Indonesian
/// reading time (`4–5 menit`), then the date and a caption ending in
/// the agency's slash credit.
#[test]
fn reader_view_with_indonesian_reading_time() {
    let page = "contohberita.id\n\
        Pemkot Semarang buka taman baca di sepuluh kelurahan\n\
        Dewi Lestari\n\
        3–4 menit\n\
        \n\
        Rabu, 6 Maret 2024 10:20 WIB\n\
        \n\
        Anak-anak membaca buku di taman baca Kelurahan Bandarharjo, Kota Semarang, Rabu (6/3/2024). KANTOR BERITA/Dewi Lestari\n\
        \n\
        Semarang - Pemerintah Kota Semarang membuka taman baca di sepuluh kelurahan untuk mendorong minat baca anak-anak di luar jam sekolah.\n\
        \n\
        Setiap taman baca dilengkapi sekitar lima ratus buku dan dijaga relawan dari karang taruna setempat pada sore hari.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Pemkot Semarang buka taman baca di sepuluh kelurahan")
    );
    assert_eq!(published(&a).as_deref(), Some("2024-03-06T10:20:00+07:00"));
    assert_eq!(lines_of(&a), vec![10, 12]);
}

/// Teaser links inside the body: a bullet before `Lire aussi :`, an
/// arrow before a headline; a printed page's address with its page
/// count after a tab.
#[test]
fn bulleted_and_arrow_teasers_and_a_tabbed_page_count() {
    let page = "Namur : le marché du samedi change de place\n\
        Publié le 21-11-2023 à 06h30\n\
        Le marché hebdomadaire de Namur quittera la place Saint-Aubain au printemps pour s'installer sur l'esplanade du confluent, a annoncé la Ville.\n\
        • Lire aussi : Namur : les terrasses reviennent sur la place d'Armes\n\
        Les maraîchers craignent de perdre une partie de leur clientèle, habituée à faire ses courses près de la cathédrale.\n\
        ►Les commerçants du centre réclament plus de places de parking\n\
        La Ville promet une signalisation renforcée et une navette gratuite pendant les premières semaines.\n\
        https://www.exemple.be/regions/namur/marche-du-samedi\t1/2\n\
        Les associations de riverains seront consultées avant la décision finale, prévue en janvier.\n";
    let a = parse(page).unwrap();
    assert_eq!(lines_of(&a), vec![3, 5, 7, 9]);
    assert_eq!(kind_at(&a, 4), Some(BoilerplateKind::Related));
    assert_eq!(kind_at(&a, 6), Some(BoilerplateKind::Related));
    assert_eq!(kind_at(&a, 8), Some(BoilerplateKind::Other));
}

/// An author's archive: each story's headline, teaser, section name and
/// date. The section between teaser and date does not make the teasers
/// body text: the page is a listing.
#[test]
fn author_archive_with_section_labels_is_a_listing() {
    let mut page = String::from(
        "Home\nNational\nWorld\nBusiness\n\
        Aroha Tane\nEducation reporter, Hamilton\n\
        Aroha covers schools and universities in the Waikato.\n\
        Latest from Aroha Tane\n",
    );
    let stories = [
        ("School bus routes cut as driver shortage bites", "Parents say children now walk more than an hour to catch the nearest bus.", "National", "Nov 20 2023"),
        ("University to close two campus libraries", "Students have started a petition against the plan, which the council will discuss next month.", "National", "Nov 16 2023"),
        ("New kura opens in Ngāruawāhia", "The school will start with forty pupils and grow by one year level each year.", "National", "Nov 10 2023"),
        ("Teachers vote on pay offer", "The union says members will decide by the end of the month whether to accept.", "Business", "Nov 6 2023"),
        ("Holiday programme places fill in hours", "The council has added two more weeks to meet demand from working parents.", "National", "Nov 1 2023"),
    ];
    for (headline, teaser, section, date) in stories {
        page.push_str(&format!("{headline}\n{teaser}\n{section}\n{date}\n"));
    }
    page.push_str("Load more\n");
    assert!(matches!(
        parse(&page),
        Err(newsparse::ParseError::NotAnArticle)
    ));
}

/// An interview: the credit `Propos recueillis par` under the standfirst
/// is no headline.
#[test]
fn interview_credit_is_no_headline() {
    let page = "Accueil > Sciences\n\
        ENTRETIEN\n\
        Marc Delorme : « Les abeilles sauvages disparaissent en silence »\n\
        Le biologiste décrit le déclin des pollinisateurs sauvages dans les plaines céréalières et ce qui pourrait l'enrayer.\n\
        Propos recueillis par Julie Garnier\n\
        Publié le 12/04/2024 à 07h00\n\
        Le Point : Pourquoi parle-t-on si peu des abeilles sauvages ?\n\
        Marc Delorme : Parce qu'on ne les voit pas. Les ruches domestiques occupent tout le débat, alors que les espèces sauvages assurent une grande part de la pollinisation.\n\
        Que faudrait-il changer en priorité ?\n\
        Laisser des bandes fleuries en bordure des champs et réduire les traitements au moment de la floraison, deux mesures peu coûteuses.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Marc Delorme : « Les abeilles sauvages disparaissent en silence »")
    );
    assert_eq!(lines_of(&a), vec![7, 8, 9, 10]);
}

/// A Taiwanese op-ed: the `觀點投書：` rubric, and the writer's note
/// flagged by a glued asterisk after the body.
#[test]
fn op_ed_rubric_and_starred_writer_note() {
    let page = "觀點投書：公車司機的排班表，藏著城市交通的真正問題\n\
        2023-08-14 06:50\n\
        每到通勤尖峰，站牌前的人龍總讓人抱怨公車太少，但很少有人問，為什麼車明明在場站裡，卻開不出來。\n\
        答案常常不在車輛，而在司機。許多業者的排班表早已排滿，只要有人請假，就得停駛班次。\n\
        若要留住司機，除了調薪，也應該讓休息時間真正可以休息，而不是在場站裡待命。\n\
        *作者為交通政策研究者\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("公車司機的排班表，藏著城市交通的真正問題")
    );
    assert_eq!(a.rubric.as_ref().map(|r| r.kind), Some(RubricKind::Opinion));
    assert_eq!(lines_of(&a), vec![3, 4, 5]);
    assert!(kind_at(&a, 6).is_some());

    let page = "نادر الخوري\n\
        الحافلة التي لا تأتي\n\
        29 تشرين الثاني 2022\n\
        ينتظر الركاب في ساحة الدورة ساعة كاملة أحياناً، ثم يصعدون إلى أول فان يمر، أياً كانت وجهته الدقيقة.\n\
        ولا توجد خريطة رسمية واحدة لخطوط النقل في المدينة، فالسائقون وحدهم يعرفون المسارات ومواعيدها.\n\
        يمكن البدء بخطوات صغيرة: ترقيم الخطوط وتحديد نقاط توقف واضحة ونشرها على لوحات في الساحات الكبرى.\n\
        *باحث في شؤون النقل العام والبلديات، صدر له كتاب عن حركة المدن\n\
        شارك\n\
        فيسبوك\n\
        واتساب\n\
        مقالات للكاتب\n\
        حين تنطفئ إشارات السير\n\
        15 تشرين الثاني 2022\n\
        الأكثر قراءة\n\
        إضراب في المدارس الرسمية\n";
    let a = parse(page).unwrap();
    assert_eq!(lines_of(&a), vec![4, 5, 6]);
    assert!(kind_at(&a, 7).is_some());
}

/// An editors' pick after the article holds a whole other story: its
/// headline, writer, date, caption and paragraphs are not this article's.
#[test]
fn editors_pick_with_a_whole_story_after_the_article() {
    let page = "В Костроме на лето закроют набережную для машин\n\
        Андрей СОКОЛОВ\n\
        12 апреля 2023 10:15\n\
        С 1 мая и до конца августа по нижней набережной Костромы нельзя будет проехать на машине, сообщили в мэрии.\n\
        Набережную отдадут пешеходам и велосипедистам, а на въездах поставят временные ограждения.\n\
        Жители соседних улиц опасаются пробок, но в мэрии обещают изменить режим работы светофоров.\n\
        Выбор редакции\n\
        Врач объяснила, почему весной хочется спать\n\
        Ирина ВОЛКОВА\n\
        11 апреля 2023 09:00\n\
        Весной многие жалуются на сонливость и усталость, хотя спят столько же, сколько зимой.\n\
        По словам врача, помогут прогулки днем и постоянное время отхода ко сну.\n\
        Читать полностью\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("В Костроме на лето закроют набережную для машин")
    );
    assert_eq!(lines_of(&a), vec![4, 5, 6]);
}

/// A reader view of a column: the writer's bio closing the page opens
/// with the name printed under the headline; a caption credited through
/// an agency in brackets.
#[test]
fn reader_view_column_with_closing_bio_and_agency_caption() {
    let page = "exemple-eco.fr\n\
        Opinion | Le télétravail ne videra pas les centres-villes\n\
        Paul Renaud\n\
        4–5 minutes\n\
        \n\
        Publié le 3 avr. 2024 à 7:00\n\
        \n\
        Une rue commerçante de Lyon, un mardi midi. (Studio Martin via AFP)\n\
        \n\
        Depuis trois ans, on annonce la fin des quartiers d'affaires. Les chiffres de fréquentation racontent une autre histoire : les commerces du midi ont retrouvé leur clientèle.\n\
        \n\
        Ce qui change, c'est le rythme de la semaine. Le mardi et le jeudi concentrent désormais l'essentiel des présences au bureau.\n\
        \n\
        Paul Renaud est économiste urbain et enseigne à l'université Lyon-II.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Le télétravail ne videra pas les centres-villes")
    );
    assert_eq!(lines_of(&a), vec![10, 12]);
    assert_eq!(kind_at(&a, 8), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 14), Some(BoilerplateKind::Credit));
}

/// A print view's page break repeats the page's `<title>` (the headline
/// and the site's name); a donation appeal closes the story above its
/// button; an image's caption over the photographer's name.
#[test]
fn print_title_at_a_page_break_donation_appeal_and_named_caption() {
    let page = "12/03/2024, 09:10\n\
        Nabeul : ouverture d'un nouveau marché de gros | Radio Exemple\n\
        Nabeul : ouverture d'un nouveau marché de gros\n\
        12/03/2024 08:30\n\
        Le nouveau marché de gros de Nabeul a ouvert ses portes mardi, après deux ans de travaux financés par la région.\n\
        Les commerçants disposent désormais de cent vingt carreaux couverts et d'une aire de stationnement pour les camions.\n\
        12/03/2024, 09:10\n\
        Nabeul : ouverture d'un nouveau marché de gros | Radio Exemple\n\
        Selon le gouverneur, les prix de gros seront affichés chaque matin sur un tableau électronique à l'entrée.\n\
        [IMG]\n\
        Des grossistes déchargent des cageots de tomates au petit matin.\n\
        Samir Ben Ali\n\
        Les agriculteurs de la région espèrent que le marché réduira le nombre d'intermédiaires entre le champ et l'étal.\n\
        Notre rédaction vit grâce à ses lecteurs : chaque don nous aide à rester indépendants.\n\
        Faire un don\n\
        Tags\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Nabeul : ouverture d'un nouveau marché de gros")
    );
    assert_eq!(lines_of(&a), vec![5, 6, 9, 13]);
    assert_eq!(kind_at(&a, 8), Some(BoilerplateKind::RepeatedTitle));
    assert_eq!(kind_at(&a, 11), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 14), Some(BoilerplateKind::Advertisement));
}

/// A language switcher under the date (`Available in other languages: 3`
/// and each language's own name) and a bare reading time in Arabic.
#[test]
fn language_switcher_and_arabic_reading_time() {
    let page = "مكتبة متنقلة تجوب قرى الجبل كل أسبوع\n\
        هذا المحتوى تم نشره يوم 03 أبريل 2024 - 09:30\n\
        3 دقائق\n\
        متوفر بلغات أخرى: 2\n\
        English\n\
        Français\n\
        تنطلق حافلة صغيرة محملة بالكتب كل صباح اثنين من البلدة الرئيسية نحو القرى الجبلية، وتتوقف ساعة في كل ساحة.\n\
        ويقول المشرفون على المشروع إن عدد المستعيرين تضاعف خلال عام، وإن كتب الأطفال هي الأكثر طلباً.\n";
    let a = parse(page).unwrap();
    assert_eq!(lines_of(&a), vec![7, 8]);
    assert_eq!(kind_at(&a, 3), Some(BoilerplateKind::Other));
    for line in 4..=6 {
        assert_eq!(
            kind_at(&a, line),
            Some(BoilerplateKind::Navigation),
            "line {line}"
        );
    }
}

/// Captions right under the date line (no credit, no full stop) under a
/// longer headline; a caption with the outlet and its photographer
/// (`Radio Exemple/Ph. Name`); a headline the breadcrumb trail closes
/// with, under the station's slogan.
#[test]
fn captions_under_the_date_and_a_headline_named_by_the_breadcrumb() {
    let page = "والي الولاية يدشن سوقاً جديدة للخضار لصالح التعاونيات الزراعية\n\
        الخميس 14 مارس 2024 - 06:30 مساءً\n\
        الوالي يتفقد أجنحة السوق الجديدة رفقة ممثلي التعاونيات\n\
        دشن والي الولاية مساء اليوم سوقاً جديدة للخضار خصصت أجنحتها للتعاونيات الزراعية في المقاطعات المجاورة.\n\
        وتضم السوق أربعين جناحاً ومستودعاً للتبريد وموقفاً للشاحنات الصغيرة.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("والي الولاية يدشن سوقاً جديدة للخضار لصالح التعاونيات الزراعية")
    );
    assert_eq!(lines_of(&a), vec![4, 5]);

    let page = "Accueil > Bukavu : le marché central rouvre après trois mois de travaux\n\
        Radio Exemple\n\
        La radio des grands lacs\n\
        Bukavu : le marché central rouvre après trois mois de travaux\n\
        Publié le mar, 12/03/2024 - 10:20\n\
        Des vendeuses installent leurs étals dans la nouvelle halle du marché central de Bukavu (Sud-Kivu). Radio Exemple/Ph. Aimé Bahati\n\
        Le marché central de Bukavu a rouvert ses portes mardi, après trois mois de travaux de réhabilitation financés par la province.\n\
        Les commerçantes saluent les nouvelles toitures, mais se plaignent du prix des places, qui a doublé depuis la réouverture.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Bukavu : le marché central rouvre après trois mois de travaux")
    );
    assert_eq!(lines_of(&a), vec![7, 8]);
    assert_eq!(kind_at(&a, 6), Some(BoilerplateKind::Caption));
}

/// A Chinese reporters' line glued to its label (`記者...／...報導`) is no
/// headline; a caption closed by its photographer in brackets.
#[test]
fn han_reporter_line_and_bracketed_photographer() {
    let page = "首頁\n紐約\n\
        皇后區公園增設夜間照明 居民散步更安心\n\
        記者王美玲、張志明／紐約報導\n\
        2024-03-05 06:10 ET\n\
        皇后區一處公園步道旁新裝的路燈，傍晚已有居民結伴散步。（記者王美玲／攝影）\n\
        市府公園局宣布，皇后區三座公園的步道將增設夜間照明，預計月底前全部完工。\n\
        不少居民表示，過去天黑後不敢進入公園，新路燈啟用後，晚上散步安心許多。\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("皇后區公園增設夜間照明 居民散步更安心")
    );
    assert_eq!(published(&a).as_deref(), Some("2024-03-05T06:10:00-05:00"));
    assert_eq!(lines_of(&a), vec![7, 8]);
    assert_eq!(kind_at(&a, 6), Some(BoilerplateKind::Caption));
}

/// An embedded post printed as a block (name, handle, text, time,
/// controls) between two paragraphs, and an update stamp with its
/// meridiem.
#[test]
fn embedded_post_block_and_update_stamp_with_meridiem() {
    let page = "Cortes de agua en 10 sectores por reparación de tubería\n\
        martes, 23 de enero de 2024 - 4:35 p. m.\n\
        Actualizado: 5:10 p. m.\n\
        La corporación del acueducto informó que diez sectores de la ciudad no tendrán servicio de agua el miércoles por la sustitución de una tubería.\n\
        La institución lo anunció así en su cuenta:\n\
        Acueducto Ciudad\n\
        @AcueductoCiudad\n\
        Seguir\n\
        #AVISO | Por sustitución de tubería, diez sectores estarán sin servicio el miércoles desde las 8:00 p. m.\n\
        10:02 a. m. · 23 ene. 2024\n\
        Responder\n\
        Copiar enlace\n\
        Leer 9 respuestas\n\
        El gerente de operaciones explicó que se dispondrá de camiones cisterna para los hospitales y escuelas de los sectores afectados.\n";
    let a = parse(page).unwrap();
    assert_eq!(lines_of(&a), vec![4, 5, 14]);
    assert_eq!(kind_at(&a, 3), Some(BoilerplateKind::Other));
    // `Copiar enlace` is a share control: the share row holds it.
    for line in [6, 7, 8, 9, 10, 11, 13] {
        assert_eq!(
            kind_at(&a, line),
            Some(BoilerplateKind::Other),
            "line {line}"
        );
    }
}

/// Captions: one closed by a bracketed credit (`(Photo courtesy of
/// ...)`), one tagged with its agency alone (`(AA)`); a press release's
/// end mark alone on its line ends the story; Moscow time in Arabic.
#[test]
fn bracketed_credits_end_mark_and_moscow_time() {
    let page = "Divers clear nets from the northern reef\n\
        By Lina Haddad - May 08,2024\n\
        Volunteers sort nets recovered from the reef near the harbour on Tuesday (Photo courtesy of the Divers Association)\n\
        AQABA — More than eighty volunteer divers removed nets and plastic from the northern reef over two days, organisers said.\n\
        The association said the clean-up would be repeated in the autumn, when visitor numbers fall.\n";
    let a = parse(page).unwrap();
    assert_eq!(lines_of(&a), vec![4, 5]);
    assert_eq!(kind_at(&a, 3), Some(BoilerplateKind::Caption));

    let page = "موسكو تفتح خطاً نهرياً ليلياً على نهر موسكفا\n\
        12 أكتوبر 2023 - 14:20 بتوقيت موسكو\n\
        عبّارة نهرية تغادر رصيف المحطة الرئيسية ليلاً (AA)\n\
        أعلنت بلدية موسكو إطلاق خط نهري ليلي يعمل بين المحطة الرئيسية والحديقة المركزية طوال أيام الأسبوع.\n\
        وقالت البلدية إن الرحلات ستنطلق كل نصف ساعة حتى منتصف الليل.\n\
        -انتهى-\n\
        للاستفسارات الإعلامية:\n\
        إدارة الاتصال في البلدية\n";
    let a = parse(page).unwrap();
    assert_eq!(published(&a).as_deref(), Some("2023-10-12T14:20:00+03:00"));
    assert_eq!(lines_of(&a), vec![4, 5]);
    assert_eq!(kind_at(&a, 3), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 6), Some(BoilerplateKind::Other));
}

/// A page of currency tables drawn with box-drawing chars is no article.
#[test]
fn box_drawn_tables_make_a_data_page() {
    let mut page = String::from("أسعار العملات اليوم\nآخر تحديث: الخميس 5 أكتوبر 2023 - 10:30 ص\n");
    page.push_str("┌──────────┬───────┬───────┐\n│ العملة   │ شراء  │ بيع   │\n");
    for (name, buy, sell) in [
        ("الدولار", "30.85", "30.95"),
        ("اليورو", "32.38", "32.61"),
        ("الريال", "8.22", "8.25"),
        ("الدرهم", "8.40", "8.43"),
        ("الدينار", "99.72", "100.41"),
        ("الفرنك", "33.61", "33.86"),
    ] {
        page.push_str(&format!(
            "├──────────┼───────┼───────┤\n│ {name} │ {buy} │ {sell} │\n"
        ));
    }
    page.push_str("└──────────┴───────┴───────┘\n");
    page.push_str("الأسعار المعروضة استرشادية وقد تختلف من فرع إلى آخر خلال ساعات العمل الرسمية.\n");
    assert!(matches!(
        parse(&page),
        Err(newsparse::ParseError::NotAnArticle)
    ));
}

/// A breaking-news ticker of two headlines above the breadcrumb trail,
/// then the headline, and its update stamp printed over its publication
/// stamp (blind set 40): the headline is the one over the stamps, and the
/// time is the first publication's.
#[test]
fn ticker_of_two_items_and_update_stamp_over_publication() {
    let page = "الإثنين 13 أكتوبر 2025\n\
        الرئيسية\n\
        أخبار مصر\n\
        رياضة\n\
        اقتصاد\n\
        عاجل\n\
        محافظ الجيزة يتفقد أعمال تطوير الطريق الدائري ويوجه بسرعة الإنجاز\n\
        ارتفاع أسعار الخضروات في سوق العبور مع بداية الأسبوع الجاري\n\
        الرئيسية\n\
        أخبار مصر\n\
        افتتاح مكتبة عامة جديدة في حي الدقي بعد عامين من أعمال الترميم\n\
        آخر تحديث: الإثنين 13/أكتوبر/2025 - 01:07 م\n\
        الإثنين 13/أكتوبر/2025 - 11:42 ص\n\
        كتب: أحمد سمير\n\
        افتتحت محافظة الجيزة، اليوم الإثنين، مكتبة عامة جديدة في حي الدقي بعد عامين من أعمال الترميم، تضم أكثر من عشرين ألف كتاب وقاعة للأطفال.\n\
        وقال مسؤول بالمحافظة إن المكتبة ستفتح أبوابها يوميا من التاسعة صباحا حتى التاسعة مساء، عدا يوم الجمعة.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("افتتاح مكتبة عامة جديدة في حي الدقي بعد عامين من أعمال الترميم")
    );
    assert_eq!(published(&a).as_deref(), Some("2025-10-13T11:42:00"));
    assert_eq!(lines_of(&a), vec![15, 16]);
}

/// A Yemeni page of 2010 (blind set 42's shape): the menu printed as one
/// line of bar-parted items, the headline, and a date line naming the
/// month twice (`مارس - آذار`) with the hour alone.
#[test]
fn one_line_menu_and_a_month_named_twice() {
    let page = "الثلاثاء 16 مارس - آذار 2010\n\
        الرئيسية | أخبار محلية | أخبار عربية ودولية | اقتصاد | رياضة | كتابات | حوارات | تقارير | أرشيف | من نحن\n\
        أخبار محلية\n\
        افتتاح سوق شعبي جديد في مدينة إب بعد عام من أعمال البناء\n\
        الإثنين 15 مارس - آذار 2010 الساعة 05 مساءً / خاص\n\
        عدد القراءات: 1204\n\
        افتتحت السلطة المحلية في مدينة إب، الإثنين، سوقا شعبيا جديدا يضم أكثر من مئتي محل تجاري، بعد عام من أعمال البناء التي مولها صندوق التنمية.\n\
        وقال مسؤول في المجلس المحلي إن السوق سيخفف الزحام عن الشوارع الرئيسية التي كان الباعة يفترشون أرصفتها منذ سنوات.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("افتتاح سوق شعبي جديد في مدينة إب بعد عام من أعمال البناء")
    );
    assert_eq!(published(&a).as_deref(), Some("2010-03-15T17:00:00"));
    assert_eq!(lines_of(&a), vec![7, 8]);
}

/// A breadcrumb trail closing with the section, the section's name again
/// as a label, then the headline over its date line (blind set 42): the
/// label is no headline.
#[test]
fn section_label_under_its_breadcrumb_is_no_headline() {
    let page = "الرئيسية\n\
        اقتصاد\n\
        محافظات\n\
        رياضة\n\
        فيديو\n\
        صور\n\
        \n\
        عاجل\n\
        وزير النقل يتفقد أعمال توسعة الطريق الدائري الإقليمي\n\
        \n\
        الرئيسية > محافظات\n\
        محافظات\n\
        افتتاح محطة جديدة لمياه الشرب في مركز منيا القمح بالشرقية\n\
        الأحد 14/فبراير/2016 - 11:45 ص\n\
        افتتح محافظ الشرقية، اليوم الأحد، محطة جديدة لمياه الشرب في مركز منيا القمح بطاقة عشرين ألف متر مكعب يوميا، تخدم أكثر من مئة ألف نسمة.\n\
        وقال المحافظ إن المحطة تنهي معاناة قرى المركز من انقطاع المياه في أشهر الصيف، وإن محطتين أخريين ستفتتحان قبل نهاية العام.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("افتتاح محطة جديدة لمياه الشرب في مركز منيا القمح بالشرقية")
    );
    assert_eq!(lines_of(&a), vec![15, 16]);
}
