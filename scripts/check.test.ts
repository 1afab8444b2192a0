import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { tempDirs } from './lib/temp-dirs.ts';

const tempRoot = tempDirs('kb-check-all-');

/** Runs the real `npm run check` script on a fixture site. */
function check(root: string): { code: number | null; out: string } {
  const result = spawnSync(process.execPath, ['scripts/check.ts', '--root', root], { encoding: 'utf8' });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

/**
 * Each case: a fixture site under e2e/fixtures/ with one kind of mistake, and the exact lines the
 * editor must see (file:line — field — what is wrong — what is expected).
 */
const cases: { fixture: string; lines: string[] }[] = [
  {
    fixture: 'missing-field',
    lines: [
      'content/artikler/uten-tittel.mdx:1 — title — mangler — en tittel, f.eks. title: Tre nøkler for å øke ledernes handlingsrom',
      'content/artikler/uten-tittel.mdx:2 — description — er tomt — en ingress på én eller to setninger',
    ],
  },
  {
    fixture: 'unknown-field',
    lines: [
      'content/artikler/feil-felt.mdx:2 — tittel — ukjent felt «tittel» (mente du «title»?) — skriv title i stedet for tittel: title: Feil feltnavn',
    ],
  },
  {
    fixture: 'wrong-type',
    lines: [
      'content/artikler/feil-type.mdx:5 — themes — skal være en liste, ikke «samordning» — f.eks. themes: [samordning]',
      'content/artikler/feil-type.mdx:6 — draft — «ja» er ikke sann/usann — draft: true (ja) eller draft: false (nei), uten anførselstegn',
    ],
  },
  {
    fixture: 'bad-date',
    lines: [
      'content/artikler/feil-dato.mdx:4 — date — 2017-02-31 finnes ikke i kalenderen (februar 2017 har 28 dager) — en dato som finnes, på formen ÅÅÅÅ-MM-DD',
    ],
  },
  {
    fixture: 'unknown-theme',
    lines: [
      'content/artikler/ukjent-tema.mdx:5 — themes — ukjent tema «samording» — et av samordning, etatsstyring, endringsledelse, it-styring (mente du «samordning»?)',
    ],
  },
  {
    fixture: 'unknown-kind',
    lines: [
      'content/blogg/innlegg.mdx:1 — type — ukjent innholdstype «blogg» — en av mappene artikler, intervjuer, rapporter, arrangementer',
    ],
  },
  {
    fixture: 'stray-files',
    lines: [
      'content/artikler/gammelt/:1 — filnavn — undermapper blir ikke med på nettstedet — én .mdx-fil per artikkel rett i content/artikler/',
    ],
  },
  {
    fixture: 'event-missing',
    lines: [
      'content/arrangementer/uten-tid-og-sted.mdx:6 — event.start — mangler — dato og klokkeslett med tidssone, f.eks. 2017-03-17T08:30:00+01:00',
      'content/arrangementer/uten-tid-og-sted.mdx:6 — event.location — mangler — stedet, f.eks. location: Regjeringskvartalet, R4',
    ],
  },
  {
    fixture: 'event-end-before-start',
    lines: [
      'content/arrangementer/slutter-for-start.mdx:8 — event.end — arrangementet slutter (2017-03-17T08:30:00+01:00) før det starter (2017-03-17T10:00:00+01:00) — en slutt som er etter start',
    ],
  },
  {
    fixture: 'duplicate-url',
    lines: [
      'content/artikler/nokler.mdx:1 — filnavn — gir samme nettadresse (/artikler/nokler/) som content/artikler/nøkler.mdx — et filnavn som er unikt etter at æ, ø, å er gjort om til ae, o, a',
      'content/artikler/nøkler.mdx:1 — filnavn — gir samme nettadresse (/artikler/nokler/) som content/artikler/nokler.mdx — et filnavn som er unikt etter at æ, ø, å er gjort om til ae, o, a',
    ],
  },
  {
    fixture: 'reserved-slug',
    lines: ['content/artikler/side.mdx:1 — filnavn — «side» er reservert for sidetall i lister — et annet filnavn'],
  },
  {
    fixture: 'broken-link',
    lines: [
      'content/artikler/lenker.mdx:8 — innhold — lenken «/artikler/finnes-ikke/» går til en side som ikke finnes — en side på nettstedet',
      'content/artikler/lenker.mdx:10 — innhold — bildet «/bilder/mangler.png» er skrevet fra roten, og blir ikke optimalisert — legg bildet i content/bilder/ og skriv ../bilder/mangler.png',
    ],
  },
  {
    fixture: 'link-to-draft',
    lines: [
      'content/artikler/publisert.mdx:8 — innhold — lenken «/artikler/utkast/» går til et utkast, som ikke publiseres — publiser den andre artikkelen først, eller fjern lenken',
    ],
  },
  {
    fixture: 'relative-image',
    lines: [
      'content/artikler/bilde.mdx:8 — innhold — bildet «diagram.png» ligger ikke i content/bilder/ — legg filen i content/bilder/ og skriv ../bilder/diagram.png',
    ],
  },
  {
    fixture: 'mdx-unclosed',
    lines: [
      'content/artikler/uavsluttet.mdx:10 — innhold — MDX kan ikke leses: elementet <details> lukkes aldri — </details> der elementet slutter',
    ],
  },
  {
    fixture: 'mdx-brace',
    lines: [
      'content/artikler/krollparentes.mdx:10 — innhold — MDX kan ikke leses: en krøllparentes { lukkes aldri — skriv \\{ for å vise en krøllparentes i teksten',
    ],
  },
  {
    fixture: 'mdx-component',
    lines: [
      'content/artikler/komponent.mdx:8 — innhold — import/export støttes ikke; komponentene kan brukes uten import — fjern linjen',
      'content/artikler/komponent.mdx:12 — innhold — komponenten <Faktboks> finnes ikke på dette nettstedet (mente du «Faktaboks»?) — en av <Faktaboks>, <Merknad>',
    ],
  },
  {
    fixture: 'yaml-broken',
    lines: [
      'content/artikler/odelagt-yaml.mdx:2 — title — anførselstegnet " lukkes aldri (YAML-feil) — " på slutten av verdien, på samme linje',
    ],
  },
  {
    fixture: 'unknown-person',
    lines: [
      'content/intervjuer/ukjent-person.mdx:7 — people — ukjent person «eivind-dael» — en id fra content/personer.yaml (mente du «eivind-dale»?)',
    ],
  },
  {
    fixture: 'bad-lists',
    lines: [
      "content/personer.yaml:1 — role — mangler (eivind-dale) — stilling, f.eks. role: 'departementsråd i KMD'",
      'content/publikasjoner.yaml:4 — year — «2014» er ikke gyldig (mot-alle-odds) — et årstall uten anførselstegn: year: 2014',
      'content/rapporter/omtale.mdx:6 — publications — ukjent publikasjon «mot-alle-ods» — en id fra content/publikasjoner.yaml (mente du «mot-alle-odds»?)',
    ],
  },
];

describe('npm run check', () => {
  for (const c of cases) {
    test(`reports ${c.fixture} with file, line, field and what is expected, and fails`, () => {
      const { code, out } = check(`e2e/fixtures/${c.fixture}`);
      expect(code).toBe(1);
      for (const line of c.lines) expect(out).toContain(line);
      expect(out).toContain(`Fant ${c.lines.length === 1 ? 'ett problem' : `${c.lines.length} problemer`} i innholdet`);
    });
  }

  test('lists every problem of every file at once, not only the first', () => {
    // All fixtures without shared lists of their own, in one content folder.
    const root = tempRoot();
    const merged = cases.filter((c) => !existsSync(`e2e/fixtures/${c.fixture}/content/personer.yaml`));
    for (const c of merged) cpSync(`e2e/fixtures/${c.fixture}`, root, { recursive: true });
    const { code, out } = check(root);
    expect(code).toBe(1);
    const lines = merged.flatMap((c) => c.lines);
    for (const line of lines) expect(out).toContain(line);
    expect(out).toContain(`Fant ${lines.length} problemer i innholdet`);
  });

  test('passes the real content and says how much it checked', () => {
    const result = spawnSync(process.execPath, ['scripts/check.ts'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Innholdet er i orden: \d+ filer kontrollert/);
  });
});
