/**
 * Pasted text that is kept out of the paste box. A textarea holding megabytes is laid out (and
 * re-laid out whenever the page around it changes) on the main thread: a 3.4 MB YAML document took
 * seconds to paste and made the Import click wait 15 s before the import started (issue 12,
 * defect 11). Text at least this long is kept aside in memory and imported from there; the box
 * only says what it holds.
 */
export const LARGE_PASTE_CHARS = 256 * 1024;

/** Whether pasted text goes aside instead of into the box. */
export function isLargePaste(text: string): boolean {
  return text.length >= LARGE_PASTE_CHARS;
}

/** Where the pasted text comes from when Import is pressed: the kept-aside paste wins while it is kept. */
export function textToImport(keptAside: string | undefined, boxValue: string): string {
  return keptAside ?? boxValue;
}
