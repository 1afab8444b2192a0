import { PLACEHOLDERS } from '../scaffold.ts';
import type { Problem } from './problem.ts';

const BODY_PLACEHOLDERS = new Set<string>(Object.values(PLACEHOLDERS.body).flat());

/**
 * The scaffold's own texts (`npm run new`, src/lib/scaffold.ts) still in an entry that is
 * published: a draft may keep them, a published entry would show «Skriv ingressen her» to readers.
 *
 * @param file project path, for the message
 * @param source the whole file, frontmatter included
 * @returns one problem per line that holds a placeholder (frontmatter: the line contains the
 *   placeholder's text; body: the trimmed line is exactly a placeholder line)
 */
export function placeholderProblems(file: string, source: string): Problem[] {
  const problems: Problem[] = [];
  const lines = source.split(/\r?\n/);
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
      : BODY_PLACEHOLDERS.has(line.trim())
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
