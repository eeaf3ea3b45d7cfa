import { describe, expect, it } from 'vitest';

import { callsFromHistory, isFailingEntry } from './calls';
import { failingEntry, fullPath, goodEntry } from './test-support';

const options = { fullPath, appOrigin: 'http://127.0.0.1:3000' };

describe('the calls of a support bundle', () => {
  it('are the chosen entries, oldest first, with the URL, headers and ids they kept', () => {
    const [first, second] = callsFromHistory([failingEntry(), goodEntry()], options);
    expect(first).toMatchObject({
      id: 'good',
      url: 'https://api-us.cloud.com/systemlog/records?Limit=3',
      requestHeaders: [['Citrix-CustomerId', 'cust01']],
      transactionId: 'tx-good-1',
    });
    expect(second).toMatchObject({ id: 'bad', status: 400, error: { code: 'MissingInstanceId' } });
  });

  it('give a status without a reason phrase its standard one', () => {
    const entry = failingEntry();
    delete entry.answer!.statusText;
    expect(callsFromHistory([entry], options)[0]!.statusText).toBe('Bad Request');
  });

  it("rebuild the URL of an entry that kept no answer from its region's gateway, or this app's sandbox", () => {
    const bare = goodEntry();
    delete bare.answer;
    expect(callsFromHistory([bare], options)[0]!.url).toBe(
      'https://api-us.cloud.com/systemlog/records?Limit=3',
    );
    expect(callsFromHistory([{ ...bare, region: 'sandbox' }], options)[0]!.url).toBe(
      'http://127.0.0.1:3000/sandbox/systemlog/records?Limit=3',
    );
  });

  it("say the explorer's refusal was the explorer's, not Citrix's", () => {
    const bare = failingEntry({ status: 401, errorCode: 'NOT_AUTHENTICATED' });
    delete bare.answer;
    expect(callsFromHistory([bare], options)[0]).toMatchObject({
      explorerCode: 'NOT_AUTHENTICATED',
      error: { code: 'NOT_AUTHENTICATED', by: 'explorer' },
    });
  });

  it('guess the content type of a kept request body', () => {
    const json = callsFromHistory(
      [goodEntry({ method: 'POST', inputs: { params: {}, body: '{"a":1}', omitted: [] } })],
      options,
    );
    expect(json[0]!.requestContentType).toBe('application/json');
    const form = callsFromHistory(
      [goodEntry({ method: 'POST', inputs: { params: {}, body: 'grant_type=x&client_id=y', omitted: [] } })],
      options,
    );
    expect(form[0]!.requestContentType).toBe('application/x-www-form-urlencoded');
  });

  it('count as failing: 4xx and 5xx, refusals and calls without an answer', () => {
    expect(isFailingEntry({ status: 200 })).toBe(false);
    expect(isFailingEntry({ status: 202 })).toBe(false);
    expect(isFailingEntry({ status: 404 })).toBe(true);
    expect(isFailingEntry({ status: 503 })).toBe(true);
    expect(isFailingEntry({ status: 403, errorCode: 'READ_ONLY_DEPLOYMENT' })).toBe(true);
    expect(isFailingEntry({ errorCode: 'NETWORK' })).toBe(true);
  });
});
