import { describe, expect, test } from 'vitest';
import { checkBody } from './body.ts';
import { effectiveDirective } from '../html/blocked.ts';

/** The problems in a body that starts on line 7 of its file, as «line problem — expected». */
const problems = (body: string) =>
  checkBody('a.mdx', body, 7).problems.map((p) => `${p.line} ${p.problem} — ${p.expected}`);
const lines = (body: string) => checkBody('a.mdx', body, 7).problems.map((p) => p.line);

describe('the check reads a body as the renderer does', () => {
  const indented = 'fjern innrykket; skal det være kode, skriv den mellom to linjer med ```';
  test('names a paragraph pasted with four spaces in front', () => {
    expect(problems('Et avsnitt.\n\n    Dette avsnittet er rykket inn.\n')).toEqual([
      `9 teksten er rykket inn med fire mellomrom (eller en tabulator) og vises som kode i fast bredde, ikke som vanlig tekst — ${indented}`,
    ]);
  });
  test('names indented text inside <details>, and indented with a tab', () => {
    const body =
      '<details>\n    <summary>Les mer</summary>\n\n    Vi intervjuet tolv ledere.\n</details>\n\n\tMed tabulator.\n';
    expect(lines(body)).toEqual([10, 13]);
  });
  test('accepts fenced code, also fenced inside a list or a quote', () => {
    expect(problems('```\nkode\n```\n\n- punkt\n\n  ```js\n  let a;\n  ```\n\n> ~~~\n> x\n> ~~~\n')).toEqual([]);
  });
  test('names Markdown inside an HTML block, which the page shows with its asterisks', () => {
    expect(problems('<div>\n*ikke kursiv* og [lenke](/om/)\n</div>\n')).toEqual([
      '8 Markdown (kursiv) inne i en HTML-blokk vises som ren tekst, med tegnene — en tom linje mellom HTML-taggen og Markdown-teksten, f.eks. <details> og <summary> på egne linjer, så en tom linje, så teksten',
    ]);
    expect(problems('<p>Hei **der**</p>\n')).toHaveLength(1);
  });
  test('accepts Markdown set off from HTML by blank lines, and HTML inside a paragraph', () => {
    expect(
      problems(
        '<details>\n<summary>Mer</summary>\n\n*kursiv* og [lenke](https://example.org/)\n\n</details>\n\nTekst <em>her</em>.\n',
      ),
    ).toEqual([]);
  });
  test('does not see links or HTML inside code samples', () => {
    const { references, problems: found } = checkBody(
      'a.mdx',
      '```html\n<a href="/finnes-ikke/" style="color: red">x</a>\n```\n\nOg `<img src="https://x.example/a.png">`.\n',
      7,
    );
    expect(references).toEqual([]);
    expect(found).toEqual([]);
  });
  test('sees every URL the page will have: any quoting, srcset, poster, definitions', () => {
    const { references } = checkBody(
      'a.mdx',
      [
        "Se <a href='/tema/samordning/'>tema</a> og [om](/om/).",
        '',
        '<img src="/bilder/a.png" srcset="/bilder/a.png 1x, /bilder/b.png 2x" alt="a" />',
        '',
        '<video src="/film.mp4" poster="/bilder/p.png"></video>',
        '',
        '[r]: /rapporter/',
      ].join('\n'),
      7,
    );
    expect(references).toEqual([
      { url: '/tema/samordning/', line: 7, image: false, html: true },
      { url: '/om/', line: 7, image: false, text: 'om', inSentence: true },
      { url: '/bilder/a.png', line: 9, image: true, html: true },
      { url: '/bilder/a.png', line: 9, image: true, html: true },
      { url: '/bilder/b.png', line: 9, image: true, html: true },
      { url: '/film.mp4', line: 11, image: false, html: true },
      { url: '/bilder/p.png', line: 11, image: true, html: true },
      { url: '/rapporter/', line: 13, image: false },
    ]);
  });
});

describe('HTML the security policy disables', () => {
  const style = effectiveDirective('style-src').flat().join(' ');
  test('names an inline style, with what to write instead', () => {
    expect(problems('<p style="border: 3px solid #b00000">Fristen er 1. april.</p>\n')).toEqual([
      `7 style="border: 3px solid #b00000" på <p> blokkeres av nettstedets sikkerhetsregler (${style}), så nettleseren viser innholdet uten stilen — fjern style=; vil du fremheve noe, bruk **fet skrift**, en overskrift (## …) eller et sitat (> …)`,
    ]);
  });
  const cases: [string, string, RegExp][] = [
    ['inline style in a paragraph', 'Tekst <span style="color:red">rød</span>.', /^7 style="color:red" på <span>/],
    ['a <style> element', '<style>\n@import "/a.css";\n</style>', /^7 <style> blokkeres/],
    ['an inline script', '<script>\nalert(1)\n</script>', /^7 <script> blokkeres/],
    [
      'a script from elsewhere',
      '<script src="https://cdn.example.com/a.js"></script>',
      /^7 <script src="https:\/\/cdn.example.com\/a.js"> henter innhold fra et annet nettsted \(cdn.example.com\)/,
    ],
    ['an event handler', '<button onclick="go()">Gå</button>', /^7 onclick= på <button> blokkeres/],
    ['a javascript: link in HTML', '<a href="javascript:alert(1)">x</a>', /^7 javascript:-adressen i <a href>/],
    ['a javascript: link in Markdown', '[x](javascript:alert(1))', /^7 javascript:-adressen i <a href>/],
    [
      'an image from elsewhere in HTML',
      '<img src="https://cdn.example.com/a.png" alt="a" />',
      /^7 <img src="https:\/\/cdn.example.com\/a.png"> henter innhold fra et annet nettsted.*— legg bildet i content\/bilder\//,
    ],
    [
      'an image from elsewhere in Markdown',
      '![kart](https://cdn.example.com/kart.png)',
      /^7 <img src="https:\/\/cdn.example.com\/kart.png"> henter innhold fra et annet nettsted/,
    ],
    [
      'a protocol-relative image',
      '<img src="//cdn.example.com/a.png" alt="a" />',
      /^7 <img src="\/\/cdn.example.com\/a.png"> henter innhold fra et annet nettsted/,
    ],
    [
      'a srcset candidate from elsewhere',
      '<img src="/a.png" srcset="https://cdn.example.com/b.png 2x" alt="a" />',
      /^7 <img srcset="https:\/\/cdn.example.com\/b.png"> henter/,
    ],
    [
      'a video poster from elsewhere',
      '<video src="/film.mp4" poster="https://cdn.example.com/p.png"></video>',
      /^7 <video poster=/,
    ],
    [
      'an embedded video',
      '<iframe src="https://www.youtube.com/embed/x"></iframe>',
      /^7 <iframe src=.*henter innhold fra et annet nettsted \(www.youtube.com\).*— en lenke til innholdet/,
    ],
    ['a frame of the site itself', '<iframe src="/tema/samordning/"></iframe>', /frame-ancestors 'none'/],
    [
      'an <object>',
      '<object data="/filer/a.pdf"></object>',
      /^7 <object data="\/filer\/a.pdf"> blokkeres av nettstedets sikkerhetsregler \(object-src 'none'\)/,
    ],
    ['an <embed>', '<embed src="/filer/a.pdf" />', /^7 <embed src=.*object-src 'none'/],
    [
      'a form',
      '<form action="https://skjema.example.com/"><button>Send</button></form>',
      /^7 <form> kan ikke sendes inn/,
    ],
    [
      'a ping to another site',
      '<a href="/om/" ping="https://teller.example.com/klikk">Om</a>',
      /^7 <a ping="https:\/\/teller.example.com\/klikk"> henter innhold fra et annet nettsted/,
    ],
    ['a <base>', '<base href="https://example.com/" />', /^7 <base> endrer/],
    [
      'a <meta>',
      '<meta http-equiv="refresh" content="0; url=https://example.com/" />',
      /^7 <meta> hører til sidens hode/,
    ],
    ['a <link>', '<link rel="stylesheet" href="https://cdn.example.com/a.css" />', /^7 <link> hører til sidens hode/],
    ['an SVG with a style', '<svg viewBox="0 0 1 1"><style>@import "/a.css";</style></svg>', /^7 <style> blokkeres/],
    [
      'a handler on a later line of an HTML block',
      '<div>\n<p>a</p>\n<img src="/a.png" alt="" onload="x()" />\n</div>',
      /^9 onload= på <img>/,
    ],
  ];
  test.each(cases)('names %s', (_what, body, expected) => {
    const found = problems(`${body}\n`);
    expect(
      found.some((p) => expected.test(p)),
      found.join('\n'),
    ).toBe(true);
  });
  test('accepts the site’s own images, data: images, links to other sites and plain HTML', () => {
    expect(
      problems(
        '![kart](/bilder/kart.png)\n\n<img src="data:image/png;base64,iVBORw0KGgo=" alt="" />\n\n[Difi](https://difi.no/) <a href="https://example.org/">x</a>\n\n<details>\n<summary>Mer</summary>\n\nTekst.\n\n</details>\n',
      ),
    ).toEqual([]);
  });
});

describe('components written in small letters', () => {
  test('are named, with the component meant, instead of becoming an unknown element', () => {
    const { problems } = checkBody('a.mdx', '<faktaboks tittel="Om">\n\nTekst.\n\n</faktaboks>\n', 7);
    expect(problems.map((p) => `${p.line} ${p.problem} — ${p.expected}`)).toEqual([
      '7 <faktaboks> er ikke en komponent: komponentnavn skrives med stor forbokstav — <Faktaboks tittel="Om"> … </Faktaboks>',
    ]);
  });
});

describe('reference-style images', () => {
  test('from another site are named where their address is written', () => {
    const { problems } = checkBody('a.mdx', '![Kart over Norge][kart]\n\n[kart]: https://example.com/kart.png\n', 7);
    expect(problems.map((p) => `${p.line} ${p.problem}`)).toEqual([
      expect.stringMatching(/^9 <img src="https:\/\/example.com\/kart.png"> henter innhold fra et annet nettsted/),
    ]);
  });
});
