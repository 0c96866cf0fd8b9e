/** URL checks the adapters' configuration shares: their API roots and webhooks must be http(s), and https unless local. */

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The URL when `text` is an http or https URL, else undefined (the schema says what is wrong). */
export function httpUrl(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    // An unparsable URL is reported by the schema's own message; the exception adds nothing.
    return undefined;
  }
}

/** Whether a URL is https, or plain http to this machine (tests and local servers). */
export function isSecureOrLocal(text: string): boolean {
  const url = httpUrl(text);
  return url === undefined || url.protocol === 'https:' || LOCAL_HOSTS.has(url.hostname);
}
