import { describe, expect, test } from 'vitest';
import { checkMedia } from './media.ts';
import type { Reference } from './body.ts';

const present = ['content/bilder/samhandlingsmote.jpg', 'content/vedlegg/samhandlingsrapport.pdf'];
const exists = (p: string) => present.includes(p);
const said = (url: string, kind?: Reference['kind']) =>
  checkMedia(
    'content/intervjuer/samtale.mdx',
    [{ url, line: 12, image: kind === undefined, alt: 'Et møte', ...(kind ? { kind } : {}) }],
    exists,
    undefined,
    undefined,
    present,
  ).problems.map((p) => `${p.problem} — ${p.expected}`);

describe('a file that is not there (editor trial, 2 Dec 2026)', () => {
  test('offers the file the editor meant: æ/ø/å written otherwise, other case, a typo', () => {
    for (const url of [
      '../bilder/samhandlingsmøte.jpg',
      '../bilder/Samhandlingsmote.JPG',
      '../bilder/samhandlingsmte.jpg',
    ])
      expect(said(url)).toEqual([
        `bildet «${url}» finnes ikke (content/bilder/${url.slice('../bilder/'.length)}) (mente du «samhandlingsmote.jpg»?) — skriv ../bilder/samhandlingsmote.jpg`,
      ]);
    expect(said('../vedlegg/samhandlingsraport.pdf', 'vedlegg')).toEqual([
      'vedlegget «../vedlegg/samhandlingsraport.pdf» finnes ikke (content/vedlegg/samhandlingsraport.pdf) (mente du «samhandlingsrapport.pdf»?) — skriv ../vedlegg/samhandlingsrapport.pdf',
    ]);
  });
  test('without a near name it says where the file must be, as before', () => {
    expect(said('../bilder/kart.jpg')).toEqual([
      'bildet «../bilder/kart.jpg» finnes ikke (content/bilder/kart.jpg) — en fil i content/bilder/, skrevet som ../bilder/kart.jpg',
    ]);
  });
  test('a path copied from Windows is named, with the slashes the site reads', () => {
    expect(said('..\\bilder\\samhandlingsmote.jpg')).toEqual([
      'bildet «..\\bilder\\samhandlingsmote.jpg» er skrevet med \\ (som i Windows) — skråstrek / mellom mappene: ../bilder/samhandlingsmote.jpg',
    ]);
  });
});
