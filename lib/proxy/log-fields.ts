/**
 * A value from outside (an upstream transaction id, an error code) as a log field: only short,
 * plain identifiers pass, so a hostile header can neither forge log structure nor smuggle text.
 */
export function safeLogToken(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z0-9._:-]{1,128}$/.test(value) ? value : undefined;
}
