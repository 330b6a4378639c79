//! Share widgets: which platforms a page offers to share on, and whether it
//! has comments.

use std::fmt;

use serde::{Deserialize, Serialize};

/// What a page's share widget offers, read from the widget's lines.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ShareMeta {
    /// The page shows a comment control (`Comment`, `تعليقات`, `评论`).
    pub comments: bool,
    /// Platforms named by the widget, each once, in the order first seen.
    pub platforms: Vec<SharePlatform>,
    /// 1-based input lines that belong to the widget. A widget printed on
    /// the byline's line (a crawl's flattened byline block) adds its
    /// platforms, but the line stays the byline's and is not listed here.
    pub lines: Vec<usize>,
}

macro_rules! platforms {
    ($( $(#[$doc:meta])* $variant:ident = $id:literal, $name:literal; )*) => {
        /// A platform a share widget can offer.
        ///
        /// Serialized as its snake_case id (`"linkedin"`, `"wechat"`, `"x"`).
        ///
        /// ```
        /// use newsparse::SharePlatform;
        /// assert_eq!(SharePlatform::WeChat.id(), "wechat");
        /// assert_eq!(SharePlatform::from_id("linkedin"), Some(SharePlatform::LinkedIn));
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[non_exhaustive]
        pub enum SharePlatform {
            $( $(#[$doc])* #[serde(rename = $id)] $variant, )*
        }

        impl SharePlatform {
            /// Every platform, in declaration order.
            pub const ALL: &'static [SharePlatform] = &[$(SharePlatform::$variant),*];

            /// The snake_case id used in JSON.
            pub const fn id(self) -> &'static str {
                match self { $(SharePlatform::$variant => $id,)* }
            }

            /// The platform's usual display name in English.
            pub const fn name(self) -> &'static str {
                match self { $(SharePlatform::$variant => $name,)* }
            }

            /// The platform with this id, if any.
            pub fn from_id(id: &str) -> Option<SharePlatform> {
                match id { $($id => Some(SharePlatform::$variant),)* _ => None }
            }
        }
    };
}

platforms! {
    /// Facebook.
    Facebook = "facebook", "Facebook";
    /// Facebook Messenger.
    Messenger = "messenger", "Messenger";
    /// X, formerly Twitter.
    X = "x", "X";
    /// LinkedIn.
    LinkedIn = "linkedin", "LinkedIn";
    /// Pinterest.
    Pinterest = "pinterest", "Pinterest";
    /// WhatsApp.
    WhatsApp = "whatsapp", "WhatsApp";
    /// Telegram.
    Telegram = "telegram", "Telegram";
    /// WeChat.
    WeChat = "wechat", "WeChat";
    /// Sina Weibo.
    Weibo = "weibo", "Weibo";
    /// Tencent QQ.
    Qq = "qq", "QQ";
    /// Qzone.
    Qzone = "qzone", "Qzone";
    /// VKontakte.
    Vk = "vk", "VK";
    /// Odnoklassniki.
    Ok = "ok", "OK";
    /// Reddit.
    Reddit = "reddit", "Reddit";
    /// Tumblr.
    Tumblr = "tumblr", "Tumblr";
    /// LINE.
    Line = "line", "LINE";
    /// Viber.
    Viber = "viber", "Viber";
    /// Email.
    Email = "email", "Email";
    /// Print.
    Print = "print", "Print";
    /// Copy the link.
    CopyLink = "copy_link", "Copy link";
    /// Instagram.
    Instagram = "instagram", "Instagram";
    /// YouTube.
    YouTube = "youtube", "YouTube";
    /// TikTok.
    TikTok = "tiktok", "TikTok";
    /// Snapchat.
    Snapchat = "snapchat", "Snapchat";
    /// Flipboard.
    Flipboard = "flipboard", "Flipboard";
    /// Google News.
    GoogleNews = "google_news", "Google News";
    /// Google+ (closed in 2019; pages of its time name it in their share
    /// rows).
    GooglePlus = "google_plus", "Google+";
    /// Skype.
    Skype = "skype", "Skype";
    /// Douban.
    Douban = "douban", "Douban";
    /// Hacker News.
    HackerNews = "hacker_news", "Hacker News";
    /// Mastodon.
    Mastodon = "mastodon", "Mastodon";
    /// Bluesky.
    Bluesky = "bluesky", "Bluesky";
}

impl fmt::Display for SharePlatform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// RFC 3986 `unreserved` characters stay as they are; every other byte of
/// the UTF-8 text is percent-encoded, so `&`, `#`, `?`, `=`, `+`, spaces,
/// Arabic and emoji cannot break out of their query parameter.
const COMPONENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

fn enc(s: &str) -> percent_encoding::PercentEncode<'_> {
    percent_encoding::utf8_percent_encode(s, COMPONENT)
}

impl SharePlatform {
    /// The platform's web share link for a page at `url` titled `title`,
    /// with both values percent-encoded as query components (RFC 3986), or
    /// `None` where the platform has no web share URL that works without an
    /// app id or an instance of the caller's choosing (WeChat, Messenger,
    /// Instagram, Mastodon, print, copy link, ...). `Email` gives a
    /// `mailto:` link (RFC 6068).
    ///
    /// ```
    /// use newsparse::SharePlatform;
    /// let link = SharePlatform::Telegram
    ///     .share_url("https://example.com/a?id=1", "Q&A: 1 + 1 = 2?")
    ///     .unwrap();
    /// assert_eq!(
    ///     link,
    ///     "https://t.me/share/url?url=https%3A%2F%2Fexample.com%2Fa%3Fid%3D1&text=Q%26A%3A%201%20%2B%201%20%3D%202%3F"
    /// );
    /// assert_eq!(SharePlatform::WeChat.share_url("https://example.com", "t"), None);
    /// ```
    pub fn share_url(&self, url: &str, title: &str) -> Option<String> {
        use SharePlatform::*;
        let (u, t) = (enc(url), enc(title));
        Some(match self {
            Facebook => format!("https://www.facebook.com/sharer/sharer.php?u={u}"),
            X => format!("https://twitter.com/intent/tweet?url={u}&text={t}"),
            LinkedIn => format!("https://www.linkedin.com/sharing/share-offsite/?url={u}"),
            Pinterest => {
                format!("https://pinterest.com/pin/create/button/?url={u}&description={t}")
            }
            WhatsApp => {
                let text = format!("{title} {url}");
                format!("https://api.whatsapp.com/send?text={}", enc(&text))
            }
            Telegram => format!("https://t.me/share/url?url={u}&text={t}"),
            Weibo => format!("https://service.weibo.com/share/share.php?url={u}&title={t}"),
            Qq => format!("https://connect.qq.com/widget/shareqq/index.html?url={u}&title={t}"),
            Qzone => format!(
                "https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url={u}&title={t}"
            ),
            Vk => format!("https://vk.com/share.php?url={u}&title={t}"),
            Ok => format!("https://connect.ok.ru/offer?url={u}&title={t}"),
            Reddit => format!("https://www.reddit.com/submit?url={u}&title={t}"),
            Tumblr => {
                format!("https://www.tumblr.com/widgets/share/tool?canonicalUrl={u}&title={t}")
            }
            Line => format!("https://social-plugins.line.me/lineit/share?url={u}"),
            Email => format!("mailto:?subject={t}&body={u}"),
            Flipboard => {
                format!("https://share.flipboard.com/bookmarklet/popout?v=2&url={u}&title={t}")
            }
            Douban => format!("https://www.douban.com/share/service?href={u}&name={t}"),
            HackerNews => format!("https://news.ycombinator.com/submitlink?u={u}&t={t}"),
            Bluesky => {
                let text = format!("{title} {url}");
                format!("https://bsky.app/intent/compose?text={}", enc(&text))
            }
            Messenger | WeChat | Viber | Print | CopyLink | Instagram | YouTube | TikTok
            | Snapchat | GoogleNews | GooglePlus | Skype | Mastodon => return None,
        })
    }
}
