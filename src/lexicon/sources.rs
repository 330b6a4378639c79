//! The built-in outlet table.
//!
//! One entry per outlet: id, English and native names, the byline tokens it
//! answers to, its domains, language editions, IANA time zone, kind and
//! country. Facts come from the outlets' own pages.

use std::borrow::Cow::Borrowed as B;

use crate::model::{Edition, Language as L, Source, SourceKind as K};

macro_rules! src {
    (
        id: $id:literal, name: $name:literal, native: $native:expr,
        aliases: [$($alias:literal),* $(,)?], home: $home:expr,
        editions: [$($ed:expr),* $(,)?], domains: [$($dom:literal),* $(,)?],
        languages: [$($lang:ident),* $(,)?], zone: $zone:literal, kind: $kind:ident,
        country: $country:literal $(,)?
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
        aliases: ["Xinhua", "新华社", "新華社", "شينخوا", "Синьхуа", "huaxia"],
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
];
