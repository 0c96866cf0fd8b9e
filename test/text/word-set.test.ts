import { describe, expect, it } from 'vitest';
import { wordSet } from '../../src/text/word-set.ts';

describe('wordSet', () => {
  const set = wordSet(['كان', 'كانت', 'وكان', 'ست']);

  it('answers like a Set for members and for words that share their first and last letters', () => {
    for (const word of ['كان', 'كانت', 'وكان', 'ست']) expect(set.has(word)).toBe(true);
    // Same edges as members, not members: the lookup, not the edge test, decides.
    expect(set.has('كتان')).toBe(false);
    expect(set.has('وطن')).toBe(false);
    expect(set.has('سبت')).toBe(false);
  });

  it('turns away other words and the empty word', () => {
    for (const word of ['قال', 'أكثر', '', 'ك']) expect(set.has(word)).toBe(false);
    expect(set.size).toBe(4);
    expect([...set]).toEqual(['كان', 'كانت', 'وكان', 'ست']);
  });
});
