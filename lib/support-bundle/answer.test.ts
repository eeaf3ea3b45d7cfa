import { describe, expect, it } from 'vitest';

import { readAnswer } from '@/lib/history/answer';
import type { InvokeResult } from '@/lib/schemas/invoke';

import { answerOf, MAX_KEPT_ERROR_BODY, refusalAnswerOf } from './answer';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjYW5hcnkifQ.c2lnbmF0dXJlLWNhbmFyeQ';

function result(extra: Partial<InvokeResult>): InvokeResult {
  return {
    status: 200,
    statusText: 'OK',
    headers: [],
    contentType: 'application/json',
    bodyEncoding: 'text',
    body: '{}',
    sizeBytes: 2,
    truncated: false,
    durationMs: 10,
    url: 'https://api-us.cloud.com/cvad/manage/MachineCatalogs?limit=1',
    ...extra,
  };
}

describe('what the history keeps of an answer', () => {
  it('keeps a success’s ids and a few headers, never its body, its cookies or its query', () => {
    const answer = answerOf(
      result({
        status: 202,
        statusText: 'Accepted',
        headers: [
          ['Location', 'https://api-us.cloud.com/cvad/manage/Jobs/j-42'],
          ['Citrix-TransactionId', 'tx-1'],
          ['Set-Cookie', 'a=b'],
          ['X-Other', 'x'],
        ],
        body: `{"access_token":"${JWT}"}`,
      }),
    );
    expect(answer).toEqual({
      url: 'https://api-us.cloud.com/cvad/manage/MachineCatalogs',
      statusText: 'Accepted',
      headers: [
        ['Location', 'https://api-us.cloud.com/cvad/manage/Jobs/j-42'],
        ['Citrix-TransactionId', 'tx-1'],
      ],
      contentType: 'application/json',
      sizeBytes: 2,
      jobId: 'j-42',
    });
    expect(readAnswer(JSON.parse(JSON.stringify(answer)))).toEqual(answer);
  });

  it("keeps a failure's Citrix error and its body, cleaned and capped", () => {
    const body = JSON.stringify({
      ErrorMessage: `Bad token ${JWT}`,
      SdkErrorId: 'BadRequest',
      password: 'pw-canary',
      ErrorDetails: 'x'.repeat(MAX_KEPT_ERROR_BODY * 2),
    });
    const answer = answerOf(result({ status: 400, statusText: 'Bad Request', body }));
    expect(answer.error).toMatchObject({ code: 'BadRequest', by: 'citrix' });
    expect(answer.error!.message.length).toBeLessThanOrEqual(1100);
    expect(answer.body!.length).toBeLessThanOrEqual(MAX_KEPT_ERROR_BODY + 40);
    expect(JSON.stringify(answer)).not.toMatch(/eyJ|pw-canary/);
    expect(readAnswer(JSON.parse(JSON.stringify(answer)))).toEqual(answer);
  });

  it('keeps no binary body, and a token-shaped segment of the URL never', () => {
    const answer = answerOf(
      result({ status: 500, bodyEncoding: 'base64', body: 'AAEC', url: `https://h.example/x/${JWT}` }),
    );
    expect(answer.body).toBeUndefined();
    expect(answer.url).toBe('https://h.example/x/<redacted>');
  });

  it("keeps the explorer's own refusal as the explorer's", () => {
    expect(refusalAnswerOf('NOT_AUTHENTICATED', `Sign in first ${JWT}`)).toEqual({
      headers: [],
      error: { code: 'NOT_AUTHENTICATED', message: 'Sign in first <removed>', by: 'explorer' },
    });
  });
});
