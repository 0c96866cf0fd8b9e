import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Request plumbing shared by the fake Telegram and Slack servers: read a body whatever way the
 * real clients encode it (JSON, url-encoded form, grammY's multipart stream, query string), and
 * answer with JSON. Pure parsing is split from the socket so each can be tested on its own.
 */
export type Params = Record<string, unknown>;

/** A file part of a multipart body: only its name and size are kept, the bytes are not needed. */
export type UploadedFile = { readonly filename: string; readonly bytes: number };

/** Read the whole request body. */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Parse a body by its content type, merged over the query string's fields (body wins). */
export function parseParams(contentType: string | undefined, body: Buffer, query: URLSearchParams): Params {
  const params: Params = Object.fromEntries(query.entries());
  const type = (contentType ?? '').toLowerCase();
  if (body.length === 0) return params;
  if (type.startsWith('application/json')) {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) Object.assign(params, parsed);
    return params;
  }
  if (type.startsWith('multipart/form-data')) {
    const boundary = /boundary=("?)([^";]+)\1/i.exec(contentType ?? '')?.[2];
    if (boundary !== undefined) Object.assign(params, parseMultipart(body, boundary));
    return params;
  }
  Object.assign(params, Object.fromEntries(new URLSearchParams(body.toString('utf8')).entries()));
  return params;
}

/**
 * Parse multipart/form-data. grammY writes headers without spaces
 * (`content-disposition:form-data;name="chat_id"`), browsers and undici with them; both are read.
 */
export function parseMultipart(body: Buffer, boundary: string): Params {
  const params: Params = {};
  const raw = body.toString('latin1');
  for (const part of raw.split(`--${boundary}`)) {
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd < 0) continue;
    const headers = part.slice(0, headerEnd);
    let value = part.slice(headerEnd + 4);
    if (value.endsWith('\r\n')) value = value.slice(0, -2);
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    if (name === undefined) continue;
    const filename = /filename="?([^";\r\n]*)"?/i.exec(headers)?.[1];
    params[name] =
      filename === undefined
        ? Buffer.from(value, 'latin1').toString('utf8')
        : ({ filename, bytes: Buffer.byteLength(value, 'latin1') } satisfies UploadedFile);
  }
  return params;
}

/** Parse a form field that carries JSON (grammY and @slack/web-api stringify objects in forms). */
export function jsonField(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    // Not JSON: the caller validates the raw string and reports its own error.
    return value;
  }
}

/** Read an integer field sent as a number or a numeric string. */
export function intField(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

/** Read a boolean field sent as a boolean or as 'true'/'false'. */
export function boolField(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return undefined;
}

/** Answer with a JSON body and the given status. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** A short random hex string for run-time tokens and ids. */
export function randomHex(bytes: number): string {
  return randomBytes(bytes).toString('hex');
}
