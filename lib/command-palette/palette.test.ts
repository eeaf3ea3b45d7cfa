import { describe, expect, it, vi } from 'vitest';

import {
  matchesQuery,
  paletteGroups,
  registeredPaletteSources,
  registerPaletteSource,
  subscribePaletteSources,
  type PaletteItem,
  type PaletteSource,
} from './palette';

const item = (id: string, label: string, extra: Partial<PaletteItem> = {}): PaletteItem => ({
  id,
  label,
  run: () => undefined,
  ...extra,
});

describe('palette model', () => {
  it('matches every term against label, detail, badge and keywords, case-insensitively', () => {
    const entry = item('a', 'Set Authentication', {
      detail: 'bearer token',
      keywords: 'login',
      badge: 'GET',
    });
    expect(matchesQuery(entry, '')).toBe(true);
    expect(matchesQuery(entry, 'set LOGIN')).toBe(true);
    expect(matchesQuery(entry, 'get token')).toBe(true);
    expect(matchesQuery(entry, 'set logout')).toBe(false);
  });

  it('orders groups by source order, hides query-only sources when empty, drops empty groups, caps each group', () => {
    const actions: PaletteSource = {
      id: 'actions',
      group: 'Actions',
      order: 0,
      items: [item('t', 'Toggle theme'), item('s', 'Open settings')],
    };
    const operations: PaletteSource = {
      id: 'operations',
      group: 'Operations',
      order: 100,
      showWhenEmpty: false,
      items: (query) => Array.from({ length: 30 }, (_, index) => item(String(index), `${query} ${index}`)),
    };
    const profiles: PaletteSource = {
      id: 'profiles',
      group: 'Profiles',
      order: 10,
      items: [item('p', 'Switch to EU production')],
    };
    expect(paletteGroups([operations, profiles, actions], '').map((group) => group.source.id)).toEqual([
      'actions',
      'profiles',
    ]);
    const typed = paletteGroups([operations, profiles, actions], 'settings');
    expect(typed.map((group) => group.source.id)).toEqual(['actions', 'operations']);
    expect(typed[0]!.items.map((entry) => entry.id)).toEqual(['s']);
    expect(typed[1]!.items).toHaveLength(20);
  });

  it('keeps a registry that other features add to and remove from, and tells subscribers', () => {
    const listener = vi.fn();
    const unsubscribe = subscribePaletteSources(listener);
    const first: PaletteSource = { id: 'profiles', group: 'Profiles', items: [item('a', 'A')] };
    const second: PaletteSource = { id: 'profiles', group: 'Profiles', items: [item('b', 'B')] };
    const removeFirst = registerPaletteSource(first);
    expect(registeredPaletteSources()).toEqual([first]);
    const removeSecond = registerPaletteSource(second);
    // Same id: the newer source replaces the older one, and the older one's remover is then a no-op.
    expect(registeredPaletteSources()).toEqual([second]);
    removeFirst();
    expect(registeredPaletteSources()).toEqual([second]);
    removeSecond();
    expect(registeredPaletteSources()).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
  });
});
