import type { ReactNode } from 'react';

/**
 * A titled section of an operation page, linkable by its id. Deliberately not a named region:
 * "Request body" must label only the editor's textarea, so getByLabel finds one element.
 */
export function DocSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} className="scroll-mt-20 space-y-4">
      <h2 id={`${id}-title`} className="text-xl font-semibold text-slate-900 dark:text-white">
        <a href={`#${id}`} className="hover:underline">
          {title}
        </a>
      </h2>
      {children}
    </section>
  );
}
