import { describe, expect, it } from 'vitest';
import { errorStateAt } from './route-error.tsx';

describe('errorStateAt', () => {
  const thrown = new Error('boom');

  it('changes nothing while nothing was thrown', () => {
    expect(errorStateAt('a', {})).toBeNull();
  });

  it('stamps a fresh error with the address it was caught at, and keeps it there', () => {
    const stamped = errorStateAt('a', { error: { value: thrown, locationKey: '' } });
    expect(stamped).toEqual({ error: { value: thrown, locationKey: 'a' } });
    expect(errorStateAt('a', stamped!)).toBeNull();
  });

  it('clears the error once the reader goes to another address', () => {
    expect(errorStateAt('b', { error: { value: thrown, locationKey: 'a' } })).toEqual({ error: undefined });
  });
});
