import { describe, expect, it } from 'vitest';

import { publicUrlOf } from './public-url';

describe('publicUrlOf', () => {
  it('keeps the host the caller used when it names this machine, not the one Next.js reports', () => {
    const request = new Request('http://localhost:3999/sandbox/monitorodata/Machines?$top=5', {
      headers: { host: '127.0.0.2:8080' },
    });
    expect(publicUrlOf(request).href).toBe('http://127.0.0.2:8080/sandbox/monitorodata/Machines?$top=5');
  });

  it('never writes a forged Host into links', () => {
    const request = new Request('http://localhost:3999/sandbox/monitorodata/Machines?$top=5', {
      headers: { host: 'evil.example:8080' },
    });
    expect(publicUrlOf(request).host).not.toBe('evil.example:8080');
  });

  it('keeps the request URL when there is no Host (in-process calls)', () => {
    const request = new Request('http://127.0.0.1:3100/sandbox/administrators/');
    expect(publicUrlOf(request).href).toBe('http://127.0.0.1:3100/sandbox/administrators/');
  });
});
