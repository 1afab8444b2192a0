import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeMediaMistakes } from '../e2e/support/media-mistakes.ts';
import { tempDirs } from './lib/temp-dirs.ts';
import { ALT_MAX } from '../src/lib/validate/alt-text.ts';

const tempDir = tempDirs('kb-media-');

/** Runs the real `npm run check` script on a site. */
function check(root: string): { code: number | null; lines: string[] } {
  const result = spawnSync(process.execPath, ['scripts/check.ts', '--root', root], { encoding: 'utf8' });
  return {
    code: result.status,
    lines: `${result.stdout}${result.stderr}`.split('\n').filter((l) => l.startsWith('content/')),
  };
}

const F = 'content/artikler/bilder-feil.mdx';
const JPEG_OR_PNG = 'lagre bildet som JPEG eller PNG (nettstedet tar JPEG, PNG, WebP, AVIF eller SVG)';
const RESAVE = 'lagre bildet som JPEG eller PNG i et bildeprogram (ikke bare gi filen nytt navn)';

describe('npm run check on images the site cannot show, however they are named', () => {
  test('names each with file, line and what to do, before the optimiser would crash on it', async () => {
    const { code, lines } = check(await writeMediaMistakes(tempDir()));
    expect(code).toBe(1);
    expect(lines).toEqual([
      `${F}:7 — image.src — hovedbildet «../bilder/logo.svg» er et SVG-bilde; når artikkelen deles (Open Graph), trengs et bilde av punkter — et hovedbilde av typen JPEG, PNG, WebP eller AVIF: lagre SVG-en som PNG og skriv ../bilder/logo.png`,
      `${F}:11 — innhold — bildet «../bilder/foto.heic» er av typen HEIC, som nettstedet ikke kan vise — ${JPEG_OR_PNG} og skriv ../bilder/foto.jpg`,
      `${F}:13 — innhold — bildet «../bilder/kart.tif» er av typen TIFF, som nettstedet ikke kan vise — ${JPEG_OR_PNG} og skriv ../bilder/kart.jpg`,
      `${F}:15 — innhold — bildet «../bilder/tegning.bmp» er av typen BMP, som nettstedet ikke kan vise — ${JPEG_OR_PNG} og skriv ../bilder/tegning.jpg`,
      `${F}:17 — innhold — bildet «../bilder/tekst.jpg» heter .jpg, men er ikke et JPEG-bilde (innholdet er tekst) — ${RESAVE} og skriv ../bilder/tekst.jpg`,
      `${F}:19 — innhold — bildet «../bilder/avbrutt.jpg» er ufullstendig: filen slutter før bildet gjør det — lagre eller last opp bildet på nytt, og se at det åpner i et bildeprogram`,
      `${F}:23 — innhold — bildet «../bilder/referanse.heic» er skrevet som referanse (![…][kart]), og blir verken funnet eller optimalisert — skriv bildet der det skal stå: ![hva bildet viser](../bilder/referanse.heic)`,
      `${F}:23 — innhold — bildet «../bilder/referanse.heic» er av typen HEIC, som nettstedet ikke kan vise — ${JPEG_OR_PNG} og skriv ../bilder/referanse.jpg`,
      `${F}:25 — innhold — bildet «../bilder/figur.heic» er av typen HEIC, som nettstedet ikke kan vise — ${JPEG_OR_PNG} og skriv ../bilder/figur.jpg`,
      `${F}:27 — innhold — bildet «../bilder/avbrutt.png» er ufullstendig: filen slutter før bildet gjør det — lagre eller last opp bildet på nytt, og se at det åpner i et bildeprogram`,
      `${F}:29 — innhold — alt-teksten «IMG_2034.JPG» til bildet «../bilder/riktig.jpg» er et filnavn, ikke en beskrivelse — en alt-tekst som sier hva bildet viser, f.eks. «Kart over regionene»`,
      // Line 31, alt="riktig" for riktig.jpg: one word that reads as no file name is an alt text.
      expect.stringMatching(
        new RegExp(
          `^${F}:33 — innhold — alt-teksten til bildet «../bilder/riktig.jpg» er \\d+ tegn, lengre enn ${ALT_MAX}, og tung å lytte til — en kort alt-tekst`,
        ),
      ),
      `${F}:35 — innhold — alt på <Figur> er tom — Hva bildet viser, for den som ikke ser det. Kan sløyfes bare med «dekorativ».`,
      `${F}:37 — innhold — vedlegget «../vedlegg/program.exe» er av typen EXE, som nettstedet ikke tar — en fil av typen pdf, docx, xlsx, pptx, odt, ods, odp, csv`,
      `${F}:39 — innhold — videoen «../video/opptak.avi» er av typen AVI, som nettstedet ikke tar — lagre videoen som MP4 (eksporter den i videoprogrammet) og skriv ../video/opptak.mp4`,
      `${F}:43 — innhold — vedlegget «../vedlegg/notat.pdf» heter .pdf, men er ikke en PDF — lagre dokumentet som PDF («Lagre som» eller «Eksporter» i programmet), ikke bare gi filen nytt navn`,
      `${F}:45 — innhold — bildet «../bilder/riktig.jpg» er skrevet som HTML (<img>), og blir verken funnet eller optimalisert — skriv det som Markdown, ![hva bildet viser](../bilder/riktig.jpg), eller med <Figur>`,
      `content/artikler/hovedbilde-heic.mdx:7 — image.src — bildet «../bilder/foto.heic» er av typen HEIC, som nettstedet ikke kan vise — ${JPEG_OR_PNG} og skriv ../bilder/foto.jpg`,
      `content/publikasjoner.yaml:4 — attachment — vedlegget «vedlegg/rapport.exe» er av typen EXE, som nettstedet ikke tar — en fil av typen pdf, docx, xlsx, pptx, odt, ods, odp, csv`,
      `content/publikasjoner.yaml:8 — attachment — vedlegget «vedlegg/avbrutt.pdf» er ufullstendig: PDF-en slutter før den er ferdig — lagre eller last opp PDF-en på nytt`,
    ]);
  }, 60_000);
});
