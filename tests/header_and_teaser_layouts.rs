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
        assert_eq!(kind_at(&a, line), Some(BoilerplateKind::Standfirst), "line {line}");
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
        assert_eq!(kind_at(&a, line), Some(BoilerplateKind::Related), "line {line}");
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
    assert_eq!(a.rubric.as_ref().map(|r| r.kind), Some(RubricKind::Exclusive));

    let page = "社説：地方鉄道の存続　沿線の知恵を集めよ\n\
        2024/3/5 東京朝刊\n\
        赤字が続く地方鉄道の存続をめぐり、沿線自治体と鉄道会社の協議が各地で始まっている。\n\
        利用者を増やすには、通学や通院の時間に合わせたダイヤの見直しが欠かせない。\n";
    let a = parse(page).unwrap();
    assert_eq!(a.title.as_deref(), Some("地方鉄道の存続　沿線の知恵を集めよ"));
    assert_eq!(a.rubric.as_ref().map(|r| r.kind), Some(RubricKind::Editorial));
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
