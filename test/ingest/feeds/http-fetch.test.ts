import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpFetcher, DEFAULT_USER_AGENT } from '../../../src/ingest/feeds/http-fetch.ts';
import { startNewsroom, type Newsroom } from './newsroom.ts';

let newsroom: Newsroom;
let inFlight = 0;
let mostInFlight = 0;
const fetcher = createHttpFetcher({ userAgent: DEFAULT_USER_AGENT, perHost: 2 });
const request = (path: string, extra: { lastModified?: string } = {}) => fetcher.get({ url: `${newsroom.base}${path}`, accept: '*/*', maxBytes: 1024 * 1024, timeoutMs: 2000, ...extra });

beforeAll(async () => {
  newsroom = await startNewsroom();
  newsroom.route('/slow', (_request, response) => {
    inFlight++;
    mostInFlight = Math.max(mostInFlight, inFlight);
    setTimeout(() => {
      inFlight--;
      response.end('ok');
    }, 60);
  });
  newsroom.route('/brotli', (_request, response) => {
    response.setHeader('content-encoding', 'br');
    response.setHeader('content-type', 'text/xml; charset=utf-8');
    response.end(brotliCompressSync(Buffer.from('<rss>أوكرانيا</rss>')));
  });
  newsroom.route('/dated', (incoming, response) => {
    const stamp = 'Thu, 05 Feb 2026 08:00:00 GMT';
    if (incoming.headers['if-modified-since'] === stamp) {
      response.statusCode = 304;
      response.end();
      return;
    }
    response.setHeader('last-modified', stamp);
    response.end('<rss/>');
  });
});

afterAll(async () => {
  await fetcher.close();
  await newsroom.close();
});

describe('createHttpFetcher', () => {
  it('sends at most the configured number of requests to one host at once', async () => {
    await Promise.all(Array.from({ length: 6 }, () => request('/slow')));
    expect(mostInFlight).toBe(2);
  });

  it('decompresses brotli', async () => {
    const result = await request('/brotli');
    expect(result.kind === 'ok' && new TextDecoder().decode(result.bytes)).toBe('<rss>أوكرانيا</rss>');
  });

  it('asks with Last-Modified and honours 304', async () => {
    const first = await request('/dated');
    expect(first).toMatchObject({ kind: 'ok', lastModified: 'Thu, 05 Feb 2026 08:00:00 GMT' });
    expect(await request('/dated', { lastModified: 'Thu, 05 Feb 2026 08:00:00 GMT' })).toEqual({ kind: 'not_modified', url: `${newsroom.base}/dated` });
  });
});
