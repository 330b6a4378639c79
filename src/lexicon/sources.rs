//! The built-in outlet table.
//!
//! One entry per outlet: id, English and native names, the byline tokens it
//! answers to, its domains, language editions, IANA time zone, kind and
//! country. Facts come from the outlets' own pages.

use std::borrow::Cow::Borrowed as B;

use crate::model::{Edition, Language as L, Source, SourceKind as K};

macro_rules! src {
    (@order) => { None };
    (@order $order:ident) => { Some(crate::model::DateOrder::$order) };
    (
        id: $id:literal, name: $name:literal, native: $native:expr,
        aliases: [$($alias:literal),* $(,)?], home: $home:expr,
        editions: [$($ed:expr),* $(,)?], domains: [$($dom:literal),* $(,)?],
        languages: [$($lang:ident),* $(,)?], zone: $zone:literal, kind: $kind:ident,
        country: $country:literal $(, order: $order:ident)? $(,)?
    ) => {
        Source {
            id: B($id),
            name: B($name),
            native_name: $native,
            aliases: B(&[$(B($alias)),*]),
            home_page: $home,
            editions: B(&[$($ed),*]),
            domains: B(&[$(B($dom)),*]),
            languages: B(&[$(L::$lang),*]),
            time_zone: Some(B($zone)),
            kind: K::$kind,
            country: Some(B($country)),
            date_order: src!(@order $($order)?),
        }
    };
}

/// The outlets the crate knows out of the box.
pub(crate) static BUILTIN: &[Source] = &[
    src! {
        id: "cri", name: "China Radio International", native: Some(B("中国国际广播电台")),
        aliases: ["CRI", "CRI Online", "CRIENGLISH.com", "cri.cn", "国际在线", "إذاعة الصين الدولية"],
        home: Some(B("https://www.cri.cn")),
        editions: [
            Edition::new(L::Arabic, "إذاعة الصين الدولية", "https://arabic.cri.cn"),
            Edition::new(L::English, "China Radio International", "https://english.cri.cn"),
            Edition::new(L::French, "Radio Chine Internationale", "https://french.cri.cn"),
            Edition::new(L::Spanish, "Radio Internacional de China", "https://espanol.cri.cn"),
            Edition::new(L::Russian, "Международное радио Китая", "https://russian.cri.cn"),
            Edition::new(L::Chinese, "中国国际广播电台", "https://www.cri.cn"),
            Edition::new(L::Persian, "رادیو بین المللی چین", "https://persian.cri.cn"),
            Edition::new(L::Italian, "Radio Cina Internazionale", "https://italian.cri.cn"),
            Edition::new(L::Esperanto, "Ĉina Radio Internacia", "https://esperanto.cri.cn"),
        ],
        domains: ["cri.cn", "crionline.cn", "criarabic.com"],
        languages: [Arabic, English, French, Spanish, Russian, Chinese, Persian, Italian, Esperanto],
        zone: "Asia/Shanghai", kind: Broadcaster, country: "CN",
    },
    src! {
        id: "xinhua", name: "Xinhua News Agency", native: Some(B("新华社")),
        aliases: ["Xinhua", "新华社", "新華社", "新华网", "شينخوا", "وكالة أنباء شينخوا", "Синьхуа", "Xinhua News Agency", "Agencia Xinhua", "huaxia", "Kantor Berita Xinhua", "xinhuanet"],
        home: Some(B("https://www.news.cn")),
        editions: [
            Edition::new(L::Arabic, "وكالة أنباء شينخوا", "https://arabic.news.cn"),
            Edition::new(L::English, "Xinhua", "https://english.news.cn"),
            Edition::new(L::French, "Agence de presse Xinhua", "https://french.news.cn"),
            Edition::new(L::Spanish, "Agencia de Noticias Xinhua", "https://spanish.news.cn"),
        ],
        domains: ["news.cn", "xinhuanet.com"],
        languages: [Chinese, English, Arabic, French, Spanish, Russian],
        zone: "Asia/Shanghai", kind: Agency, country: "CN",
    },
    src! {
        id: "cgtn", name: "CGTN", native: Some(B("中国国际电视台")),
        aliases: ["CGTN", "CGTN Arabic", "CGTN عربي", "سي جي تي إن", "CGTN Français", "CGTN Español"],
        home: Some(B("https://www.cgtn.com")),
        editions: [],
        domains: ["cgtn.com"],
        languages: [English, Arabic, French, Spanish, Russian, Chinese], zone: "Asia/Shanghai", kind: Broadcaster, country: "CN",
    },
    src! {
        id: "cctv", name: "China Central Television", native: Some(B("中央电视台")),
        aliases: ["CCTV", "CNTV", "央视", "央视网", "央视网消息", "CCTV عربي", "تلفزيون الصين المركزي"],
        home: Some(B("https://www.cctv.com")),
        editions: [],
        domains: ["cctv.com", "cctv.cn", "cntv.cn"],
        languages: [Chinese, English, Arabic, French, Spanish, Russian], zone: "Asia/Shanghai", kind: Broadcaster, country: "CN",
    },
    src! {
        id: "peoples-daily", name: "People's Daily", native: Some(B("人民日报")),
        aliases: ["People's Daily", "People's Daily Online", "People's Daily App", "人民日报", "人民网", "人民網", "صحيفة الشعب اليومية", "صحيفة الشعب اليومية أونلاين", "Quotidien du Peuple", "Diario del Pueblo"],
        home: Some(B("http://www.people.com.cn")),
        editions: [],
        domains: ["people.com.cn", "people.cn", "peopledaily.com.cn"],
        languages: [Chinese, English, Arabic, French, Spanish, Russian, Japanese], zone: "Asia/Shanghai", kind: Newspaper, country: "CN",
    },
    src! {
        id: "china-daily", name: "China Daily", native: Some(B("中国日报")),
        aliases: ["China Daily", "chinadaily.com.cn", "中国日报网"],
        home: Some(B("https://www.chinadaily.com.cn")),
        editions: [],
        domains: ["chinadaily.com.cn"],
        languages: [English, Chinese], zone: "Asia/Shanghai", kind: Newspaper, country: "CN",
    },
    src! {
        id: "global-times", name: "Global Times", native: Some(B("环球时报")),
        aliases: ["Global Times", "环球时报", "環球時報", "环球网"],
        home: Some(B("https://www.globaltimes.cn")),
        editions: [],
        domains: ["globaltimes.cn", "huanqiu.com"],
        languages: [English, Chinese], zone: "Asia/Shanghai", kind: Newspaper, country: "CN",
    },
    src! {
        id: "china-org", name: "China.org.cn", native: Some(B("中国网")),
        aliases: ["china.org.cn", "中国网", "شبكة الصين", "China Internet Information Center"],
        home: Some(B("http://www.china.org.cn")),
        editions: [],
        domains: ["china.org.cn", "china.com.cn"],
        languages: [English, Arabic, French, Spanish, Russian, Chinese], zone: "Asia/Shanghai", kind: Portal, country: "CN",
    },
    src! {
        id: "chinanews", name: "China News Service", native: Some(B("中国新闻社")),
        aliases: ["中新社", "中新网", "中新網", "中国新闻网", "中國新聞網", "中國新聞網(wǎng)", "China News Service", "CNS", "ecns"],
        home: Some(B("https://www.chinanews.com.cn")),
        editions: [],
        domains: ["chinanews.com", "chinanews.com.cn", "ecns.cn"],
        languages: [Chinese, English], zone: "Asia/Shanghai", kind: Agency, country: "CN",
    },
    src! {
        id: "yidaiyilu", name: "Belt and Road Portal", native: Some(B("中国一带一路网")),
        aliases: ["中国一带一路网", "شبكة طريق الحرير الإخبارية"],
        home: Some(B("https://www.yidaiyilu.gov.cn")),
        editions: [],
        domains: ["yidaiyilu.gov.cn"],
        languages: [Chinese, English, Arabic], zone: "Asia/Shanghai", kind: Portal, country: "CN",
    },
    src! {
        id: "aljazeera", name: "Al Jazeera", native: Some(B("الجزيرة")),
        aliases: ["الجزيرة", "الجزيرة نت", "Al Jazeera", "Aljazeera"],
        home: Some(B("https://www.aljazeera.net")),
        editions: [],
        domains: ["aljazeera.net", "aljazeera.com"],
        languages: [Arabic, English], zone: "Asia/Qatar", kind: Broadcaster, country: "QA",
    },
    src! {
        id: "bbc", name: "BBC", native: Some(B("بي بي سي")),
        aliases: ["BBC", "BBC News"],
        home: Some(B("https://www.bbc.com")),
        editions: [],
        domains: ["bbc.com", "bbc.co.uk"],
        languages: [English, Arabic, Persian, Russian, Chinese], zone: "Europe/London", kind: Broadcaster, country: "GB",
    },
    src! {
        id: "bbc-arabic", name: "BBC Arabic", native: Some(B("بي بي سي عربي")),
        aliases: ["BBC Arabic", "BBC عربي", "بي بي سي نيوز عربي"],
        home: Some(B("https://www.bbc.com/arabic")),
        editions: [],
        domains: [],
        languages: [Arabic], zone: "Europe/London", kind: Broadcaster, country: "GB",
    },
    src! {
        id: "rt-arabic", name: "RT Arabic", native: Some(B("آر تي عربي")),
        aliases: ["RT Arabic", "RT", "روسيا اليوم", "آر تي"],
        home: Some(B("https://arabic.rt.com")),
        editions: [],
        domains: ["arabic.rt.com", "rt.com"],
        languages: [Arabic, English, Spanish, French, Russian], zone: "Europe/Moscow", kind: Broadcaster, country: "RU",
    },
    src! {
        id: "sky-news-arabia", name: "Sky News Arabia", native: Some(B("سكاي نيوز عربية")),
        aliases: ["Sky News Arabia", "سكاي نيوز عربية", "سكاي نيوز"],
        home: Some(B("https://www.skynewsarabia.com")),
        editions: [],
        domains: ["skynewsarabia.com"],
        languages: [Arabic], zone: "Asia/Dubai", kind: Broadcaster, country: "AE",
    },
    src! {
        id: "anadolu", name: "Anadolu Agency", native: Some(B("Anadolu Ajansı")),
        aliases: ["Anadolu", "AA", "الأناضول", "وكالة الأناضول", "Anadolu Ajansı"],
        home: Some(B("https://www.aa.com.tr")),
        editions: [],
        domains: ["aa.com.tr"],
        languages: [Turkish, Arabic, English, French, Spanish, Russian], zone: "Europe/Istanbul", kind: Agency, country: "TR",
    },
    src! {
        id: "al-arabiya", name: "Al Arabiya", native: Some(B("العربية")),
        aliases: ["العربية نت", "Al Arabiya", "Alarabiya"],
        home: Some(B("https://www.alarabiya.net")),
        editions: [],
        domains: ["alarabiya.net"],
        languages: [Arabic, English], zone: "Asia/Dubai", kind: Broadcaster, country: "AE",
    },
    src! {
        id: "asharq-al-awsat", name: "Asharq Al-Awsat", native: Some(B("الشرق الأوسط")),
        aliases: ["Asharq Al-Awsat", "الشرق الاوسط"],
        home: Some(B("https://aawsat.com")),
        editions: [],
        domains: ["aawsat.com"],
        languages: [Arabic, English], zone: "Europe/London", kind: Newspaper, country: "GB",
    },
    src! {
        id: "youm7", name: "Youm7", native: Some(B("اليوم السابع")),
        aliases: ["Youm7", "اليوم السابع"],
        home: Some(B("https://www.youm7.com")),
        editions: [],
        domains: ["youm7.com"],
        languages: [Arabic], zone: "Africa/Cairo", kind: Newspaper, country: "EG",
    },
    src! {
        id: "elbalad", name: "Sada El Balad", native: Some(B("صدى البلد")),
        aliases: ["Sada El Balad", "Elbalad", "صدى البلد"],
        home: Some(B("https://www.elbalad.news")),
        editions: [],
        domains: ["elbalad.news"],
        languages: [Arabic, English], zone: "Africa/Cairo", kind: Website, country: "EG",
    },
    src! {
        id: "masrawy", name: "Masrawy", native: Some(B("مصراوي")),
        aliases: ["Masrawy", "مصراوي"],
        home: Some(B("https://www.masrawy.com")),
        editions: [],
        domains: ["masrawy.com"],
        languages: [Arabic], zone: "Africa/Cairo", kind: Website, country: "EG",
    },
    src! {
        id: "al-ahram", name: "Al-Ahram", native: Some(B("الأهرام")),
        aliases: ["Al Ahram", "Ahram Online", "الأهرام", "بوابة الأهرام"],
        home: Some(B("https://gate.ahram.org.eg")),
        editions: [],
        domains: ["ahram.org.eg"],
        languages: [Arabic, English, French], zone: "Africa/Cairo", kind: Newspaper, country: "EG",
    },
    src! {
        id: "alrai-jo", name: "Al Rai", native: Some(B("الرأي")),
        aliases: ["Al Rai", "الرأي", "الرأ ي", "alrai.com"],
        home: Some(B("https://alrai.com")),
        editions: [],
        domains: ["alrai.com"],
        languages: [Arabic], zone: "Asia/Amman", kind: Newspaper, country: "JO",
    },
    src! {
        id: "alrai-kw", name: "Al Rai (Kuwait)", native: Some(B("الراي")),
        aliases: ["Al Rai Media", "الراي"],
        home: Some(B("https://www.alraimedia.com")),
        editions: [],
        domains: ["alraimedia.com"],
        languages: [Arabic], zone: "Asia/Kuwait", kind: Newspaper, country: "KW",
    },
    src! {
        id: "afp", name: "Agence France-Presse", native: Some(B("Agence France-Presse")),
        aliases: ["AFP", "أ ف ب", "أ.ف.ب", "فرانس برس", "وكالة فرانس برس", "Agence France-Presse"],
        home: Some(B("https://www.afp.com")),
        editions: [],
        domains: ["afp.com"],
        languages: [French, English, Arabic, Spanish, German, Portuguese], zone: "Europe/Paris", kind: Agency, country: "FR",
    },
    src! {
        id: "reuters", name: "Reuters", native: None,
        aliases: ["Reuters", "رويترز", "Рейтер", "路透社"],
        home: Some(B("https://www.reuters.com")),
        editions: [],
        domains: ["reuters.com"],
        languages: [English, Arabic, Chinese, French, Spanish, German, Russian], zone: "Europe/London", kind: Agency, country: "GB",
    },
    src! {
        id: "ap", name: "Associated Press", native: None,
        aliases: ["AP", "Associated Press", "أسوشيتد برس", "美联社"],
        home: Some(B("https://apnews.com")),
        editions: [],
        domains: ["apnews.com", "ap.org"],
        languages: [English, Spanish], zone: "America/New_York", kind: Agency, country: "US", order: MonthDay,
    },
    src! {
        id: "dpa", name: "Deutsche Presse-Agentur", native: None,
        aliases: ["dpa", "د ب أ", "د.ب.أ", "الألمانية", "Deutsche Presse-Agentur"],
        home: Some(B("https://www.dpa.com")),
        editions: [],
        domains: ["dpa.com"],
        languages: [German, English, Arabic, Spanish], zone: "Europe/Berlin", kind: Agency, country: "DE",
    },
    src! {
        id: "tass", name: "TASS", native: Some(B("ТАСС")),
        aliases: ["TASS", "ТАСС", "تاس", "Редакция сайта ТАСС"],
        home: Some(B("https://tass.ru")),
        editions: [],
        domains: ["tass.ru", "tass.com"],
        languages: [Russian, English], zone: "Europe/Moscow", kind: Agency, country: "RU",
    },
    src! {
        id: "sputnik", name: "Sputnik", native: Some(B("Спутник")),
        aliases: ["Sputnik", "Спутник", "سبوتنيك", "Sputnik Mundo", "Sputnik Arabic"],
        home: Some(B("https://sputniknews.com")),
        editions: [],
        domains: ["sputniknews.com", "sputnikarabic.ae", "sputniknews.lat", "sputniknews.cn"],
        languages: [Russian, English, Arabic, Spanish, Chinese], zone: "Europe/Moscow", kind: Agency, country: "RU",
    },
    src! {
        id: "ria", name: "RIA Novosti", native: Some(B("РИА Новости")),
        aliases: ["RIA Novosti", "РИА Новости", "ريا نوفوستي"],
        home: Some(B("https://ria.ru")),
        editions: [],
        domains: ["ria.ru"],
        languages: [Russian], zone: "Europe/Moscow", kind: Agency, country: "RU",
    },
    src! {
        id: "efe", name: "Agencia EFE", native: None,
        aliases: ["EFE", "Agencia EFE", "إفي"],
        home: Some(B("https://www.efe.com")),
        editions: [],
        domains: ["efe.com"],
        languages: [Spanish, English, Arabic, Portuguese], zone: "Europe/Madrid", kind: Agency, country: "ES",
    },
    src! {
        id: "ansa", name: "ANSA", native: Some(B("Agenzia Nazionale Stampa Associata")),
        aliases: ["ANSA"],
        home: Some(B("https://www.ansa.it")),
        editions: [],
        domains: ["ansa.it"],
        languages: [Italian, English, Arabic], zone: "Europe/Rome", kind: Agency, country: "IT",
    },
    src! {
        id: "wam", name: "Emirates News Agency", native: Some(B("وكالة أنباء الإمارات")),
        aliases: ["WAM", "وام"],
        home: Some(B("https://www.wam.ae")),
        editions: [],
        domains: ["wam.ae"],
        languages: [Arabic, English], zone: "Asia/Dubai", kind: Agency, country: "AE",
    },
    src! {
        id: "spa", name: "Saudi Press Agency", native: Some(B("وكالة الأنباء السعودية")),
        aliases: ["SPA", "واس"],
        home: Some(B("https://www.spa.gov.sa")),
        editions: [],
        domains: ["spa.gov.sa"],
        languages: [Arabic, English], zone: "Asia/Riyadh", kind: Agency, country: "SA",
    },
    src! {
        id: "mena", name: "Middle East News Agency", native: Some(B("وكالة أنباء الشرق الأوسط")),
        aliases: ["MENA", "أ ش أ", "أ.ش.أ"],
        home: Some(B("https://www.mena.org.eg")),
        editions: [],
        domains: ["mena.org.eg"],
        languages: [Arabic, English, French], zone: "Africa/Cairo", kind: Agency, country: "EG",
    },
    src! {
        id: "qna", name: "Qatar News Agency", native: Some(B("وكالة الأنباء القطرية")),
        aliases: ["QNA", "قنا"],
        home: Some(B("https://www.qna.org.qa")),
        editions: [],
        domains: ["qna.org.qa"],
        languages: [Arabic, English], zone: "Asia/Qatar", kind: Agency, country: "QA",
    },
    src! {
        id: "kuna", name: "Kuwait News Agency", native: Some(B("وكالة الأنباء الكويتية")),
        aliases: ["KUNA", "كونا"],
        home: Some(B("https://www.kuna.net.kw")),
        editions: [],
        domains: ["kuna.net.kw"],
        languages: [Arabic, English], zone: "Asia/Kuwait", kind: Agency, country: "KW",
    },
    src! {
        id: "petra", name: "Jordan News Agency", native: Some(B("وكالة الأنباء الأردنية")),
        aliases: ["Petra", "بترا"],
        home: Some(B("https://petra.gov.jo")),
        editions: [],
        domains: ["petra.gov.jo"],
        languages: [Arabic, English], zone: "Asia/Amman", kind: Agency, country: "JO",
    },
    src! {
        id: "sana", name: "Syrian Arab News Agency", native: Some(B("الوكالة العربية السورية للأنباء")),
        aliases: ["SANA", "سانا"],
        home: Some(B("https://sana.sy")),
        editions: [],
        domains: ["sana.sy"],
        languages: [Arabic, English], zone: "Asia/Damascus", kind: Agency, country: "SY",
    },
    src! {
        id: "wafa", name: "WAFA", native: Some(B("وكالة الأنباء والمعلومات الفلسطينية")),
        aliases: ["WAFA", "وفا"],
        home: Some(B("https://www.wafa.ps")),
        editions: [],
        domains: ["wafa.ps"],
        languages: [Arabic, English], zone: "Asia/Hebron", kind: Agency, country: "PS",
    },
    src! {
        id: "maan", name: "Ma'an News Agency", native: Some(B("وكالة معا الإخبارية")),
        aliases: ["معا", "وكالة معا", "Ma'an"],
        home: Some(B("https://www.maannews.net")),
        editions: [],
        domains: ["maannews.net", "maannews.com"],
        languages: [Arabic, English], zone: "Asia/Hebron", kind: Agency, country: "PS",
    },
    src! {
        id: "elaph", name: "Elaph", native: Some(B("إيلاف")),
        aliases: ["Elaph", "إيلاف"],
        home: Some(B("https://elaph.com")),
        editions: [],
        domains: ["elaph.com"],
        languages: [Arabic], zone: "Europe/London", kind: Website, country: "GB",
    },
    src! {
        id: "saraya", name: "Saraya News", native: Some(B("وكالة سرايا الإخبارية")),
        aliases: ["سرايا", "Saraya"],
        home: Some(B("https://www.sarayanews.com")),
        editions: [],
        domains: ["sarayanews.com"],
        languages: [Arabic], zone: "Asia/Amman", kind: Website, country: "JO",
    },
    src! {
        id: "alittihad", name: "Al Ittihad", native: Some(B("الاتحاد")),
        aliases: ["الاتحاد", "Al Ittihad"],
        home: Some(B("https://www.alittihad.ae")),
        editions: [],
        domains: ["alittihad.ae"],
        languages: [Arabic], zone: "Asia/Dubai", kind: Newspaper, country: "AE",
    },
    src! {
        id: "euronews", name: "Euronews", native: Some(B("يورونيوز")),
        aliases: ["Euronews", "يورونيوز"],
        home: Some(B("https://www.euronews.com")),
        editions: [],
        domains: ["euronews.com"],
        languages: [English, Arabic, French, Spanish, Russian, German, Italian, Portuguese], zone: "Europe/Paris", kind: Broadcaster, country: "FR",
    },
    src! {
        id: "telesur", name: "teleSUR", native: None,
        aliases: ["teleSUR", "Telesur"],
        home: Some(B("https://www.telesurtv.net")),
        editions: [],
        domains: ["telesurtv.net"],
        languages: [Spanish, English], zone: "America/Caracas", kind: Broadcaster, country: "VE",
    },
    src! {
        id: "le-monde", name: "Le Monde", native: None,
        aliases: ["Le Monde"],
        home: Some(B("https://www.lemonde.fr")),
        editions: [],
        domains: ["lemonde.fr"],
        languages: [French], zone: "Europe/Paris", kind: Newspaper, country: "FR",
    },
    src! {
        id: "el-pais", name: "El País", native: None,
        aliases: ["El País", "El Pais"],
        home: Some(B("https://elpais.com")),
        editions: [],
        domains: ["elpais.com"],
        languages: [Spanish, English, Portuguese], zone: "Europe/Madrid", kind: Newspaper, country: "ES",
    },
    src! {
        id: "guardian", name: "The Guardian", native: None,
        aliases: ["Guardian", "theguardian.com", "Guardian News & Media"],
        home: Some(B("https://www.theguardian.com")),
        editions: [],
        domains: ["theguardian.com", "guardian.co.uk"],
        languages: [English], zone: "Europe/London", kind: Newspaper, country: "GB",
    },
    src! {
        id: "kommersant", name: "Kommersant", native: Some(B("Коммерсантъ")),
        aliases: ["Коммерсант"],
        home: Some(B("https://www.kommersant.ru")),
        editions: [],
        domains: ["kommersant.ru"],
        languages: [Russian], zone: "Europe/Moscow", kind: Newspaper, country: "RU",
    },
    src! {
        id: "hurriyet", name: "Hürriyet", native: None,
        aliases: ["Hurriyet", "hurriyet.com.tr"],
        home: Some(B("https://www.hurriyet.com.tr")),
        editions: [],
        domains: ["hurriyet.com.tr"],
        languages: [Turkish], zone: "Europe/Istanbul", kind: Newspaper, country: "TR",
    },
    src! {
        id: "sabq", name: "Sabq", native: Some(B("سبق")),
        aliases: ["صحيفة سبق", "صحيفة سبق الإلكترونية", "sabq.org"],
        home: Some(B("https://sabq.org")),
        editions: [],
        domains: ["sabq.org"],
        languages: [Arabic], zone: "Asia/Riyadh", kind: Website, country: "SA",
    },
    src! {
        id: "khabaronline", name: "Khabar Online", native: Some(B("خبرآنلاین")),
        aliases: ["خبر آنلاین", "Khabaronline"],
        home: Some(B("https://www.khabaronline.ir")),
        editions: [],
        domains: ["khabaronline.ir"],
        languages: [Persian], zone: "Asia/Tehran", kind: Website, country: "IR",
    },
    src! {
        id: "folha", name: "Folha de S.Paulo", native: None,
        aliases: ["Folha", "Folha de São Paulo", "folha.uol.com.br"],
        home: Some(B("https://www.folha.uol.com.br")),
        editions: [],
        domains: ["folha.uol.com.br"],
        languages: [Portuguese], zone: "America/Sao_Paulo", kind: Newspaper, country: "BR",
    },
    // Arabic-language outlets. A name that is also an ordinary word
    // (`النهار` day, `الخليج` gulf, `البيان` statement, `الشروق` sunrise)
    // is listed only in a fuller form (`صحيفة الخليج`), never bare: names,
    // native names, aliases and ids are all matched as byline tokens.
    src! {
        id: "annahar", name: "An-Nahar", native: Some(B("النهار اللبنانية")),
        aliases: ["An Nahar", "Annahar", "صحيفة النهار اللبنانية", "annahar.com"],
        home: Some(B("https://www.annahar.com")),
        editions: [],
        domains: ["annahar.com"],
        languages: [Arabic], zone: "Asia/Beirut", kind: Newspaper, country: "LB",
    },
    src! {
        id: "alghad", name: "Al-Ghad (Jordan)", native: Some(B("الغد الأردنية")),
        aliases: ["Al Ghad", "Alghad", "الغد الأردني", "جريدة الغد", "صحيفة الغد", "alghad.com"],
        home: Some(B("https://alghad.com")),
        editions: [],
        domains: ["alghad.com"],
        languages: [Arabic], zone: "Asia/Amman", kind: Newspaper, country: "JO",
    },
    src! {
        id: "roya-news", name: "Roya News", native: Some(B("رؤيا الإخباري")),
        aliases: ["Roya News", "قناة رؤيا", "لقناة رؤيا", "royanews.tv"],
        home: Some(B("https://royanews.tv")),
        editions: [],
        domains: ["royanews.tv"],
        languages: [Arabic, English], zone: "Asia/Amman", kind: Broadcaster, country: "JO",
    },
    src! {
        id: "independent-arabia", name: "Independent Arabia", native: Some(B("اندبندنت عربية")),
        aliases: ["Independent Arabia", "إندبندنت عربية", "independentarabia.com"],
        home: Some(B("https://www.independentarabia.com")),
        editions: [],
        domains: ["independentarabia.com"],
        languages: [Arabic], zone: "Europe/London", kind: Newspaper, country: "GB",
    },
    src! {
        id: "scmp", name: "South China Morning Post", native: None,
        aliases: ["SCMP", "South China Morning Post", "scmp.com"],
        home: Some(B("https://www.scmp.com")),
        editions: [],
        domains: ["scmp.com"],
        languages: [English], zone: "Asia/Hong_Kong", kind: Newspaper, country: "HK",
    },
    src! {
        id: "cnr", name: "China National Radio", native: Some(B("中央人民广播电台")),
        aliases: ["CNR", "央广网", "央广", "中国之声", "cnr.cn"],
        home: Some(B("https://www.cnr.cn")),
        editions: [],
        domains: ["cnr.cn"],
        languages: [Chinese], zone: "Asia/Shanghai", kind: Broadcaster, country: "CN",
    },
    src! {
        id: "rthk", name: "Radio Television Hong Kong", native: Some(B("香港電台")),
        aliases: ["RTHK", "香港電台", "香港电台", "rthk.hk"],
        home: Some(B("https://news.rthk.hk")),
        editions: [],
        domains: ["rthk.hk"],
        languages: [Chinese, English], zone: "Asia/Hong_Kong", kind: Broadcaster, country: "HK",
    },
    src! {
        id: "alquds-alarabi", name: "Al-Quds Al-Arabi", native: Some(B("القدس العربي")),
        aliases: ["Al Quds Al Arabi", "alquds.co.uk"],
        home: Some(B("https://www.alquds.co.uk")),
        editions: [],
        domains: ["alquds.co.uk"],
        languages: [Arabic], zone: "Europe/London", kind: Newspaper, country: "GB",
    },
    src! {
        id: "hespress", name: "Hespress", native: Some(B("هسبريس")),
        aliases: ["hespress.com"],
        home: Some(B("https://www.hespress.com")),
        editions: [],
        domains: ["hespress.com"],
        languages: [Arabic, French, English], zone: "Africa/Casablanca", kind: Website, country: "MA",
    },
    src! {
        id: "almasryalyoum", name: "Al-Masry Al-Youm", native: Some(B("المصري اليوم")),
        aliases: ["Al Masry Al Youm", "Almasry Alyoum", "almasryalyoum.com"],
        home: Some(B("https://www.almasryalyoum.com")),
        editions: [],
        domains: ["almasryalyoum.com"],
        languages: [Arabic], zone: "Africa/Cairo", kind: Newspaper, country: "EG",
    },
    src! {
        id: "al-khaleej", name: "Al Khaleej", native: Some(B("صحيفة الخليج")),
        aliases: ["Alkhaleej", "alkhaleej.ae"],
        home: Some(B("https://www.alkhaleej.ae")),
        editions: [],
        domains: ["alkhaleej.ae"],
        languages: [Arabic], zone: "Asia/Dubai", kind: Newspaper, country: "AE",
    },
    src! {
        id: "al-bayan", name: "Al Bayan", native: Some(B("صحيفة البيان")),
        aliases: ["Albayan", "albayan.ae"],
        home: Some(B("https://www.albayan.ae")),
        editions: [],
        domains: ["albayan.ae"],
        languages: [Arabic], zone: "Asia/Dubai", kind: Newspaper, country: "AE",
    },
    src! {
        id: "gulf-news", name: "Gulf News", native: None,
        aliases: ["gulfnews.com"],
        home: Some(B("https://gulfnews.com")),
        editions: [],
        domains: ["gulfnews.com"],
        languages: [English], zone: "Asia/Dubai", kind: Newspaper, country: "AE",
    },
    src! {
        id: "okaz", name: "Okaz", native: Some(B("عكاظ")),
        aliases: ["صحيفة عكاظ", "okaz.com.sa"],
        home: Some(B("https://www.okaz.com.sa")),
        editions: [],
        domains: ["okaz.com.sa"],
        languages: [Arabic], zone: "Asia/Riyadh", kind: Newspaper, country: "SA",
    },
    src! {
        id: "al-shorouk", name: "Al-Shorouk (Egypt)", native: Some(B("بوابة الشروق")),
        aliases: ["Shorouk News", "الشروق المصرية", "shorouknews.com"],
        home: Some(B("https://www.shorouknews.com")),
        editions: [],
        domains: ["shorouknews.com"],
        languages: [Arabic], zone: "Africa/Cairo", kind: Newspaper, country: "EG",
    },
    // English-language outlets.
    src! {
        id: "cnn", name: "CNN", native: None,
        aliases: ["Cable News Network", "سي إن إن", "CNN Arabic", "CNN Español"],
        home: Some(B("https://www.cnn.com")),
        editions: [
            Edition::new(L::Arabic, "CNN بالعربية", "https://arabic.cnn.com"),
            Edition::new(L::Spanish, "CNN en Español", "https://cnnespanol.cnn.com"),
        ],
        domains: ["cnn.com"],
        languages: [English, Arabic, Spanish], zone: "America/New_York", kind: Broadcaster, country: "US",
    },
    src! {
        id: "nytimes", name: "The New York Times", native: None,
        aliases: ["New York Times", "NYTimes", "NYT", "nytimes.com", "نيويورك تايمز", "纽约时报"],
        home: Some(B("https://www.nytimes.com")),
        editions: [Edition::new(L::Chinese, "纽约时报中文网", "https://cn.nytimes.com")],
        domains: ["nytimes.com"],
        languages: [English, Chinese], zone: "America/New_York", kind: Newspaper, country: "US", order: MonthDay,
    },
    src! {
        id: "washington-post", name: "The Washington Post", native: None,
        aliases: ["Washington Post", "washingtonpost.com", "واشنطن بوست"],
        home: Some(B("https://www.washingtonpost.com")),
        editions: [],
        domains: ["washingtonpost.com"],
        languages: [English], zone: "America/New_York", kind: Newspaper, country: "US", order: MonthDay,
    },
    src! {
        id: "npr", name: "NPR", native: None,
        aliases: ["National Public Radio", "npr.org"],
        home: Some(B("https://www.npr.org")),
        editions: [],
        domains: ["npr.org"],
        languages: [English], zone: "America/New_York", kind: Broadcaster, country: "US", order: MonthDay,
    },
    src! {
        id: "financial-times", name: "Financial Times", native: None,
        aliases: ["ft.com"],
        home: Some(B("https://www.ft.com")),
        editions: [],
        domains: ["ft.com"],
        languages: [English], zone: "Europe/London", kind: Newspaper, country: "GB",
    },
    src! {
        id: "the-hindu", name: "The Hindu", native: None,
        aliases: ["thehindu.com"],
        home: Some(B("https://www.thehindu.com")),
        editions: [],
        domains: ["thehindu.com"],
        languages: [English], zone: "Asia/Kolkata", kind: Newspaper, country: "IN",
    },
    src! {
        id: "times-of-india", name: "The Times of India", native: None,
        aliases: ["Times of India"],
        home: Some(B("https://timesofindia.indiatimes.com")),
        editions: [],
        domains: ["timesofindia.indiatimes.com"],
        languages: [English], zone: "Asia/Kolkata", kind: Newspaper, country: "IN",
    },
    // French-language outlets.
    src! {
        id: "france24", name: "France 24", native: None,
        aliases: ["France24", "فرانس 24", "فرانس24", "france24.com"],
        home: Some(B("https://www.france24.com")),
        editions: [
            Edition::new(L::French, "France 24", "https://www.france24.com/fr/"),
            Edition::new(L::English, "France 24", "https://www.france24.com/en/"),
            Edition::new(L::Arabic, "فرانس 24", "https://www.france24.com/ar/"),
            Edition::new(L::Spanish, "France 24", "https://www.france24.com/es/"),
        ],
        domains: ["france24.com"],
        languages: [French, English, Arabic, Spanish], zone: "Europe/Paris", kind: Broadcaster, country: "FR",
    },
    src! {
        id: "rfi", name: "Radio France Internationale", native: None,
        aliases: ["RFI", "rfi.fr", "法国国际广播电台"],
        home: Some(B("https://www.rfi.fr")),
        editions: [],
        domains: ["rfi.fr"],
        languages: [French, English, Spanish, Portuguese, Russian, Chinese, Persian], zone: "Europe/Paris", kind: Broadcaster, country: "FR",
    },
    src! {
        id: "le-figaro", name: "Le Figaro", native: None,
        aliases: ["lefigaro.fr"],
        home: Some(B("https://www.lefigaro.fr")),
        editions: [],
        domains: ["lefigaro.fr"],
        languages: [French], zone: "Europe/Paris", kind: Newspaper, country: "FR",
    },
    src! {
        id: "le-parisien", name: "Le Parisien", native: None,
        aliases: ["leparisien.fr"],
        home: Some(B("https://www.leparisien.fr")),
        editions: [],
        domains: ["leparisien.fr"],
        languages: [French], zone: "Europe/Paris", kind: Newspaper, country: "FR",
    },
    src! {
        id: "lexpress", name: "L'Express", native: None,
        aliases: ["L’Express", "lexpress.fr"],
        home: Some(B("https://www.lexpress.fr")),
        editions: [],
        domains: ["lexpress.fr"],
        languages: [French], zone: "Europe/Paris", kind: Newspaper, country: "FR",
    },
    src! {
        id: "ouest-france", name: "Ouest-France", native: None,
        aliases: ["Ouest France", "ouest-france.fr"],
        home: Some(B("https://www.ouest-france.fr")),
        editions: [],
        domains: ["ouest-france.fr"],
        languages: [French], zone: "Europe/Paris", kind: Newspaper, country: "FR",
    },
    // Spanish-language outlets. `El Mundo`, `La Nación` and `El Tiempo` are
    // also ordinary phrases (and several papers' names): their English
    // names carry the country, and their bylines resolve by domain.
    src! {
        id: "el-mundo", name: "El Mundo (Spain)", native: None,
        aliases: ["elmundo.es"],
        home: Some(B("https://www.elmundo.es")),
        editions: [],
        domains: ["elmundo.es"],
        languages: [Spanish], zone: "Europe/Madrid", kind: Newspaper, country: "ES",
    },
    src! {
        id: "el-confidencial", name: "El Confidencial", native: None,
        aliases: ["elconfidencial.com"],
        home: Some(B("https://www.elconfidencial.com")),
        editions: [],
        domains: ["elconfidencial.com"],
        languages: [Spanish], zone: "Europe/Madrid", kind: Website, country: "ES",
    },
    src! {
        id: "clarin", name: "Clarín", native: None,
        aliases: ["clarin.com"],
        home: Some(B("https://www.clarin.com")),
        editions: [],
        domains: ["clarin.com"],
        languages: [Spanish], zone: "America/Argentina/Buenos_Aires", kind: Newspaper, country: "AR",
    },
    src! {
        id: "la-nacion-ar", name: "La Nación (Argentina)", native: None,
        aliases: ["lanacion.com.ar"],
        home: Some(B("https://www.lanacion.com.ar")),
        editions: [],
        domains: ["lanacion.com.ar"],
        languages: [Spanish], zone: "America/Argentina/Buenos_Aires", kind: Newspaper, country: "AR",
    },
    src! {
        id: "infobae", name: "Infobae", native: None,
        aliases: ["infobae.com"],
        home: Some(B("https://www.infobae.com")),
        editions: [],
        domains: ["infobae.com"],
        languages: [Spanish], zone: "America/Argentina/Buenos_Aires", kind: Website, country: "AR",
    },
    src! {
        id: "el-tiempo-co", name: "El Tiempo (Colombia)", native: None,
        aliases: ["eltiempo.com"],
        home: Some(B("https://www.eltiempo.com")),
        editions: [],
        domains: ["eltiempo.com"],
        languages: [Spanish], zone: "America/Bogota", kind: Newspaper, country: "CO",
    },
    // Russian-language outlets. `Лента`, `Газета` and `РГ` alone are too
    // common to be byline tokens.
    src! {
        id: "izvestia", name: "Izvestia", native: Some(B("Известия")),
        aliases: ["Izvestiya", "iz.ru"],
        home: Some(B("https://iz.ru")),
        editions: [],
        domains: ["iz.ru"],
        languages: [Russian], zone: "Europe/Moscow", kind: Newspaper, country: "RU",
    },
    src! {
        id: "rossiyskaya-gazeta", name: "Rossiyskaya Gazeta", native: Some(B("Российская газета")),
        aliases: ["rg.ru"],
        home: Some(B("https://rg.ru")),
        editions: [],
        domains: ["rg.ru"],
        languages: [Russian], zone: "Europe/Moscow", kind: Newspaper, country: "RU",
    },
    src! {
        id: "interfax", name: "Interfax", native: Some(B("Интерфакс")),
        aliases: ["interfax.ru"],
        home: Some(B("https://www.interfax.ru")),
        editions: [],
        domains: ["interfax.ru", "interfax.com"],
        languages: [Russian, English], zone: "Europe/Moscow", kind: Agency, country: "RU",
    },
    src! {
        id: "lenta-ru", name: "Lenta.ru", native: Some(B("Лента.ру")),
        aliases: [],
        home: Some(B("https://lenta.ru")),
        editions: [],
        domains: ["lenta.ru"],
        languages: [Russian], zone: "Europe/Moscow", kind: Website, country: "RU",
    },
    src! {
        id: "rbc-ru", name: "RBC (Russia)", native: Some(B("РБК")),
        aliases: ["RosBusinessConsulting", "РосБизнесКонсалтинг", "rbc.ru"],
        home: Some(B("https://www.rbc.ru")),
        editions: [],
        domains: ["rbc.ru"],
        languages: [Russian], zone: "Europe/Moscow", kind: Newspaper, country: "RU",
    },
    // Chinese-language outlets. `澎湃` alone is an ordinary adjective.
    src! {
        id: "sohu", name: "Sohu", native: Some(B("搜狐")),
        aliases: ["搜狐网", "搜狐新闻", "sohu.com"],
        home: Some(B("https://www.sohu.com")),
        editions: [],
        domains: ["sohu.com"],
        languages: [Chinese], zone: "Asia/Shanghai", kind: Website, country: "CN",
    },
    src! {
        id: "thepaper", name: "The Paper (China)", native: Some(B("澎湃新闻")),
        aliases: ["ThePaper", "thepaper.cn"],
        home: Some(B("https://www.thepaper.cn")),
        editions: [],
        domains: ["thepaper.cn"],
        languages: [Chinese], zone: "Asia/Shanghai", kind: Website, country: "CN",
    },
    src! {
        id: "caixin", name: "Caixin", native: Some(B("财新")),
        aliases: ["财新网", "Caixin Global", "caixin.com"],
        home: Some(B("https://www.caixin.com")),
        editions: [],
        domains: ["caixin.com", "caixinglobal.com"],
        languages: [Chinese, English], zone: "Asia/Shanghai", kind: Newspaper, country: "CN",
    },
    // Persian-language outlets. `تسنیم`, `فارس`, `مهر`, `همشهری` and
    // `Mehr`, `Fars`, `Tasnim` alone are ordinary words or given names:
    // only the agencies' full names are tokens.
    src! {
        id: "irna", name: "Islamic Republic News Agency", native: Some(B("خبرگزاری جمهوری اسلامی")),
        aliases: ["IRNA", "ایرنا", "إرنا", "irna.ir"],
        home: Some(B("https://www.irna.ir")),
        editions: [],
        domains: ["irna.ir"],
        languages: [Persian, English, Arabic], zone: "Asia/Tehran", kind: Agency, country: "IR",
    },
    src! {
        id: "tasnim-news", name: "Tasnim News Agency", native: Some(B("خبرگزاری تسنیم")),
        aliases: ["Tasnim News", "tasnimnews.com"],
        home: Some(B("https://www.tasnimnews.com")),
        editions: [],
        domains: ["tasnimnews.com"],
        languages: [Persian, English, Arabic], zone: "Asia/Tehran", kind: Agency, country: "IR",
    },
    src! {
        id: "fars-news", name: "Fars News Agency", native: Some(B("خبرگزاری فارس")),
        aliases: ["Fars News", "وكالة فارس", "farsnews.ir"],
        home: Some(B("https://www.farsnews.ir")),
        editions: [],
        domains: ["farsnews.ir", "farsnews.com"],
        languages: [Persian, English, Arabic], zone: "Asia/Tehran", kind: Agency, country: "IR",
    },
    src! {
        id: "mehr-news", name: "Mehr News Agency", native: Some(B("خبرگزاری مهر")),
        aliases: ["Mehr News", "وكالة مهر", "mehrnews.com"],
        home: Some(B("https://www.mehrnews.com")),
        editions: [],
        domains: ["mehrnews.com"],
        languages: [Persian, English, Arabic], zone: "Asia/Tehran", kind: Agency, country: "IR",
    },
    src! {
        id: "isna", name: "Iranian Students' News Agency", native: Some(B("خبرگزاری دانشجویان ایران")),
        aliases: ["ISNA", "ایسنا", "isna.ir"],
        home: Some(B("https://www.isna.ir")),
        editions: [],
        domains: ["isna.ir"],
        languages: [Persian, English], zone: "Asia/Tehran", kind: Agency, country: "IR",
    },
    // Turkish-language outlets. `Sabah` is also `morning`.
    src! {
        id: "sabah-tr", name: "Sabah (Turkey)", native: None,
        aliases: ["Sabah Gazetesi", "sabah.com.tr"],
        home: Some(B("https://www.sabah.com.tr")),
        editions: [],
        domains: ["sabah.com.tr"],
        languages: [Turkish], zone: "Europe/Istanbul", kind: Newspaper, country: "TR",
    },
    src! {
        id: "trt-haber", name: "TRT Haber", native: None,
        aliases: ["trthaber.com"],
        home: Some(B("https://www.trthaber.com")),
        editions: [],
        domains: ["trthaber.com"],
        languages: [Turkish], zone: "Europe/Istanbul", kind: Broadcaster, country: "TR",
    },
    // German-language outlets. `Spiegel` (mirror), `FAZ` (Portuguese
    // `does`) and `Süddeutsche` alone are not tokens.
    src! {
        id: "dw", name: "Deutsche Welle", native: None,
        aliases: ["DW", "dw.com", "دويتشه فيله", "德国之声", "Немецкая волна"],
        home: Some(B("https://www.dw.com")),
        editions: [],
        domains: ["dw.com"],
        languages: [German, English, Arabic, Spanish, French, Portuguese, Russian, Ukrainian, Turkish, Persian, Urdu, Indonesian, Chinese],
        zone: "Europe/Berlin", kind: Broadcaster, country: "DE",
    },
    src! {
        id: "der-spiegel", name: "Der Spiegel", native: None,
        aliases: ["Spiegel Online", "spiegel.de"],
        home: Some(B("https://www.spiegel.de")),
        editions: [],
        domains: ["spiegel.de"],
        languages: [German, English], zone: "Europe/Berlin", kind: Newspaper, country: "DE",
    },
    src! {
        id: "frankfurter-allgemeine", name: "Frankfurter Allgemeine Zeitung", native: None,
        aliases: ["F.A.Z.", "FAZ.NET", "Frankfurter Allgemeine"],
        home: Some(B("https://www.faz.net")),
        editions: [],
        domains: ["faz.net"],
        languages: [German], zone: "Europe/Berlin", kind: Newspaper, country: "DE",
    },
    // Italian- and Portuguese-language outlets. `Público` is also `public`.
    src! {
        id: "corriere-della-sera", name: "Corriere della Sera", native: None,
        aliases: ["corriere.it"],
        home: Some(B("https://www.corriere.it")),
        editions: [],
        domains: ["corriere.it"],
        languages: [Italian], zone: "Europe/Rome", kind: Newspaper, country: "IT",
    },
    src! {
        id: "estadao", name: "O Estado de S. Paulo", native: None,
        aliases: ["Estadão", "O Estado de São Paulo", "estadao.com.br"],
        home: Some(B("https://www.estadao.com.br")),
        editions: [],
        domains: ["estadao.com.br"],
        languages: [Portuguese], zone: "America/Sao_Paulo", kind: Newspaper, country: "BR",
    },
    src! {
        id: "publico-pt", name: "Público (Portugal)", native: None,
        aliases: ["publico.pt"],
        home: Some(B("https://www.publico.pt")),
        editions: [],
        domains: ["publico.pt"],
        languages: [Portuguese], zone: "Europe/Lisbon", kind: Newspaper, country: "PT",
    },
];

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::BUILTIN;
    use crate::lexicon::fold::fold;
    use crate::model::SourceRegistry;

    /// Every key the registry indexes an outlet by: id, names, aliases and
    /// edition names, trimmed and folded as `by_token` folds them.
    fn keys(s: &crate::model::Source) -> Vec<String> {
        std::iter::once(&s.id)
            .chain(std::iter::once(&s.name))
            .chain(s.native_name.iter())
            .chain(s.aliases.iter())
            .chain(s.editions.iter().map(|e| &e.name))
            .filter_map(|n| fold(n.trim_matches(|c: char| !c.is_alphanumeric())))
            .map(|f| f.as_str().to_owned())
            .collect()
    }

    #[test]
    fn fields_are_well_formed() {
        let mut ids = std::collections::HashSet::new();
        let mut domains = HashMap::new();
        for s in BUILTIN {
            assert!(ids.insert(&*s.id), "duplicate id {}", s.id);
            assert!(
                s.id.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "id {}",
                s.id
            );
            let zone = s.time_zone.as_deref().unwrap();
            assert!(
                zone.parse::<chrono_tz::Tz>().is_ok(),
                "{}: zone {zone}",
                s.id
            );
            let country = s.country.as_deref().unwrap();
            assert!(
                country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase()),
                "{}: country {country}",
                s.id
            );
            for d in s.domains.iter() {
                assert!(
                    !d.contains(['/', ':', ' ']) && d.to_ascii_lowercase() == **d,
                    "{}: domain {d}",
                    s.id
                );
                if let Some(other) = domains.insert(&**d, &*s.id) {
                    panic!("domain {d} of both {other} and {}", s.id);
                }
            }
            if let Some(home) = s.home_page.as_deref() {
                assert!(home.starts_with("http"), "{}: home {home}", s.id);
            }
        }
    }

    /// No key names two outlets (the first listed would shadow the other),
    /// save the two papers called Al Rai, whose spellings fold together.
    #[test]
    fn keys_name_one_outlet() {
        let mut owner: HashMap<String, &str> = HashMap::new();
        for s in BUILTIN {
            for k in keys(s) {
                match owner.get(&k) {
                    Some(&other) if other != s.id => {
                        assert_eq!(
                            (other, &*s.id, k.as_str()),
                            ("alrai-jo", "alrai-kw", "الراي")
                        );
                    }
                    _ => {
                        owner.insert(k, &s.id);
                    }
                }
            }
        }
    }

    /// Ordinary words and phrases of the crate's languages that share a
    /// name with an outlet resolve to none: the outlets answer to their
    /// fuller names and domains.
    #[test]
    fn ordinary_words_are_not_outlets() {
        let reg = SourceRegistry::builtin();
        for word in [
            "Sabah",
            "sabah",
            "صباح",
            "Milliyet",
            "Cumhuriyet",
            "Fars",
            "فارس",
            "Mehr",
            "mehr",
            "مهر",
            "Tasnim",
            "تسنیم",
            "همشهری",
            "Público",
            "Publico",
            "ABC",
            "La Nación",
            "La Nacion",
            "Milenio",
            "El Tiempo",
            "Tiempo",
            "El Mundo",
            "Mundo",
            "El mundo",
            "Le Point",
            "The Independent",
            "Die Zeit",
            "Zeit",
            "Spiegel",
            "Süddeutsche",
            "FAZ",
            "faz",
            "Corriere",
            "la Repubblica",
            "O Globo",
            "Les Echos",
            "The Paper",
            "the paper",
            "澎湃",
            "Лента",
            "Газета",
            "РГ",
            "МК",
            "RBC",
            "Sina",
            "النهار",
            "الخليج",
            "البيان",
            "الشروق",
            "الأخبار",
            "الوطن",
            "الرياض",
            "القدس",
            "عربي",
            "Times",
            "Hindu",
            "Express",
            "Nahar",
            "France",
            "Figaro",
            "Welle",
        ] {
            let found = reg.by_token(word).map(|s| &*s.id);
            assert!(found.is_none(), "{word} -> {found:?}");
        }
        for (token, id) in [
            ("Sabah Gazetesi", "sabah-tr"),
            ("https://www.sabah.com.tr/gundem", "sabah-tr"),
            ("خبرگزاری فارس", "fars-news"),
            ("Fars News Agency", "fars-news"),
            ("خبرگزاری مهر", "mehr-news"),
            ("Mehr News", "mehr-news"),
            ("خبرگزاری تسنیم", "tasnim-news"),
            ("ایرنا", "irna"),
            ("IRNA", "irna"),
            ("ایسنا", "isna"),
            ("An-Nahar", "annahar"),
            ("القدس العربي", "alquds-alarabi"),
            ("هسبريس", "hespress"),
            ("المصري اليوم", "almasryalyoum"),
            ("صحيفة الخليج", "al-khaleej"),
            ("عكاظ", "okaz"),
            ("فرانس 24", "france24"),
            ("France 24", "france24"),
            ("Le Figaro", "le-figaro"),
            ("L’Express", "lexpress"),
            ("elmundo.es", "el-mundo"),
            ("Clarín", "clarin"),
            ("CLARIN", "clarin"),
            ("Известия", "izvestia"),
            ("iz.ru", "izvestia"),
            ("РБК", "rbc-ru"),
            ("Интерфакс", "interfax"),
            ("Лента.ру", "lenta-ru"),
            ("Российская газета", "rossiyskaya-gazeta"),
            ("澎湃新闻", "thepaper"),
            ("财新", "caixin"),
            ("搜狐", "sohu"),
            ("The Hindu", "the-hindu"),
            ("New York Times", "nytimes"),
            ("CNN", "cnn"),
            ("CNN بالعربية", "cnn"),
            ("DW", "dw"),
            ("دويتشه فيله", "dw"),
            ("Der Spiegel", "der-spiegel"),
            ("F.A.Z.", "frankfurter-allgemeine"),
            ("Corriere della Sera", "corriere-della-sera"),
            ("Estadão", "estadao"),
            ("https://www.publico.pt/2024/x", "publico-pt"),
            ("TRT Haber", "trt-haber"),
        ] {
            assert_eq!(reg.by_token(token).map(|s| &*s.id), Some(id), "{token}");
        }
    }
}
