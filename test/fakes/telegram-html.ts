import type { MessageEntity } from 'grammy/types';

/**
 * Telegram's `parse_mode: 'HTML'` parser, rebuilt after TDLib's `parse_html` so that the fake
 * refuses what Telegram refuses, with the same wording ("Unsupported start tag "script" at byte
 * offset 0", "Unmatched end tag at byte offset 7, expected "</i>", found "</b>"", …).
 *
 * One deliberate difference: Telegram keeps an `&` that starts no known entity as a literal
 * character, although its documentation says every `&` must be escaped. This parser follows the
 * documentation and refuses it (in text and in attribute values), so a renderer that forgets to
 * escape "AT&T" fails here rather than relying on Telegram's leniency.
 */
export type ParsedHtml = { readonly text: string; readonly entities: MessageEntity[] };

export type HtmlParseResult = { readonly ok: true; readonly value: ParsedHtml } | { readonly ok: false; readonly error: string };

const SUPPORTED_TAGS = new Set([
  'a', 'b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del',
  'span', 'tg-spoiler', 'code', 'pre', 'blockquote', 'tg-emoji',
]);

const SIMPLE_ENTITY: Readonly<Record<string, MessageEntity.CommonMessageEntity['type']>> = {
  b: 'bold', strong: 'bold', i: 'italic', em: 'italic', u: 'underline', ins: 'underline',
  s: 'strikethrough', strike: 'strikethrough', del: 'strikethrough', span: 'spoiler', 'tg-spoiler': 'spoiler',
};

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"' };

type OpenTag = { readonly tag: string; readonly argument: string; readonly offset: number };

// TDLib's is_space counts the terminating NUL as a space, which is how its loops stop at the end.
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\v' || c === '\0';

/**
 * Decode the entity starting at `start` (an `&`): `&lt;` `&gt;` `&amp;` `&quot;`, `&#1604;` or
 * `&#x644;`. Returns undefined when it is not one of those, i.e. a bare `&`.
 */
export function decodeHtmlEntity(source: string, start: number): { readonly char: string; readonly end: number } | undefined {
  let j = start + 1;
  if (source[j] === '#') {
    j += 1;
    const hex = source[j] === 'x' || source[j] === 'X';
    if (hex) j += 1;
    const digitsStart = j;
    while (j < source.length && (hex ? /[0-9a-fA-F]/ : /[0-9]/).test(source[j] as string)) j += 1;
    if (j === digitsStart || source[j] !== ';') return undefined;
    const code = Number.parseInt(source.slice(digitsStart, j), hex ? 16 : 10);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    return { char: String.fromCodePoint(code), end: j + 1 };
  }
  while (j < source.length && /[A-Za-z]/.test(source[j] as string)) j += 1;
  const char = NAMED_ENTITIES[source.slice(start + 1, j)];
  if (char === undefined || source[j] !== ';') return undefined;
  return { char, end: j + 1 };
}

function decodeAll(value: string): string | undefined {
  let out = '';
  for (let i = 0; i < value.length; ) {
    if (value[i] !== '&') {
      out += value[i];
      i += 1;
      continue;
    }
    const entity = decodeHtmlEntity(value, i);
    if (entity === undefined) return undefined;
    out += entity.char;
    i = entity.end;
  }
  return out;
}

function toEntity(open: OpenTag, length: number, previous: MessageEntity | undefined, insidePre: boolean): MessageEntity | 'merged' | undefined {
  const { tag, argument, offset } = open;
  const simple = SIMPLE_ENTITY[tag];
  if (simple !== undefined) return { type: simple, offset, length };
  switch (tag) {
    case 'a':
      return argument === '' ? { type: 'url', offset, length } : { type: 'text_link', offset, length, url: argument };
    case 'code':
      // `<pre><code class="language-ts">` becomes one pre entity carrying the language.
      return argument === '' || !insidePre ? { type: 'code', offset, length } : { type: 'pre', offset, length, language: argument };
    case 'pre':
      if (previous?.type === 'pre' && previous.offset === offset && previous.length === length) return 'merged';
      return { type: 'pre', offset, length };
    case 'blockquote':
      return { type: argument === '1' ? 'expandable_blockquote' : 'blockquote', offset, length };
    case 'tg-emoji':
      return { type: 'custom_emoji', offset, length, custom_emoji_id: argument };
    default:
      return undefined;
  }
}

/** Parse Telegram HTML into the visible text and its entities, or say why Telegram would refuse it. */
export function parseTelegramHtml(html: string): HtmlParseResult {
  const at = (i: number): string => (i < html.length ? (html[i] as string) : '\0');
  const byteOffset = (i: number): number => Buffer.byteLength(html.slice(0, i), 'utf8');
  const fail = (message: string): HtmlParseResult => ({ ok: false, error: message });
  const open: OpenTag[] = [];
  const entities: MessageEntity[] = [];
  let text = '';
  let i = 0;
  while (i < html.length) {
    const c = html[i] as string;
    if (c === '&') {
      const entity = decodeHtmlEntity(html, i);
      if (entity === undefined) return fail(`Unsupported HTML entity or unescaped "&" at byte offset ${byteOffset(i)}; write it as "&amp;"`);
      text += entity.char;
      i = entity.end;
      continue;
    }
    if (c !== '<') {
      text += c;
      i += 1;
      continue;
    }
    const begin = i;
    i += 1;
    if (at(i) === '/') {
      if (open.length === 0) return fail(`Unexpected end tag at byte offset ${byteOffset(begin)}`);
      while (!isSpace(at(i)) && at(i) !== '>') i += 1;
      const endName = html.slice(begin + 2, i).toLowerCase();
      while (i < html.length && isSpace(at(i))) i += 1;
      if (at(i) !== '>') return fail(`Unclosed end tag at byte offset ${byteOffset(begin)}`);
      i += 1;
      const top = open.pop() as OpenTag;
      if (endName !== '' && endName !== top.tag) {
        return fail(`Unmatched end tag at byte offset ${byteOffset(begin)}, expected "</${top.tag}>", found "</${endName}>"`);
      }
      const length = text.length - top.offset;
      if (length === 0) continue;
      const entity = toEntity(top, length, entities[entities.length - 1], open[open.length - 1]?.tag === 'pre');
      if (entity !== undefined && entity !== 'merged') entities.push(entity);
      continue;
    }
    while (!isSpace(at(i)) && at(i) !== '>') i += 1;
    if (i >= html.length) return fail(`Unclosed start tag at byte offset ${byteOffset(begin)}`);
    const tag = html.slice(begin + 1, i).toLowerCase();
    if (!SUPPORTED_TAGS.has(tag)) return fail(`Unsupported start tag "${tag}" at byte offset ${byteOffset(begin)}`);
    let argument = '';
    while (at(i) !== '>') {
      while (i < html.length && isSpace(at(i))) i += 1;
      if (at(i) === '>') break;
      const nameStart = i;
      while (!isSpace(at(i)) && at(i) !== '=' && at(i) !== '>') i += 1;
      const name = html.slice(nameStart, i).toLowerCase();
      if (name === '') return fail(`Empty attribute name in the tag "${tag}" at byte offset ${byteOffset(begin)}`);
      while (i < html.length && isSpace(at(i))) i += 1;
      if (at(i) !== '=') {
        if (tag === 'blockquote' && name === 'expandable') {
          argument = '1';
          continue;
        }
        return fail(`Expected equal sign in declaration of an attribute of the tag "${tag}" at byte offset ${byteOffset(begin)}`);
      }
      i += 1;
      while (i < html.length && isSpace(at(i))) i += 1;
      if (i >= html.length) return fail(`Unclosed start tag "${tag}" at byte offset ${byteOffset(begin)}`);
      let value: string;
      const quote = at(i);
      if (quote !== '"' && quote !== "'") {
        const tokenStart = i;
        while (/[A-Za-z0-9.-]/.test(at(i))) i += 1;
        value = html.slice(tokenStart, i).toLowerCase();
        if (!isSpace(at(i)) && at(i) !== '>') return fail(`Unexpected end of name token at byte offset ${byteOffset(tokenStart)}`);
      } else {
        const end = html.indexOf(quote, i + 1);
        if (end < 0) return fail(`Unclosed start tag at byte offset ${byteOffset(begin)}`);
        const decoded = decodeAll(html.slice(i + 1, end));
        if (decoded === undefined) return fail(`Unsupported HTML entity or unescaped "&" in an attribute value at byte offset ${byteOffset(i)}`);
        value = decoded;
        i = end + 1;
        if (!isSpace(at(i)) && at(i) !== '>') return fail(`Expected space or end of tag after attribute value at byte offset ${byteOffset(i)}`);
      }
      if (tag === 'a' && name === 'href') argument = value;
      else if (tag === 'code' && name === 'class' && value.startsWith('language-')) argument = value.slice('language-'.length);
      else if (tag === 'span' && name === 'class' && value.startsWith('tg-')) argument = value.slice('tg-'.length);
      else if (tag === 'tg-emoji' && name === 'emoji-id') argument = value;
    }
    i += 1;
    if (tag === 'span' && argument !== 'spoiler') return fail(`Tag "span" must have class "tg-spoiler" at byte offset ${byteOffset(begin)}`);
    if (tag === 'tg-emoji' && !/^[1-9]\d*$/.test(argument)) return fail('Invalid custom emoji identifier specified');
    open.push({ tag, argument, offset: text.length });
  }
  const unclosed = open[open.length - 1];
  if (unclosed !== undefined) return fail(`Can't find end tag corresponding to start tag "${unclosed.tag}"`);
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { ok: true, value: { text, entities } };
}
