import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { effectiveDirective } from '../src/lib/html/blocked.ts';

/** Runs the real `npm run check` script on a fixture site. */
function check(root: string): { code: number | null; out: string } {
  const result = spawnSync(process.execPath, ['scripts/check.ts', '--root', root], { encoding: 'utf8' });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

const rule = (directive: string) => effectiveDirective(directive).flat().join(' ');

/**
 * Bodies the check must read as the renderer does (issue 11, faults 4, 5 and 7): each fixture
 * under e2e/fixtures/ and the lines the editor must see (file:line — field — what — instead).
 */
const cases: { fixture: string; lines: string[] }[] = [
  {
    fixture: 'body-indented',
    lines: [
      'content/artikler/metodeboks.mdx:13 — innhold — teksten er rykket inn med fire mellomrom (eller en tabulator) og vises som kode i fast bredde, ikke som vanlig tekst — fjern innrykket',
      'content/artikler/metodeboks.mdx:18 — innhold — teksten er rykket inn med fire mellomrom',
      'content/artikler/html-blokk.mdx:9 — innhold — Markdown (fet skrift) inne i en HTML-blokk vises som ren tekst, med tegnene — en tom linje mellom HTML-taggen og Markdown-teksten',
    ],
  },
  {
    fixture: 'body-blocked-html',
    lines: [
      `content/artikler/viktig-frist.mdx:8 — innhold — style="border: 3px solid #b00000; padding: 1rem" på <p> blokkeres av nettstedets sikkerhetsregler (${rule('style-src')}), så nettleseren viser innholdet uten stilen — fjern style=; vil du fremheve noe, bruk **fet skrift**`,
      `content/artikler/innebygd.mdx:8 — innhold — <iframe src="https://www.youtube.com/embed/abc"> henter innhold fra et annet nettsted (www.youtube.com), som sikkerhetsreglene blokkerer (${rule('frame-src')}); nettstedet gjør ingen forespørsler til andre nettsteder — en lenke til innholdet`,
      `content/artikler/innebygd.mdx:10 — innhold — <img src="https://kart.example.com/kart.png"> henter innhold fra et annet nettsted (kart.example.com), som sikkerhetsreglene blokkerer (${rule('img-src')})`,
      `content/artikler/innebygd.mdx:12 — innhold — onclick= på <button> blokkeres av nettstedets sikkerhetsregler (${rule('script-src')}) og kjøres ikke`,
      'content/artikler/innebygd.mdx:14 — innhold — <script src> i artikkelteksten er ikke tillatt',
      'content/artikler/innebygd.mdx:14 — innhold — lenken «/skript/mitt.js» går til en side som ikke finnes',
    ],
  },
  {
    fixture: 'body-html-links',
    lines: [
      'content/artikler/brutte-html-lenker.mdx:8 — innhold — lenken «/tema/finnes-ikke/» går til en side som ikke finnes',
      'content/artikler/brutte-html-lenker.mdx:10 — innhold — bildet «/bilder/liten.png» er skrevet fra roten, og blir ikke optimalisert',
      'content/artikler/brutte-html-lenker.mdx:10 — innhold — bildet «/bilder/stor.png» er skrevet fra roten, og blir ikke optimalisert',
    ],
  },
];

describe('npm run check reads bodies as the site renders them', () => {
  for (const c of cases) {
    test(`reports ${c.fixture} with file, line and what to write instead, and fails`, { timeout: 30_000 }, () => {
      const { code, out } = check(`e2e/fixtures/${c.fixture}`);
      expect(code).toBe(1);
      for (const line of c.lines) expect(out).toContain(line);
      // Nothing else: the code sample's link (/eksempel/finnes-ikke/) is no link.
      expect(out).toContain(`Fant ${c.lines.length} problemer i innholdet`);
      expect(out).not.toContain('/eksempel/finnes-ikke/');
    });
  }
});
