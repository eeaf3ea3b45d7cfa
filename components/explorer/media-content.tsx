import { CodeBlock } from './code-block';
import { exampleText, mediaExamples } from './media-examples';
import { SchemaTree } from './schema-tree';

type Obj = Record<string, unknown>;

/** One `content` map of a request body or response: per media type, its schema and examples. */
export function MediaContent({ content }: { content: unknown }) {
  if (typeof content !== 'object' || content === null) return null;
  return (
    <div className="space-y-4">
      {Object.entries(content as Obj).map(([type, media]) => {
        const m = (typeof media === 'object' && media !== null ? media : {}) as Obj;
        const examples = mediaExamples(m);
        return (
          <div key={type} className="space-y-3">
            <p className="text-xs text-slate-500 dark:text-slate-400">
              Content type{' '}
              <code className="rounded bg-slate-100 px-1 font-mono text-slate-700 dark:bg-slate-800 dark:text-slate-300">
                {type}
              </code>
            </p>
            {m.schema ? (
              <details open className="group">
                <summary className="cursor-pointer text-sm font-medium text-slate-700 dark:text-slate-300">
                  Schema
                </summary>
                <div className="mt-2">
                  <SchemaTree schema={m.schema} />
                </div>
              </details>
            ) : null}
            {examples.map((example) => (
              <div key={example.title}>
                <p className="mb-1.5 text-sm font-medium text-slate-700 dark:text-slate-300">
                  {example.title}
                </p>
                <CodeBlock code={exampleText(example.value)} />
              </div>
            ))}
          </div>
        );
      })}
    </div>
  );
}
