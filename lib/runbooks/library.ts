import { BUILT_IN_RUNBOOKS } from './builtins';
import type { ArazzoDocument } from './schema';
import type { SavedRunbook } from './store';
import { runbookToYaml } from './validate';

/** A runbook as the pages list and open it: a built-in, or one saved in this browser. */
export interface RunbookEntry {
  id: string;
  title: string;
  summary?: string;
  builtIn: boolean;
  text: string;
}

export function builtInEntry(id: string): RunbookEntry | undefined {
  const found = BUILT_IN_RUNBOOKS.find((runbook) => runbook.id === id);
  return found && entryOf(found.id, found.document, true);
}

function entryOf(id: string, document: ArazzoDocument, builtIn: boolean): RunbookEntry {
  return {
    id,
    title: document.info.title,
    summary: document.info.summary,
    builtIn,
    text: runbookToYaml(document),
  };
}

export function builtInEntries(): RunbookEntry[] {
  return BUILT_IN_RUNBOOKS.map((runbook) => entryOf(runbook.id, runbook.document, true));
}

export function savedEntry(saved: SavedRunbook): RunbookEntry {
  return { id: saved.id, title: saved.title, builtIn: false, text: saved.text };
}
