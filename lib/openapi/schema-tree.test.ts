import { describe, expect, it } from 'vitest';

import { childProperties, layoutSchemaTree, SCHEMA_TREE_MAX_ROWS, type SchemaTreeNode } from './schema-tree';

/** An object schema whose properties fan out `k` ways per level, `levels` deep (one shared child). */
function fanOut(k: number, levels: number): Record<string, unknown> {
  let schema: Record<string, unknown> = { type: 'object', properties: { leaf: { type: 'string' } } };
  for (let level = 0; level < levels; level += 1) {
    const child = schema;
    schema = {
      type: 'object',
      properties: Object.fromEntries(Array.from({ length: k }, (_, index) => [`p${index}`, child])),
    };
  }
  return schema;
}

function countNodes(nodes: readonly SchemaTreeNode[] | undefined): number {
  let count = 0;
  const stack = [...(nodes ?? [])];
  while (stack.length > 0) {
    const node = stack.pop()!;
    count += 1;
    stack.push(...(node.children ?? []));
  }
  return count;
}

describe('layoutSchemaTree', () => {
  it('lays out a small schema in full, with required flags', () => {
    const layout = layoutSchemaTree({
      type: 'object',
      required: ['Name'],
      properties: { Name: { type: 'string' }, Zone: { type: 'object', properties: { Id: {} } } },
    });
    expect(layout.truncated).toBe(false);
    expect(layout.rows).toBe(3);
    expect(layout.nodes!.map((node) => [node.name, node.required])).toEqual([
      ['Name', true],
      ['Zone', false],
    ]);
    expect(layout.nodes![1]!.children!.map((node) => node.name)).toEqual(['Id']);
  });

  it('a k=20 fan-out six levels deep (64 million rows unbounded) stops at the row budget', () => {
    const layout = layoutSchemaTree(fanOut(20, 6));
    expect(layout.rows).toBe(SCHEMA_TREE_MAX_ROWS);
    expect(countNodes(layout.nodes)).toBe(SCHEMA_TREE_MAX_ROWS);
    expect(layout.truncated).toBe(true);
  });

  it('breadth first: every top-level property is shown before any grandchild', () => {
    const layout = layoutSchemaTree(fanOut(30, 3), { maxRows: 100 });
    expect(layout.nodes).toHaveLength(30);
    expect(layout.omitted).toBe(0);
    // 30 top-level rows, then 70 of the second level; the third level is counted, not walked.
    const second = layout.nodes!.flatMap((node) => node.children ?? []);
    expect(second).toHaveLength(70);
    expect(second.every((node) => node.children === undefined && node.omitted === 30)).toBe(true);
    expect(layout.nodes![2]!.omitted).toBe(20);
    expect(layout.nodes![29]!.omitted).toBe(30);
  });

  it('marks a property that repeats a schema above it, and stops at the depth limit', () => {
    const self: Record<string, unknown> = { type: 'object', properties: {} };
    (self.properties as Record<string, unknown>).parent = self;
    const layout = layoutSchemaTree({ type: 'object', properties: { node: self } });
    expect(layout.nodes![0]!.recursive).toBe(false);
    expect(layout.nodes![0]!.children![0]!.recursive).toBe(true);
    expect(layout.nodes![0]!.children![0]!.children).toBeUndefined();

    const deep = layoutSchemaTree(fanOut(1, 20), { maxDepth: 3 });
    expect(deep.rows).toBe(4);
  });

  it('a schema without properties has no rows', () => {
    expect(layoutSchemaTree({ type: 'string' })).toEqual({ omitted: 0, rows: 0, truncated: false });
  });
});

describe('childProperties', () => {
  it('looks through arrays and merges allOf', () => {
    expect(childProperties({ type: 'array', items: { properties: { a: {} }, required: ['a'] } })).toEqual({
      properties: { a: {} },
      required: ['a'],
    });
    expect(
      childProperties({ allOf: [{ properties: { a: {} } }, { properties: { b: {} }, required: ['b'] }] }),
    ).toEqual({ properties: { a: {}, b: {} }, required: ['b'] });
  });

  it('a circular items or allOf chain ends instead of overflowing the stack', () => {
    const list: Record<string, unknown> = { type: 'array' };
    list.items = list;
    expect(childProperties(list)).toBeUndefined();
    const merged: Record<string, unknown> = { allOf: [] };
    (merged.allOf as unknown[]).push(merged, { properties: { a: {} } });
    expect(childProperties(merged)).toEqual({ properties: { a: {} }, required: [] });
  });

  it('a 200,000-name required list is read without spreading it into a call', () => {
    const required = Array.from({ length: 200_000 }, (_, index) => `r${index}`);
    const merged = childProperties({ allOf: [{ properties: { a: {} }, required }] });
    expect(merged!.required).toHaveLength(200_000);
  });
});
