//! Date words: month names (Gregorian in Arabic with its regional
//! variants, English, French, Spanish, Portuguese, Italian, German,
//! Russian and Persian; Hijri month names), weekdays, AM/PM and era
//! markers, `published`/`updated` labels, filler words that sit inside
//! dates (`de`, `of`, `عام`, `года`), time zone words, and the words of
//! relative dates (`منذ`, `ago`, `hace`, `назад`, units with the Arabic
//! dual forms).
//!
//! Entries are written as pages print them; lookups go through
//! [`fold`](super::fold), so `أبريل`, `إبريل` and `ابريل` are one entry,
//! and so are `décembre` and `decembre`. Two-word names (`تشرين الأول`,
//! `جمادى الثانية`, `مكة المكرمة`) are entered whole; their first word is
//! marked [`DateWord::Prefix`] so the scanner knows to read one more word.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::fold::{fold, FnvBuild};

/// A time unit of a relative date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

/// What a date word means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateWord {
    /// A Gregorian month, 1-12.
    Month(u8),
    /// A Hijri month, 1-12.
    HijriMonth(u8),
    /// A Solar Hijri (Iranian) month, 1-12.
    SolarMonth(u8),
    /// A weekday name.
    Weekday,
    /// Ante meridiem (`AM`, `ص`, `صباحا`).
    Am,
    /// Post meridiem (`PM`, `مساء`).
    Pm,
    /// The Arabic letter `م`: PM after a clock time, AD after a year.
    ArabicMim,
    /// Hijri era marker (`هـ`, `ﻫ`).
    HijriEra,
    /// A day written as a word (`اول` = 1).
    DayWord(u8),
    /// `Published`, `نشر`, `Publié le`.
    Published,
    /// `Updated`, `آخر تحديث`, `Mis à jour`.
    Updated,
    /// Words that sit between the parts of a date (`de`, `of`, `عام`).
    Filler,
    /// A zone name with its offset east of UTC in minutes.
    Zone(i16),
    /// A zone name that follows daylight saving time (`ET`, US Eastern,
    /// EST or EDT as the date falls): the index of its zone in
    /// [`REGION_ZONES`].
    RegionZone(u8),
    /// A zone name that means a US zone only after a 12-hour time
    /// (`6:00 AM CST` is US Central; `CST` alone may be China Standard
    /// Time), with that zone's offset east of UTC in minutes.
    MeridiemZone(i16),
    /// `منذ`, `قبل`, `hace`: a relative date follows.
    AgoBefore,
    /// `ago`, `назад`: ends a relative date.
    AgoAfter,
    /// A time unit; `n` is the count the word itself carries (Arabic
    /// `ساعة` = 1, `ساعتين` = 2), 0 when a number must give it.
    Unit(Unit, u8),
    /// First word of a two-word entry.
    Prefix,
}

/// The zones of [`DateWord::RegionZone`]: US Eastern, Central, Mountain
/// and Pacific time, then capitals that keep or kept summer time.
pub(crate) static REGION_ZONES: [chrono_tz::Tz; 10] = [
    chrono_tz::America::New_York,
    chrono_tz::America::Chicago,
    chrono_tz::America::Denver,
    chrono_tz::America::Los_Angeles,
    chrono_tz::Asia::Jerusalem,
    chrono_tz::Africa::Cairo,
    chrono_tz::Asia::Beirut,
    chrono_tz::Asia::Damascus,
    chrono_tz::Asia::Tehran,
    chrono_tz::Europe::Moscow,
];

use DateWord as W;
use Unit as U;

/// Every date word. Several languages share a spelling (`mars`, `marzo`);
/// such duplicates agree on their meaning.
pub(crate) static DATE_WORDS: &[(&str, DateWord)] = &[
    // Arabic, Egyptian/Gulf (MSA) Gregorian names and spellings.
    ("يناير", W::Month(1)),
    ("فبراير", W::Month(2)),
    ("فبرایر", W::Month(2)),
    ("مارس", W::Month(3)),
    ("أبريل", W::Month(4)),
    ("إبريل", W::Month(4)),
    ("ابريل", W::Month(4)),
    ("ابرايل", W::Month(4)),
    ("مايو", W::Month(5)),
    ("يونيو", W::Month(6)),
    ("يونية", W::Month(6)),
    ("يونيه", W::Month(6)),
    ("يوليو", W::Month(7)),
    ("يولية", W::Month(7)),
    ("يوليه", W::Month(7)),
    ("أغسطس", W::Month(8)),
    ("اغسطس", W::Month(8)),
    ("أغسطوس", W::Month(8)),
    ("سبتمبر", W::Month(9)),
    ("أكتوبر", W::Month(10)),
    ("اكتوبر", W::Month(10)),
    ("نوفمبر", W::Month(11)),
    ("ديسمبر", W::Month(12)),
    // Levantine / Iraqi (Syriac-derived) names.
    ("كانون", W::Prefix),
    ("تشرين", W::Prefix),
    ("كانون الثاني", W::Month(1)),
    ("شباط", W::Month(2)),
    ("آذار", W::Month(3)),
    ("نيسان", W::Month(4)),
    ("أيار", W::Month(5)),
    ("حزيران", W::Month(6)),
    ("تموز", W::Month(7)),
    ("آب", W::Month(8)),
    ("أيلول", W::Month(9)),
    ("تشرين الأول", W::Month(10)),
    ("تشرين الثاني", W::Month(11)),
    ("كانون الأول", W::Month(12)),
    // Maghrebi: Algeria and Tunisia (French-derived), Morocco.
    ("جانفي", W::Month(1)),
    ("فيفري", W::Month(2)),
    ("أفريل", W::Month(4)),
    ("ماي", W::Month(5)),
    ("جوان", W::Month(6)),
    ("جويلية", W::Month(7)),
    ("جويليه", W::Month(7)),
    ("أوت", W::Month(8)),
    ("ينير", W::Month(1)),
    ("يوليوز", W::Month(7)),
    ("غشت", W::Month(8)),
    ("شتنبر", W::Month(9)),
    ("نونبر", W::Month(11)),
    ("دجنبر", W::Month(12)),
    // Hijri months.
    ("محرم", W::HijriMonth(1)),
    ("صفر", W::HijriMonth(2)),
    ("ربيع", W::Prefix),
    ("ربيع الأول", W::HijriMonth(3)),
    ("ربيع الثاني", W::HijriMonth(4)),
    ("ربيع الآخر", W::HijriMonth(4)),
    ("جمادى", W::Prefix),
    ("جمادى الأولى", W::HijriMonth(5)),
    ("جمادى الأول", W::HijriMonth(5)),
    ("جمادى الثانية", W::HijriMonth(6)),
    ("جمادى الآخرة", W::HijriMonth(6)),
    ("جمادى الثاني", W::HijriMonth(6)),
    ("رجب", W::HijriMonth(7)),
    ("شعبان", W::HijriMonth(8)),
    ("رمضان", W::HijriMonth(9)),
    ("شوال", W::HijriMonth(10)),
    ("ذو", W::Prefix),
    ("ذي", W::Prefix),
    ("ذو القعدة", W::HijriMonth(11)),
    ("ذي القعدة", W::HijriMonth(11)),
    ("ذو الحجة", W::HijriMonth(12)),
    ("ذي الحجة", W::HijriMonth(12)),
    // Persian (Gregorian months as written in Iran).
    ("ژانویه", W::Month(1)),
    ("فوریه", W::Month(2)),
    ("آوریل", W::Month(4)),
    ("ژوئن", W::Month(6)),
    ("ژوئیه", W::Month(7)),
    ("اکتبر", W::Month(10)),
    ("نوامبر", W::Month(11)),
    ("دسامبر", W::Month(12)),
    // Urdu weekdays.
    ("پیر", W::Weekday),
    ("منگل", W::Weekday),
    ("بدھ", W::Weekday),
    ("جمعرات", W::Weekday),
    ("جمعہ", W::Weekday),
    ("ہفتہ", W::Weekday),
    ("اتوار", W::Weekday),
    // Urdu (Gregorian months as written in Pakistan; مارچ, مئی and جون
    // differ from the Arabic and Persian spellings above only in part).
    ("جنوری", W::Month(1)),
    ("فروری", W::Month(2)),
    ("مارچ", W::Month(3)),
    ("اپریل", W::Month(4)),
    ("مئی", W::Month(5)),
    ("جون", W::Month(6)),
    ("جولائی", W::Month(7)),
    ("اگست", W::Month(8)),
    ("ستمبر", W::Month(9)),
    ("اکتوبر", W::Month(10)),
    ("نومبر", W::Month(11)),
    ("دسمبر", W::Month(12)),
    // Solar Hijri (Iranian calendar).
    ("فروردین", W::SolarMonth(1)),
    ("اردیبهشت", W::SolarMonth(2)),
    ("خرداد", W::SolarMonth(3)),
    ("تیر", W::SolarMonth(4)),
    ("مرداد", W::SolarMonth(5)),
    ("امرداد", W::SolarMonth(5)),
    ("شهریور", W::SolarMonth(6)),
    ("مهر", W::SolarMonth(7)),
    ("آبان", W::SolarMonth(8)),
    ("آذر", W::SolarMonth(9)),
    ("دی", W::SolarMonth(10)),
    ("بهمن", W::SolarMonth(11)),
    ("اسفند", W::SolarMonth(12)),
    // Indonesian and Malay, with the abbreviations bylines print
    // (`Selasa, 11 Jun 2024`, `11 Des 2024`).
    ("januari", W::Month(1)),
    ("februari", W::Month(2)),
    ("maret", W::Month(3)),
    ("mei", W::Month(5)),
    ("agustus", W::Month(8)),
    ("desember", W::Month(12)),
    ("agu", W::Month(8)),
    ("agt", W::Month(8)),
    ("okt", W::Month(10)),
    ("des", W::Month(12)),
    // Ukrainian, nominative and genitive.
    ("січень", W::Month(1)),
    ("січня", W::Month(1)),
    ("лютий", W::Month(2)),
    ("лютого", W::Month(2)),
    ("березень", W::Month(3)),
    ("березня", W::Month(3)),
    ("квітень", W::Month(4)),
    ("квітня", W::Month(4)),
    ("травень", W::Month(5)),
    ("травня", W::Month(5)),
    ("червень", W::Month(6)),
    ("червня", W::Month(6)),
    ("липень", W::Month(7)),
    ("липня", W::Month(7)),
    ("серпень", W::Month(8)),
    ("серпня", W::Month(8)),
    ("вересень", W::Month(9)),
    ("вересня", W::Month(9)),
    ("жовтень", W::Month(10)),
    ("жовтня", W::Month(10)),
    ("листопад", W::Month(11)),
    ("листопада", W::Month(11)),
    ("грудень", W::Month(12)),
    ("грудня", W::Month(12)),
    // Polish, nominative and genitive.
    ("styczeń", W::Month(1)),
    ("stycznia", W::Month(1)),
    ("luty", W::Month(2)),
    ("lutego", W::Month(2)),
    ("marzec", W::Month(3)),
    ("marca", W::Month(3)),
    ("kwiecień", W::Month(4)),
    ("kwietnia", W::Month(4)),
    ("maj", W::Month(5)),
    ("maja", W::Month(5)),
    ("czerwiec", W::Month(6)),
    ("czerwca", W::Month(6)),
    ("lipiec", W::Month(7)),
    ("lipca", W::Month(7)),
    ("sierpień", W::Month(8)),
    ("sierpnia", W::Month(8)),
    ("wrzesień", W::Month(9)),
    ("września", W::Month(9)),
    ("październik", W::Month(10)),
    ("października", W::Month(10)),
    ("listopada", W::Month(11)),
    ("grudzień", W::Month(12)),
    ("grudnia", W::Month(12)),
    // Turkish.
    ("ocak", W::Month(1)),
    ("şubat", W::Month(2)),
    ("mart", W::Month(3)),
    ("nisan", W::Month(4)),
    ("mayıs", W::Month(5)),
    ("haziran", W::Month(6)),
    ("temmuz", W::Month(7)),
    ("ağustos", W::Month(8)),
    ("eylül", W::Month(9)),
    ("ekim", W::Month(10)),
    ("kasım", W::Month(11)),
    ("aralık", W::Month(12)),
    // English, with abbreviations.
    ("january", W::Month(1)),
    ("february", W::Month(2)),
    ("march", W::Month(3)),
    ("april", W::Month(4)),
    ("may", W::Month(5)),
    ("june", W::Month(6)),
    ("july", W::Month(7)),
    ("august", W::Month(8)),
    ("september", W::Month(9)),
    ("october", W::Month(10)),
    ("november", W::Month(11)),
    ("december", W::Month(12)),
    ("jan", W::Month(1)),
    ("feb", W::Month(2)),
    ("mar", W::Month(3)),
    ("apr", W::Month(4)),
    ("jun", W::Month(6)),
    ("jul", W::Month(7)),
    ("aug", W::Month(8)),
    ("sep", W::Month(9)),
    ("sept", W::Month(9)),
    ("oct", W::Month(10)),
    ("nov", W::Month(11)),
    ("dec", W::Month(12)),
    // French.
    ("janvier", W::Month(1)),
    ("février", W::Month(2)),
    ("mars", W::Month(3)),
    ("avril", W::Month(4)),
    ("mai", W::Month(5)),
    ("juin", W::Month(6)),
    ("juillet", W::Month(7)),
    ("août", W::Month(8)),
    ("septembre", W::Month(9)),
    ("octobre", W::Month(10)),
    ("novembre", W::Month(11)),
    ("décembre", W::Month(12)),
    ("janv", W::Month(1)),
    ("févr", W::Month(2)),
    ("fév", W::Month(2)),
    ("avr", W::Month(4)),
    ("juil", W::Month(7)),
    ("déc", W::Month(12)),
    // Spanish.
    ("enero", W::Month(1)),
    ("febrero", W::Month(2)),
    ("marzo", W::Month(3)),
    ("abril", W::Month(4)),
    ("mayo", W::Month(5)),
    ("junio", W::Month(6)),
    ("julio", W::Month(7)),
    ("agosto", W::Month(8)),
    ("septiembre", W::Month(9)),
    ("setiembre", W::Month(9)),
    ("octubre", W::Month(10)),
    ("noviembre", W::Month(11)),
    ("diciembre", W::Month(12)),
    ("ene", W::Month(1)),
    ("abr", W::Month(4)),
    ("ago", W::Month(8)),
    ("dic", W::Month(12)),
    // Portuguese.
    ("janeiro", W::Month(1)),
    ("fevereiro", W::Month(2)),
    ("março", W::Month(3)),
    ("maio", W::Month(5)),
    ("junho", W::Month(6)),
    ("julho", W::Month(7)),
    ("setembro", W::Month(9)),
    ("outubro", W::Month(10)),
    ("dezembro", W::Month(12)),
    // Italian.
    ("gennaio", W::Month(1)),
    ("febbraio", W::Month(2)),
    ("aprile", W::Month(4)),
    ("maggio", W::Month(5)),
    ("giugno", W::Month(6)),
    ("luglio", W::Month(7)),
    ("settembre", W::Month(9)),
    ("ottobre", W::Month(10)),
    ("dicembre", W::Month(12)),
    // German.
    ("januar", W::Month(1)),
    ("jänner", W::Month(1)),
    ("februar", W::Month(2)),
    ("märz", W::Month(3)),
    ("juni", W::Month(6)),
    ("juli", W::Month(7)),
    ("oktober", W::Month(10)),
    ("dezember", W::Month(12)),
    // Russian, nominative and genitive.
    ("январь", W::Month(1)),
    ("января", W::Month(1)),
    ("февраль", W::Month(2)),
    ("февраля", W::Month(2)),
    ("март", W::Month(3)),
    ("марта", W::Month(3)),
    ("апрель", W::Month(4)),
    ("апреля", W::Month(4)),
    ("май", W::Month(5)),
    ("мая", W::Month(5)),
    ("июнь", W::Month(6)),
    ("июня", W::Month(6)),
    ("июль", W::Month(7)),
    ("июля", W::Month(7)),
    ("август", W::Month(8)),
    ("августа", W::Month(8)),
    ("сентябрь", W::Month(9)),
    ("сентября", W::Month(9)),
    ("октябрь", W::Month(10)),
    ("октября", W::Month(10)),
    ("ноябрь", W::Month(11)),
    ("ноября", W::Month(11)),
    ("декабрь", W::Month(12)),
    ("декабря", W::Month(12)),
    // Weekdays.
    ("الأحد", W::Weekday),
    ("الاثنين", W::Weekday),
    ("الإثنين", W::Weekday),
    ("الثلاثاء", W::Weekday),
    ("الأربعاء", W::Weekday),
    ("الاربعاء", W::Weekday),
    ("الخميس", W::Weekday),
    ("الجمعة", W::Weekday),
    ("السبت", W::Weekday),
    ("sunday", W::Weekday),
    ("monday", W::Weekday),
    ("tuesday", W::Weekday),
    ("wednesday", W::Weekday),
    ("thursday", W::Weekday),
    ("friday", W::Weekday),
    ("saturday", W::Weekday),
    ("sun", W::Weekday),
    ("mon", W::Weekday),
    ("tue", W::Weekday),
    ("tues", W::Weekday),
    ("wed", W::Weekday),
    ("thu", W::Weekday),
    ("thur", W::Weekday),
    ("thurs", W::Weekday),
    ("fri", W::Weekday),
    ("sat", W::Weekday),
    // Turkish, Indonesian, Ukrainian and Polish weekdays.
    ("pazartesi", W::Weekday),
    ("salı", W::Weekday),
    ("çarşamba", W::Weekday),
    ("perşembe", W::Weekday),
    ("cuma", W::Weekday),
    ("cumartesi", W::Weekday),
    ("pazar", W::Weekday),
    ("senin", W::Weekday),
    ("selasa", W::Weekday),
    ("rabu", W::Weekday),
    ("kamis", W::Weekday),
    ("jumat", W::Weekday),
    ("sabtu", W::Weekday),
    ("minggu", W::Weekday),
    ("понеділок", W::Weekday),
    ("вівторок", W::Weekday),
    ("середа", W::Weekday),
    ("четвер", W::Weekday),
    ("пʼятниця", W::Weekday),
    ("п'ятниця", W::Weekday),
    ("субота", W::Weekday),
    ("неділя", W::Weekday),
    ("poniedziałek", W::Weekday),
    ("wtorek", W::Weekday),
    ("środa", W::Weekday),
    ("czwartek", W::Weekday),
    ("piątek", W::Weekday),
    ("sobota", W::Weekday),
    ("niedziela", W::Weekday),
    ("dimanche", W::Weekday),
    ("lundi", W::Weekday),
    ("mardi", W::Weekday),
    ("mercredi", W::Weekday),
    ("jeudi", W::Weekday),
    ("vendredi", W::Weekday),
    ("samedi", W::Weekday),
    ("domingo", W::Weekday),
    ("lunes", W::Weekday),
    ("martes", W::Weekday),
    ("miércoles", W::Weekday),
    ("jueves", W::Weekday),
    ("viernes", W::Weekday),
    ("sábado", W::Weekday),
    ("segunda", W::Weekday),
    ("terça", W::Weekday),
    ("quarta", W::Weekday),
    ("quinta", W::Weekday),
    ("sexta", W::Weekday),
    ("feira", W::Filler),
    ("domenica", W::Weekday),
    ("lunedì", W::Weekday),
    ("martedì", W::Weekday),
    ("mercoledì", W::Weekday),
    ("giovedì", W::Weekday),
    ("venerdì", W::Weekday),
    ("sabato", W::Weekday),
    ("sonntag", W::Weekday),
    ("montag", W::Weekday),
    ("dienstag", W::Weekday),
    ("mittwoch", W::Weekday),
    ("donnerstag", W::Weekday),
    ("freitag", W::Weekday),
    ("samstag", W::Weekday),
    ("воскресенье", W::Weekday),
    ("понедельник", W::Weekday),
    ("вторник", W::Weekday),
    ("среда", W::Weekday),
    ("четверг", W::Weekday),
    ("пятница", W::Weekday),
    ("суббота", W::Weekday),
    // Clock and era markers.
    ("am", W::Am),
    ("pm", W::Pm),
    ("এএম", W::Am),
    ("পিএম", W::Pm),
    ("ص", W::Am),
    ("صباحا", W::Am),
    ("صباحاً", W::Am),
    ("مساء", W::Pm),
    ("مساءا", W::Pm),
    ("مساءً", W::Pm),
    ("م", W::ArabicMim),
    ("هـ", W::HijriEra),
    ("ﻫ", W::HijriEra),
    ("ه", W::HijriEra),
    // Day as a word.
    ("اول", W::DayWord(1)),
    ("أول", W::DayWord(1)),
    ("الأول", W::DayWord(1)),
    ("first", W::DayWord(1)),
    ("premier", W::DayWord(1)),
    // Labels.
    ("published", W::Published),
    ("publié", W::Published),
    ("publicado", W::Published),
    ("publicada", W::Published),
    ("pubblicato", W::Published),
    ("veröffentlicht", W::Published),
    ("опубликовано", W::Published),
    ("نشر", W::Published),
    ("النشر", W::Published),
    ("posted", W::Published),
    ("publish", W::Published),
    ("diterbitkan", W::Published),
    ("opublikowano", W::Published),
    ("опубліковано", W::Published),
    ("yayınlanma", W::Published),
    // `פורסם: 09.01.24 | 09:12`, `עודכן: ...` (Hebrew).
    ("פורסם", W::Published),
    // `Giriş Tarihi: 20.02.2024 10:45` (Hürriyet's "entry date").
    ("giriş", W::Prefix),
    ("giriş tarihi", W::Published),
    ("tarihi", W::Filler),
    ("tarih", W::Filler),
    // `20 maja 2024, godz. 14:05`.
    ("godz", W::Filler),
    ("pukul", W::Filler),
    ("date", W::Filler),
    // `Datum 27.11.2019`, `Fecha: ...`, `تاريخ النشر: ...`: the word
    // "date" as a label.
    ("datum", W::Filler),
    ("fecha", W::Filler),
    ("дата", W::Filler),
    ("تاريخ", W::Filler),
    ("التاريخ", W::Filler),
    ("تاریخ", W::Filler),
    ("updated", W::Updated),
    ("update", W::Updated),
    ("actualizado", W::Updated),
    ("actualizada", W::Updated),
    ("aggiornato", W::Updated),
    ("aktualisiert", W::Updated),
    ("обновлено", W::Updated),
    ("تحديث", W::Updated),
    ("آخر", W::Prefix),
    ("آخر تحديث", W::Updated),
    ("mis", W::Prefix),
    ("mis à", W::Updated),
    ("modified", W::Updated),
    ("diperbarui", W::Updated),
    ("оновлено", W::Updated),
    ("zaktualizowano", W::Updated),
    ("son", W::Prefix),
    ("son güncelleme", W::Updated),
    ("güncelleme", W::Updated),
    ("עודכן", W::Updated),
    // Fillers.
    ("de", W::Filler),
    ("del", W::Filler),
    ("of", W::Filler),
    ("the", W::Filler),
    ("on", W::Filler),
    ("at", W::Filler),
    ("le", W::Filler),
    ("à", W::Filler),
    ("jour", W::Filler),
    ("um", W::Filler),
    ("uhr", W::Filler),
    ("г", W::Filler),
    ("года", W::Filler),
    ("в", W::Filler),
    ("عام", W::Filler),
    ("الساعة", W::Filler),
    ("الموافق", W::Filler),
    ("بتاريخ", W::Filler),
    ("تاريخ", W::Filler),
    ("في", W::Filler),
    ("الوقت", W::Filler),
    ("h", W::Filler),
    ("às", W::Filler),
    ("ore", W::Filler),
    ("alle", W::Filler),
    ("las", W::Filler),
    // Zones (minutes east of UTC).
    ("gmt", W::Zone(0)),
    ("utc", W::Zone(0)),
    ("bjt", W::Zone(480)),
    ("ist", W::Zone(330)),
    ("bst", W::Zone(60)),
    ("wet", W::Zone(0)),
    ("west", W::Zone(60)),
    ("cet", W::Zone(60)),
    ("cest", W::Zone(120)),
    ("eet", W::Zone(120)),
    ("eest", W::Zone(180)),
    ("trt", W::Zone(180)),
    ("tsi", W::Zone(180)),
    ("gst", W::Zone(240)),
    ("irst", W::Zone(210)),
    ("pkt", W::Zone(300)),
    // African and Philippine zones.
    ("wat", W::Zone(60)),
    ("cat", W::Zone(120)),
    ("eat", W::Zone(180)),
    ("sast", W::Zone(120)),
    ("pht", W::Zone(480)),
    ("hkt", W::Zone(480)),
    ("sgt", W::Zone(480)),
    ("jst", W::Zone(540)),
    ("kst", W::Zone(540)),
    ("aest", W::Zone(600)),
    ("aedt", W::Zone(660)),
    // US zone names without the season (`9:12 a.m. ET`): EST or EDT as
    // the date falls.
    ("et", W::RegionZone(0)),
    ("ct", W::RegionZone(1)),
    ("mt", W::RegionZone(2)),
    ("pt", W::RegionZone(3)),
    ("est", W::Zone(-300)),
    ("edt", W::Zone(-240)),
    ("pst", W::Zone(-480)),
    ("pdt", W::Zone(-420)),
    // US Mountain and Central daylight time, and Mountain standard time.
    // Central standard `CST` is also China Standard Time: it is read as
    // US Central only after `AM`/`PM`.
    ("cst", W::MeridiemZone(-360)),
    ("mdt", W::Zone(-360)),
    ("mst", W::Zone(-420)),
    ("cdt", W::Zone(-300)),
    // Canada's zones as French writes them: heure avancée / normale de
    // l'Est, du Centre, du Pacifique, de l'Atlantique.
    ("hae", W::Zone(-240)),
    ("hne", W::Zone(-300)),
    ("hac", W::Zone(-300)),
    ("hnc", W::Zone(-360)),
    ("hap", W::Zone(-420)),
    ("hnp", W::Zone(-480)),
    ("haa", W::Zone(-180)),
    ("hna", W::Zone(-240)),
    // Indonesia's western, central and eastern time.
    ("wib", W::Zone(420)),
    ("wita", W::Zone(480)),
    ("wit", W::Zone(540)),
    ("غرينتش", W::Zone(0)),
    ("غرينيتش", W::Zone(0)),
    ("جرينتش", W::Zone(0)),
    ("بتوقيت", W::Prefix),
    ("بتوقيت غرينتش", W::Zone(0)),
    ("بتوقيت مكة", W::Zone(180)),
    // Capitals whose offset has not moved in recent years.
    ("بتوقيت بغداد", W::Zone(180)),
    ("بتوقيت الرياض", W::Zone(180)),
    ("بتوقيت الدوحة", W::Zone(180)),
    ("بتوقيت الكويت", W::Zone(180)),
    ("بتوقيت المنامة", W::Zone(180)),
    ("بتوقيت صنعاء", W::Zone(180)),
    ("بتوقيت أبوظبي", W::Zone(240)),
    ("بتوقيت الإمارات", W::Zone(240)),
    ("بتوقيت مسقط", W::Zone(240)),
    ("بتوقيت الجزائر", W::Zone(60)),
    ("بتوقيت تونس", W::Zone(60)),
    // Capitals that keep (or kept) summer time: their zone for the date.
    ("بتوقيت القدس", W::RegionZone(4)),
    ("بتوقيت فلسطين", W::RegionZone(4)),
    ("بتوقيت القاهرة", W::RegionZone(5)),
    ("بتوقيت مصر", W::RegionZone(5)),
    ("بتوقيت بيروت", W::RegionZone(6)),
    ("بتوقيت دمشق", W::RegionZone(7)),
    // Radio Farda's date lines: `پنجشنبه ۲۴ اسفند ۱۴۰۲ ایران ۱۰:۲۱`, Iran
    // time (summer time until 2022).
    ("ایران", W::RegionZone(8)),
    // Moscow: +03:00 since 2014, +04:00 from 2011, summer time before.
    ("بتوقيت موسكو", W::RegionZone(9)),
    // Moscow time in Latin and Cyrillic letters, read in the zone of its
    // date (+04:00 in 2011-14).
    ("msk", W::RegionZone(9)),
    ("мск", W::RegionZone(9)),
    ("مكة", W::Zone(180)),
    ("مكة المكرمة", W::Zone(180)),
    // The second word of `بتوقيت مكة المكرمة`, left after the zone's two.
    ("المكرمة", W::Filler),
    ("ت", W::Prefix),
    ("ت غ", W::Zone(0)),
    // Relative dates.
    ("منذ", W::AgoBefore),
    ("قبل", W::AgoBefore),
    ("hace", W::AgoBefore),
    ("назад", W::AgoAfter),
    ("minute", W::Unit(U::Minute, 0)),
    ("minutes", W::Unit(U::Minute, 0)),
    ("min", W::Unit(U::Minute, 0)),
    ("mins", W::Unit(U::Minute, 0)),
    ("hour", W::Unit(U::Hour, 0)),
    ("hours", W::Unit(U::Hour, 0)),
    ("day", W::Unit(U::Day, 0)),
    ("days", W::Unit(U::Day, 0)),
    ("week", W::Unit(U::Week, 0)),
    ("weeks", W::Unit(U::Week, 0)),
    ("month", W::Unit(U::Month, 0)),
    ("months", W::Unit(U::Month, 0)),
    ("year", W::Unit(U::Year, 0)),
    ("years", W::Unit(U::Year, 0)),
    ("minuto", W::Unit(U::Minute, 0)),
    ("minutos", W::Unit(U::Minute, 0)),
    ("hora", W::Unit(U::Hour, 0)),
    ("horas", W::Unit(U::Hour, 0)),
    ("día", W::Unit(U::Day, 0)),
    ("días", W::Unit(U::Day, 0)),
    ("semana", W::Unit(U::Week, 0)),
    ("semanas", W::Unit(U::Week, 0)),
    ("mes", W::Unit(U::Month, 0)),
    ("meses", W::Unit(U::Month, 0)),
    ("año", W::Unit(U::Year, 0)),
    ("años", W::Unit(U::Year, 0)),
    ("минуту", W::Unit(U::Minute, 1)),
    ("минуты", W::Unit(U::Minute, 0)),
    ("минут", W::Unit(U::Minute, 0)),
    ("час", W::Unit(U::Hour, 1)),
    ("часа", W::Unit(U::Hour, 0)),
    ("часов", W::Unit(U::Hour, 0)),
    ("день", W::Unit(U::Day, 1)),
    ("дня", W::Unit(U::Day, 0)),
    ("дней", W::Unit(U::Day, 0)),
    ("неделю", W::Unit(U::Week, 1)),
    ("недели", W::Unit(U::Week, 0)),
    ("недель", W::Unit(U::Week, 0)),
    ("месяц", W::Unit(U::Month, 1)),
    ("месяца", W::Unit(U::Month, 0)),
    ("месяцев", W::Unit(U::Month, 0)),
    ("год", W::Unit(U::Year, 1)),
    ("лет", W::Unit(U::Year, 0)),
    ("دقيقة", W::Unit(U::Minute, 1)),
    ("دقائق", W::Unit(U::Minute, 0)),
    ("دقيقتين", W::Unit(U::Minute, 2)),
    ("دقيقتان", W::Unit(U::Minute, 2)),
    ("ساعة", W::Unit(U::Hour, 1)),
    ("ساعات", W::Unit(U::Hour, 0)),
    ("ساعتين", W::Unit(U::Hour, 2)),
    ("ساعتان", W::Unit(U::Hour, 2)),
    ("يوم", W::Unit(U::Day, 1)),
    ("أيام", W::Unit(U::Day, 0)),
    ("يومين", W::Unit(U::Day, 2)),
    ("يومان", W::Unit(U::Day, 2)),
    ("أسبوع", W::Unit(U::Week, 1)),
    ("أسابيع", W::Unit(U::Week, 0)),
    ("أسبوعين", W::Unit(U::Week, 2)),
    ("شهر", W::Unit(U::Month, 1)),
    ("أشهر", W::Unit(U::Month, 0)),
    ("شهور", W::Unit(U::Month, 0)),
    ("شهرين", W::Unit(U::Month, 2)),
    ("سنة", W::Unit(U::Year, 1)),
    ("سنوات", W::Unit(U::Year, 0)),
    ("سنين", W::Unit(U::Year, 0)),
    ("سنتين", W::Unit(U::Year, 2)),
    ("سنتان", W::Unit(U::Year, 2)),
    ("أعوام", W::Unit(U::Year, 0)),
    ("عامين", W::Unit(U::Year, 2)),
    ("عامان", W::Unit(U::Year, 2)),
    // Bengali (Bangladesh and West Bengal print Gregorian months).
    ("জানুয়ারি", W::Month(1)),
    ("জানুয়ারি", W::Month(1)),
    ("ফেব্রুয়ারি", W::Month(2)),
    ("ফেব্রুয়ারি", W::Month(2)),
    ("মার্চ", W::Month(3)),
    ("এপ্রিল", W::Month(4)),
    ("মে", W::Month(5)),
    ("জুন", W::Month(6)),
    ("জুলাই", W::Month(7)),
    ("আগস্ট", W::Month(8)),
    ("সেপ্টেম্বর", W::Month(9)),
    ("অক্টোবর", W::Month(10)),
    ("নভেম্বর", W::Month(11)),
    ("ডিসেম্বর", W::Month(12)),
    ("জানুয়ারী", W::Month(1)),
    ("ফেব্রুয়ারী", W::Month(2)),
    ("অগাস্ট", W::Month(8)),
    ("শনিবার", W::Weekday),
    ("রবিবার", W::Weekday),
    ("সোমবার", W::Weekday),
    ("মঙ্গলবার", W::Weekday),
    ("বুধবার", W::Weekday),
    ("বৃহস্পতিবার", W::Weekday),
    ("শুক্রবার", W::Weekday),
    ("প্রকাশ", W::Published),
    ("প্রকাশিত", W::Published),
    ("আপডেট", W::Updated),
    ("হালনাগাদ", W::Updated),
    // Swedish, Norwegian and Danish months, weekdays and labels (`Publicerad 2023-11-08 05.30`, `Oppdatert kl. 14.22`).
    ("augusti", W::Month(8)),
    ("måndag", W::Weekday),
    ("tisdag", W::Weekday),
    ("onsdag", W::Weekday),
    ("torsdag", W::Weekday),
    ("fredag", W::Weekday),
    ("lördag", W::Weekday),
    ("söndag", W::Weekday),
    ("mandag", W::Weekday),
    ("tirsdag", W::Weekday),
    ("lørdag", W::Weekday),
    ("søndag", W::Weekday),
    ("publicerad", W::Published),
    ("publisert", W::Published),
    ("publiceret", W::Published),
    ("uppdaterad", W::Updated),
    ("uppdaterat", W::Updated),
    ("oppdatert", W::Updated),
    ("opdateret", W::Updated),
    // Dutch (`23 januari 2024, 07:31 • Aangepast ...`).
    ("maart", W::Month(3)),
    ("augustus", W::Month(8)),
    ("maandag", W::Weekday),
    ("dinsdag", W::Weekday),
    ("woensdag", W::Weekday),
    ("donderdag", W::Weekday),
    ("vrijdag", W::Weekday),
    ("zaterdag", W::Weekday),
    ("zondag", W::Weekday),
    ("gepubliceerd", W::Published),
    ("aangepast", W::Updated),
    ("bijgewerkt", W::Updated),
    // Czech, genitive and nominative (`14. září 2022 12:53, aktualizováno 15:40`).
    ("ledna", W::Month(1)),
    ("leden", W::Month(1)),
    ("února", W::Month(2)),
    ("únor", W::Month(2)),
    ("března", W::Month(3)),
    ("březen", W::Month(3)),
    ("dubna", W::Month(4)),
    ("duben", W::Month(4)),
    ("května", W::Month(5)),
    ("květen", W::Month(5)),
    ("června", W::Month(6)),
    ("červen", W::Month(6)),
    ("července", W::Month(7)),
    ("červenec", W::Month(7)),
    ("srpna", W::Month(8)),
    ("srpen", W::Month(8)),
    ("září", W::Month(9)),
    ("října", W::Month(10)),
    ("říjen", W::Month(10)),
    ("listopadu", W::Month(11)),
    ("listopad", W::Month(11)),
    ("prosince", W::Month(12)),
    ("prosinec", W::Month(12)),
    ("pondělí", W::Weekday),
    ("úterý", W::Weekday),
    ("středa", W::Weekday),
    ("čtvrtek", W::Weekday),
    ("pátek", W::Weekday),
    ("neděle", W::Weekday),
    ("publikováno", W::Published),
    ("vydáno", W::Published),
    ("aktualizováno", W::Updated),
    ("aktualizace", W::Updated),
    // Swahili (`Machi 12, 2024`).
    ("machi", W::Month(3)),
    ("aprili", W::Month(4)),
    ("julai", W::Month(7)),
    ("agosti", W::Month(8)),
    ("septemba", W::Month(9)),
    ("oktoba", W::Month(10)),
    ("novemba", W::Month(11)),
    ("desemba", W::Month(12)),
    ("jumatatu", W::Weekday),
    ("jumanne", W::Weekday),
    ("jumatano", W::Weekday),
    ("alhamisi", W::Weekday),
    ("ijumaa", W::Weekday),
    ("jumamosi", W::Weekday),
    ("jumapili", W::Weekday),
    ("imechapishwa", W::Published),
    ("imesasishwa", W::Updated),
    // Romanian.
    ("ianuarie", W::Month(1)),
    ("februarie", W::Month(2)),
    ("martie", W::Month(3)),
    ("aprilie", W::Month(4)),
    ("iunie", W::Month(6)),
    ("iulie", W::Month(7)),
    ("septembrie", W::Month(9)),
    ("octombrie", W::Month(10)),
    ("noiembrie", W::Month(11)),
    ("decembrie", W::Month(12)),
    ("luni", W::Weekday),
    ("marți", W::Weekday),
    ("miercuri", W::Weekday),
    ("joi", W::Weekday),
    ("vineri", W::Weekday),
    ("sâmbătă", W::Weekday),
    ("duminică", W::Weekday),
    ("publicat", W::Published),
    ("actualizat", W::Updated),
    // Portuguese update labels (`Atualização: 19/02/2024 | 09h10`).
    ("atualizado", W::Updated),
    ("atualizada", W::Updated),
    ("atualização", W::Updated),
    // Hungarian months (written after the year: `2023. október 5.`), their
    // abbreviations that no other language spells, and weekdays.
    ("január", W::Month(1)),
    ("február", W::Month(2)),
    ("március", W::Month(3)),
    ("április", W::Month(4)),
    ("május", W::Month(5)),
    ("június", W::Month(6)),
    ("július", W::Month(7)),
    ("augusztus", W::Month(8)),
    ("szeptember", W::Month(9)),
    ("október", W::Month(10)),
    ("november", W::Month(11)),
    ("december", W::Month(12)),
    ("febr", W::Month(2)),
    ("márc", W::Month(3)),
    ("ápr", W::Month(4)),
    ("szept", W::Month(9)),
    ("hétfő", W::Weekday),
    ("kedd", W::Weekday),
    ("szerda", W::Weekday),
    ("csütörtök", W::Weekday),
    ("péntek", W::Weekday),
    ("szombat", W::Weekday),
    ("vasárnap", W::Weekday),
    // Hindi (Devanagari) Gregorian months, with and without the nukta's
    // precomposed letter (`फ़` U+095E or `फ` + U+093C).
    ("जनवरी", W::Month(1)),
    ("फ़रवरी", W::Month(2)),
    ("\u{95E}रवरी", W::Month(2)),
    ("फरवरी", W::Month(2)),
    ("मार्च", W::Month(3)),
    ("अप्रैल", W::Month(4)),
    ("अप्रेल", W::Month(4)),
    ("मई", W::Month(5)),
    ("जून", W::Month(6)),
    ("जुलाई", W::Month(7)),
    ("अगस्त", W::Month(8)),
    ("सितंबर", W::Month(9)),
    ("सितम्बर", W::Month(9)),
    ("अक्टूबर", W::Month(10)),
    ("अक्तूबर", W::Month(10)),
    ("नवंबर", W::Month(11)),
    ("नवम्बर", W::Month(11)),
    ("दिसंबर", W::Month(12)),
    ("दिसम्बर", W::Month(12)),
    ("सोमवार", W::Weekday),
    ("मंगलवार", W::Weekday),
    ("बुधवार", W::Weekday),
    ("गुरुवार", W::Weekday),
    ("बृहस्पतिवार", W::Weekday),
    ("शुक्रवार", W::Weekday),
    ("शनिवार", W::Weekday),
    ("रविवार", W::Weekday),
    ("प्रकाशित", W::Published),
    ("अपडेटेड", W::Updated),
    ("अपडेट", W::Updated),
    // Thai full month names (the dotted abbreviations are in
    // `THAI_MONTH_ABBREVIATIONS`; years are Buddhist Era, see the tokenizer).
    ("มกราคม", W::Month(1)),
    ("กุมภาพันธ์", W::Month(2)),
    ("มีนาคม", W::Month(3)),
    ("เมษายน", W::Month(4)),
    ("พฤษภาคม", W::Month(5)),
    ("มิถุนายน", W::Month(6)),
    ("กรกฎาคม", W::Month(7)),
    ("สิงหาคม", W::Month(8)),
    ("กันยายน", W::Month(9)),
    ("ตุลาคม", W::Month(10)),
    ("พฤศจิกายน", W::Month(11)),
    ("ธันวาคม", W::Month(12)),
    ("วันจันทร์", W::Weekday),
    ("วันอังคาร", W::Weekday),
    ("วันพุธ", W::Weekday),
    ("วันพฤหัสบดี", W::Weekday),
    ("วันศุกร์", W::Weekday),
    ("วันเสาร์", W::Weekday),
    ("วันอาทิตย์", W::Weekday),
    ("เผยแพร่", W::Published),
    ("อัปเดต", W::Updated),
    ("แก้ไขล่าสุด", W::Updated),
];

/// Thai month abbreviations, dots included (`9 ก.พ. 2567`): read whole by
/// the tokenizer, as the dots would cut them into single letters.
pub(crate) static THAI_MONTH_ABBREVIATIONS: &[(&str, u8)] = &[
    ("ม.ค.", 1),
    ("ก.พ.", 2),
    ("มี.ค.", 3),
    ("เม.ย.", 4),
    ("พ.ค.", 5),
    ("มิ.ย.", 6),
    ("ก.ค.", 7),
    ("ส.ค.", 8),
    ("ก.ย.", 9),
    ("ต.ค.", 10),
    ("พ.ย.", 11),
    ("ธ.ค.", 12),
];

/// The folded date words, keyed by their bytes (a lookup from a fold
/// buffer needs no UTF-8 check), with a filter of their shapes.
struct DateTable {
    words: HashMap<Box<[u8]>, DateWord, FnvBuild>,
    /// One bit per (length, first byte, last byte) of a word: most words
    /// of a line are no date word, and miss here before any hashing.
    shapes: [u64; SHAPE_WORDS],
}

/// Size of [`DateTable::shapes`] in 64-bit words.
const SHAPE_WORDS: usize = 64;

/// The [`DateTable::shapes`] bit of a folded word.
fn shape(word: &[u8]) -> usize {
    let (first, last) = (word[0], word[word.len() - 1]);
    let key = (word.len() as u32) << 16 | u32::from(first) << 8 | u32::from(last);
    (key.wrapping_mul(0x9E37_79B1) >> 20) as usize % (SHAPE_WORDS * 64)
}

fn table() -> &'static DateTable {
    static TABLE: OnceLock<DateTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut words =
            HashMap::with_capacity_and_hasher(DATE_WORDS.len() * 2, FnvBuild::default());
        let mut shapes = [0u64; SHAPE_WORDS];
        for &(word, meaning) in DATE_WORDS {
            if let Some(f) = fold(word) {
                let bytes = f.as_bytes();
                if bytes.is_empty() {
                    continue;
                }
                let bit = shape(bytes);
                shapes[bit / 64] |= 1 << (bit % 64);
                // A prefix never hides a whole word (`ت` is only a prefix,
                // `آخر` only starts `آخر تحديث`).
                words.entry(bytes.into()).or_insert(meaning);
            }
        }
        DateTable { words, shapes }
    })
}

impl DateTable {
    fn get(&self, folded: &[u8]) -> Option<DateWord> {
        let bit = shape(folded);
        if self.shapes[bit / 64] >> (bit % 64) & 1 == 0 {
            return None;
        }
        self.words.get(folded).copied()
    }
}

/// Longest folded date word looked up, in bytes.
const MAX_DATE_WORD_BYTES: usize = 40;

/// The meaning of a folded word (see [`fold`](super::fold)).
pub(crate) fn date_word(folded: &str) -> Option<DateWord> {
    date_word_bytes(folded.as_bytes())
}

/// [`date_word`] on the bytes of a folded word.
pub(crate) fn date_word_bytes(folded: &[u8]) -> Option<DateWord> {
    if folded.is_empty() || folded.len() > MAX_DATE_WORD_BYTES {
        return None;
    }
    table().get(folded)
}

/// The meaning of a word of ASCII letters as written: its fold is its
/// lowercase, made in a stack buffer.
pub(crate) fn ascii_date_word(word: &[u8]) -> Option<DateWord> {
    if word.is_empty() || word.len() > MAX_DATE_WORD_BYTES {
        return None;
    }
    let mut low = [0u8; MAX_DATE_WORD_BYTES];
    let low = &mut low[..word.len()];
    low.copy_from_slice(word);
    low.make_ascii_lowercase();
    table().get(low)
}

/// Is `word` (as written) a weekday's name?
pub(crate) fn is_weekday(word: &str) -> bool {
    fold(word).is_some_and(|f| date_word(f.as_str()) == Some(DateWord::Weekday))
}

/// Is `word` (as written) a date word of any kind?
pub(crate) fn is_date_word(word: &str) -> bool {
    fold(word).is_some_and(|f| date_word(f.as_str()).is_some())
}

/// Does `line` carry a publication label (`Published`, `نشر`, `Publié`,
/// `Updated`) or a source label (`Source:`, `المصدر`, `来源`)?
pub(crate) fn line_has_label(line: &str) -> bool {
    const LABELS: &[&str] = &[
        "Published",
        "published",
        "Publié",
        "Publicado",
        "Updated",
        "Source:",
        "Source :",
        "نشر",
        // With the damma that vocalized pages print (`نُشر:`).
        "نُشر",
        "Pubblicato",
        "Veröffentlicht",
        "Опубликовано",
        "Publikacja",
        "פורסם",
        "प्रकाशित",
        "المصدر",
        "مصدر",
        "来源",
        "來源",
        "时间",
        "時間",
        "Mis à jour",
        "Posted",
    ];
    // One automaton pass instead of a substring search per label.
    static MATCHER: OnceLock<aho_corasick::AhoCorasick> = OnceLock::new();
    MATCHER
        .get_or_init(|| aho_corasick::AhoCorasick::new(LABELS).expect("labels build"))
        .is_match(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Option<DateWord> {
        date_word(fold(s).unwrap().as_str())
    }

    #[test]
    fn ascii_words_look_up_as_folded() {
        for word in ["March", "MARCH", "march", "Mon", "GMT", "ago", "Uhr", "x"] {
            assert_eq!(ascii_date_word(word.as_bytes()), w(word), "{word}");
        }
        assert_eq!(ascii_date_word(&[b'a'; 41]), None);
    }

    #[test]
    fn spellings_share_an_entry() {
        for s in [
            "أبريل",
            "إبريل",
            "ابريل",
            "Avril",
            "APRIL",
            "апреля",
            "abril",
            "أفريل",
            "نيسان",
        ] {
            assert_eq!(w(s), Some(DateWord::Month(4)), "{s}");
        }
        assert_eq!(w("تشرين الأول"), Some(DateWord::Month(10)));
        assert_eq!(w("تشرين"), Some(DateWord::Prefix));
        assert_eq!(w("جمادى الثانية"), Some(DateWord::HijriMonth(6)));
        assert_eq!(w("décembre"), Some(DateWord::Month(12)));
        assert_eq!(w("دجنبر"), Some(DateWord::Month(12)));
        assert_eq!(w("غشت"), Some(DateWord::Month(8)));
        assert_eq!(w("\u{FEEB}"), Some(DateWord::HijriEra));
    }

    #[test]
    fn no_conflicting_duplicates() {
        let mut seen: HashMap<String, DateWord> = HashMap::new();
        for &(word, meaning) in DATE_WORDS {
            let f = fold(word).unwrap().as_str().to_owned();
            if let Some(prev) = seen.insert(f.clone(), meaning) {
                assert_eq!(prev, meaning, "{word} ({f}) means two things");
            }
        }
    }
}
