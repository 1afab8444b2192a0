import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';

/** Runs the real `npm run check` script on a fixture site. */
function check(root: string): { code: number | null; out: string } {
  const result = spawnSync(process.execPath, ['scripts/check.ts', '--root', root], { encoding: 'utf8' });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('npm run check on editor components, images and attachments', () => {
  test('names each misused component, missing file, missing alt text and unused image, with line and fix', () => {
    const { code, out } = check('e2e/fixtures/rich-mistakes');
    expect(code).toBe(1);
    const lines = out.split('\n').filter((l) => l.startsWith('content/'));
    expect(lines).toEqual([
      'content/artikler/feil.mdx:8 — innhold — <Faktaboks> har ingen egenskap «titel» (mente du «tittel»?) — egenskapen tittel',
      'content/artikler/feil.mdx:8 — innhold — <Faktaboks> mangler egenskapen tittel, som er påkrevd — tittel="…": Overskriften i boksen.',
      'content/artikler/feil.mdx:10 — innhold — type="advarse" på <Merknad> finnes ikke (mente du «advarsel»?) — en av info, advarsel',
      'content/artikler/feil.mdx:12 — innhold — <Sitat> mangler egenskapen kilde, som er påkrevd — kilde="…": Hvem som sa eller skrev det.',
      'content/artikler/feil.mdx:14 — innhold — <Utvid> er tom — tekst mellom <Utvid …> og </Utvid>',
      'content/artikler/feil.mdx:16 — innhold — bildet «../bilder/finnes-ikke.jpg» finnes ikke (content/bilder/finnes-ikke.jpg) — en fil i content/bilder/, skrevet som ../bilder/finnes-ikke.jpg',
      'content/artikler/feil.mdx:18 — innhold — <Figur> mangler alt-tekst — alt="hva bildet viser", eller dekorativ for et bilde som bare er pynt',
      'content/artikler/feil.mdx:20 — innhold — tekst på <Vedlegg> er et MDX-uttrykk { } — tekst="…" med tekst i anførselstegn',
      'content/artikler/feil.mdx:22 — innhold — <Video> mangler egenskapen teksting, som er påkrevd — teksting="…": Tekstingen som WebVTT, f.eks. ../video/seminar.vtt.',
      'content/artikler/feil.mdx:22 — innhold — videoen «../video/seminar.mp4» finnes ikke (content/video/seminar.mp4) — en fil i content/video/, skrevet som ../video/seminar.mp4',
      'content/artikler/feil.mdx:24 — innhold — bildet «../bilder/brukt.png» mangler alt-tekst — ![hva bildet viser](../bilder/brukt.png), eller <Figur bilde="../bilder/brukt.png" dekorativ /> for et bilde som bare er pynt',
      'content/artikler/feil.mdx:26 — innhold — <Faktaboks> er tom — tekst mellom <Faktaboks …> og </Faktaboks>',
      'content/artikler/feil.mdx:28 — innhold — <Faktaboks> står inne i et avsnitt — <Faktaboks> på en egen linje, med en tom linje før og etter',
      'content/artikler/hovedbilde.mdx:6 — image.alt — mangler alt-tekst — alt: hva bildet viser (leses opp, og vises når bildet deles)',
      'content/artikler/hovedbilde.mdx:7 — image.src — bildet «../bilder/borte.jpg» finnes ikke (content/bilder/borte.jpg) — en fil i content/bilder/, skrevet som ../bilder/borte.jpg',
      'content/bilder/ubrukt.png:1 — fil — filen brukes ikke i noen artikkel eller publikasjon — bruk filen (se «Bilder og vedlegg» i redaktørveiledningen), eller slett den',
      'content/publikasjoner.yaml:4 — attachment — vedlegget «vedlegg/mangler.pdf» finnes ikke (content/vedlegg/mangler.pdf) — en fil i content/vedlegg/, skrevet som vedlegg/mangler.pdf',
      // The same rule as for a file named in an entry (src/lib/validate/media.ts), with the file meant.
      'content/publikasjoner.yaml:8 — attachment — vedlegget «../vedlegg/rapport.pdf» finnes ikke her (stien peker ut av content/), men content/vedlegg/rapport.pdf finnes — skriv vedlegg/rapport.pdf',
    ]);
  });
  test('passes the rich fixture that uses every component', () => {
    // Its binary files are made by e2e/support/rich-files.ts; without them the check names each one.
    const { out } = check('e2e/fixtures/rich');
    const lines = out.split('\n').filter((l) => l.startsWith('content/'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines)
      expect(line).toMatch(/ — (innhold|image\.src) — (bildet|vedlegget|videoen) «[^»]+» finnes ikke /);
  });
});
