import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPackMatcher, createPhraseMatcher, createSentenceMatcher, mentionAs, toPhraseMap, type EntityMention } from '../../src/packs/matcher.ts';
import { russiaUkrainePack } from '../../src/packs/russia-ukraine/index.ts';
import { foldArabic, normalizeArabic } from '../../src/text/normalize.ts';

const matcher = createPackMatcher(russiaUkrainePack);
const seedsDir = join(import.meta.dirname, '../../seeds');
const seeds = readdirSync(seedsDir).sort().map((name) => readFileSync(join(seedsDir, name), 'utf8'));

function only(text: string): EntityMention {
  const mentions = matcher.find(text);
  expect(mentions, `mentions in "${text}"`).toHaveLength(1);
  return mentions[0]!;
}

function ids(text: string): string[] {
  return matcher.find(text).map((m) => `${m.kind}:${m.id}`);
}

describe('createPackMatcher: spelling variants', () => {
  it.each([
    'أوميروف', 'عمروف', 'عميروف', 'أومروف', 'اوميروف', 'رستم أوميروف', 'رستم عمروف', 'روستم عميروف',
  ])('reads %s as Umerov', (spelling) => {
    expect(only(`وقال ${spelling} للصحافيين`)).toMatchObject({ kind: 'person', id: 'umerov', text: spelling });
  });

  it.each([
    'دميترييف', 'دميتريف', 'ديميترييف', 'ديمتريف', 'كيريل دميترييف', 'كيريل دميتريف', 'كيريل ديميترييف',
  ])('reads %s as Dmitriev, never as Peskov\'s given name', (spelling) => {
    expect(only(`وقال ${spelling} إن هناك تقدما`)).toMatchObject({ kind: 'person', id: 'dmitriev', text: spelling });
  });

  it.each(['كوشنر', 'كوشنير', 'جاريد كوشنر', 'جارد كوشنير'])('reads %s as Kushner', (spelling) => {
    expect(only(`وشارك ${spelling} في الاجتماع`)).toMatchObject({ kind: 'person', id: 'kushner', text: spelling });
  });

  it.each([
    ['ويتكوب', 'witkoff'], ['ستيف ويتكوف', 'witkoff'], ['زيلنسكي', 'zelensky'], ['زيلينسكى', 'zelensky'], ['سيبيغا', 'sybiha'],
    ['جيراسيموف', 'gerasimov'], ['ترمب', 'trump'], ['شويغو', 'shoigu'], ['كيلوغ', 'kellogg'], ['محمد بن زايد', 'mbz'], ['بن زايد', 'mbz'],
    ['عبدالله بن زايد', 'abdullah_bin_zayed'], ['إيغور كوستيوكوف', 'kostyukov'], ['أوشاكوف', 'ushakov'], ['ميدينسكي', 'medinsky'], ['هاكان فيدان', 'fidan'],
  ])('reads %s as %s', (spelling, id) => {
    expect(only(`أعلن ${spelling} أمس`)).toMatchObject({ kind: 'person', id, text: spelling });
  });

  it('finds every negotiator named in the seed articles', () => {
    const found = new Set(seeds.flatMap((seed) => matcher.find(seed)).filter((m) => m.kind === 'person').map((m) => m.id));
    for (const id of ['umerov', 'dmitriev', 'kushner', 'witkoff', 'zelensky', 'peskov', 'kostyukov', 'ushakov', 'putin', 'trump', 'rubio', 'gerasimov', 'grynkewich']) {
      expect(found).toContain(id);
    }
  });

  it('reads a title, then the person it introduces', () => {
    expect(ids('وقال كبير المفاوضين الأوكرانيين رستم أوميروف')).toEqual(['title:ua_chief_negotiator', 'person:umerov']);
    expect(ids('مبعوث الرئيس الأميركي دونالد ترامب الخاص ستيف ويتكوف')).toEqual(['title:us_envoy', 'person:trump', 'person:witkoff']);
    expect(ids('رئيس إدارة الأركان العامة في القوات المسلحة الروسية إيغور كوستيوكوف')).toEqual(['title:ru_gru_chief', 'person:kostyukov']);
  });
});

describe('createPackMatcher: longest match', () => {
  it.each([
    ['125 ألف طائرة مسيرة', 'drones', 'طائرة مسيرة'],
    ['435 طائرة حربية', 'aircraft', 'طائرة حربية'],
    ['3 طائرات', 'aircraft', 'طائرات'],
    ['4245 صاروخ كروز', 'cruise_missiles', 'صاروخ كروز'],
    ['طائرة مروحية واحدة', 'helicopters', 'طائرة مروحية'],
    ['1636 من أنظمة راجمات الصواريخ المتعددة الإطلاق', 'mlrs', 'أنظمة راجمات الصواريخ المتعددة الإطلاق'],
    ['الطائرات بدون طيار على المستوى العملياتي-التكتيكي: 125000', 'drones', 'الطائرات بدون طيار على المستوى العملياتي-التكتيكي'],
  ])('reads "%s" as %s', (text, id, span) => {
    expect(only(text)).toMatchObject({ kind: 'metric', id, text: span });
  });

  it('prefers Belarus to Russia in "روسيا البيضاء", and a title to the adjective inside it', () => {
    expect(ids('روسيا البيضاء')).toEqual(['party:belarus']);
    expect(ids('الرئيس الأوكراني')).toEqual(['title:ua_president']);
    expect(ids('نائب رئيس مجلس الأمن الروسي')).toEqual(['title:ru_security_council_deputy']);
  });

  it('joins the words of a name across a hyphen or dots but never across a line break', () => {
    expect(only('في أبو-ظبي').id).toBe('abu_dhabi');
    expect(only('(أ.ف.ب)')).toMatchObject({ id: 'afp', text: 'أ.ف.ب' });
    expect(ids('في أبو\nظبي')).toEqual([]);
  });
});

describe('createPackMatcher: clitics and the article', () => {
  it.each([
    ['وبأبوظبي', 'place', 'abu_dhabi', 'أبوظبي'],
    ['لهيئة الأركان', 'organization', 'ua_general_staff', 'هيئة الأركان'],
    ['وزيلينسكي', 'person', 'zelensky', 'زيلينسكي'],
    ['والدبابات', 'metric', 'tanks', 'دبابات'],
    ['وللكرملين', 'organization', 'kremlin', 'كرملين'],
    ['فأوكرانيا', 'party', 'ukraine', 'أوكرانيا'],
    ['كالأوكرانيين', 'party_adjective', 'ukraine', 'أوكرانيين'],
    ['وبالعسكريين', 'metric', 'personnel', 'عسكريين'],
  ])('strips the clitics of %s from the span', (text, kind, id, span) => {
    const mention = only(text);
    expect(mention).toMatchObject({ kind, id, text: span });
    expect(text.slice(mention.start, mention.end)).toBe(span);
  });

  it('keeps a word that only looks like a clitic and a stem', () => {
    expect(ids('وفد')).toEqual([]);
    expect(only('واشنطن')).toMatchObject({ kind: 'party_metonym', id: 'united_states', text: 'واشنطن' });
    expect(only('وويتكوف')).toMatchObject({ id: 'witkoff', text: 'ويتكوف' });
    expect(only('تامي بروس').id).toBe('tammy_bruce');
  });

  it('matches an adjective with or without the article, and a title without it', () => {
    expect(ids('الجنود الأوكرانيين')).toEqual(['metric:personnel', 'party_adjective:ukraine']);
    expect(ids('جنود أوكرانيون')).toEqual(['metric:personnel', 'party_adjective:ukraine']);
    expect(only('قال متحدث باسم الكرملين')).toMatchObject({ kind: 'title', id: 'kremlin_spokesperson', text: 'متحدث باسم الكرملين' });
  });

  it('returns the original slice, diacritics and hamza as written', () => {
    const text = 'قال زيلينسكيُّ إنّ الأُمورَ';
    const mention = only(text);
    expect(mention.text).toBe('زيلينسكيُّ');
    expect(text.slice(mention.start, mention.end)).toBe('زيلينسكيُّ');
  });
});

describe('createPackMatcher: shared spellings', () => {
  it('reads كييف as Ukraine with the city as an alternative', () => {
    const mention = only('أعلنت كييف');
    expect(mention).toMatchObject({ kind: 'party_metonym', id: 'ukraine' });
    expect(mentionAs(mention, 'place')).toBe('kyiv');
    expect(mentionAs(mention, 'person')).toBeUndefined();
  });

  it('reads الكرملين as the organization, with Russia as an alternative', () => {
    const mention = only('أعلن الكرملين');
    expect(mention).toMatchObject({ kind: 'organization', id: 'kremlin' });
    expect(mentionAs(mention, 'party_metonym')).toBe('russia');
  });

  it('reports nothing inside an ignored phrase', () => {
    expect(ids('أحد أقوى خطوط الدفاع الروسية')).toEqual([]);
    expect(ids('أعلنت الدفاع الروسية')).toEqual(['organization:ru_mod']);
    expect(ids('دول أمريكا اللاتينية')).toEqual([]);
  });
});

describe('createPackMatcher: metric phrasings', () => {
  it.each([
    ['personnel', ['770 عسكريا', '1000 جندي', 'قتلى وجرحى', 'الخسائر البشرية', 'أفراد العدو']],
    ['tanks', ['11642 دبابة', 'دبابات', 'دبابتين']],
    ['armored_vehicles', ['مركبة قتالية مدرعة', 'المدرعات', 'عربة مدرعة', 'ناقلات جند مدرعة']],
    ['artillery', ['نظام مدفعية', 'أنظمة المدفعية', 'قطعة مدفعية', 'مدافع', 'منظومات مدفعية']],
    ['mlrs', ['راجمة صواريخ', 'راجمات الصواريخ', 'منظومات إطلاق صواريخ متعددة', 'أنظمة صواريخ متعددة الإطلاق']],
    ['air_defense', ['أنظمة الدفاع الجوي', 'منظومة دفاع جوي', 'وسائل الدفاع الجوي']],
    ['aircraft', ['طائرة', 'طائرات حربية', 'مقاتلة']],
    ['helicopters', ['مروحية', 'مروحيات', 'طائرة مروحية', 'هليكوبتر']],
    ['drones', ['طائرة مسيرة', 'مسيرات', 'طائرات بدون طيار', 'درون']],
    ['cruise_missiles', ['صاروخ كروز', 'صواريخ كروز', 'صواريخ مجنحة']],
    ['warships', ['سفينة حربية', 'سفن', 'زوارق', 'سفينة وقارب']],
    ['submarines', ['غواصة', 'غواصات', 'وغواصتين']],
    ['vehicles_fuel_tanks', ['المركبات وخزانات الوقود', 'السيارات وصهاريج الوقود', 'مركبات وناقلات وقود', 'الآليات وصهاريج الوقود']],
    ['special_equipment', ['وحدات المعدات الخاصة', 'معدات خاصة', 'المعدات الخاصة']],
  ] as const)('reads every phrasing of %s', (id, phrasings) => {
    for (const text of phrasings) expect(only(text), text).toMatchObject({ kind: 'metric', id });
  });

  it('reads the whole General Staff bulletin of seed 002', () => {
    const bulletin = seeds[2]!.slice(seeds[2]!.indexOf('ووفق بيان'), seeds[2]!.indexOf('وصرح الرئيس'));
    const metrics = matcher.find(bulletin).filter((m) => m.kind === 'metric').map((m) => m.id);
    expect(metrics).toEqual(['tanks', 'armored_vehicles', 'artillery', 'mlrs', 'air_defense', 'aircraft', 'helicopters', 'drones', 'cruise_missiles', 'warships', 'submarines', 'vehicles_fuel_tanks', 'special_equipment']);
  });
});

describe('createPhraseMatcher', () => {
  const cues = russiaUkrainePack.cues;

  it('finds labelled cues in normalized offsets, clitics stripped', () => {
    const n = normalizeArabic('وتطالب موسكو كييف، فيما ترفض كييف وتقترح تجميد خطوط القتال');
    const found = createPhraseMatcher(toPhraseMap(cues.stances)).find(n);
    expect(found.map((f) => f.id)).toEqual(['demands', 'rejects', 'proposes']);
    expect(n.text.slice(found[0]!.start, found[0]!.end)).toBe('تطالب');
  });

  it('reads the 24-hour and since-the-invasion scopes however they are written', () => {
    const scopes = createPhraseMatcher(toPhraseMap(cues.scopes));
    const scopeOf = (text: string): string[] => scopes.find(normalizeArabic(text)).map((f) => f.id);
    expect(scopeOf('من بينهم 770 خلال الساعات الـ24 الماضية')).toEqual(['daily']);
    expect(scopeOf('خلال الـ24 ساعة الأخيرة')).toEqual(['daily']);
    expect(scopeOf('منذ 24 شباط/فبراير 2022')).toEqual(['cumulative']);
    expect(scopeOf('منذ بداية الحرب قبل قرابة 4 سنوات')).toEqual(['cumulative']);
  });

  it('takes a flat list with one id, and prefers the longest phrase', () => {
    const verbs = createPhraseMatcher(toPhraseMap(['قال', 'قالت', 'وفق', 'وفق ما'], 'cue'));
    const n = normalizeArabic('وقالت السلطات، وفق ما نقلت الوكالة');
    expect(verbs.find(n).map((f) => n.text.slice(f.start, f.end))).toEqual(['قالت', 'وفق ما']);
  });
});

describe('createSentenceMatcher', () => {
  const rounds = toPhraseMap(['الجولة الثانية من المحادثات'], 'round');
  const talks = toPhraseMap(['المحادثات', 'الثانية'], 'talks');
  const sentences = createSentenceMatcher(russiaUkrainePack, [rounds, talks]);
  const slices = (n: ReturnType<typeof normalizeArabic>, found: readonly { start: number; end: number }[]) => found.map((f) => n.text.slice(f.start, f.end));

  it('lets each table choose its own longest matches, so one table never hides another', () => {
    const n = normalizeArabic('وانطلقت الجولة الثانية من المحادثات في أبوظبي');
    const { mentions, phrases } = sentences.find(n);
    expect(slices(n, phrases[0]!)).toEqual(['الجولة الثانية من المحادثات'].map(foldArabic));
    expect(slices(n, phrases[1]!)).toEqual(['الثانية', 'المحادثات'].map(foldArabic));
    expect(mentions.map((m) => `${m.kind}:${m.id}`)).toEqual(['place:abu_dhabi']);
  });

  it('finds in one scan what the pack matcher and the phrase matchers find apart, on every seed sentence', () => {
    const stances = toPhraseMap(russiaUkrainePack.cues.stances);
    const scopes = toPhraseMap(russiaUkrainePack.cues.scopes);
    const together = createSentenceMatcher(russiaUkrainePack, [stances, scopes]);
    const apart = [createPhraseMatcher(stances), createPhraseMatcher(scopes)];
    let compared = 0;
    for (const seed of seeds) {
      for (const line of seed.split(/[.\n]/u).filter((text) => text.trim().length > 0)) {
        const n = normalizeArabic(line);
        const found = together.find(n, 7);
        expect(found.mentions).toEqual(matcher.findInNormalized(n, 7));
        expect(found.phrases).toEqual(apart.map((phrases) => phrases.find(n)));
        compared += found.mentions.length + found.phrases.flat().length;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
