import { describe, expect, it } from 'vitest';

import { pathProblem } from './path-rules';

describe('DaaS DOMAIN\\machine names in a path', () => {
  it('accepts a once-encoded DOMAIN\\account segment', () => {
    expect(pathProblem('/Machines/CONTOSO%5CW11-POOL-001')).toBeUndefined();
    expect(pathProblem('/Machines/corp.contoso%5cFIN-LT-042/$start')).toBeUndefined();
  });

  it('still refuses every other backslash', () => {
    for (const path of [
      '/Machines/CONTOSO\\W11',
      '/Machines/%5CW11',
      '/Machines/CONTOSO%5C',
      '/Machines/CONTOSO%5C..',
      '/Machines/CONTOSO%5C.hidden',
      '/Machines/a%5C%5Cb',
      '/Machines/CONTOSO%255CW11',
      '/%5cevil.example',
      '/Machines/CONTOSO%5Cevil%2Fx',
    ]) {
      expect(pathProblem(path), path).toBeDefined();
    }
  });
});
