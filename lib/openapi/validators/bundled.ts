import type { ValidateFunction } from 'ajv';

import type { SpecVersion } from '../validate';
import validateOpenApi30 from './openapi-3.0.generated';
import validateOpenApi31 from './openapi-3.1.generated';
import validateSwagger20 from './swagger-2.0.generated';

/**
 * All three validators at hand, for synchronous callers: the server's sandbox and the tests. The
 * import worker loads only the one a document needs (load.ts).
 */
const VALIDATORS: Record<SpecVersion, ValidateFunction> = {
  '2.0': validateSwagger20,
  '3.0': validateOpenApi30,
  '3.1': validateOpenApi31,
};

export const bundledValidator = (version: SpecVersion): ValidateFunction => VALIDATORS[version];
