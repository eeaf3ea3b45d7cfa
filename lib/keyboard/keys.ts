/** Keyboard helpers shared by the global shortcuts. Pure, so they are unit-tested. */

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  target: EventTarget | null;
}

/** Whether the keystroke goes to something the user types in (then single-key shortcuts stay off). */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  if (target.tagName !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(
    type,
  );
}

/** `?` (Shift+/ on most layouts): the keyboard shortcuts help, unless typing. */
export function isHelpShortcut(event: KeyLike): boolean {
  return (
    event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditableTarget(event.target)
  );
}

/** Ctrl+Shift+P (Cmd+Shift+P on macOS): the command palette, from anywhere. */
export function isPaletteShortcut(event: KeyLike): boolean {
  return (
    (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'p'
  );
}
