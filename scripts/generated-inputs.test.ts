/**
 * Generated editor input (issue 11, «Generated inputs»): entries with any Unicode in their titles,
 * ingresses, places and bodies (controls, noncharacters, lone surrogates, right-to-left marks,
 * emoji, very long words), YAML written in every style and in the wrong shapes, and event times in
 * every form. For each, either `npm run check` rejects it, naming the file, line and field in
 * Norwegian, or it is accepted; all accepted entries then go into ONE build of a copy of the
 * project, and every output must parse strictly (XML, HTML, JSON-LD, iCalendar) and say what the
 * editor wrote.
 *
 * Fixed seed and a bounded number of cases, so that `npm test` is repeatable. When a seed finds a
 * fault, fast-check prints the entry: add it to FIXED below, fix the fault, keep the case.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { XMLParser } from 'fast-xml-parser';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { parse as parseHtml } from 'node-html-parser';
import ICAL from 'ical.js';
import { validateContent, formatProblem } from '../src/lib/validate/index.ts';
import { snapshotSources } from './lib/clean-build.ts';
import { buildSite } from './lib/build-site.ts';
import { tempDirs } from './lib/temp-dirs.ts';
import { htmlFaults, icsFaults, jsonLdBlocks, jsonLdFaults, xmlFaults } from './lib/strict-outputs.ts';
import { osloOffsetAt } from '../src/lib/event-time.ts';
import { formatEventTime, isAllDay } from '../src/lib/dates.ts';
import { parseSiteOwner } from '../src/lib/site-owner.ts';

const SEED = 20261201;
const RUNS = 150;
const tempDir = tempDirs('kb-generated-');

// ---------------------------------------------------------------------------------------------
// What editors paste, and how they write it.

/** Characters and strings that broke, or could break, one output or another. */
const TRICKY = [
  '\u000B',
  '\u000C',
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u009F',
  '\u2028',
  '\u2029',
  '\uFFFE',
  '\uFFFF',
  '\uFDD0',
  '\u{1FFFE}',
  '\u{10FFFF}',
  '\uD800',
  '\uDFFF',
  '\uFFFD',
  '\u202E',
  '\u202A',
  '\u2066',
  '\u200E',
  '\u200F',
  '\u061C',
  '\u00A0',
  '\u00AD',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '😀',
  '👩‍💻',
  '🇳🇴',
  'שלום',
  'مرحبا',
  'Virksomhetsstyringsforbedringsprosjektet',
  'x'.repeat(200),
  '&',
  '&amp;',
  '<',
  '>',
  ']]>',
  '"',
  "'",
  ':',
  ': ',
  '#',
  ' #',
  '\t',
  '\\',
  '{',
  '}',
  '[',
  ']',
  ',',
  ';',
  '*',
  '`',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  'æøå ÆØÅ',
  '- ',
  '---',
  '%',
  '@',
  '!',
  '|',
  '>',
];
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }) },
  { weight: 3, arbitrary: fc.constantFrom('Samordning', 'i staten', 'Difi', 'Ledelse og styring', ' ', '. ') },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const text = fc.array(piece, { minLength: 1, maxLength: 5 }).map((p) => p.join(''));

/** A text as YAML after `field: `, in one of the styles editors use, indented for nesting. */
const STYLES = ['plain', 'single', 'double', 'literal', 'folded'] as const;
function yamlScalar(value: string, style: (typeof STYLES)[number], indent: string): string {
  switch (style) {
    case 'plain':
      return value;
    case 'single':
      return `'${value.replace(/'/g, "''")}'`;
    case 'double':
      return JSON.stringify(value);
    case 'literal':
    case 'folded':
      return `${style === 'literal' ? '|' : '>'}\n${value
        .split(/\r?\n/)
        .map((l) => `${indent}  ${l}`)
        .join('\n')}`;
  }
}
/** Mostly text in some style; now and then the wrong shape altogether. */
const fieldValue = (indent: string) =>
  fc.oneof(
    {
      weight: 12,
      arbitrary: fc
        .tuple(text, fc.constantFrom(...STYLES, 'double', 'single'))
        .map(([t, style]) => yamlScalar(t, style, indent)),
    },
    { weight: 1, arbitrary: fc.constantFrom('123', 'true', '[a, b]', '{a: 1}', '', '~', '2018-01-01', "''", '"  "') },
  );

const day = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 59), fc.constantFrom('', '', ':00', ':30'))
  .map(([h, m, s]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}${s}`);
/** Oslo-correct date-times are the commonest form; every other form and offset turns up too. */
const osloTime = fc.tuple(day, clock).map(([d, c]) => `${d}T${c}${osloOffsetAt(d, c) ?? '+01:00'}`);
const timeValue = fc.oneof(
  { weight: 4, arbitrary: day },
  { weight: 4, arbitrary: osloTime },
  {
    weight: 2,
    arbitrary: fc
      .tuple(day, clock, fc.constantFrom('Z', '+00:00', '+01:00', '+02:00', '+05:30', '-03:00'))
      .map(([d, c, o]) => `${d}T${c}${o}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '2018-02-30',
      '2018-04-10 09:00',
      '2018-04-10T25:00:00+02:00',
      '2018-04-10T09:00',
      'i morgen',
      '',
    ),
  },
);
/** An end: none, the same as the start, later in the same form, or any time at all. */
const eventTimes = fc
  .tuple(
    timeValue,
    fc.oneof(fc.constant(undefined), fc.constant('same'), fc.constant('later'), timeValue),
    fc.integer({ min: 0, max: 3 }),
  )
  .map(([start, end, days]) => {
    if (end === 'same') return { start, end: start };
    if (end === 'later') {
      if (isAllDay(start)) {
        const d = new Date(`${start}T00:00:00Z`);
        d.setUTCDate(d.getUTCDate() + days);
        return { start, end: d.toISOString().slice(0, 10) };
      }
      const m = /^(\d{4}-\d{2}-\d{2})T/.exec(start);
      if (!m) return { start, end: undefined };
      const d = new Date(`${m[1]}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + days);
      const endDay = d.toISOString().slice(0, 10);
      return { start, end: `${endDay}T23:30${osloOffsetAt(endDay, '23:30') ?? '+01:00'}` };
    }
    return { start, end };
  });
const quoted = (v: string) => fc.constantFrom(v, `'${v}'`);

const bodyLine = fc.oneof(
  { weight: 5, arbitrary: text },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '## Mellomtittel',
      '- punkt',
      '> sitat',
      '**uthevet**',
      '[lenke](https://example.no/)',
      '',
    ),
  },
);
const body = fc.array(bodyLine, { minLength: 1, maxLength: 6 }).map((lines) => lines.join('\n\n'));

interface Generated {
  kind: 'artikler' | 'intervjuer' | 'arrangementer';
  source: string;
}

const entry: fc.Arbitrary<Generated> = fc
  .record({
    kind: fc.constantFrom('artikler', 'intervjuer', 'arrangementer', 'arrangementer') as fc.Arbitrary<
      Generated['kind']
    >,
    title: fieldValue(''),
    description: fieldValue(''),
    date: fc.oneof(
      { weight: 8, arbitrary: day },
      { weight: 1, arbitrary: fc.constantFrom('2017-02-31', '1. mars 2017', '') },
    ),
    themes: fc.constantFrom(
      '[samordning]',
      '[samordning, it-styring]',
      '[etatsstyring]',
      '[ukjent]',
      'samordning',
      '[]',
    ),
    times: eventTimes.chain((t) =>
      fc.tuple(quoted(t.start), t.end === undefined ? fc.constant(undefined) : quoted(t.end)),
    ),
    location: fieldValue('  '),
    organizer: fc.option(fieldValue('  '), { nil: undefined }),
    body,
  })
  .map((e) => {
    const lines = [
      '---',
      `title: ${e.title}`,
      `description: ${e.description}`,
      `date: ${e.date}`,
      `themes: ${e.themes}`,
    ];
    if (e.kind === 'arrangementer') {
      lines.push('event:', `  start: ${e.times[0]}`);
      if (e.times[1] !== undefined) lines.push(`  end: ${e.times[1]}`);
      lines.push(`  location: ${e.location}`);
      if (e.organizer !== undefined) lines.push(`  organizer: ${e.organizer}`);
    }
    lines.push('---', '', e.body, '');
    return { kind: e.kind, source: lines.join('\n') };
  });

/**
 * Cases once found by a seed, or brought from the field (../shared/field-inputs/): kept for good.
 * `accepted` says what the check must do with each.
 */
const FIXED: (Generated & { accepted: boolean })[] = [
  {
    // c05: U+000B pasted from a word processor into an ingress.
    kind: 'artikler',
    accepted: false,
    source:
      "---\ntitle: 'Styring & ledelse <del 1> ]]> i staten'\ndescription: 'Ingress limt inn fra et tekstbehandlingsprogram\u000Bmed en manuell linjeskift-kode i midten.'\ndate: 2018-03-06\nthemes: [samordning, it-styring]\n---\n\nBrødtekst.\n",
  },
  {
    // c03: a date-time start with a date end.
    kind: 'arrangementer',
    accepted: false,
    source:
      "---\ntitle: 'Todagers samling for etatsledere'\ndescription: 'Sluttidspunktet er bare kjent som dato.'\ndate: 2018-03-01\nthemes: [etatsstyring]\nevent:\n  start: '2018-04-10T09:00:00+02:00'\n  end: '2018-04-11'\n  location: 'Hotell Fjordutsikt, Drammen'\n---\n\nSamlingen går over to dager.\n",
  },
  {
    // c03: a date start with a date-time end.
    kind: 'arrangementer',
    accepted: false,
    source:
      "---\ntitle: 'Heldagskurs med avslutning'\ndescription: 'Slutter klokka tolv dagen etter.'\ndate: 2018-03-02\nthemes: [endringsledelse]\nevent:\n  start: '2018-05-02'\n  end: '2018-05-03T12:00:00+02:00'\n  location: 'Kurssenteret, Bergen'\n---\n\nKurset går over to dager.\n",
  },
  {
    // What XML and calendars must escape, and what is kept as written: the title exactly as shown.
    kind: 'arrangementer',
    accepted: true,
    source:
      "---\ntitle: 'Styring & ledelse <del 1> ]]> i staten; «sitat», \u00A0kl.\u00A010 – Virksomhets\u00ADstyrings\u00ADforbedrings\u00ADprosjektet 👩‍💻 \u200Fשלום\u200E'\ndescription: 'Ingress med \\\\ skråstrek, semikolon; og komma,'\ndate: 2018-03-06\nthemes: [samordning]\nevent:\n  start: '2018-10-28T02:30:00+01:00'\n  end: '2018-10-28T02:30:00+01:00'\n  location: 'Sted: «R4», 2. etasje'\n---\n\nBrødtekst med emoji 🇳🇴 og &amp; og <b>fet</b>.\n",
  },
  {
    // A multi-day all-day event across the new year: DTEND is exclusive.
    kind: 'arrangementer',
    accepted: true,
    source:
      '---\ntitle: Nyttårssamling\ndescription: Over nyttår.\ndate: 2018-12-01\nthemes: [samordning]\nevent:\n  start: 2018-12-31\n  end: 2019-01-01\n  location: Oslo\n---\n\nTekst.\n',
  },
];

// ---------------------------------------------------------------------------------------------

/** A scratch project with the real shared lists and one entry at a time, for the check. */
function checkOne(root: string, g: Generated, name: string) {
  const file = `content/${g.kind}/${name}.mdx`;
  for (const kind of ['artikler', 'intervjuer', 'arrangementer'])
    rmSync(path.join(root, 'content', kind), { recursive: true, force: true });
  mkdirSync(path.join(root, 'content', g.kind), { recursive: true });
  writeFileSync(path.join(root, file), g.source);
  return { file, problems: validateContent(root).problems };
}

/** Rejected: every problem names this file, a line in it, a field, and says what is wrong and what to write. */
function expectClearRejection(file: string, source: string, problems: ReturnType<typeof checkOne>['problems']) {
  const lineCount = source.split(/\r\n|\r|\n/).length;
  for (const p of problems) {
    const said = formatProblem(p);
    expect(p.file, said).toBe(file);
    expect(p.line, said).toBeGreaterThanOrEqual(1);
    expect(p.line, said).toBeLessThanOrEqual(lineCount);
    expect(p.field.trim(), said).not.toBe('');
    expect(p.problem.trim(), said).not.toBe('');
    expect(p.expected.trim(), said).not.toBe('');
  }
}

function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).map(String).sort();
}

/** `20180410T070000Z` or `20180410` for a start or end as the editor wrote it. */
function icsValue(value: string): string {
  if (isAllDay(value)) return value.replace(/-/g, '');
  return new Date(value)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

describe('generated editor input', () => {
  test('is rejected with file, line and field, or builds into outputs that parse strictly and say what was written', () => {
    const scratch = tempDir();
    mkdirSync(path.join(scratch, 'content'), { recursive: true });
    for (const list of ['personer.yaml', 'publikasjoner.yaml'])
      cpSync(path.join('content', list), path.join(scratch, 'content', list));

    const accepted: Generated[] = [];
    let rejected = 0;
    const consider = (g: Generated) => {
      const { file, problems } = checkOne(scratch, g, 'generert');
      if (problems.length === 0) accepted.push(g);
      else {
        rejected++;
        expectClearRejection(file, g.source, problems);
      }
      return problems.length === 0;
    };
    for (const fixed of FIXED) expect(consider(fixed), fixed.source).toBe(fixed.accepted);
    fc.assert(
      fc.property(entry, (g) => {
        consider(g);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // Both outcomes must occur, or the generator no longer tests what it claims to.
    expect(rejected).toBeGreaterThan(RUNS / 10);
    expect(accepted.filter((g) => g.kind === 'arrangementer').length).toBeGreaterThan(
      FIXED.filter((f) => f.accepted).length + 2,
    );
    expect(accepted.length).toBeGreaterThan(RUNS / 10);

    // ONE build of a copy of the project, with every accepted entry and the site owner filled in.
    const dir = tempDir();
    snapshotSources(process.cwd(), dir);
    symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
    const slugs = accepted.map((g, i) => {
      const slug = `generert-${i}`;
      writeFileSync(path.join(dir, 'content', g.kind, `${slug}.mdx`), g.source);
      return slug;
    });
    const ownerSource =
      "organisation: 'Direktoratet for prøving & <testing>'\nemail: 'tilgjengelighet@example.no'\ncontactPage: ''\nstatementReviewed: '2026-11-27'\n";
    writeFileSync(path.join(dir, 'config/site-owner.yaml'), ownerSource);
    const run = buildSite(dir, { ASTRO_CACHE_DIR: path.join(dir, '.astro-cache') });
    expect(run.status, run.out.slice(-4000)).toBe(0);
    expect(run.out).not.toContain('config/site-owner.yaml: ');
    const dist = path.join(dir, 'dist');

    // Every output, strictly.
    const files = listFiles(dist);
    const of = (ext: string) => files.filter((f) => f.endsWith(ext));
    expect(of('.xml').length).toBeGreaterThan(5);
    expect(of('.ics').length).toBeGreaterThan(accepted.filter((g) => g.kind === 'arrangementer').length);
    expect(of('.html').length).toBeGreaterThan(accepted.length);
    for (const f of of('.xml')) expect(xmlFaults(readFileSync(path.join(dist, f), 'utf8')), f).toEqual([]);
    for (const f of of('.ics')) expect(icsFaults(readFileSync(path.join(dist, f), 'utf8')), f).toEqual([]);
    let blocks = 0;
    for (const f of of('.html')) {
      const html = readFileSync(path.join(dist, f), 'utf8');
      expect(htmlFaults(html), f).toEqual([]);
      for (const block of jsonLdBlocks(html)) {
        blocks++;
        expect(jsonLdFaults(block), f).toEqual([]);
      }
    }
    expect(blocks).toBeGreaterThan(accepted.length);

    // What the editor wrote, in the page, the feed and the calendar.
    const rss = new XMLParser({ parseTagValue: false, trimValues: false, processEntities: true }).parse(
      readFileSync(path.join(dist, 'rss.xml'), 'utf8'),
    ) as { rss: { channel: { item: { title: string; link: string }[] } } };
    const feedTitles = new Map(rss.rss.channel.item.map((item) => [new URL(item.link).pathname, String(item.title)]));
    let inFeed = 0;
    accepted.forEach((g, i) => {
      const data = parseYaml(splitFrontmatter(g.source).yaml ?? '') as {
        title: string;
        event?: { start: string; end?: string };
      };
      const sitePath = `/${g.kind}/${slugs[i]}/`;
      const page = parseHtml(readFileSync(path.join(dist, g.kind, slugs[i]!, 'index.html'), 'utf8'));
      expect(page.querySelector('h1')?.text, sitePath).toBe(data.title.trim());
      if (feedTitles.has(sitePath)) {
        inFeed++;
        expect(feedTitles.get(sitePath), sitePath).toBe(data.title.trim());
      }
      if (!data.event) return;
      const { start, end } = data.event;
      const ics = readFileSync(path.join(dist, 'arrangementer', `${slugs[i]}.ics`), 'utf8');
      const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
      const unfolded = ics.replace(/\r\n[ \t]/g, '');
      const dtstart = /^DTSTART(;VALUE=DATE)?:(.*)$/m.exec(unfolded);
      expect(dtstart?.[2]?.trim(), sitePath).toBe(icsValue(start));
      expect(Boolean(dtstart?.[1]), sitePath).toBe(isAllDay(start));
      const dtend = /^DTEND(;VALUE=DATE)?:(.*)$/m.exec(unfolded)?.[2]?.trim();
      if (isAllDay(start)) {
        const last = new Date(`${end ?? start}T00:00:00Z`);
        last.setUTCDate(last.getUTCDate() + 1);
        expect(dtend, sitePath).toBe(icsValue(last.toISOString().slice(0, 10)));
      } else if (end && Date.parse(end) !== Date.parse(start)) expect(dtend, sitePath).toBe(icsValue(end));
      else expect(dtend, sitePath).toBeUndefined();
      expect(vevent.getFirstPropertyValue('summary'), sitePath).toBe(data.title.trim());
      // The page states the same time, in the words the site uses for it, and nothing else.
      const time = page.querySelector('.event-facts time');
      expect(time?.getAttribute('datetime'), sitePath).toBe(start);
      expect(time?.text, sitePath).toBe(formatEventTime(start, end));
    });
    expect(inFeed).toBeGreaterThan(0);

    // The accessibility statement gives the configured owner, and only that.
    const { owner } = parseSiteOwner(ownerSource);
    const statement = parseHtml(readFileSync(path.join(dist, 'tilgjengelighet/index.html'), 'utf8'));
    const mail = statement.querySelectorAll('main a').filter((a) => a.getAttribute('href')?.startsWith('mailto:'));
    expect(mail.map((a) => a.getAttribute('href'))).toEqual([`mailto:${owner.email}`]);
    expect(statement.querySelector('main')!.text).toContain(owner.organisation);
    expect(statement.querySelector('main time')?.getAttribute('datetime')).toBe(owner.statementReviewed);
    expect(existsSync(dist)).toBe(true);
  }, 600_000);
});
