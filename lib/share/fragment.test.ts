import { describe, expect, it } from 'vitest';

import { readFragment } from './fragment';

describe('readFragment', () => {
  it('reads and decodes share and history fragments', () => {
    expect(readFragment('#share=z.a%2Bb')).toEqual({ kind: 'share', value: 'z.a+b' });
    expect(readFragment('#history=e1')).toEqual({ kind: 'history', value: 'e1' });
    expect(readFragment('#parameters')).toBeUndefined();
    expect(readFragment('#share=')).toBeUndefined();
  });

  it.each(['#share=%', '#history=%ZZ', '#share=%E0%A4%A', '#history=%uD800'])(
    'never throws on malformed percent-encoding (%s): an empty value the page reports as unreadable',
    (hash) => {
      const kind = hash.startsWith('#share') ? 'share' : 'history';
      expect(() => readFragment(hash)).not.toThrow();
      expect(readFragment(hash)).toEqual({ kind, value: '' });
    },
  );
});
