import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.ts';

const texts = (original: string): string[] => splitSentences(original).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('ends a sentence at a full stop', () => {
    expect(texts('أعلنت موسكو عن تقدم. وقال المفاوض إن الأمور تسير.')).toEqual(['أعلنت موسكو عن تقدم.', 'وقال المفاوض إن الأمور تسير.']);
  });

  it.each([
    ['!', 'انتهت الجولة! وبدأت أخرى.'],
    ['?', 'Is it over? وبدأت أخرى.'],
    ['؟', 'هل انتهت الحرب؟ لا أحد يعرف.'],
    ['؛', 'تعثرت المحادثات؛ وعاد الوفد إلى موسكو.'],
  ])('ends a sentence at %s', (mark, original) => {
    const sentences = texts(original);
    expect(sentences).toHaveLength(2);
    expect(sentences[0]!.endsWith(mark)).toBe(true);
  });

  it('keeps the Arabic comma inside the sentence', () => {
    expect(texts('من جانبها، طالبت موسكو كييف بقبول شروطها، وفق وكالة الأنباء.')).toHaveLength(1);
  });

  it('ends a sentence at every line break, so headlines without a full stop stand alone', () => {
    expect(texts('الولايات المتحدة وروسيا تستأنفان الحوار\nقررت واشنطن وموسكو استئناف الحوار. وشارك دبلوماسيون.')).toEqual([
      'الولايات المتحدة وروسيا تستأنفان الحوار',
      'قررت واشنطن وموسكو استئناف الحوار.',
      'وشارك دبلوماسيون.',
    ]);
  });

  it('skips blank lines and handles CRLF and paragraph separators', () => {
    expect(texts('العنوان\r\n\r\n\r\nالفقرة الأولى.\u2029الفقرة الثانية')).toEqual(['العنوان', 'الفقرة الأولى.', 'الفقرة الثانية']);
  });

  it('gives trimmed offsets into the original text', () => {
    const original = '  \u200fأعلنت موسكو عن تقدم.   وقال المفاوض كلمته.  ';
    for (const sentence of splitSentences(original)) {
      expect(original.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.text).toBe(sentence.text.trim());
    }
    expect(splitSentences(original)[0]!.text).toBe('أعلنت موسكو عن تقدم.');
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t\n ')).toEqual([]);
  });

  it('ends a sentence after a closing quote that follows a full stop', () => {
    expect(texts('قال: "لا اتفاق بعد." وأضاف أن المحادثات مستمرة.')).toEqual(['قال: "لا اتفاق بعد."', 'وأضاف أن المحادثات مستمرة.']);
  });

  it('does not split inside guillemets', () => {
    expect(texts('قال الرئيس «لن نتراجع. سنواصل القتال» ثم غادر. وانتهى المؤتمر.')).toEqual([
      'قال الرئيس «لن نتراجع. سنواصل القتال» ثم غادر.',
      'وانتهى المؤتمر.',
    ]);
  });

  it('does not split inside curly quotes written in either order', () => {
    expect(texts('دعا إلى “نتائج أسرع. الآن” وغادر.')).toHaveLength(1);
    expect(texts('قال بوتين ”نحن مستعدون. لكن بشروط“. وردت كييف.')).toEqual(['قال بوتين ”نحن مستعدون. لكن بشروط“.', 'وردت كييف.']);
  });

  it('splits normally when a quote is left open across a line break', () => {
    expect(texts('قال "هذا غير صحيح. وانتهى\nالسطر الثاني. والثالث.')).toEqual(['قال "هذا غير صحيح.', 'وانتهى', 'السطر الثاني.', 'والثالث.']);
  });

  it('keeps a quoted question going when an attribution verb follows it', () => {
    expect(texts('«هل ستنتهي الحرب؟» تساءل الرئيس. ثم غادر.')).toEqual(['«هل ستنتهي الحرب؟» تساءل الرئيس.', 'ثم غادر.']);
  });

  it('does not split inside parentheses', () => {
    expect(texts('أعلنت الوزارة (في بيان. مقتضب) حصيلة جديدة.')).toHaveLength(1);
  });

  it.each(['(أ.ف.ب)', '(د.ب.أ)', '(ا ف ب)', '(رويترز)'])('keeps the agency credit %s inside its sentence', (credit) => {
    expect(texts(`موسكو ${credit} - أعلن الكرملين تقدما. وقال بيسكوف كلمته.`)).toHaveLength(2);
  });

  it('does not split at the dots of an agency abbreviation written without parentheses', () => {
    expect(texts('وقالت د.ب.أ إن الجولة انتهت. وغادر الوفد.')).toEqual(['وقالت د.ب.أ إن الجولة انتهت.', 'وغادر الوفد.']);
  });

  it('ends the sentence at a full stop after agency initials at its end', () => {
    expect(texts('قتل ثلاثة مدنيين بحسب أ.ف.ب. وقال الرئيس كلمته.')).toEqual(['قتل ثلاثة مدنيين بحسب أ.ف.ب.', 'وقال الرئيس كلمته.']);
    expect(texts('قتل ثلاثة بحسب أ ف ب. وقال الرئيس كلمته.')).toHaveLength(2);
  });

  it('does not split after a one-letter title such as د.', () => {
    expect(texts('وقال د. محمد العلي إن الحرب طويلة.')).toHaveLength(1);
  });

  it('does not split inside numbers', () => {
    expect(texts('بلغت خسائر روسيا 1.243.840 جنديا في الساعة 10.30 بنسبة 3.5 بالمئة و٣٫٥ بالمئة.')).toHaveLength(1);
  });

  it('splits after a number that ends a sentence', () => {
    expect(texts('بدأت الحرب عام 2022. وتستمر حتى اليوم.')).toEqual(['بدأت الحرب عام 2022.', 'وتستمر حتى اليوم.']);
  });

  it('does not split inside Latin abbreviations', () => {
    expect(texts('وقال مسؤولون في U.S. Army إن الدعم مستمر. وانتهى.')).toEqual(['وقال مسؤولون في U.S. Army إن الدعم مستمر.', 'وانتهى.']);
  });

  it('does not split inside URLs and ends the sentence at a dot after one', () => {
    expect(texts('زوروا https://example.com/a.b?c=1 للمزيد. ثم www.site.org. انتهى')).toEqual([
      'زوروا https://example.com/a.b?c=1 للمزيد.',
      'ثم www.site.org.',
      'انتهى',
    ]);
  });

  it('does not end a sentence at an ellipsis in mid-line', () => {
    expect(texts('الأمور تسير... لكن ببطء. وانتهت الجلسة')).toEqual(['الأمور تسير... لكن ببطء.', 'وانتهت الجلسة']);
    expect(texts('الأمور تسير… لكن ببطء.')).toHaveLength(1);
  });

  it('ends a sentence at an ellipsis before a line break or a new capitalised sentence', () => {
    expect(texts('وانتهت الجلسة…\nسطر جديد')).toEqual(['وانتهت الجلسة…', 'سطر جديد']);
    expect(texts('He paused... Then he left.')).toEqual(['He paused...', 'Then he left.']);
  });

  it('keeps a run of marks together', () => {
    expect(texts('هل هذا معقول؟! نعم.')).toEqual(['هل هذا معقول؟!', 'نعم.']);
  });

  it('does not cut a numbered list item after its number', () => {
    expect(texts('1. الانسحاب من دونباس\n2. وقف إطلاق النار')).toEqual(['1. الانسحاب من دونباس', '2. وقف إطلاق النار']);
  });

  it('splits at a full stop with no space after it', () => {
    expect(texts('انتهى الاجتماع.وقال المتحدث كلمته.')).toEqual(['انتهى الاجتماع.', 'وقال المتحدث كلمته.']);
  });

  it('keeps a stray closing guillemet with the sentence it closes', () => {
    expect(texts('لن نتراجع.» وغادر.')).toEqual(['لن نتراجع.»', 'وغادر.']);
  });

  it('reads a news paragraph into its sentences', () => {
    const original = 'أعلنت موسكو الخميس عن "تقدم" في المحادثات مع كييف في أبو ظبي، بهدف إنهاء الحرب.\n\n' +
      'وقال المفاوض الروسي "هناك تقدم لا شك، الأمور تسير في الاتجاه الصحيح"، منددا بمحاولات "لعرقلة المسار". ' +
      'وقال بيسكوف للصحافيين "طالما لم يتخذ نظام كييف القرار المناسب، ستستمر العملية العسكرية الخاصة".';
    const sentences = splitSentences(original);
    expect(sentences.map((s) => s.text.slice(0, 12))).toEqual(['أعلنت موسكو ', 'وقال المفاوض', 'وقال بيسكوف ']);
    for (const sentence of sentences) expect(original.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('mends a sentence a page broke before a comma or a lone full stop, offsets kept', () => {
    const original = 'التقى مسؤولون أميركيون\n، الأحد، مع مفاوضين أوكرانيين في فلوريدا\n.\nوقال روبيو إن المحادثات مثمرة.';
    const sentences = splitSentences(original);
    expect(sentences.map((s) => s.text.slice(0, 14))).toEqual(['التقى مسؤولون ', 'وقال روبيو إن ']);
    for (const sentence of sentences) expect(original.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('mends a line that ends on a word no sentence ends on', () => {
    expect(splitSentences('ناقش الوفدان تبادل الأسرى بين\nالبلدين في جلسة مطولة.').map((s) => s.text)).toEqual(['ناقش الوفدان تبادل الأسرى بين\nالبلدين في جلسة مطولة.']);
  });

  it('reads a hard-wrapped page as sentences, not lines, and keeps its paragraphs and headlines', () => {
    const original = 'عنوان الخبر\n\nوصل وزير الخارجية\nإلى جنيف مساء السبت مع\nمستشاريه، وسيلتقي نظيره غدا في\nمقر البعثة.\nوقال المتحدث إن اللقاء\nسيكون مغلقا.';
    expect(splitSentences(original).map((s) => s.text.replace(/\n/gu, ' '))).toEqual([
      'عنوان الخبر',
      'وصل وزير الخارجية إلى جنيف مساء السبت مع مستشاريه، وسيلتقي نظيره غدا في مقر البعثة.',
      'وقال المتحدث إن اللقاء سيكون مغلقا.',
    ]);
  });

  it('keeps a line break a sentence end on a page that is not wrapped', () => {
    expect(splitSentences('الوفد الروسي يصل إلى جنيف\nوقال المتحدث إن اللقاء سيكون مغلقا.').map((s) => s.text)).toEqual([
      'الوفد الروسي يصل إلى جنيف', 'وقال المتحدث إن اللقاء سيكون مغلقا.',
    ]);
  });
});
