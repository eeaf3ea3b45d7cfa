import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

/**
 * Imports only point down: no folder of lib/ may depend, directly or through others, on a folder
 * that depends on it. Module-level cycles are what eslint's import/no-cycle sees; this looks one
 * level up, at `lib/<folder>` as a unit. Tests are left out (they may reach for any fixture).
 */

const LIB = path.join(import.meta.dirname);
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*\(?\s*['"]([^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testdata' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** `lib/<folder>` of a file or an import target, or undefined outside lib/. */
function folderOf(file: string): string | undefined {
  const relative = path.relative(LIB, file);
  const [folder, ...rest] = relative.split(path.sep);
  return relative.startsWith('..') || rest.length === 0 ? undefined : folder;
}

/** Folder → folders it imports → one example `file → specifier` per edge (for the message). */
export function folderGraph(files: readonly string[], read: (file: string) => string) {
  const graph = new Map<string, Map<string, string>>();
  for (const file of files) {
    const from = folderOf(file);
    if (!from) continue;
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const match of read(file).matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2]!;
      const target = specifier.startsWith('@/lib/')
        ? path.join(LIB, specifier.slice('@/lib/'.length))
        : specifier.startsWith('.')
          ? path.resolve(path.dirname(file), specifier)
          : undefined;
      const to = target && folderOf(target);
      if (to && to !== from && !edges.has(to)) edges.set(to, `${path.relative(LIB, file)} → ${specifier}`);
    }
  }
  return graph;
}

/** Every cycle's folders, one list per strongly connected component larger than one (Tarjan). */
export function folderCycles(graph: Map<string, Map<string, string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles;
}

describe('lib/ folders import only downwards', () => {
  it('finds a cycle when two folders import each other, through a third too', () => {
    const files: Record<string, string> = {
      [path.join(LIB, 'a/one.ts')]: "import { b } from '@/lib/b/two';",
      [path.join(LIB, 'b/two.ts')]: "import type { c } from '../c/three';\nexport const b = 1;",
      [path.join(LIB, 'c/three.ts')]: "export { a } from '@/lib/a/one';",
      [path.join(LIB, 'd/four.ts')]: "import '@/lib/a/one';",
    };
    expect(folderCycles(folderGraph(Object.keys(files), (file) => files[file]!))).toEqual([['a', 'b', 'c']]);
  });

  it('has no folder-level import cycle in lib/', () => {
    const graph = folderGraph(sourceFiles(LIB), (file) => readFileSync(file, 'utf8'));
    // The scan sees the real edges (the proxy sends through the transport, over the region table).
    expect([...(graph.get('proxy')?.keys() ?? [])]).toEqual(expect.arrayContaining(['upstream', 'citrix']));
    const described = folderCycles(graph).map((cycle) =>
      cycle
        .flatMap((from) =>
          [...(graph.get(from) ?? [])].filter(([to]) => cycle.includes(to)).map(([, example]) => example),
        )
        .join('\n  '),
    );
    expect(described, 'import cycles between lib/ folders').toEqual([]);
  });
});
