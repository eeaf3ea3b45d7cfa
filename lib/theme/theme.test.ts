import vm from 'node:vm';

import { describe, expect, it } from 'vitest';

import { isThemePreference, resolveTheme, THEME_SCRIPT, THEME_STORAGE_KEY } from './theme';

/** Runs the inline <head> script against a fake browser and reports whether it set `dark`. */
function runScript(stored: string | null, systemDark: boolean, storageThrows = false): boolean {
  const classes = new Set<string>();
  const window = {
    matchMedia: (query: string) => ({ matches: query === '(prefers-color-scheme: dark)' && systemDark }),
  };
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error('denied');
      return key === THEME_STORAGE_KEY ? stored : null;
    },
  };
  const document = {
    documentElement: {
      classList: { toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name)) },
    },
  };
  vm.runInNewContext(THEME_SCRIPT, { window, localStorage, document });
  return classes.has('dark');
}

describe('theme', () => {
  it('resolves a preference against the system setting', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
    expect(isThemePreference('dark')).toBe(true);
    expect(isThemePreference('blue')).toBe(false);
  });

  it('the no-flash script applies the same rule before the first paint', () => {
    for (const stored of [null, 'light', 'dark', 'system', 'garbage']) {
      for (const systemDark of [true, false]) {
        const preference = isThemePreference(stored) ? stored : 'system';
        expect(runScript(stored, systemDark), `${stored} / system dark ${systemDark}`).toBe(
          resolveTheme(preference, systemDark) === 'dark',
        );
      }
    }
    // Storage refused (privacy settings): no exception, the page simply stays light.
    expect(() => runScript(null, true, true)).not.toThrow();
  });
});
