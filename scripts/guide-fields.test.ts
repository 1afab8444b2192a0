import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { z } from 'astro/zod';
import { entryShapes } from '../src/lib/schema/entry.ts';
import { field } from '../src/lib/schema/doc.ts';
import { fieldRows, type Row } from '../src/lib/schema/guide-table.ts';
import { LISTS } from '../src/lib/schema/lists.ts';

/** The editor guide shows the editors' contract: each field table is what the schema's docs make. */
const guide = readFileSync('docs/redaktor.md', 'utf8');

/** The rows of the first table under `heading` (a Markdown heading line), as trimmed cells. */
function tableUnder(heading: string): Row[] {
  const lines = guide.split('\n');
  const start = lines.indexOf(heading);
  expect(start, `the heading «${heading}» in docs/redaktor.md`).toBeGreaterThan(-1);
  const first = lines.findIndex((l, i) => i > start && l.startsWith('|'));
  const end = lines.findIndex((l, i) => i > first && !l.startsWith('|'));
  const table = lines.slice(first, end === -1 ? undefined : end);
  for (const l of table) expect(l, 'a guide table cell with an escaped pipe').not.toContain('\\|');
  // Row 0 is the header, row 1 the ---- line.
  return table.slice(2).map((l) =>
    l
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim()),
  );
}

/** The rows the guide lacks or shows differently, said as the fix: run the generator. */
function differences(shown: Row[], made: Row[]): string[] {
  const key = (r: Row) => r.join(' | ');
  const shownKeys = new Set(shown.map(key));
  const madeKeys = new Set(made.map(key));
  return [
    ...made.filter((r) => !shownKeys.has(key(r))).map((r) => `missing in the guide: ${key(r)}`),
    ...shown.filter((r) => !madeKeys.has(key(r))).map((r) => `not in the schema: ${key(r)}`),
  ];
}

const tables = [
  { heading: '## Toppteksten: feltene', shape: entryShapes.common, example: true },
  { heading: '### Arrangementer', shape: entryShapes.event, example: false },
];

describe('the editor guide and the schema', () => {
  test.each(tables)('the table under «$heading» is the one the schema makes (node scripts/fields.ts)', (t) => {
    const made = fieldRows(t.shape, { example: t.example });
    expect(made.length).toBeGreaterThan(0);
    const shown = tableUnder(t.heading);
    expect(differences(shown, made), 'run node scripts/fields.ts and paste its table').toEqual([]);
    // In the schema's order, too: the order editors read and the check reports.
    expect(shown.map((r) => r[0])).toEqual(made.map((r) => r[0]));
  });

  test('a field added to the schema but not to the guide is found', () => {
    const added = {
      ...entryShapes.common,
      kilde: field(z.string().optional(), { label: 'Kilde', help: 'kilden', example: '`kilde: x`', expected: 'tekst' }),
    };
    const shown = tableUnder(tables[0]!.heading);
    expect(differences(shown, fieldRows(added, { example: true }))).toEqual([
      'missing in the guide: `kilde` | nei | kilden | `kilde: x`',
    ]);
  });

  test('a field without words for editors cannot enter the guide table', () => {
    expect(() => fieldRows({ kilde: z.string() }, { example: true })).toThrow(/«kilde» has no doc/);
  });

  test.each(Object.entries(LISTS))('the guide’s example item for %s shows every field of its schema', (name, list) => {
    const start = guide.indexOf(`\`\`\`yaml\n- id: ${list.example}\n`);
    expect(start, `an example item «- id: ${list.example}» in docs/redaktor.md`).toBeGreaterThan(-1);
    const yaml = guide.slice(start + '```yaml\n'.length, guide.indexOf('```', start + 3));
    const [item] = parseDocument(yaml).toJS() as Record<string, unknown>[];
    const fields = Object.keys(list.schema.shape);
    expect(fields.length).toBeGreaterThan(1);
    const missing = fields.filter((f) => !(f in item!));
    // Optional fields with a default are shown too: the example is where editors learn a field exists.
    expect(missing, `${name}: fields of the schema missing from the guide's example`).toEqual([]);
  });
});
