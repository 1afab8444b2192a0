/**
 * Proof that incremental builds are right: a copy of the site is built once, then edited step by
 * step with Astro's cache kept (experimental.incrementalBuild, keys from src/lib/page-key.ts);
 * after every step the output must be byte-identical to a clean build of the same sources with
 * an empty cache, and the incremental build must really have reused pages.
 */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { diffDirs, snapshotSources } from './lib/clean-build.ts';
import { tempDirs } from './lib/temp-dirs.ts';
import { buildEnv } from './lib/build-site.ts';

const tempDir = tempDirs('kb-incremental-');

/** Noon UTC of a day (the same day in Oslo), as SOURCE_DATE_EPOCH gives it: seconds. */
const epoch = (day: string) => String(Date.parse(`${day}T12:00:00Z`) / 1000);

interface Built {
  out: string;
  /** Pages Astro copied from the cache instead of rendering them. */
  restored: number;
}

/** `astro build` in `dir` into `outDir`, with Astro's caches in `cacheDir`; fails the test with the log. */
function build(dir: string, outDir: string, cacheDir: string, day: string): Built {
  const result = spawnSync(path.join(dir, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: buildEnv({ OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, SOURCE_DATE_EPOCH: epoch(day) }),
  });
  const log = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`astro build failed (exit ${result.status}):\n${log.slice(-4000)}`);
  return {
    out: path.join(dir, outDir),
    restored: log.split('(restored)').length - 1 + (log.split('(cached)').length - 1),
  };
}

/** Replaces one piece of a file in the copy, failing loudly if the content has moved on. */
function edit(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text, `${file} no longer contains what this test edits`).toMatch(from);
  writeFileSync(file, text.replace(from, to));
}

describe('an incremental build after edits', () => {
  test('is byte-identical to a clean build after each of a sequence of edits, and reuses pages', async () => {
    const dir = tempDir();
    snapshotSources(process.cwd(), dir);
    symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
    const c = (p: string) => path.join(dir, 'content', p);
    // A lead image on an entry that stays unedited: its card on listings and related articles is
    // restored from the cache, and the image files it needs must still be written.
    mkdirSync(c('bilder'), { recursive: true });
    await sharp({ create: { width: 480, height: 320, channels: 3, background: '#3366aa' } })
      .jpeg()
      .toFile(c('bilder/samordning.jpg'));
    edit(
      c('rapporter/samordningsutfordringer-tre-ferske-rapporter.mdx'),
      /\ndate: (.*)\n/,
      "\ndate: $1\nimage:\n  src: ../bilder/samordning.jpg\n  alt: 'Et blått felt'\n",
    );
    const cache = path.join(dir, '.cache-incremental');
    let day = '2017-02-10';

    const first = build(dir, 'dist', cache, day);
    expect(first.restored, 'the first build had no cache to restore from').toBe(0);

    const steps: [string, () => void][] = [
      [
        'add an entry, change a body, change a title shown in listings and related articles',
        () => {
          writeFileSync(
            c('artikler/ny-artikkel-om-it-styring.mdx'),
            [
              '---',
              "title: 'Ny artikkel om IT-styring'",
              "description: 'En ny artikkel som deler tema og person med et intervju.'",
              'date: 2017-02-15',
              'themes: [it-styring]',
              'people:',
              '  - id: magne-jorgensen',
              '    part: forfatter',
              '---',
              '',
              'Styring av IT-prosjekter krever god porteføljestyring.',
              '',
            ].join('\n'),
          );
          edit(
            c('artikler/etatsstyring-mellom-politikk-og-forvaltning.mdx'),
            /\n*$/,
            '\n\nEt nytt avsnitt om etatsstyring i praksis.\n',
          );
          edit(
            c('rapporter/tre-nokler-for-a-oke-ledernes-handlingsrom.mdx'),
            "title: 'Tre nøkler for å øke ledernes handlingsrom'",
            "title: 'Tre nøkler til ledernes handlingsrom'",
          );
        },
      ],
      [
        'rename a file (a new slug), delete an entry, set draft: true',
        () => {
          renameSync(c('intervjuer/ildsjeler-i-maktens-sfaere.mdx'), c('intervjuer/ildsjeler-i-maktens-sfaere-2.mdx'));
          rmSync(c('arrangementer/kom-pa-dfos-styringskonferanse-2017.mdx'));
          edit(
            c('intervjuer/samordning-en-utfordring-med-mange-muligheter-intervju-eivind-dale.mdx'),
            /\ndate: (.*)\n/,
            '\ndate: $1\ndraft: true\n',
          );
        },
      ],
      [
        "change a person's name in personer.yaml, move an event from past to upcoming",
        () => {
          edit(c('personer.yaml'), "name: 'Karine Rikheim'", "name: 'Karine Rikheim Olsen'");
          edit(c('arrangementer/miniseminar-etatsstyring-i-balanse.mdx'), /'2017-02-03T/g, "'2017-02-24T");
        },
      ],
      [
        'build on a later day, with no edit: an upcoming event becomes past',
        () => {
          day = '2017-03-10';
        },
      ],
    ];
    expect(steps.length).toBeGreaterThan(0);
    for (const [what, apply] of steps) {
      apply();
      const incremental = build(dir, 'dist', cache, day);
      const fresh = path.join(dir, '.cache-clean');
      rmSync(fresh, { recursive: true, force: true });
      const clean = build(dir, 'dist-clean', fresh, day);
      expect(clean.restored, `${what}: the clean build restored pages`).toBe(0);
      expect(incremental.restored, `${what}: the incremental build rendered every page again`).toBeGreaterThan(10);
      expect(diffDirs(incremental.out, clean.out), `${what}: incremental and clean output differ`).toEqual([]);
      expect(existsSync(path.join(clean.out, 'index.html'))).toBe(true);
    }
  }, 900_000);
});
