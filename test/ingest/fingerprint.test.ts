import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleIdOf, fingerprintOf, isNearDuplicate } from '../../src/ingest/fingerprint.ts';

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const shared = (a: number[], b: number[]) => a.filter((hash) => b.includes(hash)).length;

describe('article fingerprints', () => {
  it('gives the same id to the same text whatever its line ends and spacing', () => {
    expect(articleIdOf('سطر أول\r\nسطر  ثان')).toBe(articleIdOf('سطر أول\nسطر ثان\n'));
    expect(articleIdOf('نص')).not.toBe(articleIdOf('نص آخر'));
  });

  it('ignores spelling variants, diacritics and glued conjunctions when comparing texts', () => {
    const a = fingerprintOf('وقال كبير المفاوضين الأوكرانيين رستم أوميروف إن أوكرانيا وروسيا بدأتا اليوم الخميس ثاني أيام جولة المحادثات لمناقشة كيفية إنهاء الحرب');
    const b = fingerprintOf('قال كبيرُ المفاوضين الاوكرانيين رستم اوميروف ان اوكرانيا وروسيا بدأتا اليوم الخميس ثاني ايام جولة المحادثات لمناقشة كيفية انهاء الحرب');
    expect(a).toEqual(b);
  });

  it('links the agency copy and the outlet that reused it, and no other seed pair', () => {
    const names = ['000_908d46d436d07b3b.txt', '001_43e95fa589c62df9.txt', '002_d557eae347f50618.txt', '003_a63a7b9a017dd040.txt', '004_2ef2546d93cc802a.txt'];
    const prints = names.map((name) => fingerprintOf(seed(name)));
    const linked: string[] = [];
    for (let i = 0; i < prints.length; i++) {
      for (let j = i + 1; j < prints.length; j++) {
        if (isNearDuplicate(shared(prints[i]!, prints[j]!), prints[i]!.length, prints[j]!.length)) linked.push(`${i}-${j}`);
      }
    }
    expect(linked).toEqual(['0-2']);
  });

  it('does not link two short texts that share one phrase by chance', () => {
    const a = fingerprintOf('أعلنت وزارة الدفاع الروسية اليوم الخميس سيطرة قواتها على بلدة جديدة');
    const b = fingerprintOf('أعلنت وزارة الدفاع الروسية اليوم الخميس إسقاط 40 طائرة مسيرة أوكرانية');
    expect(isNearDuplicate(shared(a, b), a.length, b.length)).toBe(false);
  });
});
