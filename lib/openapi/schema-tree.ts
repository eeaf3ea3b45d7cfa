import { isRecord } from '@/lib/json/is-record';

/**
 * The property tree a schema is shown as (the operation page's request and response schemas),
 * shaped within a budget. A described schema can fan out k ways per level through `properties`,
 * `allOf` and `items` (a few kilobytes gave 109,000 rows and 7 s of rendering, issue 14 finding
 * 12), and a dereferenced one can be circular. So the tree is laid out breadth first, without
 * recursion, up to `maxRows` rows and `maxDepth` levels: every property of a level is placed
 * before any of the next, and what does not fit is counted, never walked.
 */

export interface SchemaTreeNode {
  name: string;
  schema: unknown;
  required: boolean;
  /** The property repeats a schema above it (a circular description). */
  recursive: boolean;
  /** Its own properties, when it has some and they were laid out. */
  children?: SchemaTreeNode[];
  /** Properties of this node left out for the budget (shown as a note after its children). */
  omitted: number;
}

export interface SchemaTreeLayout {
  /** The top-level properties, or undefined for a schema without properties to list. */
  nodes?: SchemaTreeNode[];
  /** Top-level properties left out for the budget. */
  omitted: number;
  /** Rows laid out (one per node). */
  rows: number;
  /** Whether anything was left out. */
  truncated: boolean;
}

export const SCHEMA_TREE_MAX_ROWS = 1_500;
export const SCHEMA_TREE_MAX_DEPTH = 8;

/** How far `items` and `allOf` are looked through for properties (a circular chain stops here). */
const LOOK_THROUGH_LIMIT = 16;

export interface ChildProperties {
  properties: Record<string, unknown>;
  required: string[];
}

/** The properties to list under a schema: its own, or those of an object inside an array or allOf. */
export function childProperties(schema: unknown): ChildProperties | undefined {
  return childPropertiesWithin(schema, 0, new Set());
}

function childPropertiesWithin(
  schema: unknown,
  depth: number,
  seen: Set<object>,
): ChildProperties | undefined {
  if (!isRecord(schema) || depth > LOOK_THROUGH_LIMIT || seen.has(schema)) return undefined;
  if (isRecord(schema.properties)) {
    const required = Array.isArray(schema.required)
      ? schema.required.filter((item): item is string => typeof item === 'string')
      : [];
    return { properties: schema.properties, required };
  }
  seen.add(schema);
  try {
    if (isRecord(schema.items)) return childPropertiesWithin(schema.items, depth + 1, seen);
    if (Array.isArray(schema.allOf)) {
      const merged: ChildProperties = { properties: {}, required: [] };
      for (const part of schema.allOf) {
        const child = childPropertiesWithin(part, depth + 1, seen);
        if (!child) continue;
        Object.assign(merged.properties, child.properties);
        for (const name of child.required) merged.required.push(name);
      }
      return Object.keys(merged.properties).length > 0 ? merged : undefined;
    }
    return undefined;
  } finally {
    seen.delete(schema);
  }
}

interface Pending {
  node: SchemaTreeNode;
  properties: ChildProperties;
  ancestors: readonly object[];
  depth: number;
}

/** Lays `schema`'s properties out breadth first within `maxRows` rows and `maxDepth` levels. */
export function layoutSchemaTree(
  schema: unknown,
  { maxRows = SCHEMA_TREE_MAX_ROWS, maxDepth = SCHEMA_TREE_MAX_DEPTH } = {},
): SchemaTreeLayout {
  const top = childProperties(schema);
  if (!top) return { omitted: 0, rows: 0, truncated: false };
  let rows = 0;
  let truncated = false;

  /** Places up to the remaining budget of `properties` as nodes; returns them and how many were left out. */
  const place = (properties: ChildProperties) => {
    const nodes: SchemaTreeNode[] = [];
    const names = Object.keys(properties.properties);
    const required = new Set(properties.required);
    for (const name of names) {
      if (rows >= maxRows) break;
      rows += 1;
      nodes.push({
        name,
        schema: properties.properties[name],
        required: required.has(name),
        recursive: false,
        omitted: 0,
      });
    }
    const omitted = names.length - nodes.length;
    if (omitted > 0) truncated = true;
    return { nodes, omitted };
  };

  const root = place(top);
  const rootAncestors: readonly object[] = isRecord(schema) ? [schema] : [];
  const queue: Pending[] = [];
  const enqueue = (nodes: SchemaTreeNode[], ancestors: readonly object[], depth: number) => {
    for (const node of nodes) {
      const own = isRecord(node.schema) ? node.schema : undefined;
      node.recursive = own !== undefined && ancestors.includes(own);
      if (node.recursive || depth >= maxDepth) continue;
      const properties = childProperties(node.schema);
      if (properties)
        queue.push({ node, properties, ancestors: own ? [...ancestors, own] : ancestors, depth });
    }
  };
  enqueue(root.nodes, rootAncestors, 0);

  for (let index = 0; index < queue.length; index += 1) {
    const { node, properties, ancestors, depth } = queue[index]!;
    if (rows >= maxRows) {
      node.omitted = Object.keys(properties.properties).length;
      truncated = true;
      continue;
    }
    const placed = place(properties);
    node.children = placed.nodes;
    node.omitted = placed.omitted;
    enqueue(placed.nodes, ancestors, depth + 1);
  }

  return { nodes: root.nodes, omitted: root.omitted, rows, truncated };
}
