import { describe, expect, it } from 'vitest';
import { fetchFailure } from './fetch-failure.ts';
import { LoadFailureError, namedFailure } from './load-failure.ts';
import { readFailure } from './read-failure.ts';

describe('a failed load as data', () => {
  it('is its key and slots, and the English worded from the English catalogue', () => {
    expect(fetchFailure('fetch.noAnswer', { seconds: 60 })).toEqual({
      key: 'fetch.noAnswer',
      params: { seconds: 60 },
      english: 'The server did not answer within 60 seconds.',
    });
  });

  it('keeps what stays English apart, and puts it in the English message', () => {
    const failure = readFailure('read.invalidJson', undefined, 'Unexpected token t in JSON at position 15');
    expect(failure.detail).toBe('Unexpected token t in JSON at position 15');
    expect(failure.params).toBeUndefined();
    expect(failure.english).toBe('The dataset is not valid JSON (Unexpected token t in JSON at position 15).');
  });

  it('does not read slots inside the detail (it is text, not a template)', () => {
    expect(readFailure('read.notExpected', undefined, 'title: {seconds} is not a string').english).toBe(
      'The dataset is not in the expected format: title: {seconds} is not a string.',
    );
  });

  it('names the format in the English only', () => {
    const failure = namedFailure('ACLED CSV', readFailure('read.acledEmpty'));
    expect(failure.key).toBe('read.acledEmpty');
    expect(failure.english).toBe('ACLED CSV: The ACLED CSV file has a header row but no events.');
  });

  it('is an error whose message is the English', () => {
    const error = new LoadFailureError(fetchFailure('fetch.status', { status: '404' }));
    expect(error.message).toBe('The server answered 404.');
    expect(error.failure.key).toBe('fetch.status');
  });
});
