import type { ValidateFunction } from 'ajv';

import type { SpecVersion } from '../validate';

/**
 * One validator, loaded when a document of its version is first imported. Each is some 200 KB of
 * generated code: compiling all three on the worker's start took the one core the page also boots
 * on, before any document had been picked.
 */
const LOADERS: Record<SpecVersion, () => Promise<{ default: ValidateFunction }>> = {
  '2.0': () => import('./swagger-2.0.generated'),
  '3.0': () => import('./openapi-3.0.generated'),
  '3.1': () => import('./openapi-3.1.generated'),
};

export async function loadValidator(version: SpecVersion): Promise<ValidateFunction> {
  return (await LOADERS[version]()).default;
}
