/**
 * The field inputs of issue 11 (faults 1 and 2, ../shared/field-inputs/c05 and c03) and more of their
 * kinds, as fixture sites run through the real `npm run check`: the exact lines an editor sees.
 */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';

function check(root: string): { code: number | null; lines: string[] } {
  const result = spawnSync(process.execPath, ['scripts/check.ts', '--root', root], { encoding: 'utf8' });
  return {
    code: result.status,
    lines: `${result.stdout}${result.stderr}`.split('\n').filter((l) => l.startsWith('content/')),
  };
}

const PASTE = 'slett tegnet og skriv et mellomrom (eller et nytt avsnitt) der; lim inn som ren tekst for å unngå det';

describe('characters no output may carry', () => {
  test('are named in words an editor understands, with file, line and field, in entries, bodies and lists', () => {
    const { code, lines } = check('e2e/fixtures/invisible-character');
    expect(code).toBe(1);
    expect(lines).toEqual([
      `content/artikler/fra-pdf.mdx:10 — innhold — usynlig tegn U+000C (sideskift fra tekstbehandler) i teksten — ${PASTE}`,
      'content/artikler/fra-pdf.mdx:10 — innhold — tegnet U+FFFD (erstatningstegn «�»: teksten er lest med feil tegnkoding) i teksten — skriv de berørte bokstavene inn på nytt (ofte æ, ø, å eller anførselstegn), og lagre filen som UTF-8',
      `content/artikler/styring-og-ledelse-del-1.mdx:3 — description — usynlig tegn U+000B (manuelt linjeskift fra tekstbehandler) i teksten — ${PASTE}`,
      'content/personer.yaml:2 — name — usynlig tegn U+202E (retningsoverstyring høyre-til-venstre, snur teksten baklengs) i teksten — slett tegnet; skriv teksten i den rekkefølgen den skal leses',
    ]);
  }, 60_000);
});

describe('event start and end', () => {
  test('of different forms, in UTC, or with seconds, are rejected saying what to write', () => {
    const { code, lines } = check('e2e/fixtures/event-mixed-forms');
    expect(code).toBe(1);
    expect(lines).toEqual([
      "content/arrangementer/heldagskurs-med-avslutning.mdx:8 — event.end — start er bare en dato (2018-05-02), men end har klokkeslett (2018-05-03T12:00:00+02:00); da vet ingen når arrangementet begynner — samme form i begge: start med klokkeslett, f.eks. start: '2018-05-02T09:00:00+02:00' (med riktig klokkeslett), eller bare datoer i begge: end: '2018-05-03'",
      "content/arrangementer/tid-i-utc.mdx:7 — event.start — tidssonen Z i «2018-04-10T07:00:00Z» er ikke norsk tid den dagen (nettstedet ville vist kl. 09:00) — norsk tid (+01:00 om vinteren, +02:00 om sommeren): start: '2018-04-10T07:00:00+02:00' for kl. 07:00, eller '2018-04-10T09:00:00+02:00' for kl. 09:00",
      "content/arrangementer/tid-i-utc.mdx:8 — event.end — sekundene i «2018-04-10T09:30:30+02:00» vises ikke på nettstedet — hele minutter, f.eks. end: '2018-04-10T09:30:00+02:00'",
      "content/arrangementer/todagers-samling.mdx:8 — event.end — start har klokkeslett (2018-04-10T09:00:00+02:00), men end er bare en dato (2018-04-11); da vet ingen når arrangementet slutter — samme form i begge: end med klokkeslett, f.eks. end: '2018-04-11T16:00:00+02:00' (med riktig klokkeslett), eller bare datoer i begge: start: '2018-04-10'",
    ]);
  }, 60_000);
});
