import { describe, expect, test } from 'vitest';
import { wordHtml } from './word-html.ts';
import { checkBody } from './body.ts';

const said = (body: string) =>
  checkBody('a.mdx', body, 7).problems.map((p) => `${p.line} ${p.problem} — ${p.expected}`);

describe("Word's HTML pasted into a body", () => {
  test('names Word’s tags, classes, styles and language codes, and nothing else', () => {
    expect(wordHtml('o:p', {})?.expected).toBe(
      'fjern <o:p> og </o:p>; lim inn som ren tekst (Ctrl+Shift+V) for å unngå det',
    );
    expect(wordHtml('span', { lang: 'NO-BOK' })?.expected).toBe(
      'fjern <span …> og </span> og behold teksten mellom dem',
    );
    expect(wordHtml('span', { lang: 'EN-US' })?.expected).toContain('skriv lang="en"');
    expect(wordHtml('p', { class: 'MsoNormal' })?.problem).toContain('class="MsoNormal"');
    expect(wordHtml('p', { style: 'margin:0; mso-line-height-rule:exactly' })?.problem).toContain('style="mso-…"');
    for (const [tag, attributes] of [
      ['span', { lang: 'en' }],
      ['span', { lang: 'nb-NO' }],
      ['p', { class: 'ingress' }],
      ['p', { style: 'margin: 0' }],
      ['abbr', { title: 'Direktoratet' }],
    ] as const)
      expect(wordHtml(tag, attributes), tag).toBeNull();
  });
  test('in a Markdown body: <o:p> (text to Markdown) and <span lang> at their lines, the mso- style said once', () => {
    expect(
      said(
        'Tekst<o:p></o:p>\n\n<span lang="NO-BOK">Hei</span>\n\n<p class="MsoNormal" style="mso-margin-top-alt:0">Avsnitt</p>',
      ),
    ).toEqual([
      '9 <span> har formatering fra Word (lang="NO-BOK"), som kom med da teksten ble limt inn, og kommer med på siden — fjern <span …> og </span> og behold teksten mellom dem',
      '11 <p> har formatering fra Word (class="MsoNormal", style="mso-…"), som kom med da teksten ble limt inn, og kommer med på siden — fjern class="MsoNormal" og style="mso-…" fra <p>, eller skriv teksten som vanlig Markdown uten taggen',
      '7 <o:p> er kode fra Word som kom med da teksten ble limt inn, og kommer med på siden — fjern <o:p> og </o:p>; lim inn som ren tekst (Ctrl+Shift+V) for å unngå det',
    ]);
  });
  test('in a body with components (MDX), once each, not also as «vises som vanlig tekst»', () => {
    const problems = said('<Faktaboks tittel="x">\n\nHei<o:p></o:p> <span lang="X-NONE">du</span>\n\n</Faktaboks>');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^9 <o:p> er kode fra Word/);
    expect(problems[1]).toMatch(/^9 <span> har formatering fra Word \(lang="X-NONE"\)/);
  });
});
