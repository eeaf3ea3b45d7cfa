/**
 * The import pipeline, pure and synchronous, in two halves so that the worker can show the
 * operation list before the slower half runs:
 *
 * 1. `checkAndIndex` (check.ts): parse (JSON.parse / js-yaml) → validate (Ajv, official schemas)
 *    → index the operations (the paths part is the same in Swagger 2.0 and OpenAPI 3.x). The
 *    import worker runs its two steps itself, to load only the validator the document needs.
 * 2. `normalise` (normalise-document.ts): upgrade to OpenAPI 3.1 (Scalar's upgrader: 2.0 → 3.0
 *    → 3.1), make the Citrix shapes callable (citrix-normalise.ts: the DaaS tech-preview paths,
 *    `#/definitions` refs, enums declared as objects, host variables, non-CwsAuth schemes), map the
 *    servers onto the region table, and dereference once (Scalar) to report `$ref`s that do not
 *    resolve.
 */

import { checkParsed, parseForCheck, type CheckOutcome } from './check';
import { bundledValidator } from './validators/bundled';

export { contentHash, documentId } from './check';
export type { CheckedDocument, CheckOutcome } from './check';
export { normalise } from './normalise-document';
export type { NormalisedDocument } from './normalise-document';

/** The first half with every validator bundled: for the server's sandbox and the tests. */
export function checkAndIndex(text: string): CheckOutcome {
  const parsed = parseForCheck(text);
  return parsed.ok ? checkParsed(parsed, bundledValidator(parsed.version)) : parsed;
}
