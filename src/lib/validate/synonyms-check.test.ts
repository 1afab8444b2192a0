import { describe, expect, test } from 'vitest';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblem, validateContent } from './index.ts';
import { tempDirs } from '../../../scripts/lib/temp-dirs.ts';

const tempDir = tempDirs('kb-synonyms-');

describe('npm run check on content/synonymer.yaml', () => {
  test('accepts the real content and its list', () => {
    const root = tempDir();
    cpSync('content', path.join(root, 'content'), { recursive: true });
    expect(validateContent(root).problems).toEqual([]);
  });
  test('names file, line and field of a repeated term and of a group no entry uses, in Norwegian', () => {
    const root = tempDir();
    cpSync('content', path.join(root, 'content'), { recursive: true });
    writeFileSync(
      path.join(root, 'content/synonymer.yaml'),
      ['- [KMD, Kommunal- og moderniseringsdepartementet]', '- [KMD, departementet]', '- [Xyzzy, Plugh]', ''].join(
        '\n',
      ),
    );
    expect(validateContent(root).problems.map(formatProblem)).toEqual([
      'content/synonymer.yaml:2 — synonymer — «KMD» står to ganger (også på linje 1) — hvert ord i bare én gruppe',
      'content/synonymer.yaml:3 — synonymer — ingen av ordene (Xyzzy, Plugh) finnes i innholdet — minst ett av ordene brukt i en artikkel, eller fjern gruppen',
    ]);
  });
});
