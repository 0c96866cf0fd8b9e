import { describe, expect, it } from 'vitest';
import { decodeArticleBytes } from '../../src/ingest/decode.ts';
import { InputError } from '../../src/errors.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const LIMIT = 1024 * 1024;

/** Windows-1256 bytes for a short Arabic phrase, built from the code page so the test states its own input. */
function windows1256(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(new Uint8Array([byte])), byte);
  return Uint8Array.from([...text].map((char) => table.get(char) ?? 0x3f));
}

function refusal(bytes: Uint8Array, limit = LIMIT): string {
  try {
    decodeArticleBytes(bytes, limit);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('decodeArticleBytes', () => {
  it('reads plain UTF-8 with no repairs', () => {
    expect(decodeArticleBytes(utf8('قال الكرملين'), LIMIT)).toEqual({ text: 'قال الكرملين', repairs: [] });
  });

  it('removes a UTF-8 byte-order mark and says so', () => {
    const decoded = decodeArticleBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('كييف')]), LIMIT);
    expect(decoded.text).toBe('كييف');
    expect(decoded.repairs).toContain('byte-order mark removed');
  });

  it('converts CRLF line ends', () => {
    const decoded = decodeArticleBytes(utf8('سطر أول\r\nسطر ثان\r\n'), LIMIT);
    expect(decoded.text).toBe('سطر أول\nسطر ثان\n');
    expect(decoded.repairs).toContain('CRLF line ends converted');
  });

  it('decodes Windows-1256 Arabic that is not valid UTF-8', () => {
    const phrase = 'أعلنت وزارة الدفاع الروسية اليوم عن تدمير دبابات';
    const decoded = decodeArticleBytes(windows1256(phrase), LIMIT);
    expect(decoded.text).toBe(phrase);
    expect(decoded.repairs).toContain('decoded from Windows-1256');
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const body = Buffer.from('موسكو', 'utf16le');
    const decoded = decodeArticleBytes(new Uint8Array([0xff, 0xfe, ...body]), LIMIT);
    expect(decoded.text).toBe('موسكو');
  });

  it('refuses an empty or blank file', () => {
    expect(refusal(utf8(''))).toMatch(/empty/);
    expect(refusal(utf8('  \n\t\n'))).toMatch(/empty/);
  });

  it('refuses binary data', () => {
    expect(refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]))).toMatch(/binary/);
  });

  it('refuses bytes that are neither UTF-8 nor legacy Arabic, naming the offset', () => {
    const latin1 = new Uint8Array([...utf8('caf'), 0xe9, ...utf8(' au lait, avec du pain et du beurre')]);
    expect(refusal(latin1)).toMatch(/not valid UTF-8 \(bad byte at offset 3\)/);
  });

  it('refuses an article over the size limit and names the limit', () => {
    expect(refusal(utf8('ا'.repeat(2000)), 1024)).toMatch(/over the 1 KiB article limit.*MUJAZ_MAX_ARTICLE_BYTES/);
  });
});
