/**
 * Bytes fetched over HTTP → text. The declared charset wins, looked up in order in the
 * Content-Type header, the XML declaration, then an HTML meta tag; undeclared bytes go through
 * the file decoder, which tells UTF-8 from Windows-1256 and ISO-8859-6 by how Arabic they read.
 */
import { InputError } from '../../errors.ts';
import { decodeArticleBytes } from '../decode.ts';

/** Where the encoding used came from. */
export type CharsetSource = 'header' | 'xml-declaration' | 'meta' | 'byte-order-mark' | 'sniffed';
export type DecodedBody = { readonly text: string; readonly encoding: string; readonly from: CharsetSource };

/** The charset named in a Content-Type value, e.g. "text/xml; charset=windows-1256". */
export function charsetOfContentType(contentType: string | undefined): string | undefined {
  return contentType ? /charset\s*=\s*["']?([\w.:-]+)/iu.exec(contentType)?.[1] : undefined;
}

/** The charset declared inside the document (read as ASCII, so any encoding can declare itself). */
export function declaredCharset(bytes: Uint8Array): { label: string; from: 'xml-declaration' | 'meta' } | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/iu.exec(head);
  if (xml) return { label: xml[1]!, from: 'xml-declaration' };
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/iu.exec(head);
  return meta ? { label: meta[1]!, from: 'meta' } : undefined;
}

function decoderFor(label: string) {
  try {
    return new TextDecoder(label.toLowerCase() === 'cp1256' ? 'windows-1256' : label);
  } catch {
    return undefined;
  }
}

/** Decode a response body, reporting which encoding was used and why. */
export function decodeHttpBody(bytes: Uint8Array, contentType: string | undefined): DecodedBody {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', from: 'byte-order-mark' };
  const header = charsetOfContentType(contentType);
  const inside = declaredCharset(bytes);
  for (const [label, from] of [[header, 'header'], [inside?.label, inside?.from]] as const) {
    if (!label || !from) continue;
    const decoder = decoderFor(label);
    if (decoder) return { text: decoder.decode(bytes), encoding: decoder.encoding, from };
  }
  try {
    const decoded = decodeArticleBytes(bytes, Number.MAX_SAFE_INTEGER);
    const legacy = decoded.repairs.find((repair) => repair.startsWith('decoded from '));
    return { text: decoded.text, encoding: legacy ? legacy.slice('decoded from '.length).toLowerCase() : 'utf-8', from: 'sniffed' };
  } catch (error) {
    throw new InputError(`cannot be decoded: ${(error as Error).message}`, { code: 'input_refused', cause: error });
  }
}
