import { z } from 'zod';

/** A number a request schema accepts, where it sits and its limits. */
export interface NumericField {
  /** Dot path in the body, e.g. `assumptions.fullTimeHours`. */
  path: string[];
  minimum: number | undefined;
  maximum: number | undefined;
  integer: boolean;
}

type JsonSchema = {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

/**
 * Every number field of a request schema (outside arrays), found through its JSON Schema, so that
 * a field added later is fed extreme values too.
 */
export function numericFields(schema: z.ZodType): NumericField[] {
  const root = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const defs = root.$defs ?? {};
  const found: NumericField[] = [];
  const walk = (node: JsonSchema | undefined, path: string[]) => {
    if (!node) return;
    if (node.$ref) return walk(defs[node.$ref.split('/').pop() ?? ''], path);
    if (node.type === 'number' || node.type === 'integer') {
      found.push({
        path,
        minimum: node.minimum ?? node.exclusiveMinimum,
        maximum: node.maximum ?? node.exclusiveMaximum,
        integer: node.type === 'integer',
      });
    }
    for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, [...path, key]);
    if (typeof node.additionalProperties === 'object')
      walk(node.additionalProperties, [...path, '*']);
    for (const list of [node.anyOf, node.oneOf, node.allOf])
      for (const child of list ?? []) walk(child, path);
  };
  walk(root, []);
  return found;
}

/** A copy of `body` with `value` at `path` (objects created on the way). */
export function setPath(body: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [key = '', ...rest] = path;
  const object =
    body && typeof body === 'object' && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : {};
  return { ...object, [key]: setPath(object[key], rest, value) };
}

/** Paths (array indices as `*`) of every number in a JSON value. */
export function numberPaths(value: unknown, path = '', out = new Set<string>()): Set<string> {
  if (typeof value === 'number') out.add(path);
  else if (Array.isArray(value)) for (const item of value) numberPaths(item, `${path}.*`, out);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) numberPaths(child, `${path}.${key}`, out);
  }
  return out;
}

/**
 * What in a JSON answer betrays a non-finite computation: a `null` where answers to ordinary
 * requests have a number (JSON writes Infinity and NaN as null), or text showing ∞, NaN, Infinity.
 */
export function nonFiniteTraces(value: unknown, numeric: Set<string>, path = ''): string[] {
  if (value === null) return numeric.has(path) ? [`${path}: null where a number belongs`] : [];
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path}: ${value}`];
  if (typeof value === 'string') {
    return /∞|\bNaN\b|Infinity/.test(value) ? [`${path}: "${value.slice(0, 80)}"`] : [];
  }
  if (Array.isArray(value))
    return value.flatMap((item) => nonFiniteTraces(item, numeric, `${path}.*`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) =>
      nonFiniteTraces(child, numeric, `${path}.${key}`),
    );
  }
  return [];
}
