//! The boilerplate lexicon, line by line: each line is put between two
//! body paragraphs of an article and must be set aside (in `boilerplate`,
//! or in `share.lines` for share widgets) with its kind; short body lines
//! (one-line paragraphs, quotes, subheadings) must stay paragraphs.

const HEAD: &str = "A title for the lexicon test\n\ncri 2021-03-04 10:20:00\n\n\
The council met on Monday evening and agreed, after a long debate, to rebuild the old bridge over the river before the winter floods.\n\n";
const TAIL: &str = "\n\nWork on the bridge is expected to begin in the spring, and the council says it will publish the full budget next week.\n";

/// `(line, kind)`: `share` means a share-widget line.
const SET_ASIDE: &[(&str, &str)] = &[
    // Arabic
    ("الأكثر قراءة", "most_read"),
    ("الاكثر قراءة", "most_read"),
    ("الأكـثر قراءة", "most_read"),
    ("الأكثر مشاهدة", "most_read"),
    ("صور", "photos"),
    ("صور ساخنة", "photos"),
    ("فيديو قد يعجبك:", "video"),
    ("فيديوهات", "video"),
    ("مقالات ذات صلة", "related"),
    ("اقرأ أيضاً", "related"),
    ("اقرأ المزيد", "related"),
    ("اقرأ أكثر...", "related"),
    ("الأخبار الأخيرة", "latest"),
    ("أبرز الأخبار", "latest"),
    ("عاجل", "latest"),
    ("الصفحة الرئيسية>>تبادلات دولية", "breadcrumb"),
    ("الصفحة الرئيسية >> تبادلات دولية", "breadcrumb"),
    ("أقسام مهمة", "navigation"),
    ("عدد اليوم", "navigation"),
    ("زر الذهاب إلى الأعلى", "navigation"),
    ("تعليقات", "share"),
    ("اكتب تعليقك", "comments"),
    ("اضف تعليقك", "comments"),
    ("اترك تعليقاً", "comments"),
    ("التعليقات 0", "comments"),
    ("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "comments"),
    ("جميع التعليقات المنشورة تعبر عن رأي كتابها فقط", "comments"),
    ("اطبع", "print"),
    ("طباعة", "print"),
    ("حجم الخط:", "font_size"),
    ("تعديل حجم الخط:", "font_size"),
    ("أين يمكنك متابعتنا", "follow_us"),
    ("تابعوا RT على", "follow_us"),
    ("قراؤنا من مستخدمي إنستجرام", "follow_us"),
    ("إضغط هنا للإشتراك", "newsletter"),
    ("إعلان", "advertisement"),
    ("جميع حقوق النشر محفوظة", "copyright"),
    ("جميع الحقوق محفوظة © 2024", "copyright"),
    ("التلفون: 010-65363696 فاكس:010-65363688 البريد الالكتروني Arabic@people.cn", "contact"),
    ("• المشاهدات: 64213", "counter"),
    ("32 خبر", "counter"),
    ("0", "counter"),
    ("هذا الموقع يستخدم ملفات تعريف الارتباط لتحسين تجربتك", "cookies"),
    ("مواقيت الصلاة", "other"),
    ("حرية سقفها السماء", "other"),
    ("لرؤيــــه أصدق للأحــــداث", "other"),
    ("التصويت  |  الأخبار الساخنة", "other"),
    ("فيديوهات / البرامج / تحميل app", "video"),
    ("صدر الصورة، Getty Images", "caption"),
    ("التعليق على الصورة، متظاهرون في الساحة", "caption"),
    ("ذكر فى هذا الخبر", "tags"),
    ("شارك الخبر على", "share"),
    ("مشاركة :", "share"),
    ("استمع", "audio_marker"),
    ("التالي", "pagination"),
    ("الإشراف العام", "masthead"),
    ("رئيس التحرير", "masthead"),
    ("/مصدر: شينخوا/", "credit"),
    // Persian
    ("پربازدیدترین ها", "most_read"),
    ("اخبار مرتبط", "related"),
    ("ارسال نظر", "comments"),
    ("تمامی حقوق این سایت محفوظ است", "copyright"),
    ("برچسب ها:", "tags"),
    ("گزارش تصویری", "photos"),
    ("صفحه اصلی", "navigation"),
    ("ما را دنبال کنید", "follow_us"),
    // English
    ("Most Read", "most_read"),
    ("Most Popular", "most_read"),
    ("MOST VIEWED", "most_read"),
    ("Related Stories", "related"),
    ("RELATED STORIES", "related"),
    ("READ MORE", "related"),
    ("More Stories", "related"),
    ("You may also like", "related"),
    ("Stories", "related"),
    ("Photos", "photos"),
    ("news-picture", "photos"),
    ("Video PlayerClose", "video"),
    ("Back to Top Close", "navigation"),
    ("EXPLORE XINHUANET", "navigation"),
    ("KEY WORDS:", "tags"),
    ("Tags: China, economy, trade", "tags"),
    ("Copyright © ", "copyright"),
    ("Copyright © 2020 CGTN. Beijing ICP prepared NO.16065310-3", "copyright"),
    ("© China Radio International.CRI. All Rights Reserved.", "copyright"),
    ("16A Shijingshan Road, Beijing, China. 100040", "contact"),
    ("Tel: 010-68891254    010-68891547     © Information Office of Beijing Municipality and CRI Online. All Rights Reserved.", "contact"),
    ("010020070750000000000000011102121393875991", "tracking"),
    ("Our Privacy Statement & Cookie Policy", "cookies"),
    ("This website uses cookies to improve your experience.", "cookies"),
    ("I agree", "cookies"),
    ("No Image", "other"),
    ("Source link", "other"),
    ("left corner left corner", "other"),
    ("Tweets by alrai", "follow_us"),
    ("Follow us on Twitter", "follow_us"),
    ("Social Media", "follow_us"),
    ("Focus", "navigation"),
    ("Subscribe to our newsletter", "newsletter"),
    ("Advertisement", "advertisement"),
    ("Leave a comment", "comments"),
    ("Your email address will not be published. Required fields are marked *", "comments"),
    ("Image caption Protesters gather outside the ministry", "caption"),
    ("Listen to this article", "audio_marker"),
    ("1 2 3 4 5 Next", "pagination"),
    ("Home > World > Asia", "breadcrumb"),
    ("Share this with Close", "share"),
    ("Messenger Messenger Pinterest LinkedIn WeChat", "share"),
    ("Share", "share"),
    ("Comment", "share"),
    ("Share this content:", "share"),
    ("https://www.example.com/news/2024/05/article.html", "markup"),
    ("0d30576db6231aaa4a943ba56ca5d215.jpg", "markup"),
    ("jpg", "markup"),
    ("yelina-semironva-chinese-radio", "markup"),
    (".alrai-epaper-widget{margin-top: 20px; max-width:250px}", "markup"),
    ("<!–enpproperty <date>2017-04-19 16:51:59.0</date> enpproperty–>", "markup"),
    ("/html/head/meta[@name='og:title']/@content", "markup"),
    ("Your Header Sidebar area is currently empty. Hurry up and add some widgets.", "other"),
    ("Source: Xinhua", "credit"),
    // French
    ("En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies.", "cookies"),
    ("Suivez China.org.cn sur Twitter et Facebook pour rejoindre la conversation.", "follow_us"),
    ("Mots clés : pont, Pingnan", "tags"),
    ("Catégories", "navigation"),
    ("1   2   3   4   5   Suivant  ", "pagination"),
    ("Vidéo suivante dans 5 secondes", "video"),
    ("Autres vidéos", "video"),
    ("Lire aussi", "related"),
    ("Tous droits réservés", "copyright"),
    ("Partager Facebook Twitter", "share"),
    // Spanish
    ("ÚLTIMAS NOTICIAS:", "latest"),
    ("Internacional", "navigation"),
    ("Palabras clave: China,Xi,Hong Kong", "tags"),
    ("[A A A]", "font_size"),
    ("Portada>Internacional>Noticias |", "breadcrumb"),
    ("Lo más leído", "most_read"),
    ("Noticias relacionadas", "related"),
    ("Todos los derechos reservados", "copyright"),
    ("Compartir Facebook WhatsApp", "share"),
    ("Síguenos en Twitter", "follow_us"),
    // Portuguese
    ("Mais lidas", "most_read"),
    ("Leia também", "related"),
    ("Todos os direitos reservados", "copyright"),
    ("Comentários", "comments"),
    // Russian
    ("Комментарии", "share"),
    ("Фото", "photos"),
    ("Фото Яндекс.Картинки", "caption"),
    ("erid: 2VtzqvWgxEH", "advertisement"),
    ("Новости Владивостока в Telegram - постоянно в течение дня.", "follow_us"),
    ("Подписывайтесь одним нажатием!", "newsletter"),
    ("Читайте также", "related"),
    ("Все права защищены", "copyright"),
    ("Поделиться ВКонтакте Одноклассники", "share"),
    // Chinese
    ("小字号", "font_size"),
    ("發表評論", "comments"),
    ("【字體:↑大 ↓小", "font_size"),
    ("相关评论", "related"),
    ("今日要闻", "latest"),
    ("热点新闻", "most_read"),
    ("热点舆情", "latest"),
    ("版权所有:东盟评论社", "copyright"),
    ("当前位置: VOA NEWS > CRI英语 >", "breadcrumb"),
    ("本頁位置: 首頁新聞中心國內(nèi)新聞", "breadcrumb"),
    ("点击:", "counter"),
    ("查看:6220  评论:0", "counter"),
    ("• WAP手机版 RSS订阅 加入收藏  设为首页", "navigation"),
    ("视频播放位置", "video"),
    ("下载安装Flash播放器", "video"),
    ("京ICP备11013517号-1", "copyright"),
    ("分享到 微信 微博", "share"),
    ("首页 > 新闻 > 国际", "breadcrumb"),
    // Italian
    ("Riviste", "navigation"),
    ("Eventi", "navigation"),
    ("I più letti", "most_read"),
    ("Leggi anche", "related"),
    ("Tutti i diritti riservati", "copyright"),
    // German
    ("Meistgelesen", "most_read"),
    ("Mehr zum Thema", "related"),
    ("Alle Rechte vorbehalten", "copyright"),
    ("Anzeige", "advertisement"),
    ("Teilen Facebook Twitter", "share"),
    // Turkish
    ("En çok okunanlar", "most_read"),
    ("İlgili Haberler", "related"),
    ("Tüm hakları saklıdır", "copyright"),
    ("Son dakika", "latest"),
    ("Yorumlar", "comments"),
];

/// Short lines that are body text: one-line paragraphs, quotes,
/// subheadings, questions.
const KEEP: &[&str] = &[
    "The bridge will reopen in May.",
    "“We will not give up,” she said.",
    "Why now?",
    "A new start for the old port",
    "Photos of the flood spread quickly online.",
    "The video was watched a million times.",
    "Comments from residents were mixed.",
    "Share prices fell by 3 percent on Tuesday.",
    "Print newspapers are struggling in the region.",
    "Most residents read the notice on Monday.",
    "Home prices rose again in March.",
    "The next meeting is set for June 2.",
    "Related talks will follow in Geneva.",
    "Follow-up inspections are planned.",
    "Tags on the luggage were lost.",
    "He called the plan “a copyright on hope”.",
    "وقال: «لن نتراجع».",
    "ما الذي تغير؟",
    "خطة جديدة للنقل العام",
    "الصور التي نشرت أثارت جدلا واسعا.",
    "وشارك في الاجتماع ممثلون عن عشر دول.",
    "ويتابع السكان الأخبار باهتمام.",
    "تعليقات الوزير أثارت ردود فعل.",
    "عاجل ما ستقرره الحكومة في الأيام المقبلة.",
    "نسبة النمو بلغت 5.6 في المئة.",
    "« Nous irons jusqu'au bout », a-t-il déclaré.",
    "Un nouveau départ pour le port",
    "Les photos ont circulé très vite.",
    "Pourquoi maintenant ?",
    "El puente reabrirá en mayo.",
    "¿Qué cambia para los vecinos?",
    "Las fotos se difundieron rápidamente.",
    "Una nueva etapa para el puerto",
    "Мост откроют в мае.",
    "«Мы не отступим», — сказал он.",
    "Что изменится для жителей?",
    "Фотографии быстро разошлись по сети.",
    "大桥将于五月重新开放。",
    "“我们不会放弃。”她说。",
    "为什么是现在？",
    "视频在网上广泛传播。",
    "Il ponte riaprirà a maggio.",
    "Perché adesso?",
    "Die Brücke wird im Mai wieder geöffnet.",
    "Warum jetzt?",
    "A ponte reabrirá em maio.",
    "Köprü mayıs ayında yeniden açılacak.",
    "پل در ماه مه دوباره باز می‌شود.",
    "Copyright law was the main topic of the debate.",
    "Next year the project will double in size.",
    "Video calls replaced most meetings.",
];

fn page(line: &str) -> String {
    format!("{HEAD}{line}{TAIL}")
}

const LINE: usize = 7;

#[test]
fn furniture_lines_are_set_aside_with_their_kind() {
    assert!(SET_ASIDE.len() >= 150, "{} lines", SET_ASIDE.len());
    let mut failures = Vec::new();
    for &(line, kind) in SET_ASIDE {
        let text = page(line);
        let a = newsparse::parse(&text).expect("parses");
        assert!(a.accounted_lines().contains(&LINE));
        let got = if a.share.as_ref().is_some_and(|s| s.lines.contains(&LINE)) {
            "share".to_owned()
        } else if let Some(b) = a.boilerplate.iter().find(|b| b.line == LINE) {
            serde_json::to_value(b.kind)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned()
        } else {
            "paragraph".to_owned()
        };
        if got != kind {
            failures.push(format!("{line:?}: expected {kind}, got {got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn short_body_lines_stay_paragraphs() {
    assert!(KEEP.len() >= 50, "{} lines", KEEP.len());
    let mut failures = Vec::new();
    for &line in KEEP {
        let text = page(line);
        let a = newsparse::parse(&text).expect("parses");
        if !a
            .paragraphs
            .iter()
            .any(|p| p.line == LINE && p.text == line.trim())
        {
            failures.push(format!("{line:?} was set aside"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A share row's last control is often the comment count (`3 תגובות`,
/// `12 comments`): after the row it joins the widget and sets the comments
/// flag; the same count elsewhere stays set aside and sets nothing.
#[test]
fn a_comment_count_closing_a_share_row_joins_the_widget() {
    let rows = [
        (
            "שתפו\nפייסבוק\nוואטסאפ\n3 תגובות",
            3,
            vec!["facebook", "whatsapp"],
        ),
        ("Share\nFacebook\n\n12 comments", 4, vec!["facebook"]),
        ("Поделиться\nВКонтакте\nКомментарии 7", 3, vec!["vk"]),
    ];
    for (row, count_at, platforms) in rows {
        let text = format!(
            "A title for the share row\n\ncri 2021-03-04 10:20:00\n{row}\n\n\
The council met on Monday evening and agreed, after a long debate, to rebuild the old bridge over the river before the winter floods.\n"
        );
        let a = newsparse::parse(&text).expect("parses");
        let share = a.share.as_ref().expect("a share widget");
        assert!(share.comments, "{row:?}: {share:?}");
        let ids: Vec<&str> = share.platforms.iter().map(|p| p.id()).collect();
        assert_eq!(ids, platforms, "{row:?}");
        assert!(share.lines.contains(&(3 + count_at)), "{row:?}: {share:?}");
        assert!(a.boilerplate.iter().all(|b| b.line != 3 + count_at));
    }
    // Away from a share row, the count is a comments heading and no widget.
    let text = format!("{HEAD}12 comments{TAIL}");
    let a = newsparse::parse(&text).expect("parses");
    assert!(a.share.is_none(), "{:?}", a.share);
    assert!(a.boilerplate.iter().any(|b| b.text == "12 comments"));
}
