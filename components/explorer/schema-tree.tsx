import { layoutSchemaTree, type SchemaTreeNode } from '@/lib/openapi/schema-tree';

import { InlineCode } from './inline-code';
import { schemaConstraints, schemaTypeLabel } from './schema-label';

type Schema = Record<string, unknown>;

/** Enum values shown beside a property; a longer list says how many more there are. */
const ENUM_SHOWN = 50;

interface SchemaTreeProps {
  schema: unknown;
}

/**
 * A schema as nested <details>: one row per property with type, required flag, constraints, enum
 * and description. The rows are laid out first (lib/openapi/schema-tree.ts), breadth first within
 * a row budget and a depth limit: a property that repeats an ancestor is shown as "(recursive)",
 * and what a fanned-out or very large schema leaves over is counted in a note, never drawn.
 */
export function SchemaTree({ schema }: SchemaTreeProps) {
  const layout = layoutSchemaTree(schema);
  if (!layout.nodes) {
    return <p className="font-mono text-xs text-slate-600 dark:text-slate-400">{schemaTypeLabel(schema)}</p>;
  }
  return (
    <div className="rounded-md border border-slate-200 dark:border-slate-800">
      <p className="border-b border-slate-200 bg-slate-50 px-3 py-1.5 font-mono text-xs text-slate-600 dark:border-slate-800 dark:bg-slate-900/60 dark:text-slate-400">
        {schemaTypeLabel(schema)}
      </p>
      <PropertyList nodes={layout.nodes} omitted={layout.omitted} depth={0} />
    </div>
  );
}

interface PropertyListProps {
  nodes: readonly SchemaTreeNode[];
  omitted: number;
  depth: number;
}

function PropertyList({ nodes, omitted, depth }: PropertyListProps) {
  return (
    <ul className="divide-y divide-slate-100 dark:divide-slate-800/70">
      {nodes.map((node) => (
        <PropertyRow key={node.name} node={node} depth={depth} />
      ))}
      {omitted > 0 ? (
        <li
          data-omitted={omitted}
          className="px-3 py-2 text-xs italic text-slate-500 dark:text-slate-400"
          style={{ paddingLeft: `${0.75 + depth * 0.75}rem` }}
        >
          {omitted === 1 ? '1 more property' : `${omitted} more properties`} not shown: the schema is too
          large to draw in full.
        </li>
      ) : null}
    </ul>
  );
}

interface PropertyRowProps {
  node: SchemaTreeNode;
  depth: number;
}

function PropertyRow({ node, depth }: PropertyRowProps) {
  const { name, required, recursive } = node;
  const s = (typeof node.schema === 'object' && node.schema !== null ? node.schema : {}) as Schema;
  const hasChildren = node.children !== undefined || node.omitted > 0;
  const head = (
    <span className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
      <code className="font-mono text-[13px] font-semibold text-slate-900 dark:text-slate-100">{name}</code>
      <span className="font-mono text-xs text-slate-500 dark:text-slate-400">{schemaTypeLabel(s)}</span>
      {required ? (
        <span className="text-[11px] font-semibold uppercase tracking-wide text-red-700 dark:text-red-400">
          required
        </span>
      ) : null}
      {recursive ? <span className="text-xs italic text-slate-500">(recursive)</span> : null}
      {schemaConstraints(s).map((item) => (
        <span
          key={item}
          className="rounded bg-slate-100 px-1.5 font-mono text-[11px] text-slate-600 dark:bg-slate-800 dark:text-slate-300"
        >
          {item}
        </span>
      ))}
    </span>
  );
  const details = (
    <>
      {typeof s.description === 'string' ? (
        <p className="mt-1 text-[13px] text-slate-600 dark:text-slate-400">
          <InlineCode text={s.description} />
        </p>
      ) : null}
      {Array.isArray(s.enum) ? (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          One of:{' '}
          {s.enum.slice(0, ENUM_SHOWN).map((value, index) => (
            <code
              key={index}
              className="mr-1 inline-block max-w-full break-all rounded bg-slate-100 px-1 font-mono dark:bg-slate-800"
            >
              {JSON.stringify(value)}
            </code>
          ))}
          {s.enum.length > ENUM_SHOWN ? <>and {s.enum.length - ENUM_SHOWN} more</> : null}
        </p>
      ) : null}
    </>
  );
  if (!hasChildren) {
    return (
      <li className="px-3 py-2" style={{ paddingLeft: `${0.75 + depth * 0.75}rem` }}>
        {head}
        {details}
      </li>
    );
  }
  return (
    <li>
      <details className="group">
        <summary
          className="cursor-pointer list-none px-3 py-2 hover:bg-slate-50 dark:hover:bg-slate-900/60"
          style={{ paddingLeft: `${0.75 + depth * 0.75}rem` }}
        >
          <span className="flex gap-2">
            <span
              aria-hidden
              className="mt-0.5 text-[10px] text-slate-400 transition-transform group-open:rotate-90"
            >
              ▶
            </span>
            <span className="min-w-0 flex-1">
              {head}
              {details}
            </span>
          </span>
        </summary>
        <PropertyList nodes={node.children ?? []} omitted={node.omitted} depth={depth + 1} />
      </details>
    </li>
  );
}
