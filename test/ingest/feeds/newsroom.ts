/**
 * A local newsroom on 127.0.0.1: feeds and article pages built by the tests, served with the
 * behaviours live ingestion must survive (304s, redirects, 500s, hangs, huge bodies, bad XML).
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const root = new URL('../../../', import.meta.url).pathname;

/** A seed article's body, without its date line. */
export function seedBody(index: number): string {
  const names = ['000_908d46d436d07b3b', '001_43e95fa589c62df9', '002_d557eae347f50618', '003_a63a7b9a017dd040', '004_2ef2546d93cc802a'];
  return readFileSync(`${root}seeds/${names[index]}.txt`, 'utf8').replace(/^\s*date\s+\S+\s*/u, '').replace(/!\[\]\(\)\n?/gu, '').trim();
}

/** Encode text as Windows-1256 (Node has no encoder for it, so invert the decoder). */
export function toWindows1256(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
  return Uint8Array.from([...text].map((char) => table.get(char) ?? 0x3f));
}

export function escapeXml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

export const OFF_TOPIC = 'أعلن الاتحاد المحلي لكرة القدم اليوم جدول مباريات الدوري للموسم المقبل، وقال مدرب الفريق إن اللاعبين جاهزون للمنافسة على اللقب بعد معسكر تدريبي طويل. وتوقعت الأرصاد الجوية طقسا معتدلا خلال عطلة نهاية الأسبوع مع أمطار خفيفة على المناطق الساحلية.';

/** An article page drowned in chrome: menus, a share bar, "read also" links, a footer. */
export function boilerplatePage(body: string): string {
  const paragraphs = body.split(/\n+/u).filter(Boolean).map((p) => `<p>${escapeXml(p)}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الموقع | خبر</title>
<meta property="og:site_name" content="صحيفة الاختبار"><meta property="article:published_time" content="2026-02-05T09:00:00+03:00"></head>
<body><header><nav><ul><li><a href="/">قسم المنوعات</a></li><li><a href="/world">العالم</a></li><li><a href="/sport">رياضة</a></li></ul></nav></header>
<div class="share-bar"><a href="#">شارك على فيسبوك</a><a href="#">شارك على إكس</a></div>
<main><article><h1>عنوان الخبر</h1>
${paragraphs}
<div class="read-also"><p>اقرأ أيضا: مباريات الدوري المحلي تنطلق الأسبوع المقبل بمشاركة عشرين فريقا من مختلف المدن</p><ul><li><a href="/x">خبر آخر عن الاقتصاد والأسواق المالية والبورصة</a></li></ul></div>
<p>اقرأ أيضاً: أسعار الذهب ترتفع في الأسواق العالمية وسط توقعات بمزيد من الارتفاع</p>
</article></main>
<aside class="sidebar"><h3>الأكثر قراءة</h3><p>قائمة الأخبار الأكثر قراءة اليوم في جميع الأقسام والمواضيع المختلفة على الموقع</p></aside>
<footer><p>جميع الحقوق محفوظة © 2026 صحيفة الاختبار. سياسة الخصوصية وشروط الاستخدام.</p></footer></body></html>`;
}

export type LoggedRequest = { readonly path: string; readonly status: number; readonly bytes: number; readonly headers: IncomingMessage['headers'] };
export type Route = (request: IncomingMessage, response: ServerResponse, hits: number) => void;

export type Newsroom = {
  readonly base: string;
  readonly log: LoggedRequest[];
  route(path: string, handler: Route): void;
  hits(path: string): LoggedRequest[];
  close(): Promise<void>;
};

/** Start an empty newsroom; add routes with `route`. */
export async function startNewsroom(): Promise<Newsroom> {
  const routes = new Map<string, Route>();
  const counts = new Map<string, number>();
  const log: LoggedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const hits = (counts.get(path) ?? 0) + 1;
    counts.set(path, hits);
    let bytes = 0;
    const write = response.write.bind(response);
    response.write = ((chunk: Uint8Array | string, ...rest: never[]) => {
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
      return write(chunk, ...rest);
    }) as typeof response.write;
    const end = response.end.bind(response);
    response.end = ((chunk?: Uint8Array | string, ...rest: never[]) => {
      if (chunk && typeof chunk !== 'function') bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
      return end(chunk as never, ...rest);
    }) as typeof response.end;
    response.on('close', () => log.push({ path, status: response.statusCode, bytes, headers: request.headers }));
    const handler = routes.get(path);
    if (!handler) {
      response.statusCode = 404;
      response.end('not found');
      return;
    }
    handler(request, response, hits);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    log,
    route: (path, handler) => routes.set(path, handler),
    hits: (path) => log.filter((entry) => entry.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serve a body with an ETag, answering 304 when the client already has it; gzip when asked. */
export function cached(body: string | Uint8Array, contentType: string, etag: string): Route {
  return (request, response) => {
    if (request.headers['if-none-match'] === etag) {
      response.statusCode = 304;
      response.end();
      return;
    }
    response.setHeader('content-type', contentType);
    response.setHeader('etag', etag);
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
    if (/gzip/u.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.setHeader('content-encoding', 'gzip');
      response.end(gzipSync(bytes));
    } else {
      response.end(bytes);
    }
  };
}

/** A 50 MB body streamed in 64 KiB chunks, stopping as soon as the client hangs up. */
export const hugeBody: Route = (_request, response) => {
  response.setHeader('content-type', 'application/rss+xml');
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let left = (50 * 1024 * 1024) / chunk.length;
  let closed = false;
  response.on('close', () => {
    closed = true;
  });
  response.write('<?xml version="1.0"?><rss><channel>');
  const pump = () => {
    while (!closed && left > 0) {
      left--;
      if (!response.write(chunk)) {
        response.once('drain', pump);
        return;
      }
    }
    if (!closed) response.end('</channel></rss>');
  };
  pump();
};

/** An RSS 2.0 document. */
export function rss(items: readonly { title: string; link: string; description?: string; content?: string; pubDate?: string }[], title = 'أخبار الاختبار'): string {
  const entries = items
    .map(
      (item) => `<item><title>${escapeXml(item.title)}</title><link>${escapeXml(item.link)}</link>${item.pubDate ? `<pubDate>${item.pubDate}</pubDate>` : ''}
${item.description !== undefined ? `<description>${escapeXml(item.description)}</description>` : ''}
${item.content !== undefined ? `<content:encoded><![CDATA[${item.content.split('\n\n').map((p) => `<p>${p}</p>`).join('')}]]></content:encoded>` : ''}</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${escapeXml(title)}</title><link>http://example.test/</link><language>ar</language>
${entries}
</channel></rss>`;
}
