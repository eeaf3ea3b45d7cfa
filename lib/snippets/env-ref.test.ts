import { describe, expect, it } from 'vitest';

import { SNIPPET_LANGUAGES } from './index';
import { isEnvRef, printValue } from './print-value';
import { envRefFor } from './secrets';
import { EnvRef, type SnippetRequest } from './types';

describe('environment references', () => {
  it('only the app makes them, and only with an identifier for a name', () => {
    expect(isEnvRef(envRefFor('client_secret'))).toBe(true);
    expect(isEnvRef({ env: 'CITRIX_TOKEN' })).toBe(false);
    expect(() => new EnvRef("A||require('fs')")).toThrow(/Not an environment variable name/);
    expect(() => new EnvRef('1A')).toThrow();
    expect(envRefFor("x'); os.system('id').env").env).toMatch(/^[A-Z_][A-Z0-9_]*$/);
  });

  it('a body object shaped like one is printed as data', () => {
    expect(printValue({ name: { env: 'A||x' } } as never).join('')).toBe(
      '{\n  "name": {\n    "env": "A||x"\n  }\n}',
    );
  });

  it('no snippet splices an env look-alike from the body as code', () => {
    const request: SnippetRequest = {
      method: 'POST',
      url: 'https://api-us.cloud.com/x',
      query: [],
      headers: [],
      authorization: true,
      body: { contentType: 'application/json', text: '{"client_secret":"s","name":{"env":"A||pwned()"}}' },
    };
    for (const language of SNIPPET_LANGUAGES) {
      const code = language.generate(request);
      expect(code, language.label).not.toMatch(/process\.env\.A|\$env:A|"\$A|os\.environ\["A/);
      expect(code, language.label).toContain('A||pwned()');
    }
  });
});
