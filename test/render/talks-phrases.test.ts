import { describe, expect, it } from 'vitest';
import type { StatementView } from '../../src/digest/types.ts';
import { speechVerb, statementLine } from '../../src/render/talks-phrases.ts';

const sources = { reports: 1, articles: 1, stories: [2], articleIds: ['a2'] };
const speaker = { id: 'umerov', ar: 'رستم أوميروف', en: 'Rustem Umerov' };

function statement(form: StatementView['form'], verb: string, quote: string): StatementView {
  return { speaker, speakerKind: 'person', verb, form, quote, sources };
}

describe('statementLine', () => {
  it('puts a quote between quotation marks', () => {
    expect(statementLine(statement('quoted', 'وقال', 'الجولة كانت مثمرة'), 'ar')).toBe('قال رستم أوميروف: «الجولة كانت مثمرة» (1 تقرير: #2)');
  });

  it('shows reported speech as the outlet wrote it, never between quotation marks', () => {
    const line = statement('reported', 'وأكد', 'أن الجولة المقبلة ستعقد في جنيف');
    expect(statementLine(line, 'ar')).toBe('أكد رستم أوميروف أن الجولة المقبلة ستعقد في جنيف (1 تقرير: #2)');
    expect(statementLine(line, 'en')).toBe('Rustem Umerov affirmed (reported, in Arabic): أن الجولة المقبلة ستعقد في جنيف (1 report: #2)');
    expect(statementLine(line, 'ar')).not.toMatch(/[«»]/u);
  });
});

describe('speechVerb', () => {
  it('reads a quote signed with no verb as said', () => {
    expect(speechVerb('')).toEqual({ ar: 'قال', en: 'said' });
  });

  it('gives a participle of speech its finite verb, feminine for a feminine participle', () => {
    expect(speechVerb('مشددا')).toEqual({ ar: 'شدد', en: 'stressed' });
    expect(speechVerb('ومؤكدة')).toEqual({ ar: 'أكدت', en: 'affirmed' });
    expect(speechVerb('قائلا')).toEqual({ ar: 'قال', en: 'said' });
  });

  it('keeps a finite verb as written, without its conjunction', () => {
    expect(speechVerb('وأفادت')).toEqual({ ar: 'أفادت', en: 'reported' });
  });
});
