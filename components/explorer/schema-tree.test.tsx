import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

import { SCHEMA_TREE_MAX_ROWS } from '@/lib/openapi/schema-tree';

import { SchemaTree } from './schema-tree';

/** Ten properties per level, four levels and a leaf: 21,110 rows when every one is drawn. */
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

/** Property rows (the notes of what was left out are list items too, marked `data-omitted`). */
const rows = (html: string) => html.match(/<li(?![^>]*data-omitted)[\s>]/g)?.length ?? 0;

describe('SchemaTree (issue 14 finding 12: a hostile schema drew 109k rows)', () => {
  it('draws at most the row budget of a fanned-out schema and says what it left out', () => {
    const html = renderToStaticMarkup(<SchemaTree schema={fanOut(10, 4)} />);
    expect(rows(html)).toBeLessThanOrEqual(SCHEMA_TREE_MAX_ROWS);
    expect(html).toMatch(/\d+ more propert(y|ies) not shown/);
  });

  it('a circular array schema renders instead of overflowing the stack', () => {
    const list: Record<string, unknown> = { type: 'array' };
    list.items = list;
    const node: Record<string, unknown> = { type: 'object', properties: { list } };
    expect(() => renderToStaticMarkup(<SchemaTree schema={node} />)).not.toThrow();
  });

  it('a small schema is drawn in full, with its required flag and a recursive property marked', () => {
    const self: Record<string, unknown> = { type: 'object', required: ['Name'], properties: {} };
    Object.assign(self.properties as object, { Name: { type: 'string' }, parent: self });
    const html = renderToStaticMarkup(<SchemaTree schema={self} />);
    expect(rows(html)).toBe(2);
    expect(html).toContain('required');
    expect(html).toContain('(recursive)');
    expect(html).not.toContain('not shown');
  });
});
