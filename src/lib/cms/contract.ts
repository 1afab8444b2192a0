import { z } from 'astro/zod';
import type { KindId } from '../kinds.ts';
// The editors' contract. The CMS reads it through this file alone: when the schema moves, change this import.
import { docOf, shapeOf, type FieldDoc } from '../schema/doc.ts';
import { entrySchema } from '../schema/entry.ts';

/** One frontmatter field as the CMS needs it: the JSON Schema of its input, and what editors are told. */
export interface ContractField {
  key: string;
  /** `z.toJSONSchema(field, { io: 'input' })`: type, enum, items, default, required keys of objects. */
  json: JsonSchema;
  /** Whether the editor must fill it in (not optional and without a default). */
  required: boolean;
  /** Label and help in Norwegian, from the schema's field doc; undefined when the schema has none. */
  doc: FieldDoc | undefined;
  /** Fields inside an object field (`event`) or inside each item of a list of objects (`people`). */
  fields?: ContractField[];
  /** For a list: what the schema says about one item («Person»). */
  itemDoc?: FieldDoc;
}

/** The part of JSON Schema (draft 2020-12) that zod writes for this contract. */
export interface JsonSchema {
  type?: string;
  enum?: unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  default?: unknown;
  minItems?: number;
  format?: string;
}

function describe(key: string, schema: z.ZodType, requiredKeys: readonly string[]): ContractField {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const item = itemOf(schema);
  const inner = shapeOf(schema) ?? (item && shapeOf(item));
  const itemDoc = item && docOf(item);
  return {
    key,
    json,
    required: requiredKeys.includes(key),
    doc: docOf(schema),
    ...(inner ? { fields: fieldsOf(inner, z.object(inner)) } : {}),
    ...(itemDoc ? { itemDoc } : {}),
  };
}

/** The schema of a list's items (`people: [{ id, part }]`), if it is a list. */
function itemOf(schema: z.ZodType): z.ZodType | undefined {
  let current: z.ZodType = schema;
  // Through default/optional wrappers to the array, then its element.
  while (!(current instanceof z.ZodArray)) {
    const def = current._zod.def as { innerType?: z.ZodType };
    if (!def.innerType) return undefined;
    current = def.innerType;
  }
  return current.element as z.ZodType;
}

function fieldsOf(shape: Record<string, z.ZodType>, whole: z.ZodType): ContractField[] {
  const required = (z.toJSONSchema(whole, { io: 'input', unrepresentable: 'any' }) as JsonSchema).required ?? [];
  return Object.entries(shape).map(([key, schema]) => describe(key, schema, required));
}

/**
 * The frontmatter fields of one kind, in the schema's order, read from the zod schema by
 * introspection (`z.toJSONSchema`, input side, so defaults make a field optional) and from the
 * field docs attached to it. Throws if the kind's schema is not an object (a broken contract).
 */
export function contractFields(kind: KindId): ContractField[] {
  const schema = entrySchema(kind);
  const shape = shapeOf(schema);
  if (!shape) throw new Error(`The schema of ${kind} is not an object`);
  return fieldsOf(shape, schema);
}
