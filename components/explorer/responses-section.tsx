import { InlineCode } from './inline-code';
import { MarkdownText } from './markdown';
import { MediaContent } from './media-content';
import { statusTone } from './status-tone';

type Obj = Record<string, unknown>;

/** Each documented response: status, description, headers, and its content's schema and examples. */
export function ResponsesSection({ responses }: { responses: unknown }) {
  if (typeof responses !== 'object' || responses === null) return null;
  return (
    <div className="space-y-3">
      {Object.entries(responses as Obj).map(([status, response], position) => {
        const r = (typeof response === 'object' && response !== null ? response : {}) as Obj;
        const headers =
          typeof r.headers === 'object' && r.headers !== null ? Object.entries(r.headers as Obj) : [];
        const description = typeof r.description === 'string' ? r.description : '';
        // The first line is the summary; the rest (if any) is shown in full, as Markdown, when opened.
        const [firstLine = '', ...rest] = description.split('\n');
        return (
          <details
            key={status}
            open={position === 0}
            className="group rounded-lg border border-slate-200 dark:border-slate-800"
          >
            <summary className="flex cursor-pointer list-none items-center gap-3 px-4 py-3">
              <span
                aria-hidden
                className="text-[10px] text-slate-400 transition-transform group-open:rotate-90"
              >
                ▶
              </span>
              <span className={`rounded px-2 py-0.5 font-mono text-xs font-bold ${statusTone(status)}`}>
                {status}
              </span>
              <span className="min-w-0 flex-1 truncate text-sm text-slate-700 dark:text-slate-300">
                <InlineCode text={firstLine} />
              </span>
            </summary>
            <div className="space-y-4 border-t border-slate-200 px-4 py-4 dark:border-slate-800">
              {firstLine.length > 120 || rest.join('').trim() ? <MarkdownText text={description} /> : null}
              {headers.length > 0 ? (
                <div>
                  <p className="mb-1 text-sm font-medium text-slate-700 dark:text-slate-300">Headers</p>
                  <ul className="space-y-1 text-sm">
                    {headers.map(([name, header]) => (
                      <li key={name}>
                        <code className="font-mono text-[13px] font-semibold">{name}</code>
                        <span className="text-slate-600 dark:text-slate-400">
                          {' '}
                          — {String((header as Obj)?.description ?? '')}
                        </span>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {r.content ? (
                <MediaContent content={r.content} />
              ) : (
                <p className="text-sm text-slate-500">No body.</p>
              )}
            </div>
          </details>
        );
      })}
    </div>
  );
}
