/** Quoting for each snippet language. Each returns a complete literal, quotes included. */

/** POSIX shell: single quotes, with an embedded `'` written as `'\''`. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * PowerShell single-quoted string: nothing is expanded; a quote is doubled. PowerShell also treats
 * the typographic single quotes (U+2018–U+201B) as quote characters, so those are doubled too.
 */
export function psSingleQuote(value: string): string {
  return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, (quote) => quote + quote)}'`;
}

/**
 * Escapes text for the inside of a PowerShell double-quoted string or here-string: the backtick,
 * `$` and the double quotes (typographic ones included) are escaped with a backtick.
 */
export function psDoubleQuotedContent(value: string): string {
  return value.replace(/[`$"\u201c\u201d\u201e]/g, (char) => '`' + char);
}

/** Python and JavaScript: a JSON string literal is a valid string literal in both. */
export function jsonString(value: string): string {
  return JSON.stringify(value);
}
