import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { forgetServedDocuments, registerDocument } from '@/lib/sandbox/generic/documents';
import { resetSandboxData } from '@/lib/services/sandbox-state';

import { callJson, callSandbox, setupTestEnv } from './test-support';

/**
 * Built-in handlers and served documents side by side, as on a server where people have imported
 * documents: a document's literal path wins over a built-in template that would capture its last
 * segment; a document's catch-all root (`GET /`, as Citrix's Administrators document has) never
 * takes a built-in call.
 */

setupTestEnv();

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const doc = (title: string, server: string, paths: Record<string, unknown>) =>
  JSON.stringify({ openapi: '3.0.1', info: { title, version: '1' }, servers: [{ url: server }], paths });
const SITE = { 'citrix-instanceid': 'd07b0649-ff84-4e01-a764-8b14efe41ce2' };

beforeAll(async () => {
  for (const text of [
    doc('Root list', 'https://api.cloud.com/administrators', {
      '/': {
        get: {
          responses: { 200: { description: 'ok', ...json({ type: 'array', items: { type: 'string' } }) } },
        },
      },
    }),
    doc('Recording status', 'https://api.cloud.com/cvad/manage', {
      '/Sessions/RecordingStatus': {
        get: {
          responses: {
            200: {
              description: 'ok',
              ...json({ type: 'object', properties: { Recording: { type: 'boolean' } } }),
            },
          },
        },
      },
    }),
  ]) {
    const registered = await registerDocument(text);
    if (!registered.ok) throw new Error(registered.message);
  }
});
afterAll(() => forgetServedDocuments());
beforeEach(() => resetSandboxData());

describe('built-in handlers beside served documents', () => {
  it('a job started by a built-in call is read by the built-in handler, not a root catch-all', async () => {
    const started = await callSandbox('/cvad/manage/MachineCatalogs?async=true', { headers: SITE });
    expect(started.status).toBe(202);
    const job = await callJson<{ Status: string }>(
      new URL(started.headers.get('location')!).pathname.replace(/^\/sandbox/, ''),
      { headers: SITE },
    );
    expect(job.status).toBe(200);
    expect(job.body.Status).toMatch(/NotStarted|InProgress|Complete/);
  });

  it("a document's literal last segment wins over a built-in parameter", async () => {
    const recording = await callJson<{ Recording?: boolean }>('/cvad/manage/Sessions/RecordingStatus', {
      headers: SITE,
    });
    expect(recording.status).toBe(200);
    expect(typeof recording.body.Recording).toBe('boolean');
    // A real session id is still the built-in session.
    const sessions = (await callJson<{ Items: { Id: string }[] }>('/cvad/manage/Sessions', { headers: SITE }))
      .body;
    const one = await callJson<{ Id: string }>(`/cvad/manage/Sessions/${sessions.Items[0]!.Id}`, {
      headers: SITE,
    });
    expect(one.body.Id).toBe(sessions.Items[0]!.Id);
  });
});
