/**
 * "1 operation", "2 operations", "0 calls": a count with its noun in the right number. `plural`
 * defaults to the noun with an "s".
 */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
