import { COMPONENTS, componentSpec, type PropKind } from '../rich/components.ts';
import { named } from '../text/named.ts';
import { didYouMean } from './suggest.ts';
import { altProblem } from './alt-text.ts';
import type { Problem } from './problem.ts';

/** A file beside the content that a component names (`<Figur bilde="../bilder/kart.jpg">`). */
export interface FileReference {
  url: string;
  line: number;
  kind: 'bilde' | 'vedlegg' | 'video' | 'teksting';
}

export interface JsxNode {
  /** `mdxJsxFlowElement` on a line of its own, `mdxJsxTextElement` inside a paragraph. */
  type?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: unknown[];
}

const NAMES = COMPONENTS.map((c) => c.name);
const FILE_KINDS: readonly PropKind[] = ['bilde', 'vedlegg', 'video', 'teksting'];

/**
 * Checks one use of an editor component against its contract (src/lib/rich/components.ts): the
 * name, each prop's name and value, the required props, and whether it wraps text. Props take text
 * in quotes only: an expression (`tittel={…}`) would be code an editor cannot check by reading.
 */
export function checkComponent(
  file: string,
  line: number,
  node: JsxNode,
  /** The file line a prop is written on, when the tag spans lines; `line` otherwise. */
  lineOf: (prop: string) => number = () => line,
): { problems: Problem[]; files: FileReference[] } {
  const problems: Problem[] = [];
  const files: FileReference[] = [];
  const name = node.name ?? '';
  const say = (problem: string, expected: string, at = line) =>
    problems.push({ file, line: at, field: 'innhold', problem, expected });
  const spec = componentSpec(name);
  if (!spec) {
    say(
      `komponenten <${name}> finnes ikke på dette nettstedet${didYouMean(name, NAMES)}`,
      `en av ${NAMES.map((n) => `<${n}>`).join(', ')} (se «Komponenter» i redaktørveiledningen)`,
    );
    return { problems, files };
  }
  // Every component is a block (an <aside>, <figure>, <details>…): inside a paragraph it would be invalid HTML.
  if (node.type === 'mdxJsxTextElement')
    say(`<${name}> står inne i et avsnitt`, `<${name}> på en egen linje, med en tom linje før og etter`);
  const given = new Map<string, unknown>();
  /** Props written under another name: told once, at that name, not also as missing. */
  const renamed = new Set<string>();
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
      say(`<${name}> har et MDX-uttrykk { } blant egenskapene`, 'egenskaper på formen navn="tekst"');
      continue;
    }
    const prop = spec.props.find((p) => p.name === attr.name);
    // Another name for a prop (`forfatter` for `kilde`): the prop meant, with the value kept, said once.
    const meant = prop ? undefined : spec.props.find((p) => p.aliases?.includes(attr.name!.toLowerCase()));
    if (meant && !given.has(meant.name) && !(node.attributes ?? []).some((a) => a.name === meant.name)) {
      renamed.add(meant.name);
      const value = typeof attr.value === 'string' ? attr.value : '…';
      say(
        `<${name}> har ingen egenskap «${attr.name}»: egenskapen for det heter ${meant.name}`,
        meant.kind === 'flagg' ? meant.name : `${meant.name}="${value}"`,
        lineOf(attr.name),
      );
      continue;
    }
    if (!prop) {
      const names = spec.props.map((p) => p.name);
      say(
        `<${name}> har ingen egenskap «${attr.name}»${didYouMean(attr.name, names)}`,
        named(names, 'egenskapen', 'egenskapene'),
      );
      continue;
    }
    given.set(prop.name, attr.value);
    const value = attr.value;
    if (prop.kind === 'flagg') {
      if (value !== null && value !== undefined)
        say(`${prop.name} på <${name}> skal stå alene`, `skriv bare ${prop.name}, uten ="…"`);
      continue;
    }
    if (typeof value !== 'string') {
      say(
        value === null || value === undefined
          ? `${prop.name} på <${name}> mangler verdi`
          : `${prop.name} på <${name}> er et MDX-uttrykk { }`,
        `${prop.name}="…" med tekst i anførselstegn`,
      );
      continue;
    }
    // A value over several lines is often a quote closed lines below: the text between is swallowed.
    if (value.includes('\n')) {
      const lines = value.split('\n');
      const swallowed = /\n\s*\n/.test(value);
      const meant = (swallowed ? lines[0]! : value).replace(/\s+/g, ' ').replace(/\s*>$/, '').trim();
      say(
        swallowed
          ? `${prop.name} på <${name}> går over ${lines.length} linjer, med tomme linjer: teksten under er blitt en del av verdien`
          : `${prop.name} på <${name}> går over ${lines.length} linjer`,
        `hele verdien på én linje, med anførselstegnet rett etter: ${prop.name}="${meant}"`,
        lineOf(prop.name),
      );
    }
    if (value.trim() === '') {
      say(`${prop.name} på <${name}> er tom`, prop.description);
    } else if (prop.kind === 'valg' && !prop.values!.includes(value)) {
      say(
        `${prop.name}="${value}" på <${name}> finnes ikke${didYouMean(value, prop.values!)}`,
        `en av ${prop.values!.join(', ')}`,
      );
    } else if (FILE_KINDS.includes(prop.kind)) {
      // Its folder, existence, type and content are checked with every other file (../validate/media.ts).
      files.push({ url: value, line, kind: prop.kind as FileReference['kind'] });
    }
  }
  const decorative = given.has('dekorativ');
  for (const prop of spec.props) {
    if (!prop.required || given.has(prop.name) || renamed.has(prop.name)) continue;
    // An image marked decorative on purpose needs no alt text (WCAG 1.1.1, «pure decoration»).
    if (prop.name === 'alt' && decorative) continue;
    say(
      prop.name === 'alt' ? `<${name}> mangler alt-tekst` : `<${name}> mangler egenskapen ${prop.name}, som er påkrevd`,
      prop.name === 'alt'
        ? 'alt="hva bildet viser", eller dekorativ for et bilde som bare er pynt'
        : `${prop.name}="…": ${prop.description}`,
    );
  }
  const alt = given.get('alt');
  const image = spec.props.find((p) => p.kind === 'bilde');
  const src = image && given.get(image.name);
  if (typeof alt === 'string' && typeof src === 'string') {
    const wrong = altProblem(alt, src);
    if (wrong) say(wrong.problem, wrong.expected, lineOf('alt'));
  }
  if (decorative && given.has('alt'))
    say(`<${name}> er merket dekorativ, men har alt-tekst`, 'enten alt="…" eller dekorativ, ikke begge');
  const hasContent = (node.children ?? []).length > 0;
  if (spec.content && !hasContent) say(`<${name}> er tom`, `tekst mellom <${name} …> og </${name}>`);
  if (!spec.content && hasContent)
    say(`<${name}> skal ikke ha innhold mellom start og slutt`, `<${name} … /> med skråstrek til slutt`);
  return { problems, files };
}
