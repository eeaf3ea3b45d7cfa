/**
 * Short description text with `code` spans, without a Markdown parser: enough for one-line
 * schema and response descriptions, which are rendered by the hundred.
 */
export function InlineCode({ text }: { text: string }) {
  const parts = text.split(/`([^`]+)`/);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <code
            key={index}
            className="rounded bg-slate-100 px-1 font-mono text-[0.9em] text-slate-800 dark:bg-slate-800 dark:text-slate-200"
          >
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}
