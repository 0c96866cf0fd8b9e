/**
 * The HTTP side of live ingestion, and the only module that imports undici. One GET at a time per
 * call, with conditional headers, a bounded number of redirects, one deadline for headers and body,
 * a body cap enforced while streaming (a 50 MB answer is never held in memory), and at most a few
 * requests in flight per host.
 */
import { Agent, fetch } from 'undici';
import { MujazError } from '../../errors.ts';

/** A fetch that could not give a usable answer; `reason` is what `mujaz feeds list` shows. */
export class FetchFailure extends MujazError {
  readonly reason: string;
  constructor(reason: string, options?: { cause?: unknown }) {
    super('input_refused', reason, options);
    this.reason = reason;
  }
}

export type HttpGetRequest = {
  readonly url: string;
  readonly accept: string;
  readonly etag?: string;
  readonly lastModified?: string;
  readonly maxBytes: number;
  readonly timeoutMs: number;
};

export type HttpGetResult =
  | { readonly kind: 'not_modified'; readonly url: string }
  | {
      readonly kind: 'ok';
      /** The URL the body came from, after redirects. */
      readonly url: string;
      readonly redirects: number;
      readonly contentType?: string;
      readonly etag?: string;
      readonly lastModified?: string;
      readonly bytes: Uint8Array;
    };

/** The port the poller fetches through; tests may pass their own. */
export type HttpFetcher = { get(request: HttpGetRequest): Promise<HttpGetResult>; close(): Promise<void> };

export type HttpFetcherOptions = {
  readonly userAgent: string;
  /** Redirects followed before giving up (default 5). */
  readonly maxRedirects?: number;
  /** Requests in flight to one host at once (default 2). */
  readonly perHost?: number;
};

export const DEFAULT_USER_AGENT = 'mujaz/0.1 (Arabic news briefing bot; +https://github.com/mujaz/mujaz)';

/** A counting semaphore per host, so a burst of due feeds on one outlet waits its turn. */
function createHostLimiter(perHost: number) {
  const hosts = new Map<string, { active: number; waiting: (() => void)[] }>();
  return async function withSlot<T>(host: string, work: () => Promise<T>): Promise<T> {
    const slot = hosts.get(host) ?? { active: 0, waiting: [] };
    hosts.set(host, slot);
    if (slot.active >= perHost) await new Promise<void>((resolve) => slot.waiting.push(resolve));
    slot.active++;
    try {
      return await work();
    } finally {
      slot.active--;
      const next = slot.waiting.shift();
      if (next) next();
      else if (slot.active === 0) hosts.delete(host);
    }
  };
}

async function readCapped(body: ReadableStream<Uint8Array> | null, maxBytes: number, url: string): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FetchFailure(`${url} sent more than ${maxBytes} bytes; stopped reading (the body cap)`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** An undici-backed fetcher with its own connection pool; close it when done. */
export function createHttpFetcher(options: HttpFetcherOptions): HttpFetcher {
  const maxRedirects = options.maxRedirects ?? 5;
  const perHost = options.perHost ?? 2;
  const dispatcher = new Agent({ connections: perHost, keepAliveTimeout: 10_000 });
  const withSlot = createHostLimiter(perHost);

  async function once(request: HttpGetRequest, signal: AbortSignal): Promise<HttpGetResult> {
    let url = request.url;
    for (let redirects = 0; ; redirects++) {
      const headers: Record<string, string> = { 'user-agent': options.userAgent, accept: request.accept, 'accept-encoding': 'gzip, deflate, br' };
      // Validators belong to the URL they were given for; a redirected request asks afresh.
      if (redirects === 0 && request.etag) headers['if-none-match'] = request.etag;
      if (redirects === 0 && request.lastModified) headers['if-modified-since'] = request.lastModified;
      const response = await fetch(url, { headers, redirect: 'manual', signal, dispatcher });
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        const location = response.headers.get('location');
        await response.body?.cancel().catch(() => undefined);
        if (!location) throw new FetchFailure(`HTTP ${response.status} from ${url} without a Location header`);
        if (redirects >= maxRedirects) throw new FetchFailure(`more than ${maxRedirects} redirects (last to ${location})`);
        url = new URL(location, url).toString();
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel().catch(() => undefined);
        return { kind: 'not_modified', url };
      }
      if (response.status < 200 || response.status >= 300) {
        await response.body?.cancel().catch(() => undefined);
        throw new FetchFailure(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} from ${url}`);
      }
      const declared = Number(response.headers.get('content-length') ?? Number.NaN);
      if (Number.isFinite(declared) && declared > request.maxBytes && !response.headers.get('content-encoding')) {
        await response.body?.cancel().catch(() => undefined);
        throw new FetchFailure(`${url} announces ${declared} bytes, over the ${request.maxBytes}-byte body cap`);
      }
      const bytes = await readCapped(response.body as ReadableStream<Uint8Array> | null, request.maxBytes, url);
      const contentType = response.headers.get('content-type');
      const etag = response.headers.get('etag');
      const lastModified = response.headers.get('last-modified');
      return {
        kind: 'ok',
        url,
        redirects,
        bytes,
        ...(contentType ? { contentType } : {}),
        ...(etag ? { etag } : {}),
        ...(lastModified ? { lastModified } : {}),
      };
    }
  }

  return {
    async get(request) {
      // The slot is held for the whole exchange, body included, and the deadline starts once it is held.
      return withSlot(new URL(request.url).host, async () => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), request.timeoutMs);
        try {
          return await once(request, controller.signal);
        } catch (error) {
          if (error instanceof FetchFailure) throw error;
          if (controller.signal.aborted) throw new FetchFailure(`timed out after ${request.timeoutMs} ms fetching ${request.url}`, { cause: error });
          const cause = (error as { cause?: { code?: string; message?: string } }).cause;
          throw new FetchFailure(`cannot fetch ${request.url}: ${cause?.code ?? cause?.message ?? (error as Error).message}`, { cause: error });
        } finally {
          clearTimeout(timer);
        }
      });
    },
    close: () => dispatcher.close(),
  };
}
