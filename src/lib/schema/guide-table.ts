import type { z } from 'astro/zod';
import { docOf, isOptional } from './doc.ts';

/** One row of a guide table: `felt`, `må være med?`, `hva` and, when asked for, `eksempel`. */
export type Row = string[];

export const HEADER = ['felt', 'må være med?', 'hva', 'eksempel'] as const;

/**
 * The editor guide's table of the fields in `shape` (docs/redaktor.md, «Toppteksten: feltene» and
 * «Arrangementer»), from each field's doc: the field, whether it is required (it is not optional and
 * has no default), what it is and, with `example`, an example. Throws when a field has no doc, so a
 * field cannot enter the contract without its words for editors.
 */
export function fieldRows(shape: Record<string, z.ZodType>, options: { example: boolean }): Row[] {
  return Object.entries(shape).map(([name, schema]) => {
    const doc = docOf(schema);
    if (!doc) throw new Error(`The field «${name}» has no doc: declare it with field(schema, doc)`);
    const row = [`\`${name}\``, isOptional(schema) ? 'nei' : 'ja', doc.help];
    if (options.example) row.push(doc.example ?? '');
    return row;
  });
}

/** A Markdown table, padded as Prettier pads it, ready to paste into the guide. */
export function markdownTable(rows: readonly Row[]): string {
  const header = HEADER.slice(0, rows[0]?.length ?? HEADER.length);
  const all = [[...header], ...rows];
  const widths = header.map((_, i) => Math.max(3, ...all.map((r) => [...(r[i] ?? '')].length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
