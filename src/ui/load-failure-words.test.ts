import { afterEach, describe, expect, it } from 'vitest';
import { fetchFailure } from '../data/fetch-failure.ts';
import { DatasetLoadError } from '../data/fetch-text.ts';
import { DatasetProblem } from '../data/load-status.ts';
import { readFailure } from '../data/read-failure.ts';
import { ar } from '../i18n/messages-ar.ts';
import { arRead } from '../i18n/messages-ar-read.ts';
import { en } from '../i18n/messages-en.ts';
import { addPartMessages, hasLoadFailureWords, setActiveCatalogue } from '../i18n/translate.ts';
import { loadFailureWords } from './load-failure-words.ts';

const URL_ASKED = 'https://example.org/events.json';
const cutOff = () => new DatasetProblem(readFailure('read.cutOffJson', undefined, 'Unexpected end of JSON input'), 'json');

afterEach(() => setActiveCatalogue('en', en));

describe('loadFailureWords', () => {
  it('on an English page, says the English as the command line does, detail and all', () => {
    expect(loadFailureWords(cutOff())).toEqual({
      text: 'The dataset is not valid JSON (it stops part-way, as if cut off: Unexpected end of JSON input).',
    });
    expect(loadFailureWords(new DatasetLoadError(URL_ASKED, fetchFailure('fetch.status', { status: '404' }), true, 'http'))).toEqual({
      text: 'The server answered 404.',
    });
  });

  it('on an Arabic page, waits for the words of a source that cannot be read, which come as a chunk of their own', () => {
    setActiveCatalogue('ar', ar);
    expect(hasLoadFailureWords('fetch.offline')).toBe(true);
    // Read before the chunk (the module is shared by this file's tests: only this one runs first).
    expect(hasLoadFailureWords('read.cutOffJson')).toBe(false);
    expect(loadFailureWords(cutOff()).text).toMatch(/^The dataset is not valid JSON/);
    addPartMessages('ar', arRead);
    expect(hasLoadFailureWords('read.cutOffJson')).toBe(true);
  });

  it('on an Arabic page, says it in Arabic, slots filled, and gives the English detail apart', () => {
    setActiveCatalogue('ar', ar);
    addPartMessages('ar', arRead);
    expect(loadFailureWords(cutOff())).toEqual({
      text: 'مجموعة البيانات ليست JSON صالحًا: ينتهي النص في منتصفه، كأنه مقطوع.',
      english: 'Unexpected end of JSON input',
    });
    const stalled = new DatasetLoadError(URL_ASKED, fetchFailure('fetch.stalled', { seconds: 60, received: '12.4 MB' }), false, 'timeout');
    expect(loadFailureWords(stalled)).toEqual({ text: 'توقّف التنزيل: لم يصل شيء طوال 60 ثانية، بعد وصول 12.4 MB.' });
  });

  it('says an unforeseen error as it is in English, and as an unknown error in Arabic with its words apart', () => {
    expect(loadFailureWords(new TypeError('x is undefined'))).toEqual({ text: 'x is undefined' });
    setActiveCatalogue('ar', ar);
    expect(loadFailureWords(new TypeError('x is undefined'))).toEqual({ text: 'خطأ غير معروف', english: 'x is undefined' });
  });
});
