import { PLACEHOLDERS, scaffold } from '../scaffold.ts';
import { KIND_IDS, isKindId, type KindId } from '../kinds.ts';
import type { Problem } from './problem.ts';

/** The line before each of a kind's body placeholders in its scaffold (blank lines skipped; `---` for the first). */
function placesIn(kind: KindId): Map<string, string> {
  const lines = scaffold(kind, 'Tittel', [], '2000-01-01')
    .text.split('\n')
    .filter((l) => l.trim() !== '');
  const body = lines.slice(lines.indexOf('---', 1));
  const places = new Map<string, string>();
  body.forEach((line, i) => {
    if ((PLACEHOLDERS.body[kind] as readonly string[]).includes(line)) places.set(line, body[i - 1]!);
  });
  return places;
}
const PLACES = new Map(KIND_IDS.map((k) => [k, placesIn(k)]));

/**
 * Whether body line `index` is one of the scaffold's placeholders where the scaffold put it: the
 * kind's opening instruction anywhere, a later one («Mer tekst.», «Svaret.») only under the line
 * the scaffold wrote above it. Alone, «Mer tekst.» may well be the editor's own sentence.
 */
function isPlaceholder(kind: KindId | undefined, lines: readonly string[], index: number): boolean {
  const text = lines[index]!.trim();
  let before = index - 1;
  while (before >= 0 && lines[before]!.trim() === '') before--;
  const above = before >= 0 ? lines[before]!.trim() : '';
  return (kind ? [kind] : KIND_IDS).some((k) => {
    const place = PLACES.get(k)!.get(text);
    return place !== undefined && (text === PLACEHOLDERS.body[k][0] || place === above);
  });
}

/**
 * The scaffold's own texts (`npm run new`, src/lib/scaffold.ts) still in an entry that is
 * published: a draft may keep them, a published entry would show «Skriv ingressen her» to readers.
 *
 * @param file project path, for the message
 * @param source the whole file, frontmatter included
 * @returns one problem per line that holds a placeholder (frontmatter: the line contains the
 *   placeholder's text; body: the trimmed line is exactly a placeholder of the entry's kind, in its
 *   place: see `isPlaceholder`)
 */
export function placeholderProblems(file: string, source: string): Problem[] {
  const problems: Problem[] = [];
  const lines = source.split(/\r?\n/);
  const folder = file.split('/').at(-2) ?? '';
  const kind = isKindId(folder) ? folder : undefined;
  let fences = 0;
  lines.forEach((line, i) => {
    if (line.trim() === '---' && fences < 2) {
      fences += 1;
      return;
    }
    const inFrontmatter = fences === 1;
    const field = inFrontmatter
      ? line.includes(PLACEHOLDERS.description)
        ? 'description'
        : line.includes(PLACEHOLDERS.location)
          ? 'event.location'
          : undefined
      : isPlaceholder(kind, lines, i)
        ? 'innhold'
        : undefined;
    if (!field) return;
    problems.push({
      file,
      line: i + 1,
      field,
      problem: `teksten fra malen står igjen: «${inFrontmatter ? (field === 'description' ? PLACEHOLDERS.description : PLACEHOLDERS.location) : line.trim()}»`,
      expected: 'din egen tekst her, eller behold «draft: true» til artikkelen er ferdig',
    });
  });
  return problems;
}
