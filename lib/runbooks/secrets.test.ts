import { describe, expect, it } from 'vitest';

import { INVITE_ADMIN, ONBOARD_TEAM } from './builtins';
import { secretProblems } from './secrets';
import { readSaved, upsertSaved } from './store';

describe('runbooks keep no secret', () => {
  it('finds nothing in the built-ins', () => {
    expect(secretProblems(ONBOARD_TEAM)).toEqual([]);
    expect(secretProblems(INVITE_ADMIN)).toEqual([]);
  });

  it('names where a token, a secret header or a secret body field is', () => {
    const doc = JSON.parse(JSON.stringify(ONBOARD_TEAM)) as typeof ONBOARD_TEAM;
    doc.workflows[0]!.steps[0]!.parameters = [
      { name: 'Authorization', in: 'header', value: 'CwsAuth Bearer=eyJabc' },
    ];
    doc.workflows[0]!.steps[2]!.requestBody = { payload: { client_secret: 'hunter2', ok: '$inputs.team' } };
    const wheres = secretProblems(doc).map((problem) => problem.where);
    expect(wheres).toEqual(
      expect.arrayContaining([
        'workflows[0].steps[0].parameters[0]',
        'workflows[0].steps[0].parameters[0].value',
        'workflows[0].steps[2].requestBody.payload.client_secret',
      ]),
    );
  });

  it('reads only well-formed saved runbooks, newest first', () => {
    expect(readSaved('not json')).toEqual([]);
    const a = { id: 'local-a', title: 'A', text: 'x', updatedAt: 1 };
    const b = { id: 'local-b', title: 'B', text: 'y', updatedAt: 2 };
    expect(readSaved(JSON.stringify([a, { id: 'evil' }]))).toEqual([a]);
    expect(upsertSaved([a, b], { ...b, title: 'B2' }).map((item) => item.title)).toEqual(['B2', 'A']);
  });
});
