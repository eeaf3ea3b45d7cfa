import { describe, expect, it } from 'vitest';

import { isHelpShortcut, isPaletteShortcut, type KeyLike } from './keys';

describe('global shortcuts', () => {
  const key = (init: Partial<KeyLike>): KeyLike => ({
    key: '',
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    target: null,
    ...init,
  });

  it('`?` is the help, without modifiers', () => {
    expect(isHelpShortcut(key({ key: '?', shiftKey: true }))).toBe(true);
    expect(isHelpShortcut(key({ key: '?', ctrlKey: true }))).toBe(false);
    expect(isHelpShortcut(key({ key: '/' }))).toBe(false);
  });

  it('Ctrl/Cmd+Shift+P is the palette', () => {
    expect(isPaletteShortcut(key({ key: 'P', ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(isPaletteShortcut(key({ key: 'p', metaKey: true, shiftKey: true }))).toBe(true);
    expect(isPaletteShortcut(key({ key: 'p', ctrlKey: true }))).toBe(false);
    expect(isPaletteShortcut(key({ key: 'P', ctrlKey: true, shiftKey: true, altKey: true }))).toBe(false);
  });
});
