import { InlineCode } from './inline-code';
import { childProperties, schemaConstraints, schemaTypeLabel } from './schema-label';

type Schema = Record<string, unknown>;

const MAX_DEPTH = 8;

interface SchemaTreeProps {
  schema: unknown;
}

/**
 * A schema as nested <details>: one row per property with type, required flag, constraints, enum
 * and description. Dereferenced schemas can be circular; a property that repeats an ancestor is
 * shown as "(recursive)" instead of being expanded forever.
 */
export function SchemaTree({ schema }: SchemaTreeProps) {
  const children = childProperties(schema);
  if (!children) {
    return <p className="font-mono text-xs text-slate-600 dark:text-slate-400">{schemaTypeLabel(schema)}</p>;
  }
  return (
    <div className="rounded-md border border-slate-200 dark:border-slate-800">
      <p className="border-b border-slate-200 bg-slate-50 px-3 py-1.5 font-mono text-xs text-slate-600 dark:border-slate-800 dark:bg-slate-900/60 dark:text-slate-400">
        {schemaTypeLabel(schema)}
      </p>
      <PropertyList
        properties={children.properties}
        required={children.required}
        ancestors={[schema as object]}
        depth={0}
      />
    </div>
  );
}

interface PropertyListProps {
  properties: Record<string, unknown>;
  required: string[];
  ancestors: object[];
  depth: number;
}

function PropertyList({ properties, required, ancestors, depth }: PropertyListProps) {
  return (
    <ul className="divide-y divide-slate-100 dark:divide-slate-800/70">
      {Object.entries(properties).map(([name, property]) => (
        <PropertyRow
          key={name}
          name={name}
          schema={property}
          required={required.includes(name)}
          ancestors={ancestors}
          depth={depth}
        />
      ))}
    </ul>
  );
}

interface PropertyRowProps {
  name: string;
  schema: unknown;
  required: boolean;
  ancestors: object[];
  depth: number;
}

function PropertyRow({ name, schema, required, ancestors, depth }: PropertyRowProps) {
  const s = (typeof schema === 'object' && schema !== null ? schema : {}) as Schema;
  const recursive = ancestors.includes(s);
  const children = recursive || depth >= MAX_DEPTH ? undefined : childProperties(s);
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
          {s.enum.map((value) => (
            <code
              key={String(value)}
              className="mr-1 inline-block max-w-full break-all rounded bg-slate-100 px-1 font-mono dark:bg-slate-800"
            >
              {JSON.stringify(value)}
            </code>
          ))}
        </p>
      ) : null}
    </>
  );
  if (!children) {
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
        <PropertyList
          properties={children.properties}
          required={children.required}
          ancestors={[...ancestors, s]}
          depth={depth + 1}
        />
      </details>
    </li>
  );
}
