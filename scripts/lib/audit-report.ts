/** What `npm run audit` asks of every audited page, and the table it prints. */

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';

/** Lowest acceptable Lighthouse score (0–100) per category. */
export const TARGETS: Record<Category, number> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

export interface PageScores {
  name: string;
  path: string;
  scores: Record<Category, number>;
}

/** Every score below its target, as «page: category score < target». */
export function shortfalls(pages: readonly PageScores[]): string[] {
  return pages.flatMap((p) =>
    (Object.keys(TARGETS) as Category[])
      .filter((c) => p.scores[c] < TARGETS[c])
      .map((c) => `${p.name}: ${c} ${p.scores[c]} < ${TARGETS[c]}`),
  );
}

/** A Markdown table of the scores, one row per page. */
export function scoreTable(pages: readonly PageScores[]): string {
  const cats = Object.keys(TARGETS) as Category[];
  const head = `| Page | ${cats.map((c) => `${c} (≥ ${TARGETS[c]})`).join(' | ')} |`;
  const rule = `|${' --- |'.repeat(cats.length + 1)}`;
  const rows = pages.map((p) => `| ${p.name} (\`${p.path}\`) | ${cats.map((c) => String(p.scores[c])).join(' | ')} |`);
  return [head, rule, ...rows].join('\n');
}
