import { describe, expect, it } from 'vitest';

import { parseHistory } from '@/lib/history/store';

import { buildSupportBundle, bundleSummary } from './bundle';
import { harSchema } from './har-schema';
import { failingEntry, fullPath, goodEntry } from './test-support';

/**
 * The canary sweep: secrets, tokens and cookies planted everywhere a history entry can hold a
 * value (as a stored entry could, whatever wrote it), then not one of them may appear anywhere in
 * the bundle's HAR or summary.
 */
const SECRET = 'SECRET_CANARY_7f3a9c1e+b/42==';
const JWT = 'eyJhbGciOiJSUzI1NiIsImtpZCI6ImNhbmFyeSJ9.eyJzdWIiOiJjYW5hcnktdXNlciJ9.Q0FOQVJZLXNpZ25hdHVyZQ';
const COOKIE = 'cxapi_session=COOKIE_CANARY_5d1e';
const PASSWORD = 'PASSWORD_CANARY_91';
const TOKEN_PARAM = 'TOKEN_CANARY_12';
const CANARIES = [SECRET, encodeURIComponent(SECRET), JWT, 'COOKIE_CANARY_5d1e', PASSWORD, TOKEN_PARAM];

const planted = [
  goodEntry({
    method: 'POST',
    path: `/records?client_secret=${encodeURIComponent(SECRET)}&token=${TOKEN_PARAM}&note=${JWT}`,
    transactionId: JWT,
    inputs: {
      params: {
        'header:Authorization': `CwsAuth Bearer=${JWT}`,
        'header:Cookie': COOKIE,
        'header:X-AdminCredential': PASSWORD,
        'query:client_secret': SECRET,
        'query:password': PASSWORD,
      },
      body: JSON.stringify({
        client_secret: SECRET,
        Admin: { Password: PASSWORD },
        Note: `CwsAuth Bearer=${JWT}`,
      }),
      omitted: [],
    },
    answer: {
      url: `https://api-us.cloud.com/systemlog/${JWT}/records`,
      statusText: `OK ${JWT}`,
      headers: [
        ['Set-Cookie', COOKIE],
        ['Authorization', `CwsAuth Bearer=${JWT}`],
        ['Location', `https://api-us.cloud.com/cvad/manage/Jobs/x?token=${TOKEN_PARAM}&id=${JWT}`],
      ],
      contentType: 'application/json',
      body: JSON.stringify({ access_token: JWT, clientSecret: SECRET, Message: `token ${JWT}` }),
      error: { code: JWT, message: `Bearer ${JWT} for ${COOKIE.slice(0, 0)}x`, by: 'citrix' },
    },
  }),
  failingEntry({
    method: 'POST',
    serviceId: 'token',
    path: '/cctrustoauth2/root/tokens/clients',
    inputs: {
      params: { 'header:Content-Type': 'application/x-www-form-urlencoded' },
      body: `grant_type=client_credentials&client_id=c&client_secret=${encodeURIComponent(SECRET)}&password=${PASSWORD}`,
      omitted: [],
    },
  }),
  failingEntry({
    id: 'text',
    inputs: { params: {}, body: `secret=${SECRET} password: ${PASSWORD} ${JWT}`, omitted: [] },
    answer: {
      headers: [['Content-Type', 'text/plain']],
      contentType: 'text/plain',
      body: `client_secret=${SECRET} and ${JWT}`,
    },
  }),
];

describe('the canary sweep of a support bundle', () => {
  it('finds no secret, token or cookie anywhere in the HAR or the summary', async () => {
    // Through the stored form, as the History page reads it.
    const entries = parseHistory(JSON.stringify(planted));
    expect(entries).toHaveLength(3);
    const bundle = await buildSupportBundle(entries, {
      fullPath,
      appOrigin: 'http://127.0.0.1:3000',
      creatorVersion: '0.1.0',
      now: Date.UTC(2026, 11, 4, 18, 0, 0),
    });
    const summary = bundleSummary(bundle, { fetchedAt: 0, ids: [JWT, 'rec-1'], more: false });
    expect(harSchema.safeParse(JSON.parse(bundle.harText)).success).toBe(true);
    for (const [name, text] of [
      ['HAR', bundle.harText],
      ['summary', summary],
    ] as const) {
      for (const canary of CANARIES) expect(text, `${name} holds ${canary}`).not.toContain(canary);
      expect(text, `${name} holds something JWT-shaped`).not.toMatch(/eyJ[\w-]*\.[\w-]*\./);
    }
    // The HAR has no link in it at all: not even the start of a JWT.
    expect(bundle.harText).not.toContain('eyJ');
    // What is not secret is still there for support to read.
    expect(bundle.harText).toContain('tx-bad-2');
    expect(summary).toContain('rec-1');
    expect(bundle.harText).toContain('grant_type=client_credentials');
    expect(summary).toContain('tx-bad-2');
  });
});
