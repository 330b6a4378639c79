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
    /// 1-based input lines that belong to the widget.
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
