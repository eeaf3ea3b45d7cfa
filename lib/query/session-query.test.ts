import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Fresh modules per test: the early answer is module state, as in a page. */
async function freshModule() {
  vi.resetModules();
  const [early, query] = await Promise.all([import('./early-session'), import('./session-query')]);
  return { ...early, ...query };
}

const answers = [{ authenticated: false }, { authenticated: true, customerId: 'c1' }];

describe('the session query and the early answer', () => {
  let now = 0;
  const fetchMock = vi.fn();
  beforeEach(() => {
    now = 1_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    let call = 0;
    fetchMock.mockReset();
    fetchMock.mockImplementation(async () => new Response(JSON.stringify(answers[call++]), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  const run = (sessionModule: Awaited<ReturnType<typeof freshModule>>) =>
    new QueryClient().fetchQuery({ ...sessionModule.sessionQuery(), staleTime: 0 });

  it('the first query takes the answer asked for early, the next one asks again', async () => {
    const sessionModule = await freshModule();
    sessionModule.askForSessionEarly();
    sessionModule.askForSessionEarly();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await expect(run(sessionModule)).resolves.toEqual(answers[0]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await expect(run(sessionModule)).resolves.toEqual(answers[1]);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('an early answer older than five seconds is dropped: the session may have changed since', async () => {
    const sessionModule = await freshModule();
    sessionModule.askForSessionEarly();
    now += 5_000;
    await expect(run(sessionModule)).resolves.toEqual(answers[1]);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('an early answer that failed fails the first query as a request of its own would', async () => {
    fetchMock.mockImplementationOnce(async () => {
      throw new TypeError('Failed to fetch');
    });
    const sessionModule = await freshModule();
    sessionModule.askForSessionEarly();
    await expect(run(sessionModule)).rejects.toMatchObject({ name: 'ApiCallError', code: 'NETWORK' });
    await expect(run(sessionModule)).resolves.toEqual(answers[0]);
  });

  it('without an early answer the query asks itself', async () => {
    const sessionModule = await freshModule();
    await expect(run(sessionModule)).resolves.toEqual(answers[0]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String(fetchMock.mock.calls[0]![0])).toBe('/api/auth/session');
  });
});
