import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';

/** Runs the real `npm run check` script on a fixture site. */
function check(fixture: string): { code: number | null; out: string } {
  const result = spawnSync(process.execPath, ['scripts/check.ts', '--root', `e2e/fixtures/${fixture}`], { encoding: 'utf8' });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

/** Each case: the fixture, and the exact line the editor must see (file:line — field — problem — expected). */
const cases: { fixture: string; lines: string[] }[] = [
  {
    fixture: 'missing-field',
    lines: [
      'content/artikler/uten-tittel.mdx:1 — title — mangler — en tittel',
      'content/artikler/uten-tittel.mdx:2 — description — er tomt — en ingress på én eller to setninger',
    ],
  },
  {
    fixture: 'wrong-type',
    lines: [
      'content/artikler/feil-type.mdx:5 — themes — skal være en liste, ikke «samordning» — f.eks. themes: [samordning]',
      'content/artikler/feil-type.mdx:6 — draft — «ja» er ikke sann/usann — draft: true (utkast) eller draft: false',
    ],
  },
  {
    fixture: 'bad-date',
    lines: ['content/artikler/feil-dato.mdx:4 — date — 2017-02-31 finnes ikke i kalenderen — en dato som finnes, på formen ÅÅÅÅ-MM-DD'],
  },
  {
    fixture: 'unknown-theme',
    lines: [
      'content/artikler/ukjent-tema.mdx:5 — themes — ukjent tema «samording» — et av samordning, etatsstyring, endringsledelse, it-styring (mente du «samordning»?)',
    ],
  },
  {
    fixture: 'unknown-kind',
    lines: ['content/blogg/innlegg.mdx:1 — type — ukjent innholdstype «blogg» — en av mappene artikler, intervjuer, rapporter, arrangementer'],
  },
  {
    fixture: 'event-missing',
    lines: [
      'content/arrangementer/uten-tid-og-sted.mdx:7 — event.start — mangler — dato og klokkeslett med tidssone',
      'content/arrangementer/uten-tid-og-sted.mdx:7 — event.location — mangler — stedet',
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
      'content/artikler/nokler.mdx:1 — filnavn — gir samme nettadresse (/artikler/nokler/) som content/artikler/nøkler.mdx',
      'content/artikler/nøkler.mdx:1 — filnavn — gir samme nettadresse (/artikler/nokler/) som content/artikler/nokler.mdx',
    ],
  },
  {
    fixture: 'broken-link',
    lines: [
      'content/artikler/lenker.mdx:8 — innhold — lenken «/artikler/finnes-ikke/» går til en side som ikke finnes',
      'content/artikler/lenker.mdx:10 — innhold — bildet «/bilder/mangler.png» finnes ikke — en bildefil i public/bilder/mangler.png',
    ],
  },
  {
    fixture: 'mdx-unclosed',
    lines: ['content/artikler/uavsluttet.mdx:10 — innhold — MDX kan ikke leses: elementet <details> lukkes aldri'],
  },
  {
    fixture: 'mdx-brace',
    lines: ['content/artikler/krollparentes.mdx:10 — innhold — MDX kan ikke leses: en krøllparentes { lukkes aldri'],
  },
  {
    fixture: 'yaml-broken',
    lines: ['content/artikler/odelagt-yaml.mdx:2 — frontmatter — YAML-feil: Missing closing "quote — gyldig YAML'],
  },
  {
    fixture: 'unknown-person',
    lines: ['content/intervjuer/ukjent-person.mdx:7 — people — ukjent person «eivind-dael» — en id fra content/personer.yaml (mente du «eivind-dale»?)'],
  },
];

describe('npm run check', () => {
  for (const c of cases) {
    test(`reports ${c.fixture} with file, line, field and what is expected, and fails`, () => {
      const { code, out } = check(c.fixture);
      expect(code).toBe(1);
      for (const line of c.lines) expect(out).toContain(line);
      expect(out).toContain(`Fant ${c.lines.length === 1 ? 'ett problem' : `${c.lines.length} problemer`} i innholdet`);
    });
  }

  test('passes the real content and says how much it checked', () => {
    const result = spawnSync(process.execPath, ['scripts/check.ts'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Innholdet er i orden: \d+ filer kontrollert/);
  });
});
