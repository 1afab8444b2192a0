/**
 * The schema (src/content.config.ts) holds the same rules as the check, through the same named
 * functions (src/lib/text/characters.ts, src/lib/event-time.ts): with the check switched off in a
 * copy of the project, the field inputs of issue 11 still fail the build, through the schema.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { snapshotSources } from './lib/clean-build.ts';
import { buildSite } from './lib/build-site.ts';
import { tempDirs } from './lib/temp-dirs.ts';

const tempDir = tempDirs('kb-schema-');

/** One entry per rule, and what the schema's message must say about it. */
const CASES: { file: string; text: string; says: string }[] = [
  {
    file: 'artikler/limt-inn.mdx',
    text: "---\ntitle: 'Limt inn'\ndescription: 'Ingress limt inn\u000Bmed en manuell linjeskift-kode.'\ndate: 2018-03-06\nthemes: [samordning]\n---\n\nTekst.\n",
    says: 'usynlig tegn U+000B (manuelt linjeskift fra tekstbehandler)',
  },
  {
    file: 'arrangementer/blandet.mdx',
    text: "---\ntitle: 'Todagers samling'\ndescription: 'Slutt bare som dato.'\ndate: 2018-03-01\nthemes: [etatsstyring]\nevent:\n  start: '2018-04-10T09:00:00+02:00'\n  end: '2018-04-11'\n  location: 'Drammen'\n---\n\nTekst.\n",
    says: 'men end er bare en dato (2018-04-11)',
  },
  {
    file: 'arrangementer/feil-tidssone.mdx',
    text: "---\ntitle: 'Feil tidssone'\ndescription: 'Z er ikke norsk tid.'\ndate: 2018-03-01\nthemes: [etatsstyring]\nevent:\n  start: '2018-04-10T07:00:00Z'\n  location: 'Oslo'\n---\n\nTekst.\n",
    says: "start: '2018-04-10T07:00:00+02:00'",
  },
];

/** A copy of the project with the content check switched off. */
function copyWithoutCheck(): string {
  const dir = tempDir();
  snapshotSources(process.cwd(), dir);
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  // `npm run build` checks the content in this worker, beside Astro (scripts/build.ts).
  const worker = path.join(dir, 'scripts/lib/content-check-worker.ts');
  const source = readFileSync(worker, 'utf8');
  const from = 'parentPort!.postMessage(validateContent(root, { cacheDir }));';
  expect(source, 'content-check-worker.ts no longer has the line this test switches off').toContain(from);
  writeFileSync(worker, source.replace(from, 'parentPort!.postMessage({ problems: [], entries: 0 });'));
  return dir;
}

describe('the schema without the check', () => {
  for (const c of CASES) {
    test(`still fails the build on ${c.file}, saying «${c.says}»`, () => {
      const dir = copyWithoutCheck();
      writeFileSync(path.join(dir, 'content', c.file), c.text);
      const run = buildSite(dir, { ASTRO_CACHE_DIR: path.join(dir, '.astro-cache') });
      const out = run.out;
      expect(run.status, out.slice(-3000)).not.toBe(0);
      expect(out).toContain('0 content files checked');
      expect(out).toContain('does not match collection schema');
      expect(out).toContain(c.says);
    }, 300_000);
  }
});
