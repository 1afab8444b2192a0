/**
 * Why a file has no frontmatter the site can read, when it looks as if the editor meant one: the
 * opening `---` is there but no closing one, or a fence is written with dashes a word processor
 * makes of `---` (— or –). Only a line of exactly three hyphens is a fence (src/lib/frontmatter.ts).
 */
export interface FenceProblem {
  /** 1-based in the file. */
  line: number;
  problem: string;
  expected: string;
}

const FENCE = /^---[ \t]*$/;
/** A line of dashes alone, as a word processor writes `---` (— – −), or too few or many hyphens. */
const LOOKALIKE = /^[ \t]*(?:-{2,}|-*[–—‒―−][-–—‒―−]*)[ \t]*$/;

const shown = (text: string) => `«${text.trim()}»`;

/** The reason a file's frontmatter cannot be found, or undefined when it has none at all. */
export function fenceProblem(source: string): FenceProblem | undefined {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines[0] ?? '';
  const wrong = (index: number, which: string): FenceProblem => ({
    line: index + 1,
    problem: `${which} ${shown(lines[index]!)}, ikke tre bindestreker ---, så toppteksten blir ikke funnet`,
    expected: `en linje med bare tre vanlige bindestreker: ---`,
  });
  if (!FENCE.test(first)) return LOOKALIKE.test(first) ? wrong(0, 'første linje er') : undefined;
  const close = lines.findIndex((l, i) => i > 0 && LOOKALIKE.test(l));
  if (close > 0 && !FENCE.test(lines[close]!)) return wrong(close, `linjen som skal avslutte toppteksten er`);
  return {
    line: 1,
    problem: 'toppteksten lukkes aldri: linjen --- etter det siste feltet mangler',
    expected: 'en linje med bare --- etter det siste feltet, før teksten begynner',
  };
}
