import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { CITRIX_DOCUMENTS } from '@/lib/import/testdata/citrix-documents';
import {
  CITRIX_SPECS_ABSENT,
  CITRIX_SPECS_DIR,
  CITRIX_SPECS_PRESENT,
  citrixSpec,
} from '@/lib/testing/citrix-specs';

import { checkAndIndex, normalise, type CheckedDocument } from './pipeline';
import { targetForRegion } from './servers';
import type { ImportProblem } from './types';

const TESTDATA = path.resolve(process.cwd(), 'lib/import/testdata');

const read = (file: string) => readFileSync(file, 'utf8');

function imported(text: string): CheckedDocument {
  const outcome = checkAndIndex(text);
  if (!outcome.ok)
    throw new Error(
      `expected the import to succeed: ${outcome.problems.map((problem) => problem.message).join('; ')}`,
    );
  return outcome.checked;
}

function refused(text: string): ImportProblem[] {
  const outcome = checkAndIndex(text);
  if (outcome.ok) throw new Error('expected the import to be refused');
  return outcome.problems;
}

describe.skipIf(!CITRIX_SPECS_PRESENT)(
  `the Citrix documents in ${CITRIX_SPECS_DIR}${CITRIX_SPECS_PRESENT ? '' : ` (${CITRIX_SPECS_ABSENT})`}`,
  () => {
    it.each(CITRIX_DOCUMENTS)(
      '$dir imports with $operations operations and is stored as OpenAPI 3.1',
      ({ dir, title, operations }) => {
        const text = read(citrixSpec(dir));
        const checked = imported(text);
        expect(checked.title).toBe(title);
        expect(checked.format).toBe('yaml');
        expect(checked.operations).toHaveLength(operations);
        expect(new Set(checked.operations.map((entry) => entry.operationId)).size).toBe(operations);
        const { stored, dereferenced } = normalise(checked);
        expect(stored.document.openapi).toMatch(/^3\.1\./);
        expect(stored.meta.operationCount).toBe(operations);
        expect(Object.keys(dereferenced.paths as object).length).toBeGreaterThan(0);
      },
    );

    it('maps the Administrators servers onto the region table: gateway + /administrators, the sandbox included', () => {
      const { stored } = normalise(imported(read(citrixSpec('ccadmins'))));
      expect(stored.meta.servers).toMatchObject([
        {
          url: 'https://api.cloud.com/administrators',
          ok: true,
          hostKind: 'gateway',
          basePath: '/administrators',
        },
        {
          url: 'https://api.citrixcloud.jp/administrators',
          ok: true,
          hostKind: 'gateway',
          basePath: '/administrators',
        },
      ]);
      for (const region of ['sandbox', 'us', 'eu', 'ap-s', 'jp'] as const) {
        expect(targetForRegion(stored.meta.servers, region)).toMatchObject({
          ok: true,
          hostKind: 'gateway',
          basePath: '/administrators',
        });
      }
    });

    it('maps the documents on the other Citrix hosts onto their host kinds, the relative ones included', () => {
      const servers = (dir: string) => normalise(imported(read(citrixSpec(dir)))).stored.meta.servers;
      expect(targetForRegion(servers('citrixorchestration-techpreview'), 'us')).toMatchObject({
        ok: true,
        hostKind: 'gateway',
        basePath: '/cvad/manage',
      });
      expect(targetForRegion(servers('citrixquickdeploy'), 'us')).toMatchObject({
        ok: true,
        hostKind: 'catalogs',
      });
      expect(targetForRegion(servers('devicemanagement'), 'eu')).toMatchObject({ ok: true, hostKind: 'wem' });
      expect(targetForRegion(servers('citrixcws'), 'jp')).toMatchObject({ ok: true, hostKind: 'cws' });
      expect(targetForRegion(servers('globalappconfiguration'), 'jp')).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/no host in region Japan/),
      });
      expect(targetForRegion(servers('citrixquickcreate'), 'sandbox')).toMatchObject({
        ok: true,
        basePath: '/quickcreateservice',
      });
    });

    it('makes ids for operations without one (CWS), unique and stable', () => {
      const checked = imported(read(citrixSpec('citrixcws')));
      expect(checked.operations.every((entry) => entry.syntheticId)).toBe(true);
      expect(checked.operations[0]).toMatchObject({
        method: 'PUT',
        path: '/{customer}/AuthDomains',
        operationId: 'put_customer_AuthDomains',
      });
    });

    it('counts HEAD operations (the proxy cannot invoke them, but they are listed)', () => {
      const checked = imported(read(citrixSpec('citrixorchestration-techpreview')));
      expect(checked.operations.filter((entry) => entry.method === 'HEAD')).toHaveLength(14);
    });

    it('accepts the Catalog Service document with a warning for its 1,060 header objects without a schema', () => {
      const checked = imported(read(citrixSpec('citrixquickdeploy')));
      expect(checked.warnings).toHaveLength(1);
      expect(checked.warnings[0]?.message).toMatch(/inside schemas or response headers/);
      expect(checked.warnings[0]?.path).toMatch(
        /^\$\.paths\[".*"\]\.get\.responses\["\d+"\]\.headers\["citrix-transactionid"\]$/,
      );
      const { stored } = normalise(checked);
      expect(
        stored.meta.warnings.some((warning) => /references? do(es)? not resolve/.test(warning.message)),
      ).toBe(true);
    });

    it('imports the JSON form of the 561-operation document the same as the YAML form', () => {
      const yaml = imported(read(citrixSpec('citrixorchestration-techpreview')));
      const json = imported(JSON.stringify(yaml.raw));
      expect(json.format).toBe('json');
      expect(json.operations.map((entry) => entry.operationId)).toEqual(
        yaml.operations.map((entry) => entry.operationId),
      );
    });
  },
);

describe('our own fixtures: Swagger 2.0 and OpenAPI 3.1', () => {
  it('upgrades a Swagger 2.0 document to OpenAPI 3.1, host + basePath becoming a mapped server', () => {
    const checked = imported(read(path.join(TESTDATA, 'swagger2-systemlog.yaml')));
    expect(checked.sourceVersion).toBe('2.0');
    expect(checked.operations.map((entry) => [entry.method, entry.path, entry.operationId])).toEqual([
      ['GET', '/records', 'GetRecords'],
      ['GET', '/records/{id}', 'get_records_id'],
    ]);
    const { stored, dereferenced } = normalise(checked);
    expect(stored.document.openapi).toMatch(/^3\.1\./);
    expect(stored.document.swagger).toBeUndefined();
    expect(stored.meta.servers).toMatchObject([
      { url: 'https://api.cloud.com/systemlog', ok: true, hostKind: 'gateway', basePath: '/systemlog' },
    ]);
    const schema = (
      dereferenced as {
        paths: Record<
          string,
          {
            get: {
              responses: Record<string, { content: Record<string, { schema: { properties: object } }> }>;
            };
          }
        >;
      }
    ).paths['/records']!.get.responses['200']!.content['application/json']!.schema;
    expect(Object.keys(schema.properties)).toEqual(['Items', 'ContinuationToken']);
  });

  it('imports an OpenAPI 3.1 JSON document with a recursive schema', () => {
    const checked = imported(read(path.join(TESTDATA, 'openapi31-resourcelocations.json')));
    expect(checked).toMatchObject({
      sourceVersion: '3.1.0',
      format: 'json',
      title: 'Resource Locations (OpenAPI 3.1 sample)',
    });
    expect(checked.operations).toHaveLength(3);
    const { stored } = normalise(checked);
    expect(targetForRegion(stored.meta.servers, 'eu')).toMatchObject({
      ok: true,
      hostKind: 'gateway',
      basePath: '/resourcelocations',
    });
    expect(targetForRegion(stored.meta.servers, 'sandbox')).toMatchObject({
      ok: true,
      basePath: '/resourcelocations',
    });
  });
});

describe('a broken document gets an error that says where', () => {
  it('YAML syntax: the line and column', () => {
    const [problem] = refused(read(path.join(TESTDATA, 'broken-yaml.yaml')));
    expect(problem).toMatchObject({ kind: 'syntax', format: 'yaml', line: 11 });
    expect(problem?.message).toMatch(/^YAML syntax error at line 11, column \d+: /);
  });

  it('JSON syntax: the line and column', () => {
    const [problem] = refused(read(path.join(TESTDATA, 'broken-json.json')));
    expect(problem).toMatchObject({ kind: 'syntax', format: 'json', line: 8, column: 5 });
    expect(problem?.message).toMatch(/^JSON syntax error at line 8, column 5/);
  });

  it('schema violations: the JSON path of each', () => {
    const problems = refused(read(path.join(TESTDATA, 'broken-schema.yaml')));
    const messages = problems.map((problem) => problem.message);
    expect(messages).toContain(
      '$.paths["/things"].get has no "responses" field, which OpenAPI requires here',
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ kind: 'validation', pointer: '/paths/~1others/post/parameters/0/in' }),
    );
  });

  it('not an API description, an unsupported version, an empty text', () => {
    expect(refused('just: yaml')[0]).toMatchObject({ kind: 'unsupported', path: '$' });
    expect(refused('[1, 2]')[0]).toMatchObject({ kind: 'unsupported', path: '$' });
    expect(refused('openapi: 4.0.0\ninfo: {title: x, version: "1"}\npaths: {}')[0]).toMatchObject({
      kind: 'unsupported',
      path: '$.openapi',
    });
    expect(refused('swagger: "1.2"')[0]).toMatchObject({ kind: 'unsupported', path: '$.swagger' });
    expect(refused('   \n')[0]).toMatchObject({ kind: 'empty' });
  });
});

describe('ids', () => {
  it('come from title and version: the same API imported again (YAML or JSON) replaces itself', () => {
    const text = read(path.join(TESTDATA, 'openapi31-resourcelocations.json'));
    const json = imported(text);
    expect(json.id).toMatch(/^resource-locations-openapi-3-1-sample-[0-9a-f]{8}$/);
    expect(imported(`${text}\n`).id).toBe(json.id);
    expect(imported(text.replace('"version": "v1"', '"version": "v2"')).id).not.toBe(json.id);
  });
});
