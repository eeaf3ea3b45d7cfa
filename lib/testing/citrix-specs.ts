import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the real Citrix OpenAPI documents are: `../shared/specs/citrix-daas-rest-go` beside the
 * clone (DESIGN §8: read by tests, never copied into the project), or `CITRIX_SPECS_DIR`. A fresh
 * clone from the web has neither, so the tests that read them skip with this module's message.
 */
export const CITRIX_SPECS_DIR =
  process.env.CITRIX_SPECS_DIR ?? path.resolve(process.cwd(), '../shared/specs/citrix-daas-rest-go');

export const CITRIX_SPECS_PRESENT = existsSync(CITRIX_SPECS_DIR);

/** The skip reason, naming the folder that was actually looked for. */
export const CITRIX_SPECS_ABSENT = `skipped: the Citrix documents are not at ${CITRIX_SPECS_DIR} (set CITRIX_SPECS_DIR or place ../shared beside the clone)`;

/** The path of one document, e.g. `citrixSpec('ccadmins')`. */
export function citrixSpec(dir: string): string {
  return path.join(CITRIX_SPECS_DIR, dir, 'openapi.yaml');
}
