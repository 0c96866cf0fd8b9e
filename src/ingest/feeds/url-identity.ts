/**
 * One article, one key. Outlets hand the same story out under many links: http and https, the
 * mobile and AMP editions, tracking parameters, a trailing slash. The key drops all of that, so
 * the article is stored once whichever link arrives first.
 */

/** Query parameters that only say who shared a link or which campaign it came from. */
const TRACKING_PARAMETER = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|yclid|igshid|mc_cid|mc_eid|ocid|cmpid|ref|ref_src|ref_url|at_\w+|_ga|_gl|spm|smid|xtor|ito|amp|outputtype|__twitter_impression)$/iu;
/** Host prefixes of mobile and AMP editions. */
const EDITION_PREFIX = /^(?:www|m|mobile|amp)\./u;

/**
 * The identity key of an article URL: its canonical form with http and https counted as one.
 * `"http://M.Example.com/news/1/amp/?utm_source=x#top"` → `"https://example.com/news/1"`.
 */
export function toUrlKey(link: string): string {
  return canonicalUrl(link).replace(/^http:/u, 'https:');
}

/**
 * The canonical form of an article URL, the one stored as its source: lower-case host without www/m/amp, no default port,
 * no fragment, no tracking parameters (the rest sorted), no AMP path marker, no trailing slash.
 * Returns the input trimmed when it is not an http(s) URL.
 */
export function canonicalUrl(link: string): string {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return link.trim();
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return link.trim();
  let host = url.hostname.toLowerCase();
  while (EDITION_PREFIX.test(host) && host.split('.').length > 2) host = host.replace(EDITION_PREFIX, '');
  const path = url.pathname
    .replace(/\/{2,}/gu, '/')
    .replace(/(?:\/amp|\.amp)(?=\/?$)/iu, '')
    .replace(/^\/amp\//iu, '/')
    .replace(/\/+$/u, '') || '/';
  const kept = [...url.searchParams.entries()].filter(([name]) => !TRACKING_PARAMETER.test(name)).sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  const query = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : '';
  return `${url.protocol}//${host}${port}${path === '/' ? '' : path}${query}`;
}
