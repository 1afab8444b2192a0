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
  {
    // Pasted from Word, and slips a non-developer makes: all said in one run (editor-body3 brief, faults 1–4, 8).
    fixture: 'body-pasted',
    lines: [
      'content/artikler/fra-word.mdx:8 — innhold — <p> har formatering fra Word (class="MsoNormal"), som kom med da teksten ble limt inn, og kommer med på siden — fjern class="MsoNormal" fra <p>',
      'content/artikler/fra-word.mdx:8 — innhold — <o:p> er kode fra Word',
      'content/artikler/fra-word.mdx:10 — innhold — <font> er formatering (skrifttype, -størrelse eller -farge) fra Word eller en annen nettside',
      'content/artikler/fra-word.mdx:10 — innhold — <span> har formatering fra Word (lang="EN-US")',
      'content/artikler/fra-word.mdx:12 — innhold — understrekene i «__ fet__» blir stående på siden: mellomrommet etter __ gjør at teksten ikke utheves — __fet__, med understrekene inntil ordene',
      'content/artikler/fra-word.mdx:12 — innhold — stjernene i «** fet **» blir stående på siden: mellomrommene innenfor ** gjør at teksten ikke utheves — **fet**',
      'content/artikler/fra-word.mdx:12 — innhold — 3 harde mellomrom (&nbsp;) etter hverandre fra Word, som gir et langt mellomrom på siden — ett vanlig mellomrom: tekst med',
      'content/artikler/referanser.mdx:8 — innhold — fotnoten [^2] har ingen fotnotetekst, så «[^2]» vises med klammene på siden — fotnoteteksten på en egen linje nederst, med en tom linje over: [^2]: Kilden.; er det fotnoten [^3] du mente, skriv [^3] her',
      'content/artikler/referanser.mdx:8 — innhold — lenken «[rapporten][1]» har ingen adresse (ingen linje [1]: … i teksten), så den vises med klammene på siden — adressen rett i lenken: [rapporten](https://…)',
      'content/artikler/referanser.mdx:8 — innhold — lenken «www.dfo.no» mangler https://, så den leses som en side på dette nettstedet — skriv https:// foran: [DFØ](https://www.dfo.no)',
      'content/artikler/referanser.mdx:11 — innhold — linjen --- rett under «Oppsummering» gjør teksten over til en overskrift (nivå 2), ikke til en skillelinje — for en skillelinje: en tom linje over ---; for en mellomtittel: ## Oppsummering, og fjern ---',
      'content/artikler/referanser.mdx:14 — innhold — linjene 14–15 begynner med et nummer, men står rett under en linje med tekst, så de vises som vanlig tekst i avsnittet, ikke som en nummerert liste — en tom linje over «2) planlegg»',
      'content/artikler/referanser.mdx:17 — innhold — fotnoten [^3] brukes ikke i teksten, så fotnoteteksten vises ikke på siden',
      'content/artikler/referanser.mdx:19 — innhold — adressen [2]: https://www.dfo.no/ brukes ikke av noen lenke, så ingen lenke går dit',
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
