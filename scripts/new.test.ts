import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDirs } from './lib/temp-dirs.ts';

const tempRoot = tempDirs('kb-new-');

function run(root: string, ...args: string[]) {
  return spawnSync(process.execPath, ['scripts/new.ts', '--root', root, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('npm run new', () => {
  test('creates a draft with today’s date in the kind’s folder, slug transliterated', () => {
    const root = tempRoot();
    // «Today» is read on both sides of the run: at Oslo midnight the script may see either day.
    const osloToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
    const before = osloToday();
    const result = run(
      root,
      '--kind',
      'intervju',
      '--title',
      'Særlig gode råd for ledere',
      '--themes',
      'samordning,etatsstyring',
    );
    expect(result.status).toBe(0);
    const file = path.join(root, 'content/intervjuer/saerlig-gode-rad-for-ledere.mdx');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain("title: 'Særlig gode råd for ledere'");
    expect(text).toContain('themes: [samordning, etatsstyring]');
    expect(text).toContain('draft: true');
    const after = osloToday();
    const date = /^date: (\S+)$/m.exec(text)?.[1];
    expect([before, after]).toContain(date);
    // The new file passes the content check as it is.
    expect(spawnSync(process.execPath, ['scripts/check.ts', '--root', root]).status).toBe(0);
  });

  test('gives an event its event block', () => {
    const root = tempRoot();
    expect(run(root, '--kind', 'arrangementer', '--title', 'Frokostmøte', '--themes', 'endringsledelse').status).toBe(
      0,
    );
    const text = readFileSync(path.join(root, 'content/arrangementer/frokostmote.mdx'), 'utf8');
    expect(text).toMatch(/event:\n {2}start: '\d{4}-\d\d-\d\dT09:00:00\+0[12]:00'/);
    expect(text).toContain("location: 'Skriv stedet her'");
  });

  test('refuses a title whose slug is reserved for the listings’ page numbers', () => {
    const root = tempRoot();
    const result = run(root, '--kind', 'artikkel', '--title', 'Side', '--themes', 'samordning');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('«side», som er reservert for sidetall');
    expect(existsSync(path.join(root, 'content/artikler/side.mdx'))).toBe(false);
  });

  test('a scaffold published without its texts written over fails the check, line by line', () => {
    const root = tempRoot();
    expect(run(root, '--kind', 'arrangement', '--title', 'Frokostmøte', '--themes', 'samordning').status).toBe(0);
    const file = path.join(root, 'content/arrangementer/frokostmote.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('draft: true\n', ''));
    const check = spawnSync(process.execPath, ['scripts/check.ts', '--root', root], { encoding: 'utf8' });
    expect(check.status).toBe(1);
    const lines = readFileSync(file, 'utf8').split('\n');
    const lineOf = (text: string) => lines.findIndex((l) => l.includes(text)) + 1;
    const out = check.stdout + check.stderr;
    expect(out).toContain(
      `content/arrangementer/frokostmote.mdx:${lineOf('Skriv ingressen her')} — description — teksten fra malen står igjen`,
    );
    expect(out).toContain(
      `frokostmote.mdx:${lineOf('Skriv stedet her')} — event.location — teksten fra malen står igjen`,
    );
    expect(out).toContain(
      `frokostmote.mdx:${lineOf('Hva arrangementet handler om.')} — innhold — teksten fra malen står igjen`,
    );
  });

  test('refuses to overwrite an existing file', () => {
    const root = tempRoot();
    expect(run(root, '--kind', 'artikkel', '--title', 'Tre nøkler', '--themes', 'samordning').status).toBe(0);
    const file = path.join(root, 'content/artikler/tre-nokler.mdx');
    const before = readFileSync(file, 'utf8');
    const again = run(root, '--kind', 'artikkel', '--title', 'Tre nøkler', '--themes', 'it-styring');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('finnes allerede');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  test('without a terminal, says which flag is missing and creates nothing', () => {
    const root = tempRoot();
    const result = run(root, '--kind', 'rapport', '--title', 'Uten tema');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--themes');
    expect(existsSync(path.join(root, 'content'))).toBe(false);
  });

  test('in a terminal, asks for what the flags did not give, and asks again after a typo', () => {
    const root = tempRoot();
    // `script` gives the command a terminal; the answers are typed into it.
    const answers = ['intervju', 'Samtale om ærlighet', 'samording', 'samordning, it-styring', ''].join('\n');
    const result = spawnSync('script', ['-qec', `${process.execPath} scripts/new.ts --root ${root}`, '/dev/null'], {
      input: answers,
      encoding: 'utf8',
    });
    expect(result.stdout).toContain('ukjent tema «samording» (mente du «samordning»?). Prøv igjen.');
    const text = readFileSync(path.join(root, 'content/intervjuer/samtale-om-aerlighet.mdx'), 'utf8');
    expect(text).toContain("title: 'Samtale om ærlighet'");
    expect(text).toContain('themes: [samordning, it-styring]');
  });

  test('rejects an unknown kind or theme', () => {
    const root = tempRoot();
    expect(run(root, '--kind', 'blogg', '--title', 'X', '--themes', 'samordning').stderr).toContain(
      'ukjent type «blogg»',
    );
    expect(run(root, '--kind', 'artikkel', '--title', 'X', '--themes', 'samording').stderr).toContain(
      'ukjent tema «samording» (mente du «samordning»?)',
    );
  });
});
