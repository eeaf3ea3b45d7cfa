import { describe, expect, it, vi } from 'vitest';

import { EARLY_IMPORT_GLOBAL, earlyImportScript, type EarlyImportQueue } from './early-import-script';

/** Just enough DOM for the script: a panel holding a file input. */
function fakePage(withInput = true) {
  type Listener = (event: { target: unknown; stopImmediatePropagation: () => void }) => void;
  const listeners: Record<string, Listener[]> = { input: [], change: [] };
  const stopped: string[] = [];
  const input = { files: [] as unknown[] };
  const other = { files: [{ name: 'elsewhere.json' }] };
  const attributes: Record<string, string> = {};
  const panel = {
    querySelector: (selector: string) => (selector === 'input[type="file"]' && withInput ? input : null),
    setAttribute: (name: string, value: string) => (attributes[name] = value),
  };
  // Only a capture listener on window hears an event before React (which listens on the document).
  const window: Record<string, unknown> = {
    addEventListener: (type: string, listener: Listener, capture?: boolean) =>
      capture === true && listeners[type]?.push(listener),
  };
  const document = {
    querySelector: (selector: string) => (selector === '[data-testid="import-panel"]' ? panel : null),
  };
  const performance = { now: () => 42 };
  new Function('window', 'document', 'performance', earlyImportScript())(window, document, performance);
  const fire = (type: 'input' | 'change', target: unknown) => {
    for (const listener of listeners[type]!)
      listener({ target, stopImmediatePropagation: () => stopped.push(type) });
  };
  /** As a browser picks a file: `input`, then `change`. */
  const pick = (file: unknown) => {
    input.files = file ? [file] : [];
    fire('input', input);
    fire('change', input);
  };
  const changeElsewhere = () => {
    fire('input', other);
    fire('change', other);
  };
  return {
    attributes,
    stopped,
    pick,
    fire: (type: 'input' | 'change') => fire(type, input),
    setFiles: (file: unknown) => (input.files = [file]),
    changeElsewhere,
    queue: () => window[EARLY_IMPORT_GLOBAL] as EarlyImportQueue | undefined,
  };
}

describe('the early import script', () => {
  it('marks the panel ready and queues a picked file with the time of the pick', () => {
    const page = fakePage();
    expect(page.attributes['data-importer-ready']).toBe('true');
    const file = { name: 'a.yaml' };
    page.pick(file);
    expect(page.queue()!.files).toEqual([{ file, at: 42 }]);
  });

  it('hands files to the page once it listens, and none once the panel has hydrated', () => {
    const page = fakePage();
    const notify = vi.fn();
    page.queue()!.notify = notify;
    page.pick({ name: 'b.json' });
    expect(notify).toHaveBeenCalledWith({ file: { name: 'b.json' }, at: 42 });
    page.queue()!.done = true;
    page.pick({ name: 'c.json' });
    expect(notify).toHaveBeenCalledTimes(1);
    expect(page.queue()!.files).toEqual([]);
  });

  it('takes the file at the input event, before React hydrates on it, and queues it once', () => {
    const page = fakePage();
    const file = { name: 'd.yaml' };
    page.setFiles(file);
    page.fire('input');
    expect(page.queue()!.files).toEqual([{ file, at: 42 }]);
    page.fire('change');
    expect(page.queue()!.files).toHaveLength(1);
    const next = { name: 'e.yaml' };
    page.setFiles(next);
    page.fire('change');
    expect(page.queue()!.files.map((queued) => queued.file)).toEqual([file, next]);
  });

  it("keeps the pick's events from React until the panel has hydrated, then lets them through", () => {
    const page = fakePage();
    page.pick({ name: 'f.yaml' });
    expect(page.stopped).toEqual(['input', 'change']);
    page.queue()!.done = true;
    page.pick({ name: 'g.yaml' });
    expect(page.stopped).toEqual(['input', 'change']);
    page.changeElsewhere();
    expect(page.stopped).toEqual(['input', 'change']);
  });

  it('ignores a change of another input', () => {
    const page = fakePage();
    page.changeElsewhere();
    expect(page.queue()!.files).toEqual([]);
  });

  it('ignores a change that leaves no file', () => {
    const page = fakePage();
    page.pick(undefined);
    expect(page.queue()!.files).toEqual([]);
  });

  it('does nothing on a page without the importer', () => {
    const page = fakePage(false);
    expect(page.queue()).toBeUndefined();
    expect(page.attributes['data-importer-ready']).toBeUndefined();
  });
});
