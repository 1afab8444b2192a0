import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { isKindId, type KindId } from '../kinds.ts';
import { parseFrontmatter, splitFrontmatter } from '../frontmatter.ts';
import { checkFrontmatter } from '../validate/frontmatter.ts';
import { checkList } from '../validate/lists.ts';
import { entrySchema } from './entry.ts';
import { LISTS, type ListName } from './lists.ts';

/** Every entry file under `<root>/content/<kind>/`, with its kind and frontmatter. */
function entries(root: string): { file: string; kind: KindId; yaml: string }[] {
  const dir = path.join(root, 'content');
  return readdirSync(dir)
    .filter((k) => isKindId(k) && statSync(path.join(dir, k)).isDirectory())
    .flatMap((kind) =>
      readdirSync(path.join(dir, kind))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => {
          const file = path.join(dir, kind, f);
          return { file, kind: kind as KindId, yaml: splitFrontmatter(readFileSync(file, 'utf8')).yaml ?? '' };
        }),
    );
}

const fixtures = readdirSync('e2e/fixtures').map((f) => path.join('e2e/fixtures', f));
const noRefs = { people: new Set<string>(), publications: new Set<string>() };
/** Problems of the check that are about the contract, not about ids in the lists. */
const contractProblems = (file: string, yaml: string, kind: KindId) =>
  checkFrontmatter(file, yaml, kind, noRefs).problems.filter((p) => !/^ukjent (person|publikasjon) /.test(p.problem));

describe("Astro's schema and npm run check are one contract", () => {
  test('both accept every entry of the real content', () => {
    const real = entries('.');
    expect(real.length).toBeGreaterThan(0);
    for (const e of real) {
      expect(entrySchema(e.kind).safeParse(parseFrontmatter(e.yaml)).success, e.file).toBe(true);
      expect(contractProblems(e.file, e.yaml, e.kind), e.file).toEqual([]);
    }
  });

  test('without the lists’ ids, the schema Astro uses rejects exactly the fixture entries the check rejects, unknown ids aside', () => {
    const all = fixtures.flatMap((f) => entries(f));
    let rejected = 0;
    for (const e of all) {
      let data: Record<string, unknown>;
      try {
        data = parseFrontmatter(e.yaml);
      } catch {
        continue; // YAML that does not parse: neither gets as far as the schema.
      }
      const astro = entrySchema(e.kind).safeParse(data).success;
      const check = contractProblems(e.file, e.yaml, e.kind).length === 0;
      expect(
        astro,
        `${e.file}: Astro ${astro ? 'accepts' : 'rejects'}, the check ${check ? 'accepts' : 'rejects'}`,
      ).toBe(check);
      if (!check) rejected++;
    }
    expect(rejected).toBeGreaterThan(3);
  });

  test.each(Object.keys(LISTS) as ListName[])('Astro and the check agree on each item of %s', (name) => {
    const sources = ['content', ...fixtures.map((f) => path.join(f, 'content'))]
      .map((dir) => path.join(dir, name))
      .filter((file) => {
        try {
          return statSync(file).isFile();
        } catch {
          return false;
        }
      });
    expect(sources.length).toBeGreaterThan(1);
    let rejected = 0;
    for (const file of sources) {
      const source = readFileSync(file, 'utf8');
      const checked = checkList(name, source).problems.length === 0;
      const items = parse(source) as unknown[];
      const astro = items.every((item) => LISTS[name].schema.safeParse(item).success);
      expect(astro, file).toBe(checked);
      if (!checked) rejected++;
    }
    expect(rejected).toBeGreaterThan(0);
  });
});

describe('the shared lists, from the schema', () => {
  test('reports an optional field left empty, an empty name and a list of aliases that is not one', () => {
    const source = ['- id: eivind-dale', "  name: ' '", "  role: 'KMD'", '  aliases: Dahle'];
    expect(
      checkList('personer.yaml', source.join('\n')).problems.map((p) => `${p.line} ${p.field} ${p.problem}`),
    ).toEqual(['2 name « » er ikke gyldig (eivind-dale)', '4 aliases «Dahle» er ikke gyldig (eivind-dale)']);
    const publication = ['- id: mot', "  title: 'Mot'", "  publisher: 'Difi'", '  year:'].join('\n');
    expect(
      checkList('publikasjoner.yaml', publication).problems.map((p) => `${p.line} ${p.field} ${p.problem}`),
    ).toEqual(['4 year er tomt (mot)']);
  });
});
