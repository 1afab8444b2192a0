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

describe('formatting pasted from Word and old web pages', () => {
  test('<font>, <center>, <u> and <strike> are said with the text kept and what to write instead', () => {
    expect(
      said(
        'Tekst <font face="Calibri">med font</font> her.\n\nMed <u>understrek</u> og <strike>borte</strike>.\n\n<center>Midt</center>',
      ),
    ).toEqual([
      '7 <font> er formatering (skrifttype, -størrelse eller -farge) fra Word eller en annen nettside, som kom med da teksten ble limt inn, og som nettstedet ikke bruker — fjern <font …> og </font> og behold teksten mellom dem; skriften er nettstedets',
      '9 <u> er formatering (understreking, som ser ut som en lenke på nettsiden) fra Word eller en annen nettside, som kom med da teksten ble limt inn, og som nettstedet ikke bruker — fjern <u> og </u> og behold teksten mellom dem; bruk **fet skrift** for å fremheve; er det en lenke, skriv [tekst](adressen)',
      '9 <strike> er formatering (gjennomstreking) fra Word eller en annen nettside, som kom med da teksten ble limt inn, og som nettstedet ikke bruker — fjern <strike> og </strike> og behold teksten mellom dem; skriv ~~teksten~~ for gjennomstreking',
      '11 <center> er formatering (midtstilling) fra Word eller en annen nettside, som kom med da teksten ble limt inn, og som nettstedet ikke bruker — fjern <center> og </center> og behold teksten mellom dem; nettstedet bestemmer plasseringen',
    ]);
  });
  test('Word’s values without quotes are said as Word’s, every one in the first run, not as a quoting fault', () => {
    expect(
      said('<p class=MsoNormal>Avsnitt</p>\n\nTekst <span lang=EN-US>English</span>.\n\n<div align=center>x</div>'),
    ).toEqual([
      '7 <p> har formatering fra Word (class="MsoNormal"), som kom med da teksten ble limt inn, og kommer med på siden — fjern class="MsoNormal" fra <p>, eller skriv teksten som vanlig Markdown uten taggen',
      '9 <span> har formatering fra Word (lang="EN-US"), som kom med da teksten ble limt inn, og kommer med på siden — fjern <span …> og </span> og behold teksten mellom dem (er teksten på et annet språk, skriv lang="en")',
      '11 <div> har formatering fra Word (align="center"), som kom med da teksten ble limt inn, og kommer med på siden — fjern align="center" fra <div>, eller skriv teksten som vanlig Markdown uten taggen',
    ]);
  });
  test('a value without quotes that is not Word’s keeps its own message', () => {
    expect(said('Tekst <abbr title=Direktoratet>Dir</abbr>.')).toEqual([
      '7 MDX kan ikke leses: verdien til title på <abbr> står uten anførselstegn — title="Direktoratet"',
    ]);
  });
  test('Word’s conditional comments are said as Word’s, not as an HTML comment', () => {
    expect(said('<![if !supportLists]>·<![endif]>Første punkt\n\n<!--[if gte mso 9]><xml></xml><![endif]-->')).toEqual([
      '7 «<![if !supportLists]>» er kode fra Word som kom med da teksten ble limt inn, og vises på siden — fjern <![if …]>, <![endif]> og Words punkttegn mellom dem; skriv punktet som - punkt, og lim inn som ren tekst (Ctrl+Shift+V) for å unngå det',
      '9 «<!--[if gte mso 9]>» er kode fra Word som kom med da teksten ble limt inn — fjern alt fra <!--[if til og med <![endif]-->; lim inn som ren tekst (Ctrl+Shift+V) for å unngå det',
    ]);
  });
  test('runs of no-break spaces are said with the words around them; one (10&nbsp;000) stays', () => {
    expect(said('Tekst&nbsp;&nbsp;&nbsp;og\u00A0\u00A0da, 10&nbsp;000 kroner.\n\n&nbsp; &nbsp;Innrykk')).toEqual([
      '7 3 harde mellomrom (&nbsp;) etter hverandre fra Word, som gir et langt mellomrom på siden — ett vanlig mellomrom: Tekst og',
      '7 2 harde mellomrom (U+00A0) etter hverandre fra Word, som gir et langt mellomrom på siden — ett vanlig mellomrom: og da,',
      '9 2 harde mellomrom (&nbsp;) etter hverandre fra Word, som gir et langt mellomrom på siden — fjern de harde mellomrommene foran Innrykk',
    ]);
  });
});

describe('a Word value without quotes where Markdown shows code', () => {
  test('keeps the MDX message when no Word message stands on its line', () => {
    expect(said('Tekst.\n\n    <p class=MsoNormal>Avsnitt</p>\n').filter((p) => p.startsWith('9 MDX'))).toHaveLength(1);
  });
});
