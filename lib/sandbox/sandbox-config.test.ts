import { describe, expect, it } from 'vitest';

import { PUBLIC_DEMO_CLIENT_SECRET } from '@/lib/config/env-schema';

import { publicDemoSecret } from './sandbox-config';

const demo = { customerId: 'sandboxdemo01', clientId: 'demo-client' };

describe('publicDemoSecret', () => {
  it('shows the documented public demo secret', () => {
    expect(publicDemoSecret({ ...demo, clientSecret: PUBLIC_DEMO_CLIENT_SECRET })).toBe(
      'Sbx3Demo+Secret/Key9w==',
    );
  });

  it("never shows a deployment's own demo secret", () => {
    expect(publicDemoSecret({ ...demo, clientSecret: 'a-private-secret-0123' })).toBeUndefined();
  });
});
