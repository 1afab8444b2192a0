import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';
import type { Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';

/** One field of an item in a shared list, with the same rules as the schema in src/content.config.ts. */
interface FieldRule {
  required: boolean;
  check: (value: unknown) => boolean;
  expected: string;
}

const text = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const textList = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
const url = (v: unknown) => typeof v === 'string' && URL.canParse(v);

/** The shared lists editors keep by hand: people (`personer.yaml`) and publications (`publikasjoner.yaml`). */
export const LISTS = {
  'personer.yaml': {
    example: 'eivind-dale',
    fields: {
      name: { required: true, check: text, expected: "fullt navn, f.eks. name: 'Eivind Dale'" },
      role: { required: true, check: text, expected: "stilling, f.eks. role: 'departementsråd i KMD'" },
      aliases: {
        required: false,
        check: textList,
        expected: "en liste med andre skrivemåter, f.eks. aliases: ['Eivind Dahle']",
      },
    },
  },
  'publikasjoner.yaml': {
    example: 'mot-alle-odds',
    fields: {
      title: { required: true, check: text, expected: "tittelen, f.eks. title: 'Mot alle odds?'" },
      publisher: { required: true, check: text, expected: "utgiveren, f.eks. publisher: 'Difi'" },
      year: { required: false, check: Number.isInteger, expected: 'et årstall uten anførselstegn, f.eks. year: 2014' },
      series: { required: false, check: text, expected: "serie og nummer, f.eks. series: 'Difi-rapport 2014:7'" },
      kind: {
        required: false,
        check: (v) => v === 'rapport' || v === 'veiledningsnotat',
        expected: 'rapport eller veiledningsnotat',
      },
      url: { required: false, check: url, expected: 'en full adresse som begynner med https://' },
      aliases: { required: false, check: textList, expected: "en liste med andre titler, f.eks. aliases: ['…']" },
      // Whether the file exists and is used is checked with the other files beside the content (media.ts).
      attachment: {
        required: false,
        check: (v) => typeof v === 'string' && /^vedlegg\/[^/].*\.(pdf|docx|xlsx|pptx|odt|ods|odp|csv)$/i.test(v),
        expected: 'en fil i content/vedlegg/, skrevet fra content/, f.eks. attachment: vedlegg/rapport.pdf',
      },
    },
  },
} satisfies Record<string, { example: string; fields: Record<string, FieldRule> }>;

export type ListName = keyof typeof LISTS;

/**
 * Checks one shared list (`content/personer.yaml` or `content/publikasjoner.yaml`) and returns its
 * ids, for checking the references in articles, with every problem and its line.
 */
export function checkList(name: ListName, source: string): { ids: Set<string>; problems: Problem[] } {
  const file = `content/${name}`;
  const { example, fields } = LISTS[name];
  const rules: Record<string, FieldRule> = fields;
  const problems: Problem[] = [];
  const ids = new Set<string>();
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const add = (node: Node | null | undefined, field: string, problem: string, expected: string) =>
    problems.push({ file, line: lineOf(node), field, problem, expected });

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({
        file,
        line: lineCounter.linePos(error.pos[0]).line,
        field: 'liste',
        problem: `YAML-feil: ${error.message.split('\n')[0]}`,
        expected: `gyldig YAML: hvert element begynner med «- id: …», og tekst med kolon står i anførselstegn`,
      });
    }
    return { ids, problems };
  }
  if (doc.contents === null) return { ids, problems };
  if (!isSeq(doc.contents)) {
    add(doc.contents, 'liste', 'filen er ikke en liste', `en liste der hvert element begynner med «- id: ${example}»`);
    return { ids, problems };
  }
  for (const item of doc.contents.items) {
    const node = item as Node;
    if (!isMap(item)) {
      add(node, 'id', 'elementet har ingen felt', `«- id: ${example}» og feltene under`);
      continue;
    }
    const data = item.toJSON() as Record<string, unknown>;
    const at = (key: string) => (item.get(key, true) as Node | undefined) ?? node;
    const id = data['id'];
    if (typeof id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      add(
        at('id'),
        'id',
        id === undefined ? 'mangler' : `«${String(id)}» er ikke en gyldig id`,
        `små bokstaver, tall og bindestrek, f.eks. id: ${example}`,
      );
    } else if (ids.has(id)) {
      add(at('id'), 'id', `id «${id}» står to ganger`, 'hver id bare én gang');
    } else ids.add(id);
    const label = typeof id === 'string' ? ` (${id})` : '';
    for (const [field, rule] of Object.entries(rules)) {
      const value = data[field];
      if (value === undefined || value === null) {
        if (rule.required) add(node, field, `mangler${label}`, rule.expected);
      } else if (!rule.check(value)) {
        add(at(field), field, `«${String(value)}» er ikke gyldig${label}`, rule.expected);
      }
    }
    for (const key of Object.keys(data)) {
      if (key !== 'id' && !(key in rules)) {
        add(
          at(key),
          key,
          `ukjent felt «${key}»${label}${didYouMean(key, Object.keys(rules))}`,
          `bare id, ${Object.keys(rules).join(', ')}`,
        );
      }
    }
  }
  return { ids, problems };
}
