/** One problem with the lead image, for checkFrontmatter to place on its line. */
export interface LeadImageProblem {
  field: string;
  /** Path of the YAML node the problem is about, e.g. `['image', 'alt']`. */
  path: string[];
  problem: string;
  expected: string;
}

const SHAPE = 'image:\n  src: ../bilder/kart.jpg\n  alt: Hva bildet viser';

/**
 * Checks the frontmatter `image` (the lead image of listings and Open Graph): an object with `src`,
 * a path to a file in content/bilder/ (media.ts checks that it exists), and `alt`, required
 * (WCAG 1.1.1; also `og:image:alt`). Nothing when the field is absent.
 */
export function checkLeadImage(value: unknown): LeadImageProblem[] {
  if (value === undefined) return [];
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [{ field: 'image', path: ['image'], problem: 'skal ha src og alt', expected: SHAPE }];
  const problems: LeadImageProblem[] = [];
  const { src, alt, ...rest } = value as Record<string, unknown>;
  if (typeof src !== 'string' || src.trim() === '')
    problems.push({
      field: 'image.src',
      path: ['image', 'src'],
      problem: 'mangler',
      expected: 'src: ../bilder/navn.jpg',
    });
  if (typeof alt !== 'string' || alt.trim() === '')
    problems.push({
      field: 'image.alt',
      path: ['image', 'alt'],
      problem: 'mangler alt-tekst',
      expected: 'alt: hva bildet viser (leses opp, og vises når bildet deles)',
    });
  for (const key of Object.keys(rest))
    problems.push({
      field: `image.${key}`,
      path: ['image', key],
      problem: `ukjent felt «${key}»`,
      expected: 'bare src og alt',
    });
  return problems;
}

/** The line (in the file) of the lead image's `src`, for the media check; the fence is line 1. */
export function leadImageLine(yaml: string): number {
  const lines = yaml.split(/\r?\n/);
  const start = lines.findIndex((l) => /^image:/.test(l));
  const src = lines.findIndex((l, i) => i > start && /^\s+src:/.test(l));
  return (src >= 0 ? src : Math.max(start, 0)) + 2;
}
