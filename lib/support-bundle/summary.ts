import { isFailingCall, type BundleCall } from './calls';
import { redactText, redactUrl } from './redact';
import type { SystemLogRecords, TimeWindow } from './systemlog';

/** Ids listed in full; more are counted. */
export const MAX_LISTED_RECORD_IDS = 50;

export interface SummaryOptions {
  generatedAt: number;
  creatorVersion: string;
  systemLog?: {
    window: TimeWindow;
    /** `GET …/systemlog/records?StartDateTime=…&EndDateTime=…` on the calls' region. */
    recordsUrl: string;
    /** The explorer's SystemLog form, filled in with the window. */
    explorerLink?: string;
    fetched?: SystemLogRecords;
  };
}

/** A value as inline code; a backtick inside would end it early, so it becomes a quote. */
function code(value: string): string {
  return `\`${value.replace(/`/g, "'").replace(/[\r\n]+/g, ' ')}\``;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function statusLine(call: BundleCall): string {
  if (call.explorerCode)
    return `refused by the explorer (${call.explorerCode}${call.status ? `, ${call.status}` : ''}): Citrix was not reached`;
  if (call.status === undefined) return 'no answer';
  return `${call.status}${call.statusText ? ` ${call.statusText}` : ''}`;
}

function callSection(call: BundleCall, index: number): string[] {
  const lines = [
    `### ${index + 1}. ${isFailingCall(call) ? 'FAILED' : 'OK'} · ${call.method} ${statusLine(call)}`,
    '',
    `- URL: ${code(redactUrl(call.url))}`,
    `- Time (UTC): ${iso(call.startedAt)}${call.durationMs !== undefined ? ` · took ${Math.round(call.durationMs)} ms` : ''}`,
    `- Citrix-TransactionId: ${call.transactionId ? code(call.transactionId) : 'none (Citrix did not send one)'}`,
    `- Job id: ${call.jobId ? code(call.jobId) : 'none'}`,
  ];
  if (call.error) {
    const who = call.error.by === 'explorer' ? 'Explorer error' : 'Citrix error';
    lines.push(`- ${who}: ${call.error.code ? `${code(call.error.code)} ` : ''}${call.error.message}`);
  } else if (isFailingCall(call)) {
    lines.push('- Citrix error: the answer had no error body the explorer recognises');
  }
  lines.push(`- Operation: ${call.operation} · region ${call.region} · profile ${call.profileName}`);
  if (call.omitted.length > 0) lines.push(`- Not kept (secret inputs): ${call.omitted.join(', ')}`);
  return [...lines, ''];
}

function systemLogSection(systemLog: NonNullable<SummaryOptions['systemLog']>): string[] {
  const lines = [
    '## SystemLog records of that time window',
    '',
    `Window (UTC): ${systemLog.window.start} to ${systemLog.window.end} (5 minutes before the first call to 5 minutes after the last).`,
    '',
    `- API: ${code(`GET ${systemLog.recordsUrl}`)} with the customer's \`Citrix-CustomerId\` and a token`,
  ];
  if (systemLog.explorerLink) lines.push(`- In the explorer: ${systemLog.explorerLink}`);
  const fetched = systemLog.fetched;
  if (!fetched) {
    lines.push('- Records: not fetched with this bundle.');
  } else {
    const listed = fetched.ids.slice(0, MAX_LISTED_RECORD_IDS);
    const count = `${fetched.ids.length}${fetched.more ? '+' : ''}`;
    lines.push(
      `- Records fetched at ${iso(fetched.fetchedAt)}: ${count} record${fetched.ids.length === 1 ? '' : 's'}`,
    );
    for (const id of listed) lines.push(`  - ${code(id)}`);
    if (fetched.ids.length > listed.length)
      lines.push(`  - … and ${fetched.ids.length - listed.length} more`);
    if (fetched.more) lines.push('  - More records matched than were read; open the API link for the rest.');
  }
  return [...lines, ''];
}

/**
 * The readable half of a support bundle, in Markdown: for each call its method, URL, status,
 * time (UTC), Citrix-TransactionId, job id and Citrix's error; then the SystemLog window. The
 * whole text passes the token sweep a last time.
 */
export function buildSummary(calls: readonly BundleCall[], options: SummaryOptions): string {
  const failing = calls.filter(isFailingCall).length;
  const lines = [
    '# Citrix Cloud support bundle',
    '',
    `Generated ${iso(options.generatedAt)} by the Citrix Cloud API Explorer ${options.creatorVersion}: ${calls.length} call${calls.length === 1 ? '' : 's'}, ${failing} failing.`,
    'Tokens, secrets, Authorization values and cookies are removed from this summary and from the HAR file beside it.',
    '',
    '## Calls (oldest first)',
    '',
    ...calls.flatMap(callSection),
    ...(options.systemLog ? systemLogSection(options.systemLog) : []),
  ];
  return redactText(lines.join('\n'));
}
