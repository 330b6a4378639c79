//! Regional sites' layouts: Moroccan, Gulf, Levantine and Iranian
//! Arabic-script pages, a Hebrew city site, a US paper reposting a wire
//! story, a German regional daily and a Turkish one. All text here is
//! written for these tests.

use newsparse::{parse, BoilerplateKind, Language};

mod common;
use common::{kind_at, lines_of};

fn published(a: &newsparse::Article<'_>) -> Option<String> {
    a.published.map(|p| p.to_string())
}

/// A text browser's dump: the breadcrumb trail ends with the headline cut
/// short; the correspondent signs as "name from town" above the date.
#[test]
fn breadcrumb_with_cut_headline_and_name_from_town() {
    let page = "   [1]الرئيسية\n\
        \n\
           [2]الرئيسية > [3]جهات > سكان حي الوحدة يحتفلون بافتتاح ملعب القرب...\n\
        \n\
           سكان حي الوحدة يحتفلون بافتتاح ملعب القرب بعد انتظار دام ست سنوات\n\
        \n\
           سعيد البقالي من وجدة\n\
        \n\
           السبت 8 يونيو 2024 - 18:05\n\
        \n\
           احتفل سكان حي الوحدة بمدينة وجدة، مساء الجمعة، بافتتاح ملعب القرب الذي طالبوا به منذ سنوات، بحضور ممثلين عن السلطة المحلية وجمعيات الحي.\n\
        \n\
           ويضم الملعب الجديد أرضية من العشب الاصطناعي ومدرجا صغيرا وإنارة تسمح باستعماله ليلا، حسب ما أفاد به رئيس الجمعية المسيرة.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("سكان حي الوحدة يحتفلون بافتتاح ملعب القرب بعد انتظار دام ست سنوات")
    );
    assert_eq!(kind_at(&a, 3), Some(BoilerplateKind::Breadcrumb));
    assert_eq!(published(&a).as_deref(), Some("2024-06-08T18:05:00"));
    assert_eq!(lines_of(&a), [11, 13]);
}

/// A rubric headline closing with a question mark, a standfirst, the
/// writer with the city under the name, a photo caption that carries a
/// date and its photographer's credit (which is no byline).
#[test]
fn rubric_question_writer_city_and_dated_caption() {
    let page = "[1]الرئيسية [2]سياسة [3]اقتصاد [4]مجتمع\n\
        \n\
        تحقيق: من يدفع ثمن إغلاق مصانع الحليب في البقاع؟\n\
        \n\
        أغلقت ثلاثة مصانع صغيرة للألبان أبوابها خلال عام واحد، فيما يبحث مربو الأبقار عن مشترين جدد لإنتاجهم اليومي\n\
        \n\
        [5]ريم حداد\n\
        زحلة\n\
        14 مارس 2024\n\
        \n\
        [6][IMG]\n\
        مربي أبقار في سهل البقاع، 2 مارس 2024 (جوزيف عيد/فرانس برس)\n\
        \n\
        يقول مربو الأبقار في قرى البقاع الأوسط إنهم باتوا يبيعون الحليب بأقل من كلفته، بعدما أغلقت المصانع التي كانت تشتري إنتاجهم منذ عقود.\n\
        ويشرح أحدهم أن ارتفاع أسعار العلف والمازوت جعل تربية الأبقار عبئا على العائلات التي ورثت المهنة عن آبائها.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("من يدفع ثمن إغلاق مصانع الحليب في البقاع؟")
    );
    assert_eq!(a.rubric.as_ref().map(|r| r.label.as_ref()), Some("تحقيق"));
    assert_eq!(published(&a).as_deref(), Some("2024-03-14"));
    assert_eq!(kind_at(&a, 12), Some(BoilerplateKind::Caption));
    assert_eq!(lines_of(&a), [14, 15]);
}

/// A crawl's record: the page title, menus, the headline, `City: Name`
/// under it, the date with `م`.
#[test]
fn gulf_daily_city_colon_writer() {
    let page = "حدائق جديدة في حي الرملة | صحيفة المساء\n\
        صحيفة المساء\n\
        محليات\n\
        اقتصاد\n\
        رياضة\n\
        حدائق جديدة في حي الرملة\n\
        عجمان: سالم الكعبي\n\
        12 فبراير 2024 07:40 م\n\
        افتتحت البلدية ثلاث حدائق جديدة في حي الرملة تضم ممرات للمشي وألعابا للأطفال ومساحات مظللة للعائلات.\n\
        وقالت البلدية إن الحدائق ستفتح أبوابها يوميا من الرابعة عصرا حتى منتصف الليل خلال فصل الشتاء.\n";
    let a = parse(page).unwrap();
    assert_eq!(a.title.as_deref(), Some("حدائق جديدة في حي الرملة"));
    assert_eq!(published(&a).as_deref(), Some("2024-02-12T19:40:00"));
    assert_eq!(lines_of(&a), [9, 10]);
}

/// A news ticker under its `عاجل` heading opens the page: its item is
/// not the title, the headline over the date is.
#[test]
fn ticker_item_under_breaking_heading() {
    let page = "الرئيسية\n\
        محليات\n\
        اقتصاد\n\
        عاجل\n\
        الدفاع المدني: إخماد حريق في مستودع للأخشاب دون إصابات\n\
        \n\
        جامعة اليرموك تطلق برنامجا صيفيا لتعليم البرمجة لطلبة المدارس\n\
        \n\
        05-07-2024 11:20 AM\n\
        \n\
        أطلقت جامعة اليرموك برنامجا صيفيا مجانيا لتعليم البرمجة لطلبة المدارس في محافظة إربد، يستمر ستة أسابيع.\n\
        وقال عميد كلية تكنولوجيا المعلومات إن البرنامج يستقبل مئتي طالب وطالبة في دورته الأولى.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("جامعة اليرموك تطلق برنامجا صيفيا لتعليم البرمجة لطلبة المدارس")
    );
    assert_eq!(published(&a).as_deref(), Some("2024-07-05T11:20:00"));
    assert_eq!(lines_of(&a), [11, 12]);
}

/// An Iranian site: a numeric Solar Hijri date in Persian digits, the
/// lead under the headline, then the share row (Persian names), the
/// outlet-and-writer label, a photo credit, the body.
#[test]
fn iranian_site_solar_date_lead_and_writer_label() {
    let page = "صفحه نخست\n\
        شهری\n\
        ۱۴۰۲/۰۸/۱۵ - ۱۰:۳۰\n\
        ساخت دو پارک محله‌ای در منطقه ۱۵ آغاز شد\n\
        عملیات ساخت دو پارک محله‌ای با مساحت ۱۲ هزار متر مربع در منطقه ۱۵ تهران آغاز شد و تا پایان سال به بهره‌برداری می‌رسد.\n\
        اشتراک‌گذاری\n\
        تلگرام توییتر واتساپ لینک کوتاه\n\
        پایگاه خبری شهر - مریم احمدی:\n\
        عکس: پایگاه خبری شهر / علی رضایی\n\
        به گزارش پایگاه خبری شهر، شهردار منطقه ۱۵ گفت که این دو پارک در زمین‌های رهاشده کنار بزرگراه ساخته می‌شوند.\n\
        او افزود که در طراحی پارک‌ها مسیر پیاده‌روی، زمین بازی کودکان و سرویس بهداشتی پیش‌بینی شده است.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("ساخت دو پارک محله‌ای در منطقه ۱۵ آغاز شد")
    );
    // 15 Aban 1402 is 6 November 2023.
    assert_eq!(published(&a).as_deref(), Some("2023-11-06T10:30:00"));
    assert_eq!(kind_at(&a, 5), Some(BoilerplateKind::Standfirst));
    assert_eq!(kind_at(&a, 8), Some(BoilerplateKind::Credit));
    let platforms = a.share.as_ref().map_or(0, |s| s.platforms.len());
    assert!(platforms >= 3, "{:?}", a.share);
    assert_eq!(lines_of(&a), [10, 11]);
    assert_eq!(a.language, Some(Language::Persian));
}

/// A Hebrew city site: `פורסם:` with a two-digit year, share buttons in
/// Hebrew, a read-more promo inside the body.
#[test]
fn hebrew_city_site() {
    let page = "דלג לתוכן העיקרי\n\
        חדשות\n\
        ספורט\n\
        גן שעשועים חדש נפתח בשכונת רמות רמז\n\
        ליאת כהן\n\
        פורסם: 14.02.24 | 10:05\n\
        עודכן: 14.02.24 | 12:40\n\
        שתפו\n\
        פייסבוק\n\
        וואטסאפ\n\
        העתקת קישור\n\
        \n\
        עיריית העיר פתחה השבוע גן שעשועים חדש בשכונת רמות רמז, הכולל מתקנים נגישים ופינת צל גדולה להורים.\n\
        \n\
        קראו עוד:\n\
        תושבי השכונה דורשים מעבר חצייה ליד בית הספר\n\
        \n\
        לדברי העירייה, הגן נבנה בתוך חצי שנה ועלותו הגיעה לכמיליון שקל, והוא ייפתח לציבור בכל שעות היום.\n";
    let a = parse(page).unwrap();
    assert_eq!(
        a.title.as_deref(),
        Some("גן שעשועים חדש נפתח בשכונת רמות רמז")
    );
    assert_eq!(published(&a).as_deref(), Some("2024-02-14T10:05:00"));
    assert_eq!(kind_at(&a, 15), Some(BoilerplateKind::Related));
    assert_eq!(lines_of(&a), [13, 18]);
    assert!(a.share.as_ref().map_or(0, |s| s.platforms.len()) >= 2);
}

/// A US paper reposting a wire story: `ET` with the season's offset, the
/// update on the same line, a caption above the photographer's credit,
/// the wire's contributor line at the foot.
#[test]
fn wire_story_on_a_local_paper() {
    let page = "   [1]Skip to main content\n\
        \n\
           NATION\n\
        \n\
           Small towns along the lake share one fire truck as budgets shrink\n\
        \n\
           Published 5:47 a.m. ET Jan. 10, 2024 | Updated 9:02 a.m. ET Jan. 10, 2024\n\
        \n\
           Show Caption\n\
           Hide Caption\n\
           Volunteers wash the shared fire truck outside a village hall on the lake shore.\n\
           Dana Wells/AP\n\
        \n\
           LAKEVIEW, Mich. (AP) — Four villages on the north shore of the lake now share a single fire truck, parked in whichever station is closest to the most calls that month.\n\
        \n\
           The arrangement saves each village about $60,000 a year, their clerks said, though residents on the far ends worry about longer waits.\n\
        \n\
           Associated Press writer Lee Moran contributed from Detroit.\n";
    let a = parse(page).unwrap();
    assert_eq!(published(&a).as_deref(), Some("2024-01-10T05:47:00-05:00"));
    assert_eq!(kind_at(&a, 11), Some(BoilerplateKind::Caption));
    assert_eq!(kind_at(&a, 18), Some(BoilerplateKind::Credit));
    assert_eq!(lines_of(&a), [14, 16]);
}

/// A German regional daily's newsletter box: its heading is a compound
/// ending in `-Newsletter`, its pitch names the inbox.
#[test]
fn newsletter_box_named_by_compound() {
    let page = "Lokales\n\
        \n\
        Neue Radwege für die Altstadt\n\
        \n\
        Veröffentlicht am 03.05.2024 um 08:30 Uhr\n\
        \n\
        Die Stadt will bis zum Herbst drei neue Radwege durch die Altstadt bauen lassen, wie der Bauausschuss am Donnerstag beschlossen hat.\n\
        \n\
        Die Kosten von rund zwei Millionen Euro trägt zu einem großen Teil das Land, teilte die Verwaltung mit.\n\
        \n\
        Der Altstadt-Newsletter\n\
        Jeden Freitag die wichtigsten Meldungen aus Ihrem Viertel bequem in Ihr Postfach.\n\
        Jetzt anmelden\n";
    let a = parse(page).unwrap();
    assert_eq!(kind_at(&a, 11), Some(BoilerplateKind::Newsletter));
    assert_eq!(kind_at(&a, 12), Some(BoilerplateKind::Newsletter));
    assert_eq!(lines_of(&a), [7, 9]);
}

/// Turkish text whose first lines hold more two-letter words shared with
/// Portuguese and Spanish (`da`, `o`, `su`) than Turkish stop words: its
/// dotless `ı` and `ğ` tell it.
#[test]
fn turkish_told_by_its_letters() {
    let page = "Kırsal yolda su baskını\n\
        \n\
        14 Mart 2024 09:12\n\
        \n\
        Köy yolunda sağanağın ardından su birikti, araçlar yolda kaldı. Sürücüler da uzun süre beklemek zorunda kaldı.\n\
        \n\
        Muhtar, ızgaraların dar olduğunu söyledi; o da belediyeden yardım istedi.\n";
    let a = parse(page).unwrap();
    assert_eq!(a.language, Some(Language::Turkish));
}

/// A site's plug for its messenger channel after the last paragraph, in
/// Russian and in English; a sentence that names Telegram inside the body
/// stays body.
#[test]
fn channel_promotions_at_the_foot() {
    let page = "Мост через Иртыш закроют на ремонт\n\
        \n\
        12 апреля 2024, 10:15\n\
        \n\
        Старый мост через Иртыш закроют на ремонт с первого мая, сообщили в мэрии. Работы продлятся до конца сентября.\n\
        \n\
        О переносе маршрутов автобусов перевозчик сообщил в Telegram, пассажиров попросили заранее планировать поездки.\n\
        \n\
        Новости Омска в Telegram — подписывайтесь, чтобы узнавать о перекрытиях первыми.\n\
        \n\
        Поделиться\n";
    let a = parse(page).unwrap();
    assert_eq!(lines_of(&a), [5, 7]);
    assert_eq!(kind_at(&a, 9), Some(BoilerplateKind::FollowUs));

    let page = "Harbour ferry adds a night crossing\n\
        \n\
        Published 3 June 2024\n\
        \n\
        The harbour ferry will run a late crossing on Fridays and Saturdays from next month, the operator said on Monday.\n\
        \n\
        Tickets for the new crossing cost the same as daytime fares, and bicycles travel free.\n\
        \n\
        Join our WhatsApp channel to get the day's top local stories on your phone.\n";
    let a = parse(page).unwrap();
    assert_eq!(lines_of(&a), [5, 7]);
    assert_eq!(kind_at(&a, 9), Some(BoilerplateKind::FollowUs));
}
