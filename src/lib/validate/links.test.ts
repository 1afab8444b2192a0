import { describe, expect, test } from 'vitest';
import { checkReferences, type SiteMap } from './links.ts';

const site: SiteMap = {
  pages: new Set(['/', '/tema/samordning/', '/rapporter/tre-nokler/']),
  drafts: new Set(['/artikler/utkast/']),
  publicFile: (p) => p === '/bilder/kart.png',
};
const check = (url: string, image = false, isDraft = false) =>
  checkReferences('content/artikler/a.mdx', '/artikler/a/', [{ url, line: 9, image }], site, isDraft).map(
    (p) => `${p.line} ${p.problem}`,
  );

describe('links and images', () => {
  test('an image written as raw HTML with a path from the entry is named, with the Markdown to write instead', () => {
    const said = checkReferences(
      'content/artikler/a.mdx',
      '/artikler/a/',
      [{ url: '../bilder/kart.png', line: 9, image: true, html: true }],
      site,
      false,
    ).map((p) => `${p.line} ${p.problem} — ${p.expected}`);
    expect(said).toEqual([
      '9 bildet «../bilder/kart.png» er skrevet som HTML (<img>), og blir verken funnet eller optimalisert — skriv det som Markdown, ![hva bildet viser](../bilder/kart.png), eller med <Figur>',
    ]);
    expect(check('../bilder/kart.png', true)).toEqual([]);
  });
  test('accepts pages that exist, with or without the trailing slash, and external links', () => {
    for (const url of [
      '/tema/samordning/',
      '/rapporter/tre-nokler',
      '/rapporter/tre-nokler/#funn',
      'https://difi.no/',
      'mailto:a@b.no',
      '#funn',
      '../../tema/samordning/',
    ]) {
      expect(check(url), url).toEqual([]);
    }
  });
  test("an address pasted between Word's quotation marks is told to lose them, not called a missing page", () => {
    expect(check('“https://www.difi.no/rapport”')).toEqual([
      '9 adressen til lenken «“https://www.difi.no/rapport”» står i anførselstegn, som blir en del av adressen',
    ]);
    expect(check('«/tema/samordning/»')).toEqual([
      '9 adressen til lenken ««/tema/samordning/»» står i anførselstegn, som blir en del av adressen',
    ]);
    const [said] = checkReferences(
      'content/artikler/a.mdx',
      '/artikler/a/',
      [{ url: '“https://www.difi.no/rapport”', line: 9, image: false, text: 'rapporten' }],
      site,
      false,
    );
    expect(said?.expected).toBe('skriv adressen uten anførselstegn: [rapporten](https://www.difi.no/rapport)');
  });
  test('names a link to a page that does not exist', () => {
    expect(check('/rapporter/tre-nøkler/')).toEqual([
      '9 lenken «/rapporter/tre-nøkler/» går til en side som ikke finnes',
    ]);
  });
  test('names a link from a published article to a draft, but lets drafts link to each other', () => {
    expect(check('/artikler/utkast/')).toEqual(['9 lenken «/artikler/utkast/» går til et utkast, som ikke publiseres']);
    expect(check('/artikler/utkast/', false, true)).toEqual([]);
  });
  test('retires images written from the root (public/bilder/), saying what to write instead', () => {
    for (const url of ['/bilder/kart.png', '/bilder/borte.png'])
      expect(check(url, true)).toEqual([`9 bildet «${url}» er skrevet fra roten, og blir ikke optimalisert`]);
  });
  test('leaves images relative to the entry to the media check', () => {
    expect(check('../bilder/kart.png', true)).toEqual([]);
  });
});

describe('an address written without https:// or mailto:', () => {
  const site = { pages: new Set(['/om/']), drafts: new Set<string>(), publicFile: () => false };
  const said = (url: string, text = 'DFØ') =>
    checkReferences('a.mdx', '/artikler/a/', [{ url, line: 8, image: false, text }], site, false).map(
      (p) => `${p.problem} — ${p.expected}`,
    );
  test('a host is told https://, an e-mail address mailto:', () => {
    expect(said('www.dfo.no')).toEqual([
      'lenken «www.dfo.no» mangler https://, så den leses som en side på dette nettstedet — skriv https:// foran: [DFØ](https://www.dfo.no)',
    ]);
    expect(said('regjeringen.no/no/dokumenter/')).toEqual([
      'lenken «regjeringen.no/no/dokumenter/» mangler https://, så den leses som en side på dette nettstedet — skriv https:// foran: [DFØ](https://regjeringen.no/no/dokumenter/)',
    ]);
    expect(said('ola@dfo.no', 'Ola')).toEqual([
      'lenken «ola@dfo.no» mangler mailto:, så den leses som en side på dette nettstedet — skriv mailto: foran: [Ola](mailto:ola@dfo.no)',
    ]);
  });
  test('a file name with a dot is a page or file here, not a host', () => {
    expect(said('rapport.html')).toEqual([expect.stringContaining('går til en side som ikke finnes')]);
  });
});
