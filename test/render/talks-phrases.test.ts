import { describe, expect, it } from 'vitest';
import type { StatementView } from '../../src/digest/types.ts';
import { outcomeLine, speechVerb, statementLine, statementLines, storyLines } from '../../src/render/talks-phrases.ts';

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
    expect(statementLine(line, 'en', { arabicQuotes: true })).toBe('Rustem Umerov affirmed (reported, in Arabic): أن الجولة المقبلة ستعقد في جنيف (1 report: #2)');
    expect(statementLine(line, 'ar')).not.toMatch(/[«»]/u);
  });
});

describe('statements in English', () => {
  const territory = { id: 'territory', ar: 'مسألة الأراضي', en: 'Territory' };

  it('tells what a statement is about instead of its Arabic words', () => {
    const line = { ...statement('quoted', 'وقال', 'المحادثات حول الأراضي كانت مثمرة جدا'), about: { issues: [territory], subjects: ['talks' as const], tone: 'positive' as const } };
    expect(statementLine(line, 'en')).toBe('Rustem Umerov said — about the talks; issues: Territory; tone: positive (1 report: #2)');
    expect(statementLine(line, 'ar')).toBe('قال رستم أوميروف: «المحادثات حول الأراضي كانت مثمرة جدا» (1 تقرير: #2)');
  });

  it('gives the speaker’s stance after the issue it is on', () => {
    const line = { ...statement('quoted', 'قال', 'لن نقبل أي تنازل عن الأراضي'), about: { issues: [territory], subjects: [], stance: 'rejects' as const } };
    expect(statementLine(line, 'en')).toBe('Rustem Umerov said — issues: Territory; stance: rejects (1 report: #2)');
  });

  it('says a ceasefire once when it is both the subject and the issue', () => {
    const ceasefire = { id: 'ceasefire', ar: 'وقف إطلاق النار', en: 'Ceasefire' };
    const line = { ...statement('quoted', 'قال', 'نريد هدنة شاملة'), about: { issues: [ceasefire], subjects: ['ceasefire' as const, 'talks' as const] } };
    expect(statementLine(line, 'en')).toBe('Rustem Umerov said — about the talks; issues: Ceasefire (1 report: #2)');
  });

  it('gathers the statements nothing was read from into one line per speaker, with their sources merged', () => {
    const other = { ...statement('quoted', 'قال', 'سنرى ما يحدث غدا'), sources: { reports: 1, articles: 1, stories: [4], articleIds: ['a4'] } };
    const about = { ...statement('quoted', 'قال', 'الاجتماع كان بناء'), about: { issues: [], subjects: ['talks' as const] } };
    const lines = statementLines([statement('quoted', 'قال', 'لا تعليق لدينا الآن'), about, other], 'en');
    expect(lines).toEqual([
      'Rustem Umerov said — about the talks (1 report: #2)',
      'Rustem Umerov — 2 statements, words in Arabic only (2 reports: #2, #4)',
    ]);
    expect(statementLines([about], 'en', { arabicQuotes: true })).toEqual(['Rustem Umerov said: (in Arabic) «الاجتماع كان بناء» (1 report: #2)']);
  });
});

describe('outcomeLine and storyLines in English', () => {
  it('names the issues of an outcome without numbers, and its Arabic wording only when asked', () => {
    const guarantees = { id: 'security_guarantees', ar: 'الضمانات الأمنية', en: 'Security guarantees' };
    const outcome = { type: 'agreement' as const, parties: [{ id: 'ukraine', ar: 'أوكرانيا', en: 'Ukraine' }], text: 'اتفقنا على الضمانات الأمنية', issues: [guarantees], sources };
    expect(outcomeLine(outcome, 'en')).toBe('Agreement (Ukraine) — on Security guarantees (1 report: #2)');
    expect(outcomeLine(outcome, 'en', { arabicQuotes: true })).toBe('Agreement (Ukraine): (in Arabic) «اتفقنا على الضمانات الأمنية» (1 report: #2)');
    expect(outcomeLine(outcome, 'ar')).toBe('اتفاق (أوكرانيا): «اتفقنا على الضمانات الأمنية» (1 تقرير: #2)');
  });

  it('lists an article by its outlet or web host and address, never a file path, and its Arabic title only where Arabic is shown', () => {
    const story = { number: 1, clusterId: 'c', articles: [
      { id: 'x1', clusterId: 'c', publishedDate: '2026-03-02', dateBasis: 'stated' as const, title: 'عنوان الخبر', source: 'https://www.example.net/a/1' },
      { id: 'x2', clusterId: 'c', dateBasis: 'unknown' as const, source: 'inbox/2026/x2.txt' },
    ] };
    expect(storyLines([story], 'en')).toEqual(['#1 — example.net — 2 March 2026 (date stated) — x1 — https://www.example.net/a/1', '#1 — undated — x2']);
    expect(storyLines([story], 'ar')[0]).toContain('«عنوان الخبر»');
    expect(storyLines([story], 'ar')[1]).not.toContain('inbox/');
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
