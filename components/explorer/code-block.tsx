import { CopyButton } from '@/components/ui/copy-button';

interface CodeBlockProps {
  code: string;
  maxHeight?: string;
}

/** Preformatted code with a copy button; the text is rendered as text, never as HTML. */
export function CodeBlock({ code, maxHeight = 'max-h-96' }: CodeBlockProps) {
  return (
    <div className="group relative">
      <pre
        tabIndex={0}
        className={`${maxHeight} overflow-auto rounded-md border border-slate-800 bg-slate-950 p-4 font-mono text-[12.5px] leading-relaxed text-slate-100`}
      >
        <code>{code}</code>
      </pre>
      <div className="absolute right-2 top-2 opacity-80 group-hover:opacity-100">
        {/* No aria-label naming the example: it would make getByLabel('Limit') ambiguous with the form. */}
        <CopyButton value={code} label="Copy" />
      </div>
    </div>
  );
}
