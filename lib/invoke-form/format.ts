/** `512 B`, `1.2 KB`, `3.4 MB` (binary multiples, as developer tools show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** `38 ms`, `1.25 s`. */
export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** A file name for a downloaded body: `GetRecords-200.json`. */
export function downloadName(operationId: string, status: number, contentType: string): string {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const extension = /json/.test(type)
    ? 'json'
    : /xml/.test(type)
      ? 'xml'
      : type === 'text/csv'
        ? 'csv'
        : type.startsWith('text/')
          ? 'txt'
          : type === 'application/pdf'
            ? 'pdf'
            : type === 'application/zip'
              ? 'zip'
              : 'bin';
  return `${operationId.replace(/[^A-Za-z0-9._-]+/g, '_')}-${status}.${extension}`;
}
