//! Pages a text browser wrapped at a fixed width (`lynx -dump`, `w3m
//! -dump`): each paragraph printed over several indented lines, none of
//! which reads as a paragraph alone; and headers of blind set 39's pages:
//! a language switcher, a page's `<title>` with the site's name. All text
//! here is written for these tests.

use newsparse::{parse, BoilerplateKind};

mod common;
use common::{kind_at, lines_of};

/// An English story wrapped at 80 columns: every line of each paragraph
/// is a body line, the linked teasers and the reference list are not.
#[test]
fn lynx_page_wrapped_at_eighty_columns() {
    let page = [
        "   [1]Harbour Post [2]Home [3]Local [4]Business [5]Sport",
        "",
        "   [6]Home >> [7]Local",
        "",
        " Fish market on the north quay to be rebuilt after three-year dispute",
        "",
        "   Published: 14 March 2019 09:30    By Tom Reed",
        "",
        "   [8]Facebook [9]Twitter [10]Email",
        "",
        "   The harbour board of the coastal town voted on Thursday to rebuild the old",
        "   fish market on the north quay, ending a dispute that had divided traders and",
        "   residents for almost three years.",
        "",
        "   Under the plan, the market hall will keep its brick front and iron roof,",
        "   while the stalls inside will be rebuilt with cold rooms and a new drainage",
        "   system.",
        "",
        "   Traders had asked for the work to be done in two stages, so that half of the",
        "   stalls could stay open during the summer season.",
        "",
        "   The board said the first stage would begin in October and that the hall",
        "   should reopen in full before the next spring.",
        "",
        "  Related stories",
        "",
        "     * [11]Ferry timetable changes for the summer",
        "     * [12]New lights for the marina car park",
        "",
        "   © Harbour Post 2019. All rights reserved.",
        "",
        "References",
        "",
        "   1. http://harbourpost.example/",
        "   2. http://harbourpost.example/",
        "   3. http://harbourpost.example/local/",
    ]
    .join("\n");
    let a = parse(&page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Fish market on the north quay to be rebuilt after three-year dispute")
    );
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2019-03-14T09:30:00")
    );
    assert_eq!(lines_of(&a), vec![11, 12, 13, 15, 16, 17, 19, 20, 22, 23]);
    assert_eq!(
        a.paragraphs[1].text,
        "fish market on the north quay, ending a dispute that had divided traders and"
    );
    assert!(kind_at(&a, 27).is_some());
    assert_eq!(kind_at(&a, 30), Some(BoilerplateKind::Copyright));
}

/// An Arabic story wrapped narrower, with short paragraphs of two and
/// three lines: the first paragraph's opening lines, which end in the
/// middle of a sentence, are body lines too.
#[test]
fn arabic_lynx_page_with_short_wrapped_paragraphs() {
    let page = [
        "   [1]الرئيسية [2]محليات [3]اقتصاد [4]رياضة",
        "",
        " افتتاح الجسر الجديد فوق النهر بعد عامين من الأشغال",
        "",
        "   2019-03-14 09:30:00",
        "",
        "   [5]فيسبوك [6]تويتر",
        "",
        "   افتتحت البلدية صباح الأحد الجسر الجديد فوق النهر بعد عامين من",
        "   الأشغال، وقال رئيسها إن الجسر سيختصر الطريق بين الحيين الشرقي والغربي",
        "   إلى خمس دقائق فقط.",
        "",
        "   وأضاف أن الجسر مخصص للمشاة والدراجات خلال الأشهر الأولى، على أن تفتح",
        "   الحافلات طريقها فوقه بعد انتهاء أعمال الإنارة في الصيف المقبل.",
        "",
        "   ورحب سكان الحي الشرقي بالمشروع، وقال صاحب مخبز قرب مدخل الجسر إن",
        "   زبائنه من الضفة الأخرى كانوا يقطعون مسافة طويلة للوصول إليه.",
        "",
        "  الأكثر قراءة",
        "",
        "     * [7]موعد افتتاح السوق الأسبوعي",
        "     * [8]حملة لتنظيف شاطئ المدينة",
        "",
        "References",
        "",
        "   1. http://example.org/",
        "   2. http://example.org/local/",
    ]
    .join("\n");
    let a = parse(&page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("افتتاح الجسر الجديد فوق النهر بعد عامين من الأشغال")
    );
    assert_eq!(lines_of(&a), vec![9, 10, 11, 13, 14, 16, 17]);
    assert!(kind_at(&a, 21).is_some());
}

/// A copied page of short one-line paragraphs, each closing its sentence,
/// with no blank lines: not a wrapped page, so the headline above the
/// first paragraph stays the headline.
#[test]
fn short_unwrapped_paragraphs_keep_their_headline() {
    let page = "Council approves new cycle lane on the river road after long debate\n\
        12 June 2021 10:05\n\
        The council approved a new cycle lane on the river road on Friday evening.\n\
        The lane will run for two kilometres between the bridge and the station.\n\
        Work on the first section is due to start at the end of the summer.\n\
        Shop owners on the road asked for the loading bays to be kept in place.\n\
        The council said four of the six bays would stay where they are today.\n\
        A public meeting on the second section will be held in September.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Council approves new cycle lane on the river road after long debate")
    );
    assert_eq!(lines_of(&a), vec![3, 4, 5, 6, 7, 8]);
}

/// A language switcher over the header, with the site's own domain among
/// the languages' names: furniture, not the headline.
#[test]
fn language_switcher_with_the_domain_is_not_the_headline() {
    let page = [
        "Noticias.ejemplo.cn | 新闻网 | English | Français | Русский | 日本語 | العربية | Português",
        "Miércoles 9 de julio de 2014",
        "Buscar",
        "Portada",
        "China",
        "Mundo",
        "Economía",
        "Opinión",
        "Cultura",
        "Deportes",
        "Fotos",
        "Especiales",
        "Portada>>Sociedad",
        " ",
        "Una biblioteca flotante recorre los pueblos del río durante el verano",
        " ",
        "    2014:07:02.10:20    Tamaño de letra:    Imprimir",
        " ",
        "    Wuhan, 02/07/2014 - Un barco convertido en biblioteca comenzó esta semana su recorrido por los pueblos de la orilla del río, donde se detendrá dos días en cada puerto.",
        "    La embarcación lleva más de cuatro mil libros y una pequeña sala de lectura para los niños, que pueden llevarse dos libros a casa hasta la siguiente visita.",
        "    Los organizadores dijeron que el proyecto se repetirá el próximo año si los ayuntamientos mantienen su apoyo económico.",
    ]
    .join("\n");
    let a = parse(&page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Una biblioteca flotante recorre los pueblos del río durante el verano")
    );
    assert_eq!(kind_at(&a, 1), Some(BoilerplateKind::Navigation));
    assert_eq!(lines_of(&a), vec![19, 20, 21]);
}

/// A crawl record's text opening with the page's `<title>` (headline, a
/// bar, the site's name), the site's name printed alone under it, the
/// language menu, then the body: the headline is read without the name.
#[test]
fn page_title_loses_the_site_name_printed_as_the_masthead() {
    let page = "Новый паром свяжет два берега залива уже этим летом | Радио Пример на русском\n\
        Радио Пример на русском\n\
        Türkçe English Deutsch Français العربية فارسی Русский Українська Español\n\
        Главная\n\
        Турция\n\
        Мир\n\
        Экономика\n\
        Культура\n\
        Спорт\n\
        Паром на сто пассажиров начнёт курсировать между двумя берегами залива в июне, сообщили в городской администрации во вторник.\n\
        По словам чиновников, рейсы будут выполняться каждый час с семи утра до одиннадцати вечера, а билет будет стоить столько же, сколько проезд в автобусе.\n\
        Жители прибрежных районов давно просили открыть переправу, так как объезд по мосту занимает больше часа в часы пик.\n\
        Новый паром свяжет два берега залива уже этим летом\n\
        14.05.2019 13:45\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Новый паром свяжет два берега залива уже этим летом")
    );
    assert_eq!(kind_at(&a, 3), Some(BoilerplateKind::Navigation));
    assert_eq!(lines_of(&a), vec![10, 11, 12]);
}

/// A section front a text browser wrapped: a lead teaser whose excerpt
/// runs over six lines, then dated teasers with two-line excerpts. Each
/// wrapped excerpt counts once, as the teaser it is, so the page is a
/// listing.
#[test]
fn wrapped_section_front_is_a_listing() {
    let page = [
        "   [1]Valley Courier  [2]Home  [3]Local  [4]Business  [5]Sport",
        "",
        "   Local news",
        "",
        "   Council opens a new primary school in the eastern district",
        "",
        "   2019-08-09 13:42",
        "",
        "   The mayor opened the new primary school in the eastern district on",
        "   Wednesday, a building paid for by a regional fund at a cost of about one and",
        "   a half million, with twenty-four classrooms, two laboratories and a library.",
        "   The mayor said in a speech that the council would keep building schools in",
        "   the growing districts and that the roads around the school would be repaired",
        "   soon. Details",
        "",
        "   Police arrest two men after a break-in at the harbour warehouse",
        "",
        "   2019-08-09 12:58",
        "",
        "   Police arrested two men early on Wednesday after a break-in at a warehouse",
        "   on the harbour front, where tools and copper cable were taken...",
        "",
        "   Power cuts to continue in the northern quarter for another week",
        "",
        "   2019-08-09 12:20",
        "",
        "   The power company said the rota of cuts in the northern quarter would stay",
        "   as it is for the coming days while a transformer is replaced...",
        "",
        "   Second round of the school exams set for late August",
        "",
        "   2019-08-09 11:47",
        "",
        "   The education office announced the date of the second round of the school",
        "   exams for pupils who failed or want to improve their marks...",
        "",
        "   Town hall starts work on the main shopping street",
        "",
        "   2019-08-09 10:55",
        "",
        "   The town hall began work on the main shopping street, one and a half",
        "   kilometres long, paid for by a loan from a development bank...",
        "",
        "   Summer camp for children ends with a show in the park",
        "",
        "   2019-08-09 09:31",
        "",
        "   The youth association closed its summer camp, which ran for three weeks and",
        "   welcomed three hundred children from the town and nearby villages...",
        "",
        "   1 2 3 4 ... Next »",
        "",
        "   © Valley Courier 2019",
    ]
    .join("\n");
    assert_eq!(
        parse(&page).unwrap_err(),
        newsparse::ParseError::NotAnArticle
    );
}

/// A standfirst a text browser wrapped over three lines between the
/// headline and the date line, and a French share row of verbs: the
/// standfirst's lines are the header's, the body starts after the row.
#[test]
fn wrapped_standfirst_over_the_date_line() {
    let page = [
        "   [1]Accueil > [2]Région > [3]Lille",
        "",
        "   Lille: la rue des Arts passera en zone piétonne avant l’été",
        "",
        "   Piétons prioritaires, vitesse limitée à 20 km/h et livraisons le matin",
        "   seulement: la Ville a présenté lundi le nouveau visage de la rue, qui doit",
        "   entrer en vigueur en juin.",
        "",
        "   Par Claire Dumont | Publié le 23/04/2018",
        "",
        "   Partager Tweeter Envoyer",
        "",
        "   C’est un changement important pour l’une des rues les plus animées du",
        "   centre. À partir du 4 juin, la rue des Arts deviendra une zone piétonne, a",
        "   annoncé lundi soir l’adjointe chargée des déplacements.",
        "",
        "   Les vélos pourront y circuler dans les deux sens, et les livraisons ne",
        "   seront plus autorisées qu’entre six et onze heures du matin, contre treize",
        "   heures aujourd’hui.",
        "",
        "   Les commerçants, consultés depuis l’automne, ont obtenu que deux places de",
        "   livraison soient créées au bout de la rue.",
    ]
    .join("\n");
    let a = parse(&page).unwrap();
    assert_eq!(lines_of(&a), vec![13, 14, 15, 17, 18, 19, 21, 22]);
    assert_eq!(kind_at(&a, 5), Some(BoilerplateKind::Standfirst));
    let share = a.share.expect("share row");
    assert_eq!(share.lines, vec![11]);
}

/// Chinese as lynx wraps it, by its count of chars (70 a line, 140
/// terminal columns), each paragraph's last line carrying on mid-word:
/// every line of the body is body.
#[test]
fn chinese_lynx_page_wrapped_by_chars() {
    let page = [
        "   [1]观察网  [2]首页  [3]新闻  [4]财经",
        "",
        "   上海多个小区撤桶并点 居民逐步适应定时投放",
        "",
        "   2019-05-14 08:12:45 来源：观察网",
        "",
        "   市容管理局十三日表示，全市已有约三千个小区完成垃圾投放点的改造，居民需要在每天早晚两个固定时段把分好类的垃圾送到指定地点，其余时间投放点关闭",
        "   ，由志愿者轮流值守并帮助老人分拣。",
        "",
        "   在一个已经完成改造的老小区，七十岁的王阿姨说，刚开始很不习惯，要提着垃圾走到小区门口，还要分清湿垃圾和干垃圾，不过两个月下来，她觉得楼道里干",
        "   净多了，也没有了夏天的异味。",
        "",
        "   也有年轻上班族反映，晚上下班回家时投放点已经关门，只能把垃圾带回家第二天早上再扔，希望小区能在晚间增设一个时段，或者设置可以随时投放的智能垃",
        "   圾箱。",
        "",
        "   责任编辑：李明",
    ]
    .join("\n");
    let a = parse(&page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("上海多个小区撤桶并点 居民逐步适应定时投放")
    );
    assert_eq!(lines_of(&a), vec![7, 8, 10, 11, 13, 14]);
}
