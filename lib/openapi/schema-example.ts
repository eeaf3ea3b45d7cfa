/**
 * THE example sampler: a value for a JSON schema, for request bodies and parameters whose
 * description gives no example. The request form (dereferenced schemas, possibly circular) and
 * the Postman export (raw documents with local `$ref`s, through `resolve`) both use it, so the
 * form and the collection show the same example body.
 *
 * Schemas come from documents a user imported, so the walk is bounded three ways: a depth limit,
 * a cycle check, and a budget of visited nodes. A document whose schemas fan out k ways per level
 * (oneOf/allOf/properties) would otherwise take k^depth steps; with the budget spent, the example
 * is cut short where it stands and says so (`TRUNCATED_MARKER`). A memo keyed by the schema
 * object makes a schema referenced many times cost one walk; its reuse still counts the nodes it
 * adds to the example, so the example itself stays within the budget.
 */
type Schema = Record<string, unknown>;

/** Below this depth an example holds only what its schema requires (empty arrays, required properties). */
const MAX_DEPTH = 6;
/** Below this depth nothing more is built: a long chain of distinct schemas must not exhaust the stack. */
const HARD_DEPTH = 32;
/** Nodes one example may visit: far above any Citrix schema (all 561 DaaS examples together need about 1,200). */
export const SAMPLE_NODE_BUDGET = 5_000;
/** Written where an example was cut short. */
export const TRUNCATED_MARKER = '… (example cut short: the schema is too large to sample in full)';

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sets an own property, even for names such as `__proto__` (plain assignment would set the prototype). */
function setOwn(target: Schema, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function primaryType(schema: Schema): string | undefined {
  const type = schema.type;
  if (typeof type === 'string') return type;
  if (Array.isArray(type))
    return type.find((item): item is string => typeof item === 'string' && item !== 'null');
  if (isSchema(schema.properties)) return 'object';
  if (isSchema(schema.items)) return 'array';
  return undefined;
}

const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2025-01-01T00:00:00Z',
  date: '2025-01-01',
  uuid: '00000000-0000-0000-0000-000000000000',
  email: 'user@example.com',
  uri: 'https://example.com',
  hostname: 'example.com',
  ipv4: '192.0.2.1',
};

/** A sample string within the schema's length bounds (Quick Create's 20-character ARNs). */
function fitLength(schema: Schema, sample: string): string {
  const min = typeof schema.minLength === 'number' ? Math.min(schema.minLength, 1_000) : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  const long = sample.length < min ? sample + 'x'.repeat(min - sample.length) : sample;
  return long.length > max ? long.slice(0, Math.max(0, max)) : long;
}

/** Whether a scalar example fits its schema's type and enum (objects and arrays are built instead). */
function fitsOwnSchema(schema: Schema, example: unknown): boolean {
  if (example === null || typeof example === 'object') return false;
  if (Array.isArray(schema.enum) && !schema.enum.includes(example)) return false;
  switch (primaryType(schema)) {
    case 'string':
      return typeof example === 'string';
    case 'integer':
      return Number.isInteger(example);
    case 'number':
      return typeof example === 'number';
    case 'boolean':
      return typeof example === 'boolean';
    case undefined:
      return true;
    default:
      return false;
  }
}

/**
 * An enum's example: its first value that means something. Citrix's enums open with `Unknown`
 * (DaaS's AllocationType, DeliveryType…), which a service refuses in a request, so it is passed over.
 */
export function exampleOfEnum(values: readonly unknown[]): unknown {
  const meaningful = values.filter((value) => value !== null);
  return (
    meaningful.find((value) => !/^(unknown|none|unspecified)$/i.test(String(value))) ??
    meaningful[0] ??
    values[0]
  );
}

interface Memo {
  value: unknown;
  /** Nodes the value stands for: what reusing it adds to the example. */
  size: number;
}

/**
 * Work shared by every example of one job (one export, one form): the nodes visited so far, the
 * memo, and whether any example was cut short. `total` bounds the whole job, `perExample` each
 * example within it.
 */
export class SampleBudget {
  visited = 0;
  truncated = false;
  readonly memo = new WeakMap<object, Memo>();

  constructor(
    readonly total: number = SAMPLE_NODE_BUDGET,
    readonly perExample: number = SAMPLE_NODE_BUDGET,
  ) {}
}

export interface SampleOptions {
  /** Follows a `$ref` (raw documents); dereferenced schemas need none. */
  resolve?: (node: unknown) => unknown;
  budget?: SampleBudget;
  /**
   * `request` (default) leaves out read-only properties (a client does not send them); `response`
   * leaves out write-only ones instead (a service does not answer them): the sandbox's answers.
   */
  direction?: 'request' | 'response';
  /**
   * `all` (default) takes a schema's example wherever there is one, as a person reads the
   * document. `checked` takes only a scalar example that fits its own schema (type and enum), and
   * builds objects and arrays from their parts: Citrix's generated documents carry examples such
   * as `"{}"` for an enum, which an answer must not repeat.
   */
  examples?: 'all' | 'checked';
}

export interface Sample {
  value: unknown;
  /** Whether the budget ran out and the value holds `TRUNCATED_MARKER`. */
  truncated: boolean;
}

class Walk {
  private readonly path = new Set<object>();
  private readonly stop: number;
  truncated = false;

  constructor(
    private readonly resolve: (node: unknown) => unknown,
    private readonly budget: SampleBudget,
    private readonly leaveOut: 'readOnly' | 'writeOnly' = 'readOnly',
    private readonly examples: 'all' | 'checked' = 'all',
  ) {
    this.stop = Math.min(budget.total, budget.visited + budget.perExample);
  }

  /** Takes `cost` nodes from the budget; false (and the marker, once) when it is spent. */
  private spend(cost: number): boolean {
    if (this.budget.visited + cost > this.stop) {
      this.budget.visited = Math.max(this.budget.visited, this.stop);
      return false;
    }
    this.budget.visited += cost;
    return true;
  }

  private cutShort(): unknown {
    if (this.truncated) return undefined;
    this.truncated = true;
    return TRUNCATED_MARKER;
  }

  /**
   * oneOf's object choices, the one with the most properties first: Citrix's closed models
   * (`additionalProperties: false`) make a small choice's sample match a larger one too, which
   * oneOf refuses; the widest choice's sample matches only itself.
   */
  private widestFirst(choices: unknown[]): unknown[] {
    const width = (choice: unknown) => {
      const schema = this.resolve(choice);
      return isSchema(schema) && isSchema(schema.properties) ? Object.keys(schema.properties).length : -1;
    };
    if (!choices.every((choice) => width(choice) >= 0)) return choices;
    return [...choices].sort((a, b) => width(b) - width(a));
  }

  /** The value and its size; `cut` when a depth or cycle limit shaped it (then it is not memoised). */
  sample(raw: unknown, depth: number): { value: unknown; size: number; cut: boolean } {
    const schema = this.resolve(raw);
    if (!isSchema(schema)) return { value: undefined, size: 0, cut: false };
    if (depth > HARD_DEPTH || this.path.has(schema)) return { value: undefined, size: 0, cut: true };
    const memo = this.budget.memo.get(schema);
    if (memo) {
      if (this.spend(memo.size)) return { ...memo, cut: false };
      return { value: this.cutShort(), size: 1, cut: true };
    }
    if (!this.spend(1)) return { value: this.cutShort(), size: 1, cut: true };
    this.path.add(schema);
    try {
      const result = this.build(schema, depth);
      // Past MAX_DEPTH the value is the schema's minimum, not what a shallower use would show.
      if (depth > MAX_DEPTH) result.cut = true;
      if (!result.cut) this.budget.memo.set(schema, { value: result.value, size: result.size });
      return result;
    } finally {
      this.path.delete(schema);
    }
  }

  private build(schema: Schema, depth: number): { value: unknown; size: number; cut: boolean } {
    const leaf = (value: unknown) => ({ value, size: 1, cut: false });
    const example =
      schema.example !== undefined
        ? schema.example
        : Array.isArray(schema.examples) && schema.examples.length > 0
          ? schema.examples[0]
          : undefined;
    if (example !== undefined && (this.examples === 'all' || fitsOwnSchema(schema, example)))
      return leaf(example);
    if (schema.const !== undefined) return leaf(schema.const);
    if (schema.default !== undefined) return leaf(schema.default);
    if (Array.isArray(schema.enum) && schema.enum.length > 0) return leaf(exampleOfEnum(schema.enum));

    let size = 1;
    let cut = false;
    const child = (node: unknown) => {
      const result = this.sample(node, depth + 1);
      size += result.size;
      cut ||= result.cut;
      return result.value;
    };

    if (Array.isArray(schema.allOf) && schema.allOf.length > 0) {
      const parts: unknown[] = [];
      // Properties beside the allOf belong to the same object (Quick Create's tasks: a base in
      // allOf, the task's own `operation` next to it).
      const { allOf: members, ...own } = schema;
      const sources = isSchema(schema.properties) ? [...(members as unknown[]), own] : (members as unknown[]);
      for (const part of sources) {
        parts.push(child(part));
        if (this.truncated) break;
      }
      const cutHere = parts.includes(TRUNCATED_MARKER);
      if (parts.every((part) => part === undefined)) return { value: undefined, size, cut };
      if (parts.every((part) => isSchema(part) || part === undefined || part === TRUNCATED_MARKER)) {
        const merged: Schema = {};
        for (const part of parts)
          if (isSchema(part)) for (const [key, value] of Object.entries(part)) setOwn(merged, key, value);
        // The marker stays visible where a part of the merge was cut short.
        if (cutHere) setOwn(merged, '…', TRUNCATED_MARKER);
        return { value: merged, size, cut };
      }
      return { value: parts.find((part) => part !== undefined), size, cut };
    }
    for (const key of ['oneOf', 'anyOf'] as const) {
      const choices = schema[key];
      if (!Array.isArray(choices) || choices.length === 0) continue;
      for (const choice of key === 'oneOf' ? this.widestFirst(choices) : choices) {
        const value = child(choice);
        if ((value !== undefined && value !== null) || this.truncated) return { value, size, cut };
      }
      return { value: undefined, size, cut };
    }
    switch (primaryType(schema)) {
      case 'string':
        return leaf(
          fitLength(
            schema,
            typeof schema.format === 'string' && Object.hasOwn(FORMAT_SAMPLES, schema.format)
              ? FORMAT_SAMPLES[schema.format]!
              : 'string',
          ),
        );
      case 'integer':
      case 'number':
        return leaf(typeof schema.minimum === 'number' ? schema.minimum : 0);
      case 'boolean':
        return leaf(false);
      case 'array': {
        // Deep down an array stays empty unless the schema needs an item.
        const needsItem = typeof schema.minItems === 'number' && schema.minItems > 0;
        if (depth > MAX_DEPTH && !needsItem) return { value: [], size, cut: true };
        const item = child(schema.items);
        return { value: item === undefined ? [] : [item], size, cut };
      }
      case 'object': {
        const out: Schema = {};
        const properties = isSchema(schema.properties) ? schema.properties : {};
        // Deep down an object holds only its required properties, so an answer stays valid.
        const required = Array.isArray(schema.required) ? schema.required : [];
        for (const [name, property] of Object.entries(properties)) {
          if (this.truncated) break;
          if (depth > MAX_DEPTH && !required.includes(name)) continue;
          const propertySchema = this.resolve(property);
          if (isSchema(propertySchema) && propertySchema[this.leaveOut] === true) continue;
          const value = child(property);
          if (value !== undefined) setOwn(out, name, value);
        }
        return { value: out, size, cut };
      }
      default:
        return { value: undefined, size: 1, cut: false };
    }
  }
}

/** An example for a schema, within the budget; `truncated` when it was cut short. */
export function sampleSchemaValue(schema: unknown, options: SampleOptions = {}): Sample {
  const budget = options.budget ?? new SampleBudget();
  const walk = new Walk(
    options.resolve ?? ((node) => node),
    budget,
    options.direction === 'response' ? 'writeOnly' : 'readOnly',
    options.examples,
  );
  const { value } = walk.sample(schema, 0);
  if (walk.truncated) budget.truncated = true;
  return { value, truncated: walk.truncated };
}

/** The request form's example for a (dereferenced) schema. */
export function exampleFromSchema(schema: unknown): unknown {
  return sampleSchemaValue(schema).value;
}
