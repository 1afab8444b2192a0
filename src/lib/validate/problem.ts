/** One thing wrong in the content, said so an editor can find and fix it. */
export interface Problem {
  /** Path relative to the project root, e.g. `content/artikler/foo.mdx`. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** The frontmatter field (`event.start`), or what part of the file (`innhold`, `filnavn`). */
  field: string;
  /** What is wrong, in Norwegian. */
  problem: string;
  /** What is expected instead, in Norwegian. */
  expected: string;
}

/** `content/artikler/foo.mdx:4 — themes — ukjent tema «samording» — forventet …` */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line} — ${p.field} — ${p.problem} — ${p.expected}`;
}

/** Every problem, sorted by file and line, under a heading an editor understands. */
export function formatReport(problems: readonly Problem[]): string {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const count = sorted.length === 1 ? 'ett problem' : `${sorted.length} problemer`;
  return [
    `Fant ${count} i innholdet:`,
    '',
    ...sorted.map(formatProblem),
    '',
    'Rett opp, og kjør «npm run check» igjen. Redaktørveiledningen (docs/redaktor.md) forklarer hvert felt.',
  ].join('\n');
}
