//! Words share widgets print, and the platform each one names.
//!
//! Widgets print platform names in Latin, Arabic, Chinese and Cyrillic
//! spellings, sometimes split (`Pin Interest`, `Whats App`) or repeated
//! (`Messenger Messenger`). Each entry is matched on whole tokens of the
//! line's match key.

use crate::model::SharePlatform::{self, *};

/// What one share-widget word means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ShareWord {
    /// Names a platform.
    Platform(SharePlatform),
    /// A comment control.
    Comment,
    /// Widget chrome: `Share`, `Close`, `this`, `with`, `on`.
    Chrome,
}

/// `(phrase, meaning)`; a phrase is one or more space-separated tokens.
pub(crate) static SHARE_WORDS: &[(&str, ShareWord)] = &[
    // chrome
    ("share", ShareWord::Chrome),
    ("shares", ShareWord::Chrome),
    ("share this", ShareWord::Chrome),
    ("share this with", ShareWord::Chrome),
    ("share on", ShareWord::Chrome),
    ("share this content", ShareWord::Chrome),
    ("close", ShareWord::Chrome),
    ("partager", ShareWord::Chrome),
    ("partagez", ShareWord::Chrome),
    ("compartir", ShareWord::Chrome),
    ("condividi", ShareWord::Chrome),
    ("teilen", ShareWord::Chrome),
    ("compartilhar", ShareWord::Chrome),
    ("поделиться", ShareWord::Chrome),
    ("مشاركة", ShareWord::Chrome),
    ("شارك", ShareWord::Chrome),
    ("شارك الخبر", ShareWord::Chrome),
    ("شارك الخبر على", ShareWord::Chrome),
    ("إغلاق", ShareWord::Chrome),
    ("分享", ShareWord::Chrome),
    ("分享到", ShareWord::Chrome),
    ("关闭", ShareWord::Chrome),
    ("paylaş", ShareWord::Chrome),
    // comments
    ("comment", ShareWord::Comment),
    ("comments", ShareWord::Comment),
    ("commenter", ShareWord::Comment),
    ("commentaires", ShareWord::Comment),
    ("comentarios", ShareWord::Comment),
    ("комментарии", ShareWord::Comment),
    ("تعليق", ShareWord::Comment),
    ("تعليقات", ShareWord::Comment),
    ("评论", ShareWord::Comment),
    ("評論", ShareWord::Comment),
    // platforms
    ("facebook", ShareWord::Platform(Facebook)),
    ("فيسبوك", ShareWord::Platform(Facebook)),
    ("فيس بوك", ShareWord::Platform(Facebook)),
    ("脸书", ShareWord::Platform(Facebook)),
    ("фейсбук", ShareWord::Platform(Facebook)),
    ("messenger", ShareWord::Platform(Messenger)),
    ("ماسنجر", ShareWord::Platform(Messenger)),
    ("twitter", ShareWord::Platform(X)),
    ("x", ShareWord::Platform(X)),
    ("تويتر", ShareWord::Platform(X)),
    ("推特", ShareWord::Platform(X)),
    ("твиттер", ShareWord::Platform(X)),
    ("linkedin", ShareWord::Platform(LinkedIn)),
    ("لينكدين", ShareWord::Platform(LinkedIn)),
    ("لينكد إن", ShareWord::Platform(LinkedIn)),
    ("pinterest", ShareWord::Platform(Pinterest)),
    ("pin interest", ShareWord::Platform(Pinterest)),
    ("بينتيريست", ShareWord::Platform(Pinterest)),
    ("whatsapp", ShareWord::Platform(WhatsApp)),
    ("whats app", ShareWord::Platform(WhatsApp)),
    ("واتساب", ShareWord::Platform(WhatsApp)),
    ("واتس اب", ShareWord::Platform(WhatsApp)),
    ("telegram", ShareWord::Platform(Telegram)),
    ("تيليجرام", ShareWord::Platform(Telegram)),
    ("تلغرام", ShareWord::Platform(Telegram)),
    ("телеграм", ShareWord::Platform(Telegram)),
    ("wechat", ShareWord::Platform(WeChat)),
    ("微信", ShareWord::Platform(WeChat)),
    ("وي تشات", ShareWord::Platform(WeChat)),
    ("weibo", ShareWord::Platform(Weibo)),
    ("微博", ShareWord::Platform(Weibo)),
    ("新浪微博", ShareWord::Platform(Weibo)),
    ("qq", ShareWord::Platform(Qq)),
    ("qzone", ShareWord::Platform(Qzone)),
    ("qq空间", ShareWord::Platform(Qzone)),
    ("vk", ShareWord::Platform(Vk)),
    ("вконтакте", ShareWord::Platform(Vk)),
    ("ok", ShareWord::Platform(Ok)),
    ("одноклассники", ShareWord::Platform(Ok)),
    ("reddit", ShareWord::Platform(Reddit)),
    ("tumblr", ShareWord::Platform(Tumblr)),
    ("line", ShareWord::Platform(Line)),
    ("viber", ShareWord::Platform(Viber)),
    ("email", ShareWord::Platform(Email)),
    ("e-mail", ShareWord::Platform(Email)),
    ("mail", ShareWord::Platform(Email)),
    ("البريد الإلكتروني", ShareWord::Platform(Email)),
    ("邮件", ShareWord::Platform(Email)),
    ("print", ShareWord::Platform(Print)),
    ("طباعة", ShareWord::Platform(Print)),
    ("اطبع", ShareWord::Platform(Print)),
    ("打印", ShareWord::Platform(Print)),
    ("copy link", ShareWord::Platform(CopyLink)),
    ("نسخ الرابط", ShareWord::Platform(CopyLink)),
    ("复制链接", ShareWord::Platform(CopyLink)),
    ("google news", ShareWord::Platform(GoogleNews)),
    ("flipboard", ShareWord::Platform(Flipboard)),
    ("skype", ShareWord::Platform(Skype)),
    ("douban", ShareWord::Platform(Douban)),
    ("豆瓣", ShareWord::Platform(Douban)),
];
