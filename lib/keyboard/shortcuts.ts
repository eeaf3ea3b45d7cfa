/** Every keyboard shortcut of the app, for the "Keyboard shortcuts" help (`?`). */
export interface ShortcutGroup {
  title: string;
  shortcuts: { keys: string[][]; description: string }[];
}

/** `keys` lists alternatives; each alternative is the keys pressed together. */
export const SHORTCUTS: readonly ShortcutGroup[] = [
  {
    title: 'Anywhere',
    shortcuts: [
      { keys: [['/'], ['Ctrl', 'K'], ['⌘', 'K']], description: 'Search APIs' },
      {
        keys: [
          ['Ctrl', 'Shift', 'P'],
          ['⌘', 'Shift', 'P'],
        ],
        description: 'Command palette: operations and actions',
      },
      { keys: [['?']], description: 'Show these keyboard shortcuts' },
      { keys: [['Tab'], ['Shift', 'Tab']], description: 'Move between controls' },
      { keys: [['Esc']], description: 'Close a dialog, or clear the search' },
    ],
  },
  {
    title: 'Lists, search results and tabs',
    shortcuts: [
      { keys: [['↓'], ['↑']], description: 'Move through search and palette results' },
      { keys: [['Enter']], description: 'Open the highlighted result' },
      {
        keys: [['←'], ['→'], ['Home'], ['End']],
        description: 'Switch tabs (Overview, API Exploration, snippets…)',
      },
    ],
  },
  {
    title: 'Invoke API',
    shortcuts: [
      {
        keys: [
          ['Ctrl', 'Enter'],
          ['⌘', 'Enter'],
        ],
        description: 'Send the request',
      },
      { keys: [['Enter'], ['Space']], description: 'Press the focused button (Invoke API, Copy…)' },
    ],
  },
];
