import { describe, expect, it } from 'vitest';
import { extractArticlePage, MIN_ARTICLE_CHARS } from '../../../src/ingest/feeds/article-page.ts';
import { extractByHeuristic } from '../../../src/ingest/feeds/page-heuristic.ts';

/** The article's own paragraphs, in order; every test page surrounds them with something else. */
const STORY = [
  'قال المتحدث باسم الكرملين دميتري بيسكوف إن جولة جديدة من المحادثات بين روسيا وأوكرانيا ستعقد في أبوظبي الأسبوع المقبل بحضور الوسطاء الأميركيين.',
  'وأضاف بيسكوف للصحافيين أن موسكو ترى "تقدما ملموسا" في الملفات الإنسانية، ولا سيما تبادل الأسرى، لكنه أقر بأن مسألة الأراضي لا تزال نقطة الخلاف الرئيسية.',
  'من جهته، قال الرئيس الأوكراني فولوديمير زيلينسكي إن بلاده تريد "نتائج أسرع"، مؤكدا أن الحوار مستمر وأن الوفد الأوكراني سيعرض مقترحات جديدة.',
  'وكانت الجولة السابقة قد انتهت بالإعلان عن تبادل 157 أسيرا من كل جانب، في أول عملية من نوعها منذ أربعة أشهر.',
];
const paragraphs = (list: readonly string[]) => list.map((text) => `<p>${text}</p>`).join('\n');

/** Every piece of chrome on the boilerplate page; none may reach the extracted text. */
const CHROME = {
  cookie: 'نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا',
  menu: 'قسم المنوعات',
  logo: 'شعار صحيفة الاختبار',
  breadcrumb: 'الصفحة الرئيسية للموقع',
  ad: 'خصومات كبيرة على الهواتف الذكية هذا الأسبوع',
  shareBar: 'شارك عبر',
  shareNetwork: 'واتساب',
  readAlsoInline: 'كييف تعلن إسقاط مسيرات فوق العاصمة',
  readAlsoBlock: 'الذهب يرتفع في الأسواق العالمية',
  readAlsoLabel: 'اقرأ أيض',
  readAlsoPlain: 'أسعار القمح تقفز في الأسواق الأوروبية',
  relatedAge: 'منذ ساعتين',
  relatedUnclassed: 'مواضيع ذات صلة',
  relatedItem: 'الاتحاد الأوروبي يناقش حزمة عقوبات جديدة',
  shareLine: 'تويتر | فيسبوك',
  tags: 'وسوم الخبر',
  relatedSection: 'أخبار ذات صلة',
  relatedTeaser: 'مقتطف من خبر آخر عن الطقس في المنطقة خلال عطلة نهاية الأسبوع المقبلة',
  comments: 'تعليق من قارئ يقول إن المفاوضات لن تنجح أبدا',
  mostRead: 'الأكثر قراءة',
  newsletter: 'اشترك في نشرتنا البريدية اليومية',
  footer: 'جميع الحقوق محفوظة',
  script: 'نص من سكربت',
  style: 'font-family',
} as const;

function boilerplatePage(): string {
  return `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>بيسكوف: جولة جديدة من المحادثات في أبوظبي - صحيفة الاختبار</title>
<meta property="og:title" content="بيسكوف: جولة جديدة من المحادثات في أبوظبي">
<meta property="og:site_name" content="صحيفة الاختبار">
<meta property="article:published_time" content="2026-02-05T23:30:00+03:00">
<style>body { font-family: "Noto Naskh Arabic"; }</style>
<script>window.analytics = "${CHROME.script}";</script>
</head><body>
<div id="cookie-banner"><p>${CHROME.cookie}. بمتابعة التصفح فإنك توافق على سياسة الخصوصية الخاصة بنا.</p><button>موافق</button></div>
<header class="site-header"><div class="logo">${CHROME.logo}</div>
<nav class="main-menu"><ul><li><a href="/">الرئيسية</a></li><li><a href="/misc">${CHROME.menu}</a></li><li><a href="/world">العالم</a></li><li><a href="/economy">اقتصاد</a></li></ul></nav></header>
<div class="breadcrumbs"><a href="/">${CHROME.breadcrumb}</a> › <a href="/world">العالم</a></div>
<div class="ad-slot"><p>إعلان: ${CHROME.ad} فقط في متاجرنا المنتشرة في جميع المدن</p></div>
<main><article>
<h1>بيسكوف: جولة جديدة من المحادثات في أبوظبي</h1>
<div class="share-bar"><span>${CHROME.shareBar}</span> <a href="#">فيسبوك</a> <a href="#">${CHROME.shareNetwork}</a></div>
${paragraphs(STORY.slice(0, 2))}
<p><strong>اقرأ أيضا:</strong> <a href="/news/drones">${CHROME.readAlsoInline} خلال الليل</a></p>
${paragraphs(STORY.slice(2, 3))}
<div class="read-also"><h3>اقرأ أيضًا</h3><ul><li><a href="/gold">${CHROME.readAlsoBlock} وسط توقعات بمزيد من الارتفاع</a></li></ul></div>
<p>اقرأ أيضاً: ${CHROME.readAlsoPlain} بعد تعثر صادرات البحر الأسود</p>
${paragraphs(STORY.slice(3))}
<h3>${CHROME.relatedUnclassed}</h3><ul><li><a href="/eu">${CHROME.relatedItem} على روسيا</a> <span>${CHROME.relatedAge}</span></li><li><a href="/oil">أسعار النفط تتراجع بعد إعلان المحادثات</a> <span>منذ 3 ساعات</span></li></ul>
<p>شارك عبر: ${CHROME.shareLine} | واتساب</p>
<div class="tags"><span>${CHROME.tags}:</span> <a href="/t/russia">روسيا</a> <a href="/t/ukraine">أوكرانيا</a></div>
</article></main>
<section class="related-stories"><h2>${CHROME.relatedSection}</h2><ul><li><a href="/weather">الطقس</a><p>${CHROME.relatedTeaser}</p></li></ul></section>
<section id="comments"><h3>التعليقات</h3><div class="comment"><p>${CHROME.comments} لأن الطرفين متمسكان بمواقفهما منذ البداية.</p></div></section>
<aside class="sidebar"><h3>${CHROME.mostRead}</h3><ol><li><a href="/1">خبر أول من الأخبار الأكثر قراءة اليوم</a></li></ol></aside>
<div class="newsletter"><p>${CHROME.newsletter} لتصلك أهم الأخبار كل صباح على بريدك الإلكتروني.</p></div>
<footer><p>${CHROME.footer} © 2026 صحيفة الاختبار. سياسة الخصوصية وشروط الاستخدام.</p></footer>
<script>document.write("${CHROME.script}");</script>
</body></html>`;
}

describe('extractArticlePage', () => {
  it('keeps exactly the article paragraphs, in order, from a page drowned in boilerplate', () => {
    const page = extractArticlePage(boilerplatePage());
    expect(page.method).toBe('readability');
    expect(page.text).toBe(STORY.join('\n\n'));
    for (const [name, chrome] of Object.entries(CHROME)) expect(page.text, name).not.toContain(chrome);
  });

  it('reads the metadata from the meta tags', () => {
    expect(extractArticlePage(boilerplatePage())).toMatchObject({
      title: 'بيسكوف: جولة جديدة من المحادثات في أبوظبي',
      outlet: 'صحيفة الاختبار',
      published: '2026-02-05T20:30:00.000Z',
      publishedDay: '2026-02-05',
      language: 'ar',
    });
  });

  it('finds an article laid out in plain <div>s, without <article> or <main>', () => {
    const page = extractArticlePage(`<!DOCTYPE html><html lang="ar"><head><title>خبر</title></head><body>
<div id="top"><div class="menu-bar"><a href="/">الرئيسية</a> <a href="/world">العالم</a></div></div>
<div class="wrapper"><div class="col-8"><div class="story-text">${paragraphs(STORY)}</div></div>
<div class="col-4"><div class="latest"><div><a href="/a">خبر عاجل عن الطقس في المنطقة الشمالية</a></div><div><a href="/b">نتائج مباريات الدوري المحلي لكرة القدم</a></div></div></div></div>
<div class="site-footer"><p>جميع الحقوق محفوظة لموقع الاختبار الإخباري منذ عام 2001.</p></div></body></html>`);
    expect(page).toMatchObject({ method: 'readability', text: STORY.join('\n\n') });
  });

  it('keeps a short article of two paragraphs', () => {
    const short = STORY.slice(0, 2);
    expect(short.join('\n\n').length).toBeLessThan(400);
    const page = extractArticlePage(`<!DOCTYPE html><html lang="ar"><body><nav><a href="/">الرئيسية</a></nav>
<article><h1>عنوان قصير</h1>${paragraphs(short)}<div class="share"><a href="#">شارك</a></div></article><footer>جميع الحقوق محفوظة</footer></body></html>`);
    expect(page).toMatchObject({ method: 'readability', text: short.join('\n\n') });
  });

  it('keeps an article whose container carries a boilerplate word (an ASP.NET page inside one <form>)', () => {
    const page = extractArticlePage(`<!DOCTYPE html><html lang="ar"><body><form id="aspnetForm" method="post">
<nav><a href="/">الرئيسية</a></nav><div class="story-body with-comments">${paragraphs(STORY)}</div>
<div id="comments"><p>أضف تعليقك على هذا الخبر بعد تسجيل الدخول إلى حسابك.</p></div></form></body></html>`);
    expect(page).toMatchObject({ method: 'readability', text: STORY.join('\n\n') });
  });

  it('reads a page that leaves out its <body> tag, as HTML allows', () => {
    const page = extractArticlePage(`<!DOCTYPE html><html lang="ar"><head><title>خبر</title></head>${paragraphs(STORY)}</html>`);
    expect(page).toMatchObject({ method: 'readability', text: STORY.join('\n\n'), language: 'ar' });
  });

  it('finds no article on a page without one: an error page listing other stories', () => {
    const page = extractArticlePage(`<!DOCTYPE html><html lang="ar"><head><title>الصفحة غير موجودة</title></head><body>
<header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/world">العالم</a></li></ul></nav></header>
<main><h1>الصفحة غير موجودة</h1><p>عذرا، الصفحة التي تبحث عنها غير موجودة أو نقلت.</p>
<h2>آخر الأخبار</h2><ul>${STORY.map((text, index) => `<li><a href="/news/${index}">${text}</a></li>`).join('')}</ul></main>
<footer><p>جميع الحقوق محفوظة</p></footer></body></html>`);
    expect(page).toMatchObject({ method: 'none', text: '' });
  });

  it('falls back to the heuristic when Readability finds no visible article (a body a script reveals)', () => {
    const html = `<!DOCTYPE html><html lang="ar"><body><p>يجري تحميل الخبر…</p>
<div id="story" style="display:none">${paragraphs(STORY)}</div><footer>جميع الحقوق محفوظة</footer></body></html>`;
    expect(extractArticlePage(html)).toMatchObject({ method: 'heuristic', text: STORY.join('\n\n') });
  });

  it(`counts fewer than ${MIN_ARTICLE_CHARS} characters as no article`, () => {
    expect(extractArticlePage('<!DOCTYPE html><html><body><article><p>اضغط هنا لمتابعة القراءة على موقعنا الإلكتروني.</p></article></body></html>')).toMatchObject({ method: 'none', text: '' });
  });

  it('reads the metadata from JSON-LD when the page has no meta tags, dating by the page offset', () => {
    const page = extractArticlePage(`<!DOCTYPE html><html><head><title>عنوان الوثيقة - موقع</title>
<script type="application/ld+json">{ "@context": "https://schema.org", "@graph": [
  { "@type": "WebSite", "name": "الموقع" },
  { "@type": "NewsArticle", "headline": "تبادل أسرى جديد بين موسكو وكييف", "datePublished": "2026-02-05T01:15:00+03:00",
    "inLanguage": "ar", "publisher": { "@type": "Organization", "name": "وكالة الاختبار" } } ] }</script>
<script type="application/ld+json">{ "broken": </script></head>
<body><article>${paragraphs(STORY)}</article></body></html>`);
    expect(page).toMatchObject({
      text: STORY.join('\n\n'),
      title: 'تبادل أسرى جديد بين موسكو وكييف',
      outlet: 'وكالة الاختبار',
      published: '2026-02-04T22:15:00.000Z',
      publishedDay: '2026-02-05',
      language: 'ar',
    });
  });

  it('prefers the meta tags over JSON-LD, and the article <time> over one in a sidebar', () => {
    const withBoth = extractArticlePage(`<!DOCTYPE html><html lang="ar"><head>
<meta property="og:title" content="عنوان الوسم"><meta property="og:site_name" content="صحيفة الوسوم"><meta itemprop="datePublished" content="2026-02-03T10:00:00Z">
<script type="application/ld+json">{ "@type": "NewsArticle", "headline": "عنوان البيانات", "datePublished": "2026-01-01T10:00:00Z", "publisher": { "name": "ناشر البيانات" } }</script>
</head><body><article>${paragraphs(STORY)}</article></body></html>`);
    expect(withBoth).toMatchObject({ title: 'عنوان الوسم', outlet: 'صحيفة الوسوم', published: '2026-02-03T10:00:00.000Z' });

    const timed = extractArticlePage(`<!DOCTYPE html><html lang="ar"><head><title>روسيا وأوكرانيا تتبادلان الأسرى في أبوظبي - صحيفة الاختبار</title></head><body>
<aside class="latest"><time datetime="2026-01-20T08:00:00Z">قبل أسبوعين</time> <a href="/old">خبر قديم</a></aside>
<article><time datetime="2026-02-04T09:30:00+02:00">الأربعاء</time>${paragraphs(STORY)}</article></body></html>`);
    expect(timed).toMatchObject({ published: '2026-02-04T07:30:00.000Z', publishedDay: '2026-02-04', language: 'ar' });
    // No og:title: Readability's title, which drops the site's name from <title>.
    expect(timed.title).toBe('روسيا وأوكرانيا تتبادلان الأسرى في أبوظبي');
  });

  it('does not take a news sentence that begins with the verb "شارك" for a share prompt', () => {
    const participation = 'شارك وفد أوكراني رفيع في جولة المحادثات التي استضافتها أبوظبي، وضم ممثلين عن وزارتي الدفاع والخارجية ومكتب الرئيس.';
    const page = extractArticlePage(`<!DOCTYPE html><html lang="ar"><body><article>${paragraphs([participation, ...STORY])}<p>شارك: فيسبوك تويتر</p></article></body></html>`);
    expect(page.text).toBe([participation, ...STORY].join('\n\n'));
  });
});

describe('extractByHeuristic', () => {
  it('takes the element with the most paragraph text, skipping chrome and lists of links', () => {
    const html = `<html><body><nav><p>${STORY[0]}</p></nav><div class="related"><p>${STORY[1]}</p></div>
<ul>${STORY.map((text) => `<li><a href="/x">${text}</a></li>`).join('')}</ul><section>${paragraphs(STORY.slice(2))}</section></body></html>`;
    expect(extractByHeuristic(html)).toEqual(STORY.slice(2));
  });
});
