//! Pages from Thai, Bengali, Japanese, Chinese portal, Ukrainian, Saudi,
//! Iraqi and Libyan sites: their date formats, share rows and furniture.
//! All text here is written for these tests.

use newsparse::{parse, parse_bytes, BoilerplateKind, Language, SharePlatform};

mod common;
use common::{kind_at, lines_of};

fn published(a: &newsparse::Article<'_>) -> Option<String> {
    a.published.map(|p| p.to_string())
}

/// A crawl record of a Thai page: the page title ends with the site's
/// name, which the page prints again under the date; a Buddhist Era date
/// with an abbreviated month; a share word; a related-news heading.
#[test]
fn thai_page_with_buddhist_era_date_and_site_name_under_it() {
    let page = "WARC/1.0\n\
        WARC-Type: conversion\n\
        WARC-Target-URI: https://www.example.co.th/news/local/1234\n\
        WARC-Date: 2024-05-02T01:00:00Z\n\
        Content-Type: text/plain\n\
        \n\
        เทศบาลเปิดตลาดน้ำแห่งใหม่ริมคลอง | ข่าวเมืองใต้\n\
        ข่าวเมืองใต้\n\
        หน้าแรก\n\
        ภูมิภาค\n\
        เทศบาลเปิดตลาดน้ำแห่งใหม่ริมคลองหลังปรับปรุงท่าเรือเสร็จ\n\
        28 เม.ย. 2567 10:15 น.\n\
        ข่าวเมืองใต้\n\
        แชร์\n\
        เทศบาลเมืองเปิดตลาดน้ำแห่งใหม่ริมคลองสายหลักเมื่อเช้าวันอาทิตย์ หลังจากใช้เวลาปรับปรุงท่าเรือและทางเดินริมน้ำนานกว่าแปดเดือน โดยมีพ่อค้าแม่ค้าเข้าร่วมกว่า 60 ราย\n\
        นายกเทศมนตรีกล่าวว่า ตลาดจะเปิดทุกวันเสาร์และอาทิตย์ตั้งแต่เจ็ดโมงเช้าถึงบ่ายสามโมง และจะจัดเรือรับส่งนักท่องเที่ยวจากท่าเรือกลางเมืองทุกครึ่งชั่วโมง\n\
        อ่านข่าวที่เกี่ยวข้อง\n\
        ฝนตกหนักทำน้ำท่วมถนนสายหลักในตัวเมือง\n\
        ชาวบ้านริมคลองบอกว่าดีใจที่ได้มีรายได้เพิ่มขึ้น และหวังว่าตลาดจะช่วยให้คนรุ่นใหม่กลับมาใช้คลองเป็นเส้นทางสัญจรอีกครั้ง\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("เทศบาลเปิดตลาดน้ำแห่งใหม่ริมคลองหลังปรับปรุงท่าเรือเสร็จ")
    );
    assert_eq!(a.title_line, Some(11));
    assert_eq!(published(&a).as_deref(), Some("2024-04-28T10:15:00"));
    assert_eq!(a.language, Some(Language::Thai));
    assert!(a.share.as_ref().is_some_and(|s| s.lines == [14]));
    assert_eq!(kind_at(&a, 17), Some(BoilerplateKind::Related));
    assert_eq!(lines_of(&a), [15, 16, 19]);
}

/// A text browser's dump of a Bengali site: Bengali digits and month
/// names, a space after the clock's colon, an update line, a read-more
/// heading over a linked story inside the body.
#[test]
fn bengali_page_with_bengali_digits_and_read_more_box() {
    let page = "   [1]খবরের পাতা\n\
        \n\
           রবিবার, ১২ মে ২০২৪\n\
        \n\
           [2]সর্বশেষ [3]বাংলাদেশ [4]খেলা\n\
        \n\
        নদীভাঙনে ঘর হারানো পরিবারগুলো পেল নতুন বাড়ি\n\
        \n\
           নিজস্ব প্রতিবেদক\n\
           প্রকাশ: ১১ মে ২০২৪, ১৬: ৪০\n\
           আপডেট: ১১ মে ২০২৪, ১৮: ০২\n\
        \n\
           নদীভাঙনে ঘর হারানো চল্লিশটি পরিবারের হাতে আজ শনিবার নতুন বাড়ির চাবি তুলে দিয়েছে উপজেলা প্রশাসন। প্রতিটি বাড়িতে দুটি কক্ষ, একটি রান্নাঘর ও একটি শৌচাগার রয়েছে।\n\
        \n\
           আরও পড়ুন\n\
           [5]বন্যার পানি নামতে শুরু করেছে, দুর্ভোগ কমেনি\n\
        \n\
           উপজেলা নির্বাহী কর্মকর্তা বলেন, বাড়িগুলো নদী থেকে অনেক দূরে উঁচু জমিতে বানানো হয়েছে। পরিবারগুলো আগামী সপ্তাহ থেকে সেখানে থাকতে পারবে।\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("নদীভাঙনে ঘর হারানো পরিবারগুলো পেল নতুন বাড়ি")
    );
    assert_eq!(published(&a).as_deref(), Some("2024-05-11T16:40:00"));
    assert_eq!(
        a.modified.map(|m| m.to_string()).as_deref(),
        Some("2024-05-11T18:02:00")
    );
    assert_eq!(a.language, Some(Language::Bengali));
    assert_eq!(kind_at(&a, 15), Some(BoilerplateKind::Related));
    assert_eq!(lines_of(&a), [13, 18]);
}

/// A Japanese broadcaster's page: the time in kanji after the date; a
/// share row whose `X` and `LINE` stand alone on their lines; related
/// news with their own dates; a long copyright notice.
#[test]
fn japanese_page_with_kanji_time_and_lone_platform_names() {
    let page = "ニュース\n\
        トップ\n\
        地域\n\
        \n\
        駅前の商店街に子ども食堂 週2回の開設へ\n\
        2024年6月3日 17時8分\n\
        \n\
        駅前の商店街の空き店舗を改装した子ども食堂が、来週から週に2回開かれることになりました。\n\
        \n\
        運営するのは地元の商店主らでつくる団体で、食材の多くは近くの農家から寄付を受けるということです。\n\
        \n\
        シェアする\n\
        X\n\
        Facebook\n\
        LINE\n\
        リンクをコピー\n\
        \n\
        関連ニュース\n\
        市立図書館 夜間の開館を試験的に延長\n\
        2024年5月20日 12時30分\n\
        \n\
        Copyright Example Broadcasting (Example Japan) All rights reserved. 許可なく転載することを禁じます。このページの情報は掲載時点のものです。\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("駅前の商店街に子ども食堂 週2回の開設へ")
    );
    assert_eq!(published(&a).as_deref(), Some("2024-06-03T17:08:00"));
    assert_eq!(a.language, Some(Language::Japanese));
    let share = a.share.as_ref().expect("a share row");
    assert_eq!(share.lines, [12, 13, 14, 15, 16]);
    assert!(share.platforms.contains(&SharePlatform::X));
    assert!(share.platforms.contains(&SharePlatform::Line));
    assert_eq!(kind_at(&a, 18), Some(BoilerplateKind::Related));
    assert_eq!(kind_at(&a, 22), Some(BoilerplateKind::Copyright));
    assert_eq!(lines_of(&a), [8, 10]);
}

/// A portal's account post: a photo caption closing with `供图`, the link
/// back to the portal and its hosting disclaimer under the text.
#[test]
fn chinese_portal_post_with_supplied_photo_and_disclaimer() {
    let page = "城事观察\n\
        \n\
        老旧小区加装电梯 居民下楼不再难\n\
        \n\
        2023-09-18 10:20\n\
        发布于：浙江\n\
        \n\
        上周五，湖滨街道一处建于上世纪九十年代的老小区迎来了第一部加装电梯，住在六楼的老人终于可以不用爬楼了。\n\
        \n\
        居民在新装的电梯前合影。街道 供图\n\
        \n\
        据介绍，这部电梯由居民自筹和政府补贴共同出资，从方案公示到完工用了大约五个月。\n\
        \n\
        返回搜狐，查看更多\n\
        \n\
        平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。\n";
    let a = parse(page).unwrap();
    assert_eq!(a.title.as_deref(), Some("老旧小区加装电梯 居民下楼不再难"));
    assert_eq!(kind_at(&a, 10), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 14), Some(BoilerplateKind::Navigation));
    assert!(kind_at(&a, 16).is_some());
    assert_eq!(lines_of(&a), [8, 12]);
}

/// A photo credit printed after the body's last paragraph, right before
/// the tags, names the lead photo: the sentence above it is body text.
/// Inside the body, the short line above a credit stays a caption.
#[test]
fn a_credit_closing_the_body_leaves_the_last_sentence_in_it() {
    let page = "Новини\r\n\
        Регіони\r\n\
        14.03.2024 10:20\r\n\
        У Луцьку відкрили новий сквер на місці занедбаного пустиря\r\n\
        \r\n\
        У Луцьку на місці колишнього пустиря біля річки відкрили сквер із лавками, дитячим майданчиком і велодоріжкою.\r\n\
        \r\n\
        Лавки біля нового скверу\r\n\
        Фото: Луцька міська рада\r\n\
        \r\n\
        Роботи тривали п’ять місяців, їх профінансували з міського бюджету та коштом місцевих підприємців.\r\n\
        \r\n\
        Як повідомлялося раніше, минулого року в місті вже облаштували дві зелені зони вздовж набережної.\r\n\
        \r\n\
        Фото: Луцька міська рада\r\n\
        \r\n\
        Теги:\r\n\
        Луцьк\r\n";
    let a = parse(page).unwrap();
    assert_eq!(kind_at(&a, 8), Some(BoilerplateKind::Caption));
    assert_eq!(lines_of(&a), [6, 11, 13]);
    assert_eq!(kind_at(&a, 15), Some(BoilerplateKind::Caption));
}

/// A news agency's date line: the clock time first, then the Hijri date
/// with its weekday and the Gregorian date beside it; the agency's
/// dateline opens the first paragraph.
#[test]
fn clock_time_before_a_hijri_and_gregorian_pair() {
    let page = "   [1]الرئيسية [2]محليات\n\
        \n\
           افتتاح ممشى جديد على الواجهة البحرية في ينبع\n\
        \n\
           10:05 الاثنين 13 شوال 1445 هـ - 22 أبريل 2024 م\n\
        \n\
           ينبع 13 شوال 1445 هـ الموافق 22 أبريل 2024 م واس افتتحت بلدية المحافظة ممشى بطول ثلاثة كيلومترات على الواجهة البحرية، يضم مسارات للدراجات ومناطق جلوس مظللة.\n\
        \n\
           وأوضحت البلدية أن الممشى سيفتح أبوابه للزوار يوميا من الساعة الخامسة صباحا حتى منتصف الليل.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("افتتاح ممشى جديد على الواجهة البحرية في ينبع")
    );
    // (With the agency's zone when the dateline names a known agency.)
    let p = published(&a).unwrap();
    assert!(p.starts_with("2024-04-22T10:05:00"), "{p}");
    assert_eq!(lines_of(&a), [7, 9]);
}

/// The article's date is a weekday and a date under the writer; the
/// related list at the foot dates its own stories.
#[test]
fn a_related_item_date_is_not_the_article_date() {
    let page = "[1]جريدة المدينة\n\
        الخميس 21 آذار 2024\n\
        [2]الرئيسية [3]محليات [4]اقتصاد\n\
        \n\
        افتتاح سوق شعبي جديد للخضار في منطقة الكرادة\n\
        \n\
        بغداد: سلمى كاظم\n\
        \n\
        الأربعاء 20 آذار 2024\n\
        \n\
        افتتحت أمانة العاصمة، أمس الثلاثاء، سوقا شعبيا جديدا للخضار والفواكه في منطقة الكرادة، يضم أكثر من مئة محل.\n\
        \n\
        وقال مدير البلدية إن السوق سيخفف الزحام عن الشوارع الفرعية التي كان الباعة يشغلونها.\n\
        \n\
        وأضاف أن الأمانة خصصت موقفا للسيارات خلف السوق، وأن المحلات ستؤجر بأسعار رمزية للباعة المتجولين.\n\
        \n\
        ورحب عدد من سكان المنطقة بالسوق الجديد، مطالبين بتوسيع التجربة إلى أحياء أخرى.\n\
        \n\
        مقالات ذات صلة\n\
        \n\
          • [5]حملة لتنظيف الأرصفة في شارع السعدون\n\
            2024/03/18\n\
          • [6]تأهيل جسر المشاة قرب ساحة التحرير\n\
            2024/03/15\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("افتتاح سوق شعبي جديد للخضار في منطقة الكرادة")
    );
    assert_eq!(published(&a).as_deref(), Some("2024-03-20"));
    assert_eq!(lines_of(&a), [11, 13, 15, 17]);
}

/// `تقرير` before a long headline is the headline's rubric, not a
/// writer's label; the page title prints the site's name first.
#[test]
fn report_rubric_before_a_long_headline_under_a_site_first_page_title() {
    let page = "بوابة الجنوب | تقرير: أزمة الوقود تعطل حركة النقل بين مدن الجنوب للأسبوع الثاني\n\
        الأحد 10 مارس 2024\n\
        بوابة الجنوب\n\
        الرئيسية\n\
        محليات\n\
        آخر الأخبار\n\
        افتتاح معرض للكتاب في سبها بمشاركة أربعين دار نشر\n\
        محليات\n\
        تقرير: أزمة الوقود تعطل حركة النقل بين مدن الجنوب للأسبوع الثاني\n\
        سبها - بوابة الجنوب: سالم الترهوني\n\
        الجمعة 08 مارس 2024, 06:10 مساء\n\
        حافلات متوقفة في محطة سبها، 6 مارس 2024. (بوابة الجنوب)\n\
        توقفت عشرات الحافلات عن العمل في محطة سبها منذ أكثر من أسبوع، بعد أن شحت كميات الوقود في المحطات الرسمية وارتفعت أسعاره في السوق الموازية.\n\
        وقال سائق يعمل على خط سبها أوباري إنه لم يتمكن من الحصول على الوقود إلا مرة واحدة خلال الأيام الماضية.\n";
    let a = parse_bytes(page.as_bytes()).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("أزمة الوقود تعطل حركة النقل بين مدن الجنوب للأسبوع الثاني")
    );
    assert_eq!(a.rubric.as_ref().map(|r| r.label.as_ref()), Some("تقرير"));
    assert_eq!(a.title_line, Some(9));
    assert_eq!(published(&a).as_deref(), Some("2024-03-08T18:10:00"));
    assert_eq!(lines_of(&a), [13, 14]);
}

/// A broadcaster's Arabic service in a crawl record: skip links, then a
/// cookie box (its notice and button) under them, a menu of single
/// words, the headline, a standfirst, a date-only line, a photo with its
/// credit, the body with an intertitle, the editors' initials.
#[test]
fn skip_links_then_a_consent_box_then_the_article() {
    let page = "ألمانيا: مدارس صيفية مجانية لتعليم اللغة لأطفال اللاجئين – DW\n\
        تخطي إلى المحتوى\n\
        تخطي إلى القائمة الرئيسية\n\
        تخطي إلى المزيد من مواقعنا\n\
        نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. لمعرفة المزيد يرجى زيارة صفحة الخصوصية.\n\
        موافق\n\
        ألمانيا\n\
        العالم العربي\n\
        الهجرة\n\
        اقتصاد\n\
        ثقافة\n\
        ألمانيا: مدارس صيفية مجانية لتعليم اللغة لأطفال اللاجئين\n\
        تفتح عشرات المدارس في ولاية بافاريا أبوابها خلال العطلة الصيفية لتعليم اللغة الألمانية لأطفال اللاجئين، في برنامج تموله الولاية للعام الثالث.\n\
        12.07.2023\n\
        أطفال في صف دراسي بمدينة ميونيخ (صورة رمزية)\n\
        صورة من: Sven Hoppe/dpa/picture alliance\n\
        أعلنت وزارة التعليم في ولاية بافاريا أن أكثر من ستين مدرسة ستشارك هذا الصيف في برنامج الدروس المجانية، الذي يستمر أربعة أسابيع.\n\
        وقالت متحدثة باسم الوزارة إن البرنامج يستهدف الأطفال الذين وصلوا إلى ألمانيا خلال العامين الماضيين.\n\
        دروس في الصباح وأنشطة بعد الظهر\n\
        ويجمع البرنامج بين دروس اللغة في ساعات الصباح ورحلات وأنشطة رياضية بعد الظهر، بحسب القائمين عليه.\n\
        ع.ح/ ص.ش (د ب أ)\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("ألمانيا: مدارس صيفية مجانية لتعليم اللغة لأطفال اللاجئين")
    );
    assert_eq!(a.title_line, Some(12));
    assert_eq!(published(&a).as_deref(), Some("2023-07-12"));
    assert_eq!(kind_at(&a, 2), Some(BoilerplateKind::Navigation));
    assert_eq!(kind_at(&a, 4), Some(BoilerplateKind::Navigation));
    assert_eq!(kind_at(&a, 5), Some(BoilerplateKind::Cookies));
    assert_eq!(kind_at(&a, 6), Some(BoilerplateKind::Cookies));
    assert_eq!(lines_of(&a), [17, 18, 19, 20]);
}

/// A gallery page of the seed's outlet: the slide counter and buttons,
/// then the slide's caption; a video's title over its player's clock
/// inside the body.
#[test]
fn gallery_slide_caption_and_video_player_in_the_body() {
    let page = "الصفحة الرئيسية>>صور\n\
        \n\
        سباق القوارب التنينية يجمع آلاف المتفرجين على ضفاف النهر\n\
        \n\
        cri       (GMT+08:00) 2015-06-20 18:32:10\n\
        \n\
        2/8\n\
        السابق\n\
        التالي\n\
        فريق من الجدافين يتقدم نحو خط النهاية في سباق القوارب التنينية، 20 يونيو 2015.\n\
        \n\
        شارك أكثر من أربعين فريقا اليوم السبت في سباق القوارب التنينية الذي أقيم على النهر وسط المدينة، بمناسبة عيد دوانوو التقليدي.\n\
        \n\
        فيديو: لحظة وصول الفريق الفائز\n\
        00:00 / 01:58\n\
        \n\
        وقال منظمو السباق إن عدد المتفرجين تجاوز هذا العام عشرين ألف شخص، توزعوا على الجسور وضفتي النهر.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("سباق القوارب التنينية يجمع آلاف المتفرجين على ضفاف النهر")
    );
    assert_eq!(published(&a).as_deref(), Some("2015-06-20T18:32:10+08:00"));
    assert_eq!(kind_at(&a, 10), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 14), Some(BoilerplateKind::Video));
    assert_eq!(kind_at(&a, 15), Some(BoilerplateKind::Video));
    assert_eq!(lines_of(&a), [12, 17]);
}

/// A Quebec daily in a text browser: the standfirst under the headline,
/// the lead photo's placeholder, its caption and a credit in capitals,
/// then the writer, the paper and the date lines.
#[test]
fn standfirst_then_photo_with_capital_credit_then_byline_block() {
    let page = "[1]Aller au contenu\n\
        [2]Le Quotidien\n\
        [3]Actualités [4]Affaires [5]Sports [6]Arts\n\
        \n\
        Un traversier électrique reliera les deux rives dès l'été prochain\n\
        \n\
        Le navire de 40 mètres remplacera un bateau au diesel en service depuis 1987.\n\
        \n\
        [7][image]\n\
        Le nouveau traversier en construction au chantier naval de Lévis.\n\
        PHOTO MARIE-CLAUDE TREMBLAY, LE QUOTIDIEN\n\
        \n\
        [8]Philippe Gauthier\n\
        Le Quotidien\n\
        Publié le 12 mars 2024 à 6 h 00\n\
        \n\
        La société des traversiers a confirmé mardi que son premier navire entièrement électrique entrera en service en juillet, après deux ans de construction.\n\
        \n\
        « Les passagers ne sentiront aucune différence, sinon le silence », a assuré le directeur des opérations, Martin Lessard.\n\
        \n\
        Les batteries seront rechargées au quai pendant les dix minutes d'embarquement, grâce à une borne installée l'automne dernier.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Un traversier électrique reliera les deux rives dès l'été prochain")
    );
    assert_eq!(published(&a).as_deref(), Some("2024-03-12T06:00:00"));
    assert_eq!(kind_at(&a, 7), Some(BoilerplateKind::Standfirst));
    assert_eq!(kind_at(&a, 11), Some(BoilerplateKind::Caption));
    assert_eq!(lines_of(&a), [17, 19, 21]);
}

/// A business site's tag page: teasers, each a headline, sometimes a
/// snippet, and a stamp of its section and time. No article.
#[test]
fn a_tag_page_of_teasers_with_section_stamps_is_no_article() {
    let page = "Новости\nЭкономика\nБизнес\n\n\
        Речные перевозки\n\nВсе материалы по теме\n\n\
        Пассажиропоток на речных трамваях вырос на треть\n\
        Перевозчики объясняют рост теплой погодой и новыми маршрутами по каналам.\n\
        Бизнес, 14:05\n\n\
        Почему навигация на Волге открывается позже обычного\n\
        Мнение, 11:40\n\n\
        В Казани спустили на воду новый теплоход\n\
        Бизнес, Вчера, 18:30\n\n\
        Речной вокзал в Самаре закроют на ремонт\n\
        Общество, 18 апр, 10:00\n\n\
        Показать еще\n";
    assert!(matches!(
        parse(page),
        Err(newsparse::ParseError::NotAnArticle)
    ));
}

/// A related-story promo with its headline after the label's colon is a
/// box of its own: the body's next intertitle stays in the body. A lynx
/// image placeholder's caption sits on the line under it.
#[test]
fn inline_related_promo_and_caption_under_an_image_placeholder() {
    let page = "   [1]首页 > [2]经济\n\
        \n\
        长江航运复苏 港口集装箱吞吐量创新高\n\
        \n\
           2023年05月16日 09:30 来源于 财经日报\n\
        \n\
           今年一季度，长江沿线主要港口的集装箱吞吐量同比增长百分之十二，创下同期历史新高。\n\
        \n\
           [3][图片]\n\
           集装箱货轮停靠在武汉阳逻港码头\n\
        \n\
           相关报道：[4]内河航运运价连续三个月回升\n\
        \n\
        运力仍显紧张\n\
        \n\
           多家航运公司表示，新增船舶要到明年才能陆续交付，旺季运力依然紧张，部分航线已出现排队等泊的情况。\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("长江航运复苏 港口集装箱吞吐量创新高")
    );
    assert_eq!(kind_at(&a, 10), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 12), Some(BoilerplateKind::Related));
    assert_eq!(lines_of(&a), [7, 14, 16]);
}

/// A list inside the body whose item reads `Name, en Place`, then an
/// editor's note after the story: the items stay body, the note does not.
#[test]
fn list_items_stay_body_and_an_editors_note_is_set_aside() {
    let page = "Metrópoli\n\
        \n\
        Cortarán el agua en 40 colonias por obras en el acueducto\n\
        \n\
        18/07/2023 12:30\n\
        \n\
        El sistema de aguas anunció que el servicio se suspenderá desde el jueves por la noche para reparar una fuga en el acueducto del oriente.\n\
        \n\
        Entre las colonias sin servicio se encuentran:\n\
        Santa Martha Acatitla\n\
        Los Reyes, en Iztapalapa\n\
        Ejército de Oriente\n\
        \n\
        El servicio se restablecerá de forma gradual a partir del sábado, según el calendario publicado por las autoridades.\n\
        \n\
        N. de la R.: Una versión anterior de esta nota daba otra fecha para el inicio del corte.\n";
    let a = parse(page).unwrap();
    assert_eq!(lines_of(&a), [7, 9, 10, 11, 12, 14]);
    assert!(kind_at(&a, 16).is_some());
}

/// A live blog: entries stamped with a clock or a relative time. No
/// article. A photo gallery: slides counted one by one with captions.
/// No article either.
#[test]
fn live_blogs_and_photo_galleries_are_no_articles() {
    let mut live = String::from(
        "EN DIRECT\n\nTempête sur la côte : les dernières informations\n\nPublié aujourd'hui à 08h10\n\n",
    );
    for (stamp, entry) in [
        ("Il y a 4 min", "Les pompiers signalent une centaine d'interventions depuis minuit dans le département."),
        ("Il y a 25 min", "La circulation des trains est interrompue entre les deux gares principales jusqu'à midi."),
        ("11:42", "Le préfet appelle les habitants à limiter leurs déplacements pendant toute la journée."),
        ("11:15", "Les écoles du littoral resteront fermées demain, annonce le rectorat dans un communiqué."),
        ("10:58", "Des rafales de plus de 120 km/h ont été mesurées sur la pointe pendant la nuit."),
        ("10:20", "Plusieurs routes sont coupées par des chutes d'arbres, selon les services de la voirie."),
    ] {
        live.push_str(&format!("{stamp}\n{entry}\nPartager\n\n"));
    }
    assert!(matches!(
        parse(&live),
        Err(newsparse::ParseError::NotAnArticle)
    ));

    let mut gallery = String::from(
        "صور\n\nبالصور.. مهرجان الزهور يلون شوارع المدينة\n\nنشر في: 12 أبريل 2024 - 18:00\n\n",
    );
    for k in 1..=5 {
        gallery.push_str(&format!(
            "{k} / 5\nزوار يتجولون بين أحواض الزهور في اليوم {k} من المهرجان وسط المدينة.\nالمصدر: المهرجان\n\n"
        ));
    }
    assert!(matches!(
        parse(&gallery),
        Err(newsparse::ParseError::NotAnArticle)
    ));
}

/// A weekly's long read: the headline is the last short line under its
/// section, the reporter line carries two credits, a filed-from label, a
/// pull quote repeating the body, an author box at the end.
#[test]
fn chinese_long_read_with_two_credits_pull_quote_and_author_box() {
    let page = "首页\n时局\n经济\n社会\n文化\n评论\n社会\n渡口的最后一个船工\n\
        在大桥通车之后，这条开了四十年的渡船将在月底停航。老船工周海生决定把船留在岸边。\n\
        周末报记者 林晓 周末报实习生 王佳\n\
        发自：湖北宜昌\n\
        2022-08-16 09:30:00\n\
        天刚亮，周海生就把渡船推离了岸边。对岸的集市八点开张，他要赶在第一批赶集的人到来之前，把船上的积水舀干净。\n\
        “桥修好了，船就该歇了。”他说这话的时候，手里的竹篙没有停，“可是人总要有个念想。”\n\
        “桥修好了，船就该歇了。”\n\
        镇政府的工作人员介绍，大桥通车后，两岸居民过江只需要五分钟，渡船的乘客一年比一年少。\n\
        作者简介\n\
        林晓，周末报记者，关注长江沿岸的乡村变迁。\n";
    let a = parse(page).unwrap();
    assert_eq!(a.title.as_deref(), Some("渡口的最后一个船工"));
    assert_eq!(
        published(&a).as_deref().map(|p| &p[..19]),
        Some("2022-08-16T09:30:00")
    );
    assert_eq!(lines_of(&a), [13, 14, 16]);
}

/// A magazine's long read: a date with an hour and no minutes, a photo
/// caption with its photographer's name between two paragraphs, the
/// author box at the end.
#[test]
fn hour_without_minutes_photo_credit_by_name_and_about_the_author() {
    let page = "The Monthly Review\n\
        \n\
        The Last Volunteer Fire Company in the Valley\n\
        \n\
        By Ruth Calloway\n\
        \n\
        March 4, 2024, 7 AM ET\n\
        \n\
        The siren on the firehouse roof still works, though nobody can remember when it was last tested on purpose.\n\
        \n\
        Members of the company wash the engine outside the firehouse on a Sunday morning.\n\
        Owen Marsh\n\
        \n\
        Eleven volunteers answer its calls now, down from forty when the company celebrated its centennial in the nineties.\n\
        \n\
        About the Author\n\
        \n\
        Ruth Calloway is a staff writer who covers rural life.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("The Last Volunteer Fire Company in the Valley")
    );
    assert_eq!(published(&a).as_deref(), Some("2024-03-04T07:00:00-05:00"));
    assert_eq!(kind_at(&a, 11), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 12), Some(BoilerplateKind::Caption));
    assert_eq!(lines_of(&a), [9, 14]);
}

/// A crawl record of a Hindi site: a Devanagari month spelled with the
/// nukta and a PM time, an update line, `कॉपी लिंक` and `शेयर` as the
/// share row, a caption closed by a bracketed file-photo credit, and a
/// read-also box inside the body.
#[test]
fn hindi_page_with_devanagari_month_and_read_also_box() {
    let page = "मंडी में टमाटर के दाम गिरे | समाचार पत्र\n\
        होम\n\
        देश\n\
        राज्य\n\
        मंडी में टमाटर के दाम आधे हुए: किसान बोले, लागत भी नहीं निकल रही\n\
        राकेश वर्मा\n\
        14 फ़रवरी 2024, 06:20 PM\n\
        अपडेटेड: 14 फ़रवरी 2024, 09:05 PM\n\
        कॉपी लिंक\n\
        शेयर\n\
        शहर की सब्जी मंडी में इस हफ्ते टमाटर के थोक दाम पिछले महीने के मुकाबले आधे रह गए हैं।\n\
        मंडी में सुबह से ही टमाटर से भरी ट्रॉलियों की लंबी कतार लगी रही। (फाइल फोटो: जनवरी 2024)\n\
        किसानों का कहना है कि इस बार पैदावार अच्छी हुई, लेकिन बाहर के व्यापारी कम आए।\n\
        ये खबर भी पढ़ें...\n\
        प्याज के दाम में उछाल: दो हफ्ते में दोगुने हुए भाव\n\
        मंडी समिति के सचिव ने बताया कि भंडारण के लिए नया शीत गृह अगले महीने शुरू होगा।\n\
        खबरें और भी हैं...\n\
        बारिश से फसलों को नुकसान\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("मंडी में टमाटर के दाम आधे हुए: किसान बोले, लागत भी नहीं निकल रही")
    );
    assert_eq!(published(&a).as_deref(), Some("2024-02-14T18:20:00"));
    assert_eq!(a.language, Some(Language::Hindi));
    assert!(a
        .share
        .as_ref()
        .is_some_and(|s| s.platforms.contains(&SharePlatform::CopyLink)));
    assert_eq!(kind_at(&a, 12), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 14), Some(BoilerplateKind::Related));
    assert_eq!(lines_of(&a), [11, 13, 16]);
}

/// A text browser's dump of a Hungarian site: the year first
/// (`2024. március 4. 09:05`), the standfirst above the writer, an image
/// placeholder with a blank line before its caption, and a newsletter
/// prompt after the body.
#[test]
fn hungarian_dump_with_year_first_date_and_image_caption() {
    let page = "   [1]Ugrás a tartalomra\n\
        \n\
           [2]Belföld [3]Külföld [4]Gazdaság\n\
        \n\
        Új buszjárat köti össze a völgy négy faluját\n\
        \n\
           Hétfőtől óránként indul busz a völgy falvaiból a járási központba, amit a helyiek évek óta kértek.\n\
        \n\
           [5]Nagy Péter\n\
        \n\
           2024. március 4. 09:05\n\
        \n\
           [6][IMG]\n\
        \n\
           Az új busz a megállóban 2024. február 28-án Fotó: Nagy Péter\n\
        \n\
           A járatot a megyei közlekedési társaság üzemelteti, a menetrendet a falvak polgármestereivel közösen állították össze.\n\
        \n\
           A polgármesterek szerint főként az idősek és a diákok járnak majd jobban, akiknek eddig nem volt más lehetőségük.\n\
        \n\
           Iratkozzon fel hírlevelünkre, és minden reggel elküldjük a legfontosabb híreket!\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Új buszjárat köti össze a völgy négy faluját")
    );
    assert_eq!(published(&a).as_deref(), Some("2024-03-04T09:05:00"));
    // The caption's own date makes it a date line, set aside either way.
    assert!(kind_at(&a, 15).is_some());
    assert_eq!(kind_at(&a, 21), Some(BoilerplateKind::Newsletter));
    assert_eq!(lines_of(&a), [17, 19]);
}

/// An Algerian site: a `عاجل` kicker over the headline, the writer
/// signed with her surname's initial (`سعاد.م`), a Maghrebi month name.
#[test]
fn maghrebi_breaking_story_signed_with_an_initial() {
    let page = "الرئيسية\n\
        وطني\n\
        دولي\n\
        رياضة\n\
        عاجل\n\
        انقطاع التيار الكهربائي عن عدة أحياء بمدينة وهران بسبب عطب في محطة التحويل\n\
        سعاد.م\n\
        3 جانفي 2024 - 08:15\n\
        مشاركة\n\
        فيسبوك\n\
        تويتر\n\
        شهدت عدة أحياء بمدينة وهران صباح اليوم انقطاعا في التيار الكهربائي دام أكثر من ثلاث ساعات.\n\
        وأوضحت مصالح الشركة أن فرقها تدخلت لإصلاح العطب وإعادة التيار تدريجيا إلى كل الأحياء.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("انقطاع التيار الكهربائي عن عدة أحياء بمدينة وهران بسبب عطب في محطة التحويل")
    );
    assert_eq!(published(&a).as_deref(), Some("2024-01-03T08:15:00"));
    assert_eq!(lines_of(&a), [12, 13]);
}

/// Font-size controls under the byline (`Tamaño de letra: A+ A A-`,
/// `Cỡ chữ: Lớn | Vừa | Nhỏ`) are page furniture, not the headline; a
/// Vietnamese caption closes with `(Ảnh: ...)`.
#[test]
fn font_size_controls_in_spanish_and_vietnamese() {
    let es = "Inicio > Cultura\n\
        \n\
        Una biblioteca rural presta semillas además de libros\n\
        Fuente: Agencia | 2023-06-02 11:40:05\n\
        Tamaño de letra: A+ A A-\n\
        \n\
        La biblioteca del pueblo presta desde este mes sobres de semillas de tomate, frijol y calabaza a quien tenga carné.\n\
        \n\
        Los lectores devuelven al final de la cosecha una parte de las semillas que obtienen, para que otros vecinos puedan sembrarlas.\n";
    let a = parse(es).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Una biblioteca rural presta semillas además de libros")
    );
    assert_eq!(kind_at(&a, 5), Some(BoilerplateKind::FontSize));
    let vi = "Trang chủ > Kinh tế\n\
        Nông dân trồng thử giống lúa chịu mặn mới ở vùng ven biển\n\
        Nguồn: Báo điện tử    2022-09-14 08:30:12\n\
        Cỡ chữ: Lớn | Vừa | Nhỏ\n\
        Vụ lúa vừa qua, nhiều hộ nông dân ở xã ven biển đã gieo thử một giống lúa mới có khả năng chịu mặn tốt hơn các giống cũ.\n\
        Ruộng lúa chịu mặn của một hộ dân trong xã, ngày 10/9/2022. (Ảnh: Thanh Hà)\n\
        Theo cán bộ khuyến nông, năng suất của giống mới đạt gần sáu tấn mỗi héc-ta dù nước ruộng bị nhiễm mặn.\n";
    let a = parse(vi).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Nông dân trồng thử giống lúa chịu mặn mới ở vùng ven biển")
    );
    assert_eq!(kind_at(&a, 4), Some(BoilerplateKind::FontSize));
    assert_eq!(kind_at(&a, 6), Some(BoilerplateKind::Caption));
    assert_eq!(lines_of(&a), [5, 7]);
}

/// Captions over their credit lines (`Fot. Name / Agency`, a bracketed
/// `(צילום: ...)` under a two-sentence caption), a see-also box inside
/// a Polish story and its paywall notice, an Urdu share row and tags
/// after the body, and an Arabic update line printed over the published
/// one with a vocalized label (`نُشر:`).
#[test]
fn credits_boxes_and_labels_from_polish_hebrew_urdu_and_arabic_pages() {
    let pl = "Kraków\n\
        \n\
        Nowy park kieszonkowy powstał na miejscu parkingu\n\
        \n\
        Anna Kowalczyk\n\
        12 maja 2024, 08:00\n\
        \n\
        Park kieszonkowy przy ulicy Długiej, 10 maja 2024 r.\n\
        Fot. Jan Zieliński / Agencja\n\
        \n\
        Na miejscu dawnego parkingu posadzono dwadzieścia drzew i kilkaset krzewów, a mieszkańcy dostali ławki i stoliki do gry w szachy.\n\
        \n\
        Zobacz także\n\
        Zieleń w mieście. Gdzie posadzą nowe drzewa w tym roku\n\
        11 maja 2024\n\
        \n\
        Urzędnicy zapowiadają, że w tym roku powstaną jeszcze trzy podobne miejsca w innych dzielnicach.\n\
        \n\
        Ten artykuł czytasz w ramach płatnej subskrypcji. Dziękujemy!\n";
    let a = parse(pl).unwrap();
    assert_eq!(published(&a).as_deref(), Some("2024-05-12T08:00:00"));
    // The caption carries the photo's date: over its credit it is still
    // the caption.
    assert_eq!(kind_at(&a, 8), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 9), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 13), Some(BoilerplateKind::Related));
    assert_eq!(lines_of(&a), [11, 17]);

    let he = "חדשות\n\
        ספרייה שכונתית חדשה נפתחה במרכז הקהילתי\n\
        נועה כהן\n\
        12.05.24 | 10:30\n\
        הספרייה החדשה נפתחה השבוע באגף המערבי של המרכז הקהילתי, ובה יותר משלושת אלפים ספרים לילדים ולמבוגרים.\n\
        מדפי הספרייה החדשה. \"חיכינו לזה שנים\"\n\
        (צילום: יוסי לוי)\n\
        מנהלת המרכז אמרה כי הספרייה תהיה פתוחה חמישה ימים בשבוע, גם בשעות הערב.\n";
    let a = parse(he).unwrap();
    assert_eq!(kind_at(&a, 6), Some(BoilerplateKind::Caption));
    assert_eq!(lines_of(&a), [5, 8]);

    let ur = "ہوم > پاکستان\n\
        \n\
        لاہور میں نئی بس سروس کا آغاز\n\
        \n\
        اسٹاف رپورٹر\n\
        \n\
        جمعرات 02 نومبر 2023\n\
        \n\
        لاہور میں شہریوں کے لیے نئی بس سروس کا آغاز کر دیا گیا ہے جو شہر کے چھ بڑے راستوں پر چلے گی۔\n\
        \n\
        حکام کا کہنا ہے کہ آئندہ ماہ مزید بیس بسیں بیڑے میں شامل کی جائیں گی۔\n\
        \n\
        شیئر ٹویٹ واٹس ایپ\n\
        \n\
        ٹیگز: لاہور بس سروس\n\
        \n\
        مزید خبریں\n";
    let a = parse(ur).unwrap();
    assert_eq!(lines_of(&a), [9, 11]);
    assert_eq!(kind_at(&a, 15), Some(BoilerplateKind::Tags));
    assert_eq!(kind_at(&a, 17), Some(BoilerplateKind::Related));

    let ar = "مهرجان للمسرح المدرسي في صيدا\n\
        تحديث: الخميس 28 سبتمبر 2023 - 16:40\n\
        نُشر: الخميس 28 سبتمبر 2023 - 14:05\n\
        شارك\n\
        انطلقت في مدينة صيدا أمس فعاليات مهرجان المسرح المدرسي بمشاركة عشرين مدرسة من المدينة وضواحيها.\n\
        ويستمر المهرجان أسبوعا كاملا، تقدم خلاله الفرق عروضها على مسرح البلدية.\n";
    let a = parse(ar).unwrap();
    assert_eq!(
        a.published.map(|p| p.to_string()).as_deref(),
        Some("2023-09-28T14:05:00")
    );
}

/// A commentary of a Chinese broadcaster's Turkish service: the `Yorum:`
/// rubric, then an English and a German service's closing notes on the
/// author's views, a Bengali copyright line, and a Russian caption whose
/// credit stands between slashes.
#[test]
fn commentary_rubrics_author_notes_and_slash_credits() {
    let tr = "Anasayfa > Yorum\n\
        \n\
        Yorum: Kıyı kasabalarında balıkçılık kooperatifleri yeniden güçleniyor\n\
        cri 2016-11-08 15:31:47\n\
        \n\
        Kıyı kasabalarında son yıllarda kurulan balıkçılık kooperatifleri, küçük teknelerle çalışan aileler için yeni bir güvence haline geldi.\n\
        \n\
        Kooperatifler soğuk hava depolarını ortak kullanarak ürünlerini daha iyi fiyatla satabiliyor.\n";
    let a = parse(tr).unwrap();
    assert_eq!(a.rubric.as_ref().map(|r| r.label.as_ref()), Some("Yorum"));
    assert_eq!(
        a.title.as_deref(),
        Some("Kıyı kasabalarında balıkçılık kooperatifleri yeniden güçleniyor")
    );
    assert_eq!(lines_of(&a), [6, 8]);

    let en = "Commentary: Small museums deserve a place in county planning\n\
        Source: CRI | 2022-08-16 10:05:00\n\
        \n\
        Across the country, county museums hold collections that tell the story of local trades, dialects and festivals, yet many of them open only a few days a month.\n\
        \n\
        Planners could change that by counting museums among the basic services a county offers, next to libraries and sports grounds.\n\
        \n\
        The author is a researcher of public culture. The views expressed in this article are the author's own and do not necessarily reflect those of the broadcaster.\n\
        \n\
        Share:\n";
    let a = parse(en).unwrap();
    assert_eq!(kind_at(&a, 8), Some(BoilerplateKind::Credit));
    assert_eq!(lines_of(&a), [4, 6]);

    let de = "Kommentar: Warum kleine Bahnhöfe wieder Kioske brauchen\n\
        05.03.2024 14:20\n\
        Viele kleine Bahnhöfe haben in den letzten Jahren ihre Kioske verloren, und mit ihnen einen Ort, an dem Reisende und Anwohner einander begegnen.\n\
        Ein kleiner Laden mit Zeitungen, Kaffee und Brötchen macht einen Bahnhof belebter und sicherer.\n\
        Der Kommentar gibt die Meinung des Autors wieder.\n";
    let a = parse(de).unwrap();
    assert_eq!(kind_at(&a, 5), Some(BoilerplateKind::Credit));
    assert_eq!(lines_of(&a), [3, 4]);

    let bn = "শহরের পুরোনো বাজারে নতুন আলো বসানো হয়েছে\n\
        ২০১৩-১০-০৯ ১৬:৪০:২১\n\
        শহরের পুরোনো বাজারে এই সপ্তাহে নতুন সৌরচালিত আলো বসানো হয়েছে, যাতে সন্ধ্যার পরও দোকানগুলো খোলা রাখা যায়।\n\
        ব্যবসায়ীরা বলছেন, আলো বসানোর পর থেকে সন্ধ্যায় ক্রেতার সংখ্যা বেড়েছে।\n\
        কপিরাইট © একটি বেতার প্রতিষ্ঠান। সর্বস্বত্ব সংরক্ষিত। এই ওয়েবসাইটের কোনো লেখা অনুমতি ছাড়া ব্যবহার করা যাবে না।\n";
    let a = parse(bn).unwrap();
    assert_eq!(kind_at(&a, 5), Some(BoilerplateKind::Copyright));
    assert_eq!(lines_of(&a), [3, 4]);

    let ru = "Главная > Общество\n\
        Студенты открыли в библиотеке клуб настольных игр\n\
        2021-06-29 18:07:44 | Синьхуа\n\
        Студенты местного университета открыли в городской библиотеке клуб настольных игр, который работает по субботам.\n\
        Участники клуба готовят столы к первой встрече, 26 июня 2021 года. /Фото: Синьхуа/\n\
        По словам организаторов, на первую встречу пришли больше сорока человек разного возраста.\n";
    let a = parse(ru).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Студенты открыли в библиотеке клуб настольных игр")
    );
    assert_eq!(kind_at(&a, 5), Some(BoilerplateKind::Caption));
    assert_eq!(lines_of(&a), [4, 6]);
}

/// Arabic pages from the Gulf, Egypt and Iraq: a headline signed with
/// `كتب:` and the date over a photo's one-line caption; a question
/// headline over its longer standfirst; a caption closing with
/// `. أرشيفية`; a dateline alone on its line; a one-paragraph breaking
/// story over three dated related items.
#[test]
fn arabic_signed_headlines_questions_captions_and_one_paragraph_stories() {
    let signed = "الرئيسية\n\
        محافظات\n\
        تلميذ من الأقصر يفوز بالمركز الأول في مسابقة وطنية للرسم على الخزف\n\
        كتب: أحمد عبد السلام\n\
        الثلاثاء، 18 يوليو 2023 - 03:40 م\n\
        التلميذ يوسف حسن عبد الباقي\n\
        فاز التلميذ يوسف حسن عبد الباقي من محافظة الأقصر بالمركز الأول في مسابقة الرسم على الخزف التي نظمتها وزارة الثقافة.\n\
        وقال يوسف إنه تعلم الرسم على الخزف في ورشة صيفية بقصر الثقافة قبل عامين.\n";
    let a = parse(signed).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("تلميذ من الأقصر يفوز بالمركز الأول في مسابقة وطنية للرسم على الخزف")
    );
    assert_eq!(published(&a).as_deref(), Some("2023-07-18T15:40:00"));

    let question = "الرئيسية / الأسواق\n\
        \n\
        لماذا ترتفع أسعار الشحن البحري في الخليج هذا الربيع؟\n\
        زيادة الطلب على الحاويات وتغير مسارات السفن يرفعان التكاليف.. وأسئلة عن قدرة الموانئ على الاستيعاب\n\
        سلمى الشهري\n\
        نُشر: 12 مارس 2024، 10:15 ص بتوقيت مكة المكرمة\n\
        شارك\n\
        \n\
        ارتفعت أسعار الشحن البحري إلى موانئ الخليج خلال الأسابيع الماضية بنسب تجاوزت عشرين في المئة، وفق بيانات شركات الملاحة.\n\
        ويعزو محللون الارتفاع إلى زيادة الطلب على الحاويات قبل موسم الصيف وتغير مسارات بعض الخطوط.\n";
    let a = parse(question).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("لماذا ترتفع أسعار الشحن البحري في الخليج هذا الربيع؟")
    );
    assert_eq!(published(&a).as_deref(), Some("2024-03-12T10:15:00+03:00"));

    let archive = "محليات / التعليم\n\
        جامعة محلية تطلق برنامجا صيفيا لتعليم البرمجة لطلبة المدارس\n\
        المصدر: خالد المنصوري - أبوظبي\n\
        التاريخ: 20 يونيو 2022 - 09:10 صباحاً\n\
        طلبة يتابعون درسا في مختبر للحاسوب. أرشيفية\n\
        أطلقت جامعة محلية برنامجا صيفيا لتعليم أساسيات البرمجة لطلبة المدارس من سن الثانية عشرة.\n\
        ويستمر البرنامج ستة أسابيع، ويختتم بمسابقة لأفضل تطبيق يصممه المشاركون.\n";
    let a = parse(archive).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("جامعة محلية تطلق برنامجا صيفيا لتعليم البرمجة لطلبة المدارس")
    );
    assert_eq!(kind_at(&a, 5), Some(BoilerplateKind::Caption));
    assert_eq!(lines_of(&a), [6, 7]);

    let dateline = "اقتصاد\n\
        \n\
        مدير زراعة المنطقة: موسم التين هذا العام الأفضل منذ سنوات\n\
        \n\
        الوكالة24\n\
        22/05/2023 | 11:05 GMT\n\
        \n\
        [17]Facebook [18]Twitter [19]WhatsApp\n\
        \n\
        [IMG]\n\
        مزارع يقطف التين في بستان قرب المدينة - أرشيفية\n\
        \n\
        أربيل (الوكالة)-\n\
        \n\
        قال مدير الزراعة في المنطقة إن إنتاج التين هذا الموسم ارتفع بنحو الثلث مقارنة بالعام الماضي.\n\
        \n\
        وأوضح أن الأمطار الغزيرة في الشتاء ساعدت الأشجار على الإثمار مبكرا.\n";
    let a = parse(dateline).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("مدير زراعة المنطقة: موسم التين هذا العام الأفضل منذ سنوات")
    );

    let breaking = "أخبار محلية\n\
        \n\
        الأرصاد: رياح نشطة على السواحل الجنوبية ابتداء من مساء اليوم\n\
        \n\
        منذ ساعتين\n\
        \n\
        مسقط – الوكالة: توقعت المديرية العامة للأرصاد هبوب رياح نشطة على السواحل الجنوبية ابتداء من مساء اليوم، ودعت الصيادين إلى الحذر.\n\
        \n\
        تاريخ النشر: 19 مايو 2024 - 09:30 ص\n\
        \n\
        أخبار ذات صلة\n\
        \n\
        • إغلاق مؤقت لطريق ساحلي بسبب أعمال صيانة\n\
          منذ 3 ساعات\n\
        • حملة لتنظيف الشواطئ في نهاية الأسبوع\n\
          منذ 5 ساعات\n\
        • افتتاح مكتبة عامة جديدة في الولاية\n\
          منذ يوم\n";
    let a = parse(breaking).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("الأرصاد: رياح نشطة على السواحل الجنوبية ابتداء من مساء اليوم")
    );
    assert_eq!(lines_of(&a), [7]);
}

/// Pages of mainstream outlets in French, Spanish, English, Chinese and
/// Russian: a two-digit year after a slash with a French `18h05`, a
/// kicker in capitals between the headline and its standfirst; a
/// columnist's name printed over the headline and again over the date;
/// a caption closed by `| AGENCY`; a reporter's beat line; a Taiwanese
/// caption credited `／攝影`; disclaimers and a reading time.
#[test]
fn kickers_columnists_agency_captions_and_beat_lines() {
    let fr = "Accueil\n\
        Lyon\n\
        Nantes : ce qui change pour les bus de nuit à partir du 1er mai\n\
        TRANSPORTS\n\
        Horaires élargis, lignes prolongées, nouveaux arrêts… La Métropole revoit son réseau de nuit. On fait le point\n\
        Claire Dumont\n\
        Publié le 14/04/24 à 18h05\n\
        Lecture en 3 min.\n\
        Les bus de nuit rouleront désormais jusqu'à deux heures du matin le week-end, a annoncé la Métropole ce dimanche.\n\
        Trois lignes seront prolongées vers les communes de la première couronne, et douze arrêts seront ajoutés.\n";
    let a = parse(fr).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Nantes : ce qui change pour les bus de nuit à partir du 1er mai")
    );
    assert_eq!(published(&a).as_deref(), Some("2024-04-14T18:05:00"));
    assert_eq!(lines_of(&a), [9, 10]);

    let es = "Opinión\n\
        Columnistas\n\
        Julián Restrepo\n\
        El kiosco que abre antes que la panadería\n\
        Julián Restrepo\n\
        12 de mayo de 2023 - 09:30 p. m.\n\
        En mi barrio hay un kiosco de periódicos que abre a las cinco de la mañana, antes que la panadería y antes que la tienda.\n\
        Su dueño dice que la gente todavía compra el diario para leerlo con calma en el bus, aunque tenga el teléfono en el bolsillo.\n";
    let a = parse(es).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("El kiosco que abre antes que la panadería")
    );
    assert_eq!(published(&a).as_deref(), Some("2023-05-12T21:30:00"));

    let en = "NATIONAL\n\
        Harbor ferry returns to service after repairs to storm-damaged pier\n\
        June 5, 2023 | 14:05 JST\n\
        The ferry approaches the repaired pier on Monday. | KYODO\n\
        A harbor ferry returned to service on Monday after three months of repairs to a pier damaged by winter storms.\n\
        The first boat carried about 150 passengers and docked shortly after 9 a.m., the operator said.\n\
        Mariko Sato covers transportation and local government for the paper.\n\
        Share\n";
    let a = parse(en).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Harbor ferry returns to service after repairs to storm-damaged pier")
    );
    assert_eq!(kind_at(&a, 4), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 7), Some(BoilerplateKind::Credit));
    assert_eq!(lines_of(&a), [5, 6]);

    let zh = "地方 / 新竹縣\n\
        老街旁百年糕餅店第三代接手 開放參觀製作過程\n\
        2022-12-08 14:05 地方報／ 記者王小明／新竹即時報導\n\
        新竹縣一家經營超過百年的糕餅店，近日完成整修，開放民眾參觀傳統糕餅的製作過程。\n\
        第三代接班人與父親在工作檯揉麵。記者王小明／攝影\n\
        店家表示，希望讓更多年輕人認識傳統糕餅，也計畫與附近學校合作開設體驗課程。\n";
    let a = parse(zh).unwrap();
    assert_eq!(kind_at(&a, 5), Some(BoilerplateKind::Caption));
    assert_eq!(lines_of(&a), [4, 6]);

    let ru = "Мнение: Зачем городским паркам нужны зимние кафе\n\
        29 ноября 2023, 14:05\n\
        Зимой городские парки пустеют, хотя многие жители были бы рады гулять в них и в холодное время года.\n\
        Небольшие кафе с горячим чаем могли бы вернуть в парки людей и дать работу местным предпринимателям.\n\
        Мнение автора может не совпадать с позицией редакции.\n";
    let a = parse(ru).unwrap();
    assert_eq!(kind_at(&a, 5), Some(BoilerplateKind::Credit));
    assert_eq!(lines_of(&a), [3, 4]);
}

/// Hard dump shapes: an Arabic story with its English headline and
/// standfirst printed under the Arabic ones and a Baghdad zone; a writer's
/// name over the place they file from; a reader view's role line and
/// reading time, a `Photo / Name` caption and a reporter's beat line; a
/// read-more box and a forum after an Austrian story; a slide caption
/// over a `© Crédit photo` line.
#[test]
fn bilingual_headlines_places_reader_views_forums_and_slide_credits() {
    let ar = "الرئيسية > محليات\n\
        \n\
        ورشة لتعليم الخط العربي تجمع أطفال الأحياء القديمة في البصرة\n\
        متطوعون من طلبة الفنون يعلمون الأطفال أساسيات الخط كل سبت في بيت تراثي\n\
        Calligraphy workshop brings together children of Basra's old quarters\n\
        Art student volunteers teach children the basics of calligraphy every Saturday in a heritage house\n\
        2023-10-02 | 10:30 بتوقيت بغداد\n\
        \n\
        [صورة]\n\
        أطفال يتدربون على الخط في البيت التراثي - أرشيفية\n\
        \n\
        أطلق متطوعون من طلبة كلية الفنون الجميلة ورشة أسبوعية لتعليم الخط العربي لأطفال الأحياء القديمة في البصرة.\n\
        \n\
        وقال أحد المنظمين إن عدد المشاركين تضاعف خلال شهرين، وإن الورشة ستنتقل قريبا إلى قاعة أكبر.\n";
    let a = parse(ar).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("ورشة لتعليم الخط العربي تجمع أطفال الأحياء القديمة في البصرة")
    );
    assert_eq!(published(&a).as_deref(), Some("2023-10-02T10:30:00+03:00"));
    assert_eq!(kind_at(&a, 10), Some(BoilerplateKind::Caption));
    assert_eq!(lines_of(&a), [12, 14]);

    let es = "Natural\n\
        Biodiversidad\n\
        \n\
        Una pareja de cigüeñas vuelve a anidar en el campanario del pueblo\n\
        Los vecinos celebran el regreso de las aves tras cinco años sin nidos en la torre\n\
        \n\
        Laia Ferrer\n\
        Sant Cugat del Vallès\n\
        14/03/2024 07:00\n\
        \n\
        Una pareja de cigüeñas ha vuelto a construir su nido en lo alto del campanario, cinco años después de la última vez.\n\
        Los vecinos siguen sus idas y venidas desde la plaza, y el ayuntamiento ha instalado una cámara para verlas por internet.\n";
    let a = parse(es).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Una pareja de cigüeñas vuelve a anidar en el campanario del pueblo")
    );

    let en = "example.co.nz\n\
        \n\
        Seaside library opens a tool-lending shelf for residents\n\
        \n\
        By Hana Ruru\n\
        Reporter·Coast News·\n\
        4 Apr, 2024 06:00 AM\n\
        3 mins to read\n\
        \n\
        The library's new shelf lends drills, ladders and garden tools to anyone with a card, free of charge.\n\
        \n\
        Volunteers check each tool when it comes back and book repairs with a local workshop.\n\
        \n\
        A volunteer sorts returned tools at the shelf on Tuesday. Photo / Sam Te Ao\n\
        \n\
        Hana Ruru is a reporter for Coast News, covering the district's libraries and schools.\n";
    let a = parse(en).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Seaside library opens a tool-lending shelf for residents")
    );
    assert_eq!(kind_at(&a, 8), Some(BoilerplateKind::Other));
    assert_eq!(kind_at(&a, 14), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 16), Some(BoilerplateKind::Credit));
    assert_eq!(lines_of(&a), [10, 12]);

    let de = "Neuer Radweg verbindet zwei Bezirke entlang des Kanals\n\
        14. März 2024, 06:00\n\
        Der neue Radweg entlang des Kanals ist seit Donnerstag offen und verbindet zwei Bezirke auf knapp vier Kilometern.\n\
        Die Stadt will im Sommer zählen, wie viele Menschen die Strecke täglich nutzen.\n\
        Weiterlesen\n\
        Wie die Stadt ihre Radwege plant\n\
        2. Februar 2024, 12:00\n\
        Forum\n\
        67 Postings\n\
        Diskutieren Sie mit!\n\
        Radlerin aus Ottakring\n\
        14. März 2024, 07:12\n\
        Endlich! Ich fahre die Strecke jeden Tag und freue mich auf den breiteren Weg.\n";
    let a = parse(de).unwrap();
    assert_eq!(kind_at(&a, 5), Some(BoilerplateKind::Related));
    assert_eq!(lines_of(&a), [3, 4]);

    let fr = "   Les brebis ont rejoint les estives au petit matin, après une montée de cinq heures depuis le village.\n\
        \n\
        [IMG]\n\
        1 / 4\n\
        Départ du village, samedi à 5 h 30, à la lueur des lampes frontales.\n\
        © Crédit photo : Jean Etxeberri / SUD OUEST\n";
    let page = format!(
        "Transhumance : les troupeaux ont rejoint les estives\n\
         Publié le 14/08/2023 à 19h12\n\
         \n\
         {fr}"
    );
    let a = parse(&page).unwrap();
    assert_eq!(lines_of(&a), [4]);
}

/// A columnist's page: the rubric-headed headline, the writer's name,
/// then a note on who they are and what the column is about right above
/// the date. The note is no headline.
#[test]
fn columnist_note_between_name_and_date_is_no_headline() {
    let page = "Opiniones\n\
        Columnistas\n\
        Opinión: Por qué los mercados de barrio merecen otra oportunidad\n\
        Marta Iriarte\n\
        Economista, sobre cómo los barrios recuperan sus plazas de abastos\n\
        12 de marzo de 2024, 09:40\n\
        El sábado pasado fui al mercado de mi barrio a comprar pescado y me encontré con una cola que daba la vuelta a la plaza. Hacía años que no veía algo así.\n\
        Durante una década los puestos fueron cerrando uno tras otro, y muchos vecinos dieron por hecho que el mercado acabaría convertido en un aparcamiento.\n\
        Lo que ha cambiado no es el producto, sino el horario: desde enero el mercado abre por la tarde, cuando la gente sale de trabajar.\n\
        Otros ayuntamientos deberían tomar nota antes de vender sus mercados al mejor postor.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Por qué los mercados de barrio merecen otra oportunidad")
    );
    assert_eq!(lines_of(&a), vec![7, 8, 9, 10]);
}

/// A reader view's copy: the site's name and the page's address, the
/// headline, the writer and the reading time, then the page's own
/// byline block with a date that has no year (the address has it) and a
/// standfirst over the body.
#[test]
fn reader_view_with_a_yearless_date_and_the_year_in_the_address() {
    let page = "ngs55.ru\n\
        https://ngs55.ru/text/transport/2024/05/14/73561234/\n\
        \n\
        В Омске на трёх маршрутах появятся электробусы с кондиционерами\n\
        Ирина Соколова\n\
        3–4 минуты\n\
        \n\
        Ирина Соколова\n\
        Корреспондент NGS55.RU\n\
        14 мая, 09:30\n\
        \n\
        Первые машины выйдут на линию в июне, а к осени перевозчик обещает заменить половину старых автобусов\n\
        \n\
        Мэрия Омска объявила, что летом на трёх городских маршрутах начнут работать электробусы. Все машины будут оборудованы кондиционерами и низким полом.\n\
        \n\
        По словам перевозчика, зарядные станции уже строят на конечных остановках в Кировском и Ленинском округах.\n\
        \n\
        Пассажиры давно жаловались на духоту в салонах: летом температура в старых автобусах поднималась выше тридцати градусов.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("В Омске на трёх маршрутах появятся электробусы с кондиционерами")
    );
    assert_eq!(published(&a).as_deref(), Some("2024-05-14T09:30:00"));
    assert_eq!(lines_of(&a), vec![14, 16, 18]);
    assert_eq!(a.byline.map(|b| b.line), Some(10));
}

/// A Brazilian page whose byline names no outlet: the masthead's outlet
/// gives the zone of the publication time and of the update time under
/// it (`Atualizado: ...`).
#[test]
fn update_time_takes_the_mastheads_zone_too() {
    let page = "Folha de S.Paulo\n\
        \n\
        Prefeitura amplia horário dos ônibus noturnos na zona sul\n\
        \n\
        Marina Couto\n\
        São Paulo\n\
        4.mar.2024 às 07h15\n\
        Atualizado: 4.mar.2024 às 11h40\n\
        \n\
        A prefeitura anunciou nesta segunda-feira que dez linhas de ônibus da zona sul passarão a circular até as duas da manhã a partir de abril.\n\
        \n\
        Segundo a secretaria de transportes, a mudança atende a pedidos de trabalhadores que saem tarde de bares, hospitais e centros de compras.\n\
        \n\
        A medida deve custar cerca de R$ 3 milhões por ano, valor que será coberto pelo orçamento do próprio município.\n";
    let a = parse(page).unwrap();
    assert_eq!(published(&a).as_deref(), Some("2024-03-04T07:15:00-03:00"));
    assert_eq!(
        a.modified.map(|m| m.to_string()).as_deref(),
        Some("2024-03-04T11:40:00-03:00")
    );
}

/// A video's page: the player's controls flattened into the dump and a
/// two-line description under it is no article; the same player above a
/// story of several paragraphs leaves the story.
#[test]
fn video_page_with_a_short_description_is_no_article() {
    let head = "Vidéo : des milliers de flamants roses font halte sur le lac\n\
        Infos Régions\n\
        02/12/2022 - 16:48\n\
        Lecteur vidéo\n\
        Lecture\n\
        00:00\n\
        01:06\n\
        Couper le son\n\
        Plein écran\n";
    let short = format!(
        "{head}Chaque hiver, des milliers de flamants roses s'arrêtent sur le lac avant de repartir vers le sud.\n\
         Images sans commentaire, tournées depuis la rive nord.\n"
    );
    assert_eq!(parse(&short), Err(newsparse::ParseError::NotAnArticle));
    let long = format!(
        "{head}Chaque hiver, des milliers de flamants roses s'arrêtent sur le lac avant de repartir vers le sud, et les ornithologues les comptent depuis la rive nord.\n\
         Cette année, le comptage a dépassé les douze mille oiseaux, un chiffre que le parc n'avait plus vu depuis une dizaine d'années.\n\
         Le directeur du parc attribue ce retour aux pluies de l'automne, qui ont rempli le lac plus tôt que d'habitude.\n"
    );
    let a = parse(&long).unwrap();
    assert_eq!(lines_of(&a), vec![10, 11, 12]);
    assert_eq!(kind_at(&a, 9), Some(BoilerplateKind::AudioMarker));
}

/// A text browser's dump of an Italian opinion piece: the rubric and the
/// headline parted by a bar, a long standfirst, then the writer and date
/// on one line. The bar is the rubric's, not a list's: the headline and
/// its standfirst are a pair, and the headline is the title.
#[test]
fn rubric_bar_headline_over_a_long_standfirst() {
    let page = "   [1]Ambiente\n\
        \n\
        Opinione | I sentieri di montagna chiusi per frana restano senza un piano\n\
        \n\
           Tra ordinanze rinnovate ogni estate e cartelli scoloriti, chi cammina in quota trova ancora sbarrati i passaggi che la regione aveva promesso di riaprire\n\
        \n\
           di [2]Marta Ferri | 27 giugno 2023 ore 11:47\n\
        \n\
           Chi ha provato a salire al rifugio in una domenica di giugno sa di che cosa parlo: il sentiero principale è chiuso da tre anni e nessuno sa dire quando riaprirà.\n\
        \n\
           La frana del 2020 ha portato via un tratto di cinquanta metri, e da allora si passa per una traccia ripida che i volontari del soccorso sconsigliano a tutti.\n\
        \n\
           Servirebbe un progetto, e servirebbero fondi che la regione aveva annunciato e che non sono mai arrivati ai comuni della valle.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("I sentieri di montagna chiusi per frana restano senza un piano")
    );
    assert_eq!(
        a.rubric.as_ref().map(|r| r.label.as_ref()),
        Some("Opinione")
    );
    assert_eq!(lines_of(&a), vec![9, 11, 13]);
}

/// Three pages that are no articles: a site's error page (its headline
/// says the page was not found, and no date stands on it) and a table of
/// election results with a one-line note; and an article's closing bio in
/// brackets, set aside.
#[test]
fn error_pages_tables_and_bracketed_bios() {
    let not_found = "Berita Kota\nMasuk\nDaftar\nNasional\nMetro\nBisnis\n\n\
        Halaman tidak ditemukan\n\n\
        Maaf, halaman yang Anda cari tidak dapat ditemukan. Halaman itu mungkin sudah dihapus atau alamatnya berubah.\n\n\
        Kembali ke beranda\n";
    assert_eq!(parse(not_found), Err(newsparse::ParseError::NotAnArticle));

    let mut results = String::from(
        "Resultados preliminares para alcalde de San Marcos\n\
         Fuente: tribunal electoral\n\
         Última actualización: 25/06/2023 23:41\n\
         Candidato\nPartido\nVotos\n%\n",
    );
    for (name, votes, pct) in [
        ("Ana Lucía Barrios", "12,874", "31.41 %"),
        ("Jorge Emilio Cac", "10,302", "25.19 %"),
        ("Rosa María Tzul", "8,118", "19.94 %"),
        ("Pedro Xicay Lima", "3,847", "9.34 %"),
        ("Marta Chávez Ruiz", "2,120", "5.18 %"),
        ("Luis Ajú Pérez", "1,940", "4.76 %"),
        ("Otros", "1,260", "3.08 %"),
    ] {
        results.push_str(&format!("{name}\nPartido Azul\n{votes}\n{pct}\n"));
    }
    results.push_str(
        "Los resultados son preliminares y no sustituyen la adjudicación oficial de cargos.\n",
    );
    assert_eq!(parse(&results), Err(newsparse::ParseError::NotAnArticle));

    let opinion = "Libraries can be the town's third place\n\
        \n\
        February 14, 2024\n\
        \n\
        Every town has a library, and most of them close just when people finish work and could use a quiet table.\n\
        \n\
        Keeping the doors open until nine would cost less than building the community halls councils keep promising.\n\
        \n\
        (Meera Raghunathan is a Pune-based writer who works on public libraries in rural districts.)\n\
        \n\
        Mark as read · Star · Share · Save for later\n";
    let a = parse(opinion).unwrap();
    assert_eq!(lines_of(&a), vec![5, 7]);
    assert_eq!(kind_at(&a, 9), Some(BoilerplateKind::Credit));
}

/// A printed page copied as text (Swahili): the browser's print header
/// (date, time, the page's title) at the top and again at the page
/// break, the address with the page count at the foot of the first page,
/// and a summary box (`Muhtasari`) whose points are no body.
#[test]
fn printed_page_headers_footers_and_summary_box() {
    let page = "13/03/2024, 09:41 Wavuvi wa Nungwi walalamikia bei ya dagaa | Habari Leo\n\
        \n\
        Wavuvi wa Nungwi walalamikia bei ya dagaa\n\
        \n\
        Na Amina Said\n\
        Machi 12, 2024\n\
        \n\
        Muhtasari\n\
        • Wavuvi wanasema bei imeshuka kwa nusu ndani ya miezi mitatu.\n\
        • Serikali inasema itatafuta masoko mapya nje ya nchi.\n\
        \n\
        Nungwi. Wavuvi wa dagaa katika kijiji cha Nungwi wamesema bei ya samaki hao imeshuka kwa kiasi kikubwa tangu mwanzo wa mwaka.\n\
        \n\
        Wamesema wanunuzi kutoka Dar es Salaam wamepungua, na wengi wao sasa wanauza kwa wafanyabiashara wa ndani kwa bei ya chini.\n\
        \n\
        https://www.habarileo.example/habari/wavuvi-wa-nungwi-4553219 1/2\n\
        \n\
        13/03/2024, 09:41 Wavuvi wa Nungwi walalamikia bei ya dagaa | Habari Leo\n\
        \n\
        Afisa wa uvuvi wa wilaya alisema Serikali inafahamu changamoto hiyo na inazungumza na wanunuzi wapya.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Wavuvi wa Nungwi walalamikia bei ya dagaa")
    );
    assert_eq!(lines_of(&a), vec![12, 14, 20]);
    assert_eq!(a.language, Some(newsparse::Language::Swahili));
}

/// A print view's image placeholder, its caption (a full sentence) and
/// the agency's photo credit after a slash: both are the photo's, not
/// the story's first paragraphs.
#[test]
fn image_caption_sentence_over_a_slash_credit() {
    let page = "Cortada la carretera del valle por un desprendimiento de rocas\n\
        \n\
        Zaragoza | Publicado el 27/02/2024 a las 12:05\n\
        \n\
        [Imagen]\n\
        Una máquina retira piedras de la calzada junto al puente de la entrada del pueblo. Imagen de archivo.\n\
        EFE/Laura Sancho\n\
        \n\
        La carretera que une los dos pueblos del valle permanecerá cortada al menos hasta el jueves por un desprendimiento de rocas.\n\
        \n\
        Los técnicos de la diputación revisarán la ladera antes de decidir si es necesario colocar mallas de protección.\n";
    let a = parse(page).unwrap();
    assert_eq!(lines_of(&a), vec![9, 11]);
    assert_eq!(kind_at(&a, 6), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 7), Some(BoilerplateKind::Caption));
}

/// A Quebec page's header: headline, standfirst, the photo's credit
/// printed over its caption, the writer, then the update and publication
/// lines. The caption is the photo's, and the body starts under the
/// date lines.
#[test]
fn caption_under_its_credit_in_the_header() {
    let page = "Laval\n\
        Des bornes de recharge dans les stationnements municipaux cet hiver\n\
        Vingt bornes seront installées dans quatre quartiers à partir de décembre\n\
        Photo courtoisie, Ville de Laval\n\
        Une des nouvelles bornes lors d’un essai au garage municipal, en octobre.\n\
        Julie Tremblay\n\
        Mis à jour le mercredi 8 novembre 2023 à 14:37\n\
        Publié le mercredi 8 novembre 2023 à 06:00\n\
        La Ville installera cet hiver vingt bornes de recharge pour voitures électriques dans quatre de ses stationnements municipaux.\n\
        Les premières bornes seront mises en service en décembre dans le quartier Chomedey, a précisé la porte-parole de la Ville.\n\
        Les citoyens pourront recharger leur voiture gratuitement pendant la première année du projet.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("Des bornes de recharge dans les stationnements municipaux cet hiver")
    );
    assert_eq!(lines_of(&a), vec![9, 10, 11]);
    assert_eq!(kind_at(&a, 5), Some(BoilerplateKind::Caption));
    assert_eq!(published(&a).as_deref(), Some("2023-11-08T06:00:00"));
}

/// A Korean page's reporter box after the story: the name with `기자`,
/// then the reporter's one-line bio (`... 기자입니다.`), which is no
/// paragraph.
#[test]
fn korean_reporter_bio_after_the_story() {
    let page = "부산 도시철도, 주말 심야 운행 시범 도입 검토\n\
        입력 2024.05.21 03:00 KST\n\
        부산교통공사가 주말 심야 시간대 도시철도 연장 운행을 시범 도입하는 방안을 검토하고 있는 것으로 확인됐다.\n\
        공사는 금요일과 토요일 막차 시간을 한 시간 늦추는 안을 놓고 수요 조사를 진행 중이다.\n\
        추가 운영비는 연간 약 10억원으로 추산됐으며, 공사는 시의 지원을 요청할 방침이다.\n\
        박서연 기자\n\
        사회부 부산 주재 기자입니다. 교통과 지역 행정을 취재합니다.\n";
    let a = parse(page).unwrap();
    assert_eq!(lines_of(&a), vec![3, 4, 5]);
    assert_eq!(kind_at(&a, 7), Some(BoilerplateKind::Credit));
}
