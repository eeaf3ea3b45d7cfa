import { describe, expect, it } from 'vitest';

import { detectFormat, lineAndColumn, parseDocumentText } from './parse-text';

describe('parseDocumentText', () => {
  it('parses JSON and YAML', () => {
    expect(parseDocumentText('  {"openapi": "3.1.0"}')).toEqual({
      ok: true,
      value: { openapi: '3.1.0' },
      format: 'json',
    });
    expect(parseDocumentText('openapi: 3.1.0\ninfo: {title: x}')).toEqual({
      ok: true,
      value: { openapi: '3.1.0', info: { title: 'x' } },
      format: 'yaml',
    });
  });

  it('names the line and column of a JSON error, also at the end of the text', () => {
    expect(parseDocumentText('{\n  "a": 1,\n  "b" 2\n}')).toMatchObject({
      ok: false,
      problem: { kind: 'syntax', format: 'json', line: 3, column: 7 },
    });
    const truncated = parseDocumentText('{\n  "a": [1, 2');
    expect(truncated).toMatchObject({ ok: false, problem: { kind: 'syntax', line: 2 } });
  });

  it('names the line and column of a YAML error', () => {
    const outcome = parseDocumentText('a: 1\nb:\n  - x\n  c: [\n');
    expect(outcome).toMatchObject({ ok: false, problem: { kind: 'syntax', format: 'yaml', line: 4 } });
    expect(!outcome.ok && outcome.problem.message).toMatch(/^YAML syntax error at line 4, column \d+: /);
    expect(parseDocumentText('a: 1\na: 2')).toMatchObject({
      ok: false,
      problem: { kind: 'syntax', line: 2 },
    });
  });

  it('refuses an empty text', () => {
    expect(parseDocumentText(' \n\t')).toMatchObject({ ok: false, problem: { kind: 'empty' } });
  });

  it('helpers', () => {
    expect(detectFormat('\n [1]')).toBe('json');
    expect(detectFormat('openapi: 3')).toBe('yaml');
    expect(lineAndColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab', 0)).toEqual({ line: 1, column: 1 });
  });
});
