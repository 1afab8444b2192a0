import { LineCounter, isMap, parseDocument, type Node } from 'yaml';
import { THEME_IDS } from '../themes.ts';
import { PARTS } from '../people.ts';
import { isDateTimeWithOffset, isRealDate, osloSortKey } from '../dates.ts';
import type { KindId } from '../kinds.ts';
import type { Problem } from './problem.ts';
import { checkLeadImage } from './lead-image.ts';
import { didYouMean } from './suggest.ts';

/** The fields the schema (src/content.config.ts) knows; anything else would be silently dropped. */
const COMMON_FIELDS = ['title', 'description', 'date', 'themes', 'draft', 'people', 'publications', 'image'];
const EVENT_FIELDS = ['start', 'end', 'location', 'registration', 'audience', 'organizer'];

export interface References {
  people: ReadonlySet<string>;
  publications: ReadonlySet<string>;
}

export interface ParsedFrontmatter {
  data: Record<string, unknown>;
  problems: Problem[];
}

const kindList = (values: readonly string[]) => values.join(', ');

/** The YAML parser's commonest errors, said in Norwegian: [what is wrong, what is expected]. */
const YAML_ERRORS: Partial<Record<string, [string, string]>> = {
  BLOCK_AS_IMPLICIT_KEY: ['et kolon inne i verdien', "sett verdien i anførselstegn: title: 'Samordning: tre råd'"],
  MULTILINE_IMPLICIT_KEY: ['en linje uten «felt:» foran', 'hvert felt på sin egen linje som «felt: verdi»'],
  DUPLICATE_KEY: ['feltet står to ganger', 'hvert felt bare én gang'],
  BAD_INDENT: ['feil innrykk', 'samme innrykk (mellomrom, ikke tabulator) for linjer som hører sammen'],
  TAB_AS_INDENT: ['tabulator brukt som innrykk', 'mellomrom i stedet for tabulator'],
  MISSING_CHAR: ['et tegn mangler', 'lukkede anførselstegn og hakeparenteser: [a, b]'],
  UNEXPECTED_TOKEN: [
    'et tegn som ikke hører hjemme her',
    'gyldig YAML: «felt: verdi» på hver linje, lister som [a, b]',
  ],
};

/**
 * The parser finds an unclosed quote or bracket only where the text ends, or as a confusing error
 * further down; editors need the line it opens on: the first `key: "…` or `key: [… ` not closed on
 * the same line.
 */
function unclosedLine(yaml: string): { line: number; field: string; mark: string } | undefined {
  const lines = yaml.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*(?:-\s+)?([\w.-]+):\s+(["'[])(.*)$/.exec(lines[i]!);
    if (!m) continue;
    const [, field, mark, rest] = m as unknown as [string, string, string, string];
    const closed =
      mark === "'" ? /^(?:[^']|'')*'/.test(rest) : mark === '"' ? /^(?:[^"\\]|\\.)*"/.test(rest) : rest.includes(']');
    if (!closed) return { line: i + 1, field, mark };
  }
  return undefined;
}

/**
 * Checks the frontmatter of one file against the editors' contract, returning every problem with
 * the line of the field. `yaml` is the text between the `---` fences; the fence is line 1.
 */
export function checkFrontmatter(file: string, yaml: string, kind: KindId, refs: References): ParsedFrontmatter {
  const problems: Problem[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line + 1);
  const add = (field: string, node: Node | undefined | null, problem: string, expected: string) =>
    problems.push({ file, line: node?.range ? lineOf(node.range[0]) : 1, field, problem, expected });

  if (doc.errors.length > 0) {
    const open = unclosedLine(yaml);
    if (open) {
      // An unclosed quote or bracket confuses the parser about everything after it: name it alone.
      const bracket = open.mark === '[';
      problems.push({
        file,
        line: open.line + 1,
        field: open.field,
        problem: `${bracket ? 'hakeparentesen' : 'anførselstegnet'} ${open.mark} lukkes aldri (YAML-feil)`,
        expected: `${bracket ? ']' : open.mark} på slutten av verdien, på samme linje`,
      });
      return { data: {}, problems };
    }
    const seen = new Set<number>();
    for (const error of doc.errors) {
      // One mistake often gives two parser errors on the same line; the first says it best.
      const line = lineOf(error.pos[0]);
      if (seen.has(line)) continue;
      seen.add(line);
      const said = YAML_ERRORS[error.code];
      problems.push({
        file,
        line,
        field: 'frontmatter',
        problem: `YAML-feil: ${said?.[0] ?? error.message.split('\n')[0]}`,
        expected:
          said?.[1] ?? 'gyldig YAML: «felt: verdi» på hver linje, lister som [a, b], tekst med kolon i anførselstegn',
      });
    }
    return { data: {}, problems };
  }
  const root = doc.contents;
  if (!isMap(root)) {
    add(
      'frontmatter',
      root,
      'toppteksten er ikke en liste med felt',
      'linjer på formen «felt: verdi» mellom to linjer med ---',
    );
    return { data: {}, problems };
  }
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const node = (path: (string | number)[]) => doc.getIn(path, true) as Node | undefined;
  const keyNode = (key: string) =>
    root.items.find((p) => (p.key as { value?: unknown })?.value === key)?.key as Node | undefined;

  // Unknown fields: the schema would drop them without a word.
  const allowed = kind === 'arrangementer' ? [...COMMON_FIELDS, 'event'] : COMMON_FIELDS;
  for (const key of Object.keys(data)) {
    if (allowed.includes(key)) continue;
    if (key === 'event') {
      add(
        'event',
        keyNode(key),
        'event-feltet hører bare til arrangementer',
        'flytt filen til content/arrangementer/, eller fjern event',
      );
    } else {
      add(
        key,
        keyNode(key),
        `ukjent felt «${key}»${didYouMean(key, allowed)}`,
        `bare disse feltene: ${kindList(allowed)}`,
      );
    }
  }

  requiredText(data, 'title', 'en tittel, f.eks. title: Tre nøkler for å øke ledernes handlingsrom');
  requiredText(data, 'description', 'en ingress på én eller to setninger');

  // date
  if (data['date'] === undefined || data['date'] === null || data['date'] === '') {
    add('date', keyNode('date'), 'mangler', 'publiseringsdato på formen ÅÅÅÅ-MM-DD, f.eks. date: 2017-03-01');
  } else if (typeof data['date'] !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(data['date'])) {
    add(
      'date',
      node(['date']),
      `«${String(data['date'])}» er ikke en dato på formen ÅÅÅÅ-MM-DD`,
      'f.eks. date: 2017-03-01',
    );
  } else if (!isRealDate(data['date'])) {
    add('date', node(['date']), `${data['date']} finnes ikke i kalenderen`, 'en dato som finnes, på formen ÅÅÅÅ-MM-DD');
  }

  // themes
  const themes = data['themes'];
  if (themes === undefined || themes === null) {
    add('themes', keyNode('themes'), 'mangler', `minst ett tema: ${kindList(THEME_IDS)}, f.eks. themes: [samordning]`);
  } else if (!Array.isArray(themes)) {
    add(
      'themes',
      node(['themes']),
      `skal være en liste, ikke «${String(themes)}»`,
      `f.eks. themes: [${typeof themes === 'string' ? themes : 'samordning'}]`,
    );
  } else if (themes.length === 0) {
    add('themes', node(['themes']), 'listen er tom', `minst ett tema: ${kindList(THEME_IDS)}`);
  } else {
    themes.forEach((theme, i) => {
      if (typeof theme !== 'string' || !(THEME_IDS as readonly string[]).includes(theme)) {
        add(
          'themes',
          node(['themes', i]),
          `ukjent tema «${String(theme)}»`,
          `et av ${kindList(THEME_IDS)}${didYouMean(String(theme), THEME_IDS)}`,
        );
      }
    });
  }

  if (data['draft'] !== undefined && typeof data['draft'] !== 'boolean') {
    add(
      'draft',
      node(['draft']),
      `«${String(data['draft'])}» er ikke sann/usann`,
      'draft: true (utkast) eller draft: false',
    );
  }

  /**
   * An optional list of references: its items, or undefined when it is absent, or empty or not a
   * list (both reported). An empty `people:` is null, which the schema rejects: its default is
   * only for a missing field.
   */
  const optionalList = (field: 'people' | 'publications', fillIn: string, example: string) => {
    const value = data[field];
    if (value === null) add(field, keyNode(field), 'er tomt', fillIn);
    else if (value !== undefined && !Array.isArray(value)) add(field, node([field]), 'skal være en liste', example);
    return Array.isArray(value) ? (value as unknown[]) : undefined;
  };

  optionalList(
    'people',
    'fyll ut personene, eller fjern linjen',
    'f.eks.\npeople:\n  - id: eivind-dale\n    part: intervjuet',
  )?.forEach((p, i) => {
    const here = node(['people', i]);
    if (typeof p !== 'object' || p === null || Array.isArray(p)) {
      add(
        'people',
        here,
        `«${String(p)}» mangler id og part`,
        'hver person som «- id: eivind-dale» og «part: intervjuet» på neste linje',
      );
      return;
    }
    const { id, part } = p as Record<string, unknown>;
    if (typeof id !== 'string' || !refs.people.has(id)) {
      add(
        'people',
        node(['people', i, 'id']) ?? here,
        `ukjent person «${String(id)}»`,
        `en id fra content/personer.yaml${didYouMean(String(id), [...refs.people])}`,
      );
    }
    if (typeof part !== 'string' || !(PARTS as readonly string[]).includes(part)) {
      add(
        'people',
        node(['people', i, 'part']) ?? here,
        `ukjent rolle «${String(part)}»`,
        `en av ${kindList(PARTS)}${didYouMean(String(part), PARTS)}`,
      );
    }
  });

  optionalList(
    'publications',
    'fyll ut publikasjonene, eller fjern linjen',
    'f.eks. publications: [noklene-til-handlingsrommet]',
  )?.forEach((id, i) => {
    if (typeof id !== 'string' || !refs.publications.has(id)) {
      add(
        'publications',
        node(['publications', i]),
        `ukjent publikasjon «${String(id)}»`,
        `en id fra content/publikasjoner.yaml${didYouMean(String(id), [...refs.publications])}`,
      );
    }
  });

  for (const p of checkLeadImage(data['image'])) add(p.field, node(p.path) ?? keyNode('image'), p.problem, p.expected);
  if (kind === 'arrangementer') checkEvent();
  return { data, problems };

  function requiredText(d: Record<string, unknown>, field: string, expected: string): void {
    const value = d[field];
    if (value === undefined || value === null) add(field, keyNode(field), 'mangler', expected);
    else if (typeof value !== 'string')
      add(
        field,
        node([field]),
        `skal være tekst, ikke ${typeof value === 'number' ? 'et tall' : 'en liste eller et objekt'}`,
        expected,
      );
    else if (value.trim() === '') add(field, node([field]), 'er tomt', expected);
  }

  function checkEvent(): void {
    const event = data['event'];
    if (event === undefined || event === null) {
      add(
        'event',
        undefined,
        'mangler: et arrangement trenger tid og sted',
        'event:\n  start: 2017-03-17T08:30:00+01:00\n  location: Stedet',
      );
      return;
    }
    if (typeof event !== 'object' || Array.isArray(event)) {
      add('event', node(['event']), 'skal være et objekt med start og location', 'event:\n  start: …\n  location: …');
      return;
    }
    const e = event as Record<string, unknown>;
    for (const key of Object.keys(e)) {
      if (!EVENT_FIELDS.includes(key)) {
        const k = (doc.getIn(['event'], true) as { items?: { key: Node & { value?: unknown } }[] })?.items?.find(
          (p) => p.key.value === key,
        )?.key;
        add(
          `event.${key}`,
          k,
          `ukjent felt «${key}»${didYouMean(key, EVENT_FIELDS)}`,
          `bare ${kindList(EVENT_FIELDS)}`,
        );
      }
    }
    const timeExpected =
      'dato og klokkeslett med tidssone, f.eks. 2017-03-17T08:30:00+01:00 (eller bare datoen når klokkeslettet ikke er kjent)';
    const validTime = (v: unknown) => typeof v === 'string' && (isDateTimeWithOffset(v) || isRealDate(v));
    if (e['start'] === undefined || e['start'] === null || e['start'] === '')
      add('event.start', keyNode('event'), 'mangler', timeExpected);
    else if (!validTime(e['start']))
      add('event.start', node(['event', 'start']), `«${String(e['start'])}» er ikke et gyldig tidspunkt`, timeExpected);
    if (e['end'] === null)
      add(
        'event.end',
        node(['event', 'end']) ?? keyNode('event'),
        'er tomt',
        'en slutt på samme form som start, eller fjern linjen',
      );
    else if (e['end'] !== undefined) {
      if (!validTime(e['end']))
        add('event.end', node(['event', 'end']), `«${String(e['end'])}» er ikke et gyldig tidspunkt`, timeExpected);
      else if (validTime(e['start']) && osloSortKey(e['end'] as string) < osloSortKey(e['start'] as string)) {
        add(
          'event.end',
          node(['event', 'end']),
          `arrangementet slutter (${String(e['end'])}) før det starter (${String(e['start'])})`,
          'en slutt som er etter start',
        );
      }
    }
    if (
      e['location'] === undefined ||
      e['location'] === null ||
      (typeof e['location'] === 'string' && e['location'].trim() === '')
    ) {
      add(
        'event.location',
        node(['event', 'location']) ?? keyNode('event'),
        'mangler',
        'stedet, f.eks. location: Regjeringskvartalet, R4 (skriv «Ikke oppgitt» hvis det ikke er kjent)',
      );
    } else if (typeof e['location'] !== 'string')
      add('event.location', node(['event', 'location']), 'skal være tekst', 'stedet som tekst');
    if (
      e['registration'] !== undefined &&
      (typeof e['registration'] !== 'string' || !/^https?:\/\/\S+$/.test(e['registration']))
    ) {
      add(
        'event.registration',
        node(['event', 'registration']),
        `«${String(e['registration'])}» er ikke en nettadresse`,
        'en full adresse som begynner med https://',
      );
    }
    for (const field of ['audience', 'organizer']) {
      const v = e[field];
      if (v !== undefined && (typeof v !== 'string' || v.trim() === ''))
        add(`event.${field}`, node(['event', field]), 'skal være tekst', 'tekst, eller fjern feltet');
    }
  }
}
