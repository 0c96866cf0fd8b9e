import { InputError } from '../errors.ts';

/** Text decoded from a file's bytes, with the repairs made on the way (each a short phrase). */
export type DecodedText = { readonly text: string; readonly repairs: readonly string[] };

const ARABIC_LETTER = /[\u0621-\u064a]/gu;
const LETTER = /\p{L}/gu;

function refuse(message: string): never {
  throw new InputError(message, { code: 'input_refused' });
}

function arabicShare(text: string): number {
  const letters = text.match(LETTER)?.length ?? 0;
  return letters === 0 ? 0 : (text.match(ARABIC_LETTER)?.length ?? 0) / letters;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > sample.length * 0.05;
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  // Decoding progressively larger prefixes would be quadratic; walk the byte structure instead.
  for (let i = 0; i < bytes.length; ) {
    const byte = bytes[i]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/** Decode legacy Arabic bytes, choosing the code page under which the text reads as Arabic. */
function decodeLegacyArabic(bytes: Uint8Array): { text: string; encoding: string } | undefined {
  let best: { text: string; encoding: string; share: number } | undefined;
  for (const encoding of ['windows-1256', 'iso-8859-6']) {
    const text = new TextDecoder(encoding).decode(bytes);
    const share = arabicShare(text);
    if (!best || share > best.share + 0.02) best = { text, encoding, share };
  }
  return best && best.share >= 0.5 ? best : undefined;
}

/**
 * Bytes of one article file → text. Refuses (InputError 'input_refused') what cannot be an
 * article, with a reason that says how to fix it; repairs what is only packaging.
 */
export function decodeArticleBytes(bytes: Uint8Array, maxBytes: number): DecodedText {
  const repairs: string[] = [];
  if (bytes.length > maxBytes) {
    refuse(`is ${formatSize(bytes.length)}, over the ${formatSize(maxBytes)} article limit (raise MUJAZ_MAX_ARTICLE_BYTES if this is really one article)`);
  }
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    repairs.push('decoded from UTF-16LE');
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    repairs.push('decoded from UTF-16BE');
  } else {
    if (looksBinary(bytes)) refuse('is binary data, not text; give mujaz UTF-8 text, .json or .ndjson files');
    let body = bytes;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      body = bytes.subarray(3);
      repairs.push('byte-order mark removed');
    }
    const badAt = firstInvalidUtf8Offset(body);
    if (badAt === -1) {
      text = new TextDecoder('utf-8').decode(body);
    } else {
      const legacy = decodeLegacyArabic(body);
      if (!legacy) refuse(`is not valid UTF-8 (bad byte at offset ${badAt}) and does not read as Windows-1256 or ISO-8859-6 Arabic; re-save it as UTF-8`);
      text = legacy.text;
      repairs.push(`decoded from ${legacy.encoding === 'windows-1256' ? 'Windows-1256' : 'ISO-8859-6'}`);
    }
  }
  if (text.includes('\r')) {
    text = text.replace(/\r\n?/gu, '\n');
    repairs.push('CRLF line ends converted');
  }
  if (text.trim().length === 0) refuse('is empty; an article needs a body');
  return { text, repairs };
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/u, '')} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/u, '')} KiB`;
  return `${bytes} bytes`;
}
