import { describe, expect, it } from 'vitest';

import { filterEntries, groupEntriesByTag } from './entry-lists';

const entry = (id: string, tags: string[], haystack = id.toLowerCase()) => ({ id, tags, haystack });

describe('groupEntriesByTag', () => {
  it('groups by first tag in first-seen order, untagged last under "Other"', () => {
    const groups = groupEntriesByTag([
      entry('a', []),
      entry('b', ['Zones', 'Extra']),
      entry('c', ['Apps']),
      entry('d', ['Zones']),
    ]);
    expect(groups.map((group) => [group.tag, group.operations.map((operation) => operation.id)])).toEqual([
      ['Zones', ['b', 'd']],
      ['Apps', ['c']],
      ['Other', ['a']],
    ]);
  });

  it('gives no groups for no entries', () => {
    expect(groupEntriesByTag([])).toEqual([]);
  });
});

describe('filterEntries', () => {
  const entries = [
    entry('GetZones', [], 'get /zones list zones'),
    entry('GetApps', [], 'get /apps list apps'),
  ];

  it('keeps entries holding every term, whatever the case', () => {
    expect(filterEntries(entries, 'LIST  zones').map((item) => item.id)).toEqual(['GetZones']);
  });

  it('returns the list itself for a blank query', () => {
    expect(filterEntries(entries, '   ')).toBe(entries);
  });
});
