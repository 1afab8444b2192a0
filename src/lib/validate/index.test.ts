import { describe, expect, test } from 'vitest';
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { validateContent } from './index.ts';
import { tempDirs } from '../../../scripts/lib/temp-dirs.ts';

const tempDir = tempDirs('kb-validate-');
function temp(fixture: string): string {
  const dir = tempDir();
  cpSync(`e2e/fixtures/${fixture}`, dir, { recursive: true });
  return dir;
}
const said = (root: string, cacheDir: string) =>
  validateContent(root, { cacheDir }).problems.map((p) => `${p.file}:${p.line} ${p.problem}`);

describe('the check’s cache of unchanged files', () => {
  test('gives the same answer from the cache, and checks again what changed: the file or the lists it names', () => {
    const root = temp('unknown-person');
    const cacheDir = path.join(root, 'cache');
    const first = said(root, cacheDir);
    expect(first).toEqual(['content/intervjuer/ukjent-person.mdx:7 ukjent person «eivind-dael»']);
    const [cacheFile] = readdirSync(cacheDir);
    expect(cacheFile).toBeDefined();
    // A second run reads the result from the cache instead of parsing the file again.
    const cached = path.join(cacheDir, cacheFile!);
    writeFileSync(cached, readFileSync(cached, 'utf8').replace('ukjent person', 'fra hurtigbufferen: ukjent person'));
    expect(said(root, cacheDir)).toEqual([
      'content/intervjuer/ukjent-person.mdx:7 fra hurtigbufferen: ukjent person «eivind-dael»',
    ]);
    // The person is added to the shared list: the article is now right.
    writeFileSync(
      path.join(root, 'content/personer.yaml'),
      "- id: eivind-dael\n  name: 'E'\n  role: 'R'\n- id: eivind-dale\n  name: 'E'\n  role: 'R'\n",
    );
    expect(said(root, cacheDir)).toEqual([]);
    // The article changes: checked again.
    writeFileSync(path.join(root, 'content/intervjuer/ukjent-person.mdx'), '---\ntitle: T\n---\n');
    expect(said(root, cacheDir)).toContain('content/intervjuer/ukjent-person.mdx:1 mangler');
  });
});

describe('a body that cannot be read', () => {
  test('is named alone: the files it names are not called unused, a file no entry names still is', () => {
    const root = tempDir();
    const write = (file: string, text: string | Buffer) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
    write(
      'content/intervjuer/samtale.mdx',
      [
        '---',
        'title: Samtale',
        'description: Ingress.',
        'date: 2026-12-01',
        'themes: [samordning]',
        '---',
        '',
        '<Faktaboks tittel="Om rapporten">',
        '',
        'Tre funn.',
        '',
        '<Figur bilde="../bilder/mote.png" alt="Et møte" />',
        '',
      ].join('\n'),
    );
    write('content/bilder/mote.png', Buffer.from('not read: the body names it, unreadably'));
    write('content/bilder/ubrukt.png', Buffer.from('named nowhere'));
    const found = said(root, path.join(root, 'cache'));
    expect(found.some((p) => p.startsWith('content/intervjuer/samtale.mdx:8 MDX kan ikke leses'))).toBe(true);
    expect(found.filter((p) => p.includes('brukes ikke'))).toEqual([
      'content/bilder/ubrukt.png:1 filen brukes ikke i noen artikkel eller publikasjon',
    ]);
  });
});

describe('a lead image whose name has a pasted space', () => {
  test('is named once, at its line: not also «uten filendelse», and its file is not called unused', () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'content/artikler'), { recursive: true });
    mkdirSync(path.join(root, 'content/bilder'), { recursive: true });
    writeFileSync(
      path.join(root, 'content/artikler/kart.mdx'),
      [
        '---',
        'title: Kart',
        'description: Ingress.',
        'date: 2026-12-01',
        'themes: [samordning]',
        'image:',
        '  src: ../bilder/kart.png\u00A0',
        '  alt: Et kart',
        '---',
        '',
        'Tekst.',
        '',
      ].join('\n'),
    );
    writeFileSync(path.join(root, 'content/bilder/kart.png'), Buffer.from('not read: the name is wrong'));
    expect(said(root, path.join(root, 'cache'))).toEqual([
      'content/artikler/kart.mdx:7 hardt mellomrom (U+00A0) sist i verdien: YAML tar det for en del av verdien, ofte limt inn fra et tekstbehandlingsprogram',
    ]);
  });
});

describe('a shared list that cannot be read', () => {
  test('is named at its own line, and the entries that name its people get no «ukjent person» on top', () => {
    const root = temp('unknown-person');
    // A colon inside an unquoted value: the YAML of the whole list cannot be read.
    writeFileSync(
      path.join(root, 'content/personer.yaml'),
      "- id: eivind-dael\n  name: 'E'\n  role: Leder: avdeling\n- id: eivind-dale\n  name: 'E'\n  role: 'R'\n",
    );
    const problems = said(root, path.join(root, 'cache'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith('content/personer.yaml:3 '))).toBe(true);
    expect(problems.join('\n')).not.toContain('ukjent person');
  });
});

describe('a frontmatter the check cannot find', () => {
  test('without its closing ---, the file is named with that reason, not «ingen topptekst»', () => {
    const root = temp('unknown-person');
    const file = 'content/intervjuer/ukjent-person.mdx';
    writeFileSync(path.join(root, file), '---\ntitle: T\ndate: 2017-03-01\n\nTeksten.\n');
    expect(said(root, path.join(root, 'cache'))).toEqual([
      `${file}:1 toppteksten lukkes aldri: linjen --- etter det siste feltet mangler`,
    ]);
    writeFileSync(path.join(root, file), '—\ntitle: T\n—\nTeksten.\n');
    expect(said(root, path.join(root, 'cache'))).toEqual([
      `${file}:1 første linje er «—», ikke tre bindestreker ---, så toppteksten blir ikke funnet`,
    ]);
  });
});
