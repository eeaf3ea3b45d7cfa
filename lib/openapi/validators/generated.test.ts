import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { VALIDATORS_DIR, validatorSources } from '@/scripts/openapi-validators.mjs';

describe('the generated OpenAPI validators', () => {
  // Regenerated from the installed Ajv and schemas: a dependency update that changes them fails
  // here until `npm run generate:validators` writes them again.
  it.each(validatorSources())('$file matches what Ajv generates from the official schema', (generated) => {
    const file = path.join(VALIDATORS_DIR, `${generated.file}.generated.js`);
    expect(existsSync(file), `${file} is missing: run npm run generate:validators`).toBe(true);
    expect(
      readFileSync(file, 'utf8') === generated.source,
      `${file} is stale: run npm run generate:validators`,
    ).toBe(true);
    expect(readFileSync(path.join(VALIDATORS_DIR, `${generated.file}.generated.d.ts`), 'utf8')).toBe(
      generated.declaration,
    );
  });
});
