/** A UUID in its canonical text form (any version; Citrix declares its ids as `format: uuid`). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const UUID_EXAMPLE = '3fa85f64-5717-4562-b3fc-2c963f66afa6';

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
