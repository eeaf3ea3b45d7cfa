import { describe, expect, it } from 'vitest';

import { ONBOARD_TEAM } from './builtins';
import { MAX_RUNBOOK_BYTES, parseRunbook, runbookToYaml, validateRunbook } from './validate';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('validating a runbook', () => {
  it('reads its own YAML back (round trip) and accepts JSON', () => {
    const yamlText = runbookToYaml(ONBOARD_TEAM);
    const back = parseRunbook(yamlText);
    expect(back.ok).toBe(true);
    expect(back.ok && back.document).toEqual(ONBOARD_TEAM);
    expect(parseRunbook(JSON.stringify(ONBOARD_TEAM)).ok).toBe(true);
  });

  it('names where a document breaks the schema', () => {
    const bad = clone(ONBOARD_TEAM) as unknown as {
      workflows: { steps: Record<string, unknown>[] }[];
      arazzo: string;
    };
    bad.arazzo = '2.0.0';
    bad.workflows[0]!.steps[2]!.stepId = 'has spaces';
    bad.workflows[0]!.steps[1]!.surprise = true;
    const result = validateRunbook(bad);
    expect(result.ok).toBe(false);
    const where = !result.ok ? result.problems.map((problem) => problem.where) : [];
    expect(where).toEqual(
      expect.arrayContaining(['arazzo', 'workflows[0].steps[2].stepId', 'workflows[0].steps[1].surprise']),
    );
  });

  it('refuses operations outside the catalog, naming the step', () => {
    const bad = clone(ONBOARD_TEAM);
    bad.workflows[0]!.steps[2]!.operationId = 'MachineCatalogs_DeleteEverything';
    bad.workflows[0]!.steps[3]!.operationId = 'machinecatalogs_addmachinecatalogmachine';
    const result = validateRunbook(bad);
    expect(!result.ok && result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          where: 'workflows[0].steps[2].operationId',
          message: expect.stringMatching(/not an operation of the built-in catalog/),
        }),
        expect.objectContaining({
          where: 'workflows[0].steps[3].operationId',
          message: expect.stringMatching(/did you mean MachineCatalogs_AddMachineCatalogMachine/),
        }),
      ]),
    );
    const outside = clone(ONBOARD_TEAM);
    outside.sourceDescriptions = [
      { name: 'evil', url: 'https://evil.example/openapi.json', type: 'openapi' },
    ];
    const refused = validateRunbook(outside);
    expect(!refused.ok && refused.problems[0]).toMatchObject({ where: 'sourceDescriptions[0]' });
  });

  it('finds cycles, forward references, unknown steps, outputs and inputs', () => {
    const bad = clone(ONBOARD_TEAM);
    const steps = bad.workflows[0]!.steps;
    // zones reads createCatalog, which reads zones: a cycle.
    steps[1]!.parameters = [
      ...(steps[1]!.parameters ?? []),
      { name: 'x', in: 'query', value: '$steps.createCatalog.outputs.catalogId' },
    ];
    steps[7]!.parameters = [{ name: 'y', in: 'query', value: '$steps.ghost.outputs.z' }];
    steps[6]!.parameters = [
      ...(steps[6]!.parameters ?? []),
      { name: 'z', in: 'query', value: '$steps.me.outputs.nothing' },
      { name: 'w', in: 'query', value: '$inputs.undeclared' },
    ];
    const result = validateRunbook(bad);
    expect(result.ok).toBe(false);
    const messages = !result.ok
      ? result.problems.map((problem) => `${problem.where}: ${problem.message}`)
      : [];
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^workflows\[0\]\.steps: the steps' bindings form a cycle: zones → createCatalog → zones$/,
        ),
        expect.stringMatching(/^workflows\[0\]\.steps\[1\]\.parameters\[1\]\.value: .*runs later/),
        expect.stringMatching(
          /^workflows\[0\]\.steps\[7\]\.parameters\[0\]\.value: .*step that does not exist/,
        ),
        expect.stringMatching(/has no output "nothing"/),
        expect.stringMatching(/names an input the workflow does not declare/),
      ]),
    );
  });

  it('refuses a huge document, an alias bomb and broken YAML, saying where', () => {
    const huge = parseRunbook(
      `arazzo: 1.0.1\ninfo:\n  title: x\n  version: '1'\n# ${'x'.repeat(MAX_RUNBOOK_BYTES)}`,
    );
    expect(!huge.ok && huge.problems[0]!.message).toMatch(/at most 256 KB/);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let level = 0; level < 8; level++)
      bomb.push(
        `${String.fromCharCode(98 + level)}: &${String.fromCharCode(98 + level)} [*${String.fromCharCode(97 + level)}, *${String.fromCharCode(97 + level)}, *${String.fromCharCode(97 + level)}, *${String.fromCharCode(97 + level)}, *${String.fromCharCode(97 + level)}, *${String.fromCharCode(97 + level)}]`,
      );
    const bombed = parseRunbook(bomb.join('\n'));
    expect(!bombed.ok && bombed.problems[0]!.message).toMatch(/more than 20000 values/);
    const broken = parseRunbook('arazzo: 1.0.1\ninfo: [unclosed');
    expect(!broken.ok && broken.problems[0]!.where).toMatch(/^line \d+, column \d+$/);
    expect(parseRunbook('   ').ok).toBe(false);
  });

  it('needs every path parameter of the operation', () => {
    const bad = clone(ONBOARD_TEAM);
    bad.workflows[0]!.steps[3]!.parameters = bad.workflows[0]!.steps[3]!.parameters!.filter(
      (p) => p.in !== 'path',
    );
    const result = validateRunbook(bad);
    expect(!result.ok && result.problems[0]).toMatchObject({
      where: 'workflows[0].steps[3].parameters',
      message: expect.stringMatching(/needs the path parameter "nameOrId"/),
    });
  });

  it('resolves an operationPath against the catalog', () => {
    const doc = clone(ONBOARD_TEAM);
    delete doc.workflows[0]!.steps[1]!.operationId;
    doc.workflows[0]!.steps[1]!.operationPath = '{$sourceDescriptions.daas.url}#/paths/~1Zones/get';
    const result = validateRunbook(doc);
    expect(result.ok && result.operations.onboardTeam!.zones!.operationId).toBe('Zones_GetZones');
    doc.workflows[0]!.steps[1]!.operationPath = '{$sourceDescriptions.daas.url}#/paths/~1Zones/delete';
    expect(validateRunbook(doc).ok).toBe(false);
  });
});
