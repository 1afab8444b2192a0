/**
 * Prints the editor guide's field tables from the editors' contract (src/lib/schema/), to paste
 * into docs/redaktor.md after adding or changing a field. scripts/guide.test.ts fails until the guide
 * shows what this prints.
 *
 *   node scripts/fields.ts
 */
import { entryShapes } from '../src/lib/schema/entry.ts';
import { fieldRows, markdownTable } from '../src/lib/schema/guide-table.ts';

console.log('Toppteksten: feltene\n');
console.log(markdownTable(fieldRows(entryShapes.common, { example: true })));
console.log('\nArrangementer (event)\n');
console.log(markdownTable(fieldRows(entryShapes.event, { example: false })));
