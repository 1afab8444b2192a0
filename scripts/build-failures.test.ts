import { describe, expect, test } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { readPublishedSources } from '../src/lib/validate/published.ts';
import { snapshotSources } from './lib/clean-build.ts';
import { buildEnv, buildSite } from './lib/build-site.ts';
import { tempDirs } from './lib/temp-dirs.ts';

const tempDir = tempDirs('kb-build-');

/** A copy of the project (real content, real code) in a temp folder, to break on purpose. */
function copyProject(): string {
  const dir = tempDir();
  snapshotSources(process.cwd(), dir);
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

/** The environment of a build or server in the copy (buildEnv: no test runner's variables, no colour). */
const env = (dir: string) => buildEnv({ ASTRO_CACHE_DIR: path.join(dir, '.astro-cache') });

function build(dir: string) {
  const result = buildSite(dir, env(dir));
  return { code: result.status, out: result.out };
}

/** Replaces one piece of source in the copy, failing loudly if the source has moved on. */
function patch(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text, `${file} no longer contains the code this test breaks`).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

describe('a bad entry in a copy of the real content', () => {
  test('fails the build with the same message as npm run check, and leaves no deployable dist/', () => {
    const dir = copyProject();
    writeFileSync(
      path.join(dir, 'content/artikler/ny-artikkel.mdx'),
      [
        '---',
        'title: Ny artikkel',
        'description: Ingress.',
        'date: 2017-02-31',
        'themes: [samording]',
        '---',
        '',
        'Tekst.',
        '',
      ].join('\n'),
    );
    // The output folder still holds an earlier, good build.
    cpSync(path.join(dir, 'public'), path.join(dir, 'dist'), { recursive: true });
    writeFileSync(path.join(dir, 'dist/index.html'), '<!doctype html><title>Forrige bygg</title>');
    const { code, out } = build(dir);
    expect(code).not.toBe(0);
    const check = spawnSync(process.execPath, ['scripts/check.ts', '--root', dir], { encoding: 'utf8', env: env(dir) });
    const lines = check.stderr.split('\n').filter((l) => l.startsWith('content/'));
    expect(lines).toEqual([
      'content/artikler/ny-artikkel.mdx:4 — date — 2017-02-31 finnes ikke i kalenderen (februar 2017 har 28 dager) — en dato som finnes, på formen ÅÅÅÅ-MM-DD',
      'content/artikler/ny-artikkel.mdx:5 — themes — ukjent tema «samording» — et av samordning, etatsstyring, endringsledelse, it-styring (mente du «samordning»?)',
    ]);
    for (const line of lines) expect(out).toContain(line);
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
    expect(out).toContain('Det forrige bygget i dist/ er flyttet til dist.utdatert/');
  }, 120_000);
});

describe('the completeness check after the build', () => {
  test('fails the build naming each entry a listing lost, and moves the output out of the way', () => {
    const dir = copyProject();
    // A plausible bug: theme pages list an entry only under its primary theme.
    patch(
      path.join(dir, 'src/lib/entries.ts'),
      'entries.filter((e) => e.data.themes.includes(theme))',
      'entries.filter((e) => e.data.themes[0] === theme)',
    );
    const lost = readPublishedSources(dir).flatMap((e) =>
      e.data.themes.slice(1).map((t) => `${e.kind}/${e.slug} («${e.data.title}»): mangler i listen over temaet ${t}`),
    );
    expect(lost.length).toBeGreaterThan(0);
    const { code, out } = build(dir);
    expect(code).not.toBe(0);
    for (const line of lost) expect(out).toContain(line);
    expect(out).toContain(`Bygget er ufullstendig: ${lost.length} mangler.`);
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
    expect(existsSync(path.join(dir, 'dist.ufullstendig/index.html'))).toBe(true);
  }, 180_000);
});

describe('npm run dev', () => {
  test('shows a draft, marked «Utkast», on its page and in its listing, and reports mistakes as files are saved', async () => {
    const dir = copyProject();
    const port = 4332;
    const server = spawn(
      path.join(dir, 'node_modules/.bin/astro'),
      ['dev', '--port', String(port), '--host', '127.0.0.1'],
      {
        cwd: dir,
        env: env(dir),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let log = '';
    server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    try {
      const get = async (p: string) => {
        const response = await fetch(`http://127.0.0.1:${port}${p}`);
        return { ok: response.ok, html: await response.text() };
      };
      // Ready when the first page renders (the server answers before its routes are in place).
      const deadline = Date.now() + 60_000;
      while (!(await get('/').catch(() => ({ ok: false }))).ok) {
        if (Date.now() > deadline) throw new Error('astro dev did not start within a minute');
        await new Promise((r) => setTimeout(r, 500));
      }
      const page = parse((await get('/artikler/eksempel-utkast/')).html);
      expect(page.querySelector('h1')?.text.trim()).toBe('Eksempel på et utkast');
      expect(page.querySelector('.draft-label')?.text).toMatch(/^Utkast/);
      const card = parse((await get('/artikler/')).html)
        .querySelectorAll('.entry-card')
        .find((c) => c.querySelector('.entry-card__title')?.text.trim() === 'Eksempel på et utkast');
      expect(card?.querySelector('.draft-label')?.text.trim()).toBe('Utkast');

      // A mistake saved while the server runs is reported in its terminal, in the check's words.
      const bad = [
        '---',
        'title: Feil',
        'description: Ingress.',
        'date: 2017-03-01',
        'themes: [samording]',
        '---',
        '',
        'Tekst.',
        '',
      ];
      writeFileSync(path.join(dir, 'content/artikler/feil.mdx'), bad.join('\n'));
      const reported = 'content/artikler/feil.mdx:5 — themes — ukjent tema «samording»';
      // Generous: the watcher and the check share two cores with the rest of the suite.
      for (const until = Date.now() + 90_000; !log.includes(reported) && Date.now() < until;) {
        await new Promise((r) => setTimeout(r, 250));
      }
      expect(log).toContain(reported);
    } finally {
      server.kill();
    }
  }, 240_000);
});
