import { describe, expect, test } from 'vitest';
import { checkBody } from './body.ts';

/** The problems in a body that starts on line 7 of its file, as «line problem — expected». */
const problems = (body: string) =>
  checkBody('a.mdx', body, 7).problems.map((p) => `${p.line} ${p.problem} — ${p.expected}`);

describe('MDX bodies', () => {
  test('accepts Markdown, GFM and plain HTML elements', () => {
    const body = [
      'Tekst med **uthevet** og ~~strek~~.[^1]',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '- [x] ferdig',
      '',
      '<details>',
      '<summary>Mer</summary>',
      '',
      'Tekst.',
      '',
      '</details>',
      '',
      'Linje<br />skift og \\{ krøll \\}.',
      '',
      '[^1]: Fotnote.',
      '',
    ].join('\n');
    expect(problems(body)).toEqual([]);
  });
  test('names an unclosed element on the line where it opens', () => {
    expect(problems('Avsnitt.\n\n<details>\n<summary>Mer</summary>\n\nTekst.\n')).toEqual([
      '9 MDX kan ikke leses: elementet <details> lukkes aldri — </details> der elementet slutter',
    ]);
  });
  test('tells how to write an empty element MDX wants closed', () => {
    expect(problems('Linje<br>skift\n')).toEqual([
      '7 MDX kan ikke leses: elementet <br> lukkes aldri — skriv <br /> med skråstrek, slik MDX krever',
    ]);
  });
  test('names a stray brace, an HTML comment and an angle-bracket link', () => {
    expect(problems('A\n\nB { C\n')[0]).toBe(
      '9 MDX kan ikke leses: en krøllparentes { lukkes aldri — skriv \\{ for å vise en krøllparentes i teksten',
    );
    expect(problems('<!-- notat -->\n')[0]).toMatch(
      /^7 MDX kan ikke leses: HTML-kommentarer <!-- … --> støttes ikke i MDX/,
    );
    expect(problems('Se <https://difi.no>.\n')[0]).toMatch(/^7 MDX kan ikke leses: lenker i vinkelparenteser/);
  });
  test("names MDX features outside the editors' contract: import, expressions, unknown components", () => {
    expect(problems('import X from "x"\n\nTekst {1 + 1}.\n\n<Faktaboksen tittel="A">B</Faktaboksen>\n')).toEqual([
      '7 import/export støttes ikke; komponentene kan brukes uten import — fjern linjen (se «Komponenter» i redaktørveiledningen)',
      '9 tekst i krøllparenteser { } er et MDX-uttrykk og ville ikke blitt vist — skriv \\{ og \\} for å vise krøllparenteser',
      '11 komponenten <Faktaboksen> finnes ikke på dette nettstedet (mente du «Faktaboks»?) — en av <Faktaboks>, <Merknad>, <Sitat>, <Figur>, <Utvid>, <Vedlegg>, <Video> (se «Komponenter» i redaktørveiledningen)',
    ]);
  });
  test('collects links and images from Markdown and HTML, with their lines', () => {
    const { references } = checkBody(
      'a.mdx',
      '[Tema](/tema/samordning/)\n\n![Kart](/bilder/kart.png)\n\n<a href="/om/">Om</a>\n\nSe [rapporten][r].\n\n[r]: /rapporter/\n',
      7,
    );
    expect(references).toEqual([
      { url: '/tema/samordning/', line: 7, image: false, text: 'Tema' },
      { url: '/bilder/kart.png', line: 9, image: true, alt: 'Kart' },
      { url: '/om/', line: 11, image: false, html: true },
      { url: '/rapporter/', line: 15, image: false },
    ]);
  });
});

describe('component tags written as a word processor or a hurried editor does (editor trial, 2 Dec 2026)', () => {
  test('a value in typographic quotes is said in Norwegian, on its line', () => {
    expect(problems('Innledning.\n\n<Faktaboks tittel=”Om rapporten”>\n\nTekst.\n\n</Faktaboks>\n')).toEqual([
      '9 MDX kan ikke leses: verdien står i typografiske anførselstegn (”), som MDX ikke leser — vanlige anførselstegn rundt verdien: tittel="Om rapporten"',
    ]);
  });
  test('an unclosed quote is named at the tag that has it, not where the parser gave up', () => {
    const body = [
      'Innledning.',
      '',
      '<Faktaboks tittel="Om rapporten>',
      '',
      'Tekst. Mer.',
      '',
      '</Faktaboks>',
      '',
      'Slutt.',
      '',
    ];
    expect(problems(body.join('\n'))).toEqual([
      '9 MDX kan ikke leses: anførselstegnet " etter tittel= på <Faktaboks> lukkes aldri, så teksten under leses som en del av taggen — " på slutten av verdien, på samme linje: tittel="Om rapporten"',
    ]);
  });
  test('a stray character after a value is said in Norwegian too, at its tag', () => {
    expect(problems('<Faktaboks tittel="Om"="x">\n\nTekst.\n\n</Faktaboks>\n')).toEqual([
      '7 MDX kan ikke leses: tegnet = etter tittel="Om" hører ikke hjemme i taggen <Faktaboks> — egenskaper på formen navn="tekst", og taggen avsluttet med > (eller /> når den ikke omslutter tekst)',
    ]);
  });
  test('a misspelt component closed with the right name says the name is wrong', () => {
    expect(problems('<Faktboks tittel="Om">\n\nTekst.\n\n</Faktaboks>\n')).toEqual([
      '7 MDX kan ikke leses: komponenten <Faktboks> finnes ikke (mente du «Faktaboks»?), så </Faktaboks> lukker ingenting — <Faktaboks …> … </Faktaboks>, med samme navn i begge',
    ]);
  });
});

describe('an address with a space (editor trial, 2 Dec 2026)', () => {
  test('an image or link whose address has a space would show as text: named at its line', () => {
    expect(problems('Tekst.\n\n![Et møte](../bilder/møte i oslo.jpg)\n')).toEqual([
      '9 bildet «../bilder/møte i oslo.jpg» har mellomrom i adressen, så den vises som tekst — skriv mellomrommet som %20: ![Et møte](../bilder/møte%20i%20oslo.jpg)',
    ]);
    expect(problems('Se [rapporten](../vedlegg/ny rapport.pdf).\n')).toEqual([
      '7 lenken «../vedlegg/ny rapport.pdf» har mellomrom i adressen, så den vises som tekst — <Vedlegg fil="../vedlegg/ny rapport.pdf" tekst="rapporten" /> på en egen linje under avsnittet (en komponent kan ikke stå inne i en setning), og «rapporten» i setningen som vanlig tekst',
    ]);
    // Written from content/ (as in publikasjoner.yaml): the component is given the path from the entry.
    expect(problems('[Rapporten](vedlegg/ny rapport.pdf)\n')).toEqual([
      '7 lenken «vedlegg/ny rapport.pdf» har mellomrom i adressen, så den vises som tekst — <Vedlegg fil="../vedlegg/ny rapport.pdf" tekst="Rapporten" />, på en egen linje',
    ]);
    expect(problems('[Rapporten](../vedlegg/ny rapport.pdf)\n')).toEqual([
      '7 lenken «../vedlegg/ny rapport.pdf» har mellomrom i adressen, så den vises som tekst — <Vedlegg fil="../vedlegg/ny rapport.pdf" tekst="Rapporten" />, på en egen linje',
    ]);
    // The parser makes https://… an autolink, which splits the text: read in the paragraph's source.
    expect(problems('Les [mer](https://www.dfo.no/ny rapport/) og [dette](/om oss/).\n')).toEqual([
      '7 lenken «https://www.dfo.no/ny rapport/» har mellomrom i adressen, så den vises som tekst — skriv mellomrommet som %20: [mer](https://www.dfo.no/ny%20rapport/)',
      '7 lenken «/om oss/» har mellomrom i adressen, så den vises som tekst — skriv mellomrommet som %20: [dette](/om%20oss/)',
    ]);
    expect(problems('Se [temaet](/tema/sam ordning/).\n')).toEqual([
      '7 lenken «/tema/sam ordning/» har mellomrom i adressen, så den vises som tekst — skriv mellomrommet som %20: [temaet](/tema/sam%20ordning/)',
    ]);
    // A link with a title is a link, and brackets in plain text are text.
    expect(problems('Se [DFØ](https://dfo.no "DFØ sine sider") og [merknad] (se under).\n')).toEqual([]);
  });
});

describe('component tags written wrong: the parser’s reason in Norwegian, at the line to change', () => {
  // Body on line 7 of its file: «Intro.» is line 7, the tag line 9.
  const at9 = (tag: string, rest = '\n\nTekst.\n\n</Faktaboks>\n') => problems(`Intro.\n\n${tag}${rest}`);
  test('a missing = between a prop and its value names the prop and writes it right', () => {
    expect(at9('<Faktaboks tittel"Hei">')).toEqual([
      '9 MDX kan ikke leses: det mangler = mellom tittel og verdien på <Faktaboks> — tittel="Hei"',
    ]);
    expect(at9("<Merknad type 'info'>", '\n\nTekst.\n\n</Merknad>\n')).toEqual([
      '9 MDX kan ikke leses: det mangler = mellom type og verdien på <Merknad> — type="info"',
    ]);
    expect(at9('<Faktaboks tittel:"Hei">')).toEqual([
      '9 MDX kan ikke leses: tittel: på <Faktaboks> har kolon der det skal stå = — tittel="Hei"',
    ]);
    expect(at9('<Faktaboks tittel”Hei”>')).toEqual([
      '9 MDX kan ikke leses: det mangler = mellom tittel og verdien på <Faktaboks> — tittel="Hei"',
    ]);
  });
  test('a missing = in a tag over several lines is said on the prop’s own line', () => {
    expect(problems('Intro.\n\n<Figur\n  bilde="../bilder/kart.jpg"\n  alt"Kart"\n/>\n')).toEqual([
      '11 MDX kan ikke leses: det mangler = mellom alt og verdien på <Figur> — alt="Kart"',
    ]);
  });
  test('a missing > is said at the tag, not at the text the parser read as its props', () => {
    const said =
      '9 MDX kan ikke leses: taggen <Faktaboks> på linje 9 avsluttes aldri med >, så teksten etter den leses som en del av taggen — > på slutten av taggen: <Faktaboks tittel="Hei">';
    expect(at9('<Faktaboks tittel="Hei"', '\nTekst her.\n\n</Faktaboks>\n')).toEqual([said]);
    expect(at9('<Faktaboks tittel="Hei"', '\n\nTekst her.\n\n</Faktaboks>\n')).toEqual([said]);
    expect(at9('<Faktaboks tittel="Hei"', '\nTekst\n\n</Faktaboks>\n')).toEqual([said]);
    // A component that wraps nothing ends with />, also when the file ends first.
    expect(at9('<Figur bilde="../bilder/kart.jpg" alt="Kart"', '\n')).toEqual([
      '9 MDX kan ikke leses: taggen <Figur> på linje 9 avsluttes aldri med />, så teksten etter den leses som en del av taggen — /> på slutten av taggen: <Figur bilde="../bilder/kart.jpg" alt="Kart" />',
    ]);
  });
  test('a misspelt closing tag is said where it stands, with both names', () => {
    expect(at9('<Faktaboks tittel="x">', '\n\nTekst.\n\n</Faktabox>\n')).toEqual([
      '13 MDX kan ikke leses: </Faktabox> lukker ikke <Faktaboks> fra linje 9 — skriv </Faktaboks>',
    ]);
    expect(at9('<Faktaboks tittel="x">', '\n\nTekst.\n\n</faktaboks>\n')).toEqual([
      '13 MDX kan ikke leses: </faktaboks> lukker ikke <Faktaboks> fra linje 9 — skriv </Faktaboks>',
    ]);
    expect(at9('<Merknad type="info">', '\n\n<Faktaboks tittel="A">\n\nTekst.\n\n</Merknad>\n')).toEqual([
      '15 MDX kan ikke leses: </Merknad> kommer før <Faktaboks> fra linje 11 er lukket — </Faktaboks> før </Merknad>',
    ]);
  });
  test('typographic quotes inside braces get the quote message, not advice about braces', () => {
    expect(at9('<Figur bilde="../bilder/kart.jpg" alt="Kart" bredde={“stor”} />', '\n')).toEqual([
      '9 MDX kan ikke leses: verdien står i typografiske anførselstegn (“), som MDX ikke leser — vanlige anførselstegn rundt verdien: bredde="stor"',
    ]);
    expect(problems('Intro.\n\nHan sa {“ja”} til det.\n')).toEqual([
      '9 MDX kan ikke leses: teksten i krøllparenteser { } står i typografiske anførselstegn (“), som MDX ikke leser — skriv teksten uten krøllparenteser, eller \\{ og \\} for å vise krøllparentesene',
    ]);
    // Straight quote opened, typographic quote closing it: named as such, not as an unclosed quote.
    expect(at9('<Faktaboks tittel="Om rapporten”>')).toEqual([
      '9 MDX kan ikke leses: verdien til tittel på <Faktaboks> begynner med " og slutter med ” (et typografisk anførselstegn), som MDX ikke leser — vanlige anførselstegn i begge ender: tittel="Om rapporten"',
    ]);
  });
  test('a component in small letters is shown with its own tag written right, self-closing kept', () => {
    expect(at9('<figur bilde="../bilder/kart.jpg" alt="Kart" />', '\n')).toEqual([
      '9 <figur> er ikke en komponent: komponentnavn skrives med stor forbokstav — <Figur bilde="../bilder/kart.jpg" alt="Kart" />',
    ]);
    expect(at9('<faktaboks tittel="Om">', '\n\nTekst.\n\n</faktaboks>\n')).toEqual([
      '9 <faktaboks> er ikke en komponent: komponentnavn skrives med stor forbokstav — <Faktaboks tittel="Om"> … </Faktaboks>',
    ]);
    expect(at9('<faktaboks tittel="Om">', '\n\nTekst.\n\n</Faktaboks>\n')).toEqual([
      '9 MDX kan ikke leses: <faktaboks> er ikke en komponent: komponentnavn skrives med stor forbokstav — <Faktaboks tittel="Om"> … </Faktaboks>',
    ]);
    expect(at9('<FaktaBoks tittel="Om">', '\n\nTekst.\n\n</FaktaBoks>\n')).toEqual([
      '9 <FaktaBoks> er ikke en komponent: komponenten heter Faktaboks — <Faktaboks tittel="Om"> … </Faktaboks>',
    ]);
  });
  test('an unclosed component, one closed twice, and a closing tag with nothing open', () => {
    expect(at9('<Faktaboks tittel="A">', '\n\nTekst.\n')).toEqual([
      '9 MDX kan ikke leses: komponenten <Faktaboks> lukkes aldri — </Faktaboks> der den slutter',
    ]);
    expect(at9('<Figur bilde="../bilder/kart.jpg" alt="Kart">', '\n\nMer tekst.\n')).toEqual([
      '9 MDX kan ikke leses: komponenten <Figur> lukkes aldri — skråstrek før > til slutt, slik MDX krever: <Figur bilde="../bilder/kart.jpg" alt="Kart" />',
    ]);
    expect(at9('<Faktaboks tittel="A">', '\n\nTekst.\n\n</Faktaboks>\n\n</Faktaboks>\n')).toEqual([
      '15 MDX kan ikke leses: </Faktaboks> lukker ingenting: <Faktaboks> er allerede lukket på linje 13 — fjern den ene </Faktaboks>',
    ]);
    expect(problems('Intro.\n\nTekst.\n\n</Faktaboks>\n')).toEqual([
      '11 MDX kan ikke leses: </Faktaboks> lukker ingenting: ingen <Faktaboks> er åpnet før den — fjern </Faktaboks>, eller skriv <Faktaboks …> der den skal begynne',
    ]);
    expect(at9('<Faktaboks tittel="A">', '\n\nTekst.\n\n</Faktaboks tittel="A">\n')).toEqual([
      '13 MDX kan ikke leses: </Faktaboks> har egenskaper, men en sluttag kan ikke ha det — bare </Faktaboks>; egenskapene står i <Faktaboks …>',
    ]);
    expect(at9('<Faktaboks tittel="A">', '\n\nTekst.\n\n</Faktaboks/>\n')).toEqual([
      '13 MDX kan ikke leses: </Faktaboks/> har en skråstrek for mye — </Faktaboks>',
    ]);
  });
  test('a prop value with a line break is named on the line it starts, written on one line', () => {
    expect(at9('<Faktaboks tittel="Om\nrapporten">')).toEqual([
      '9 tittel på <Faktaboks> går over 2 linjer — hele verdien på én linje, med anførselstegnet rett etter: tittel="Om rapporten"',
    ]);
    expect(problems('Intro.\n\n<Figur\n  bilde="../bilder/kart.jpg"\n  alt="Et\n  kart"\n/>\n')).toEqual([
      '11 alt på <Figur> går over 2 linjer — hele verdien på én linje, med anførselstegnet rett etter: alt="Et kart"',
    ]);
  });
  test('a value without quotes, or in braces, is written back in quotes', () => {
    expect(at9('<Sitat kilde=Ola>', '\n\nTekst.\n\n</Sitat>\n')).toEqual([
      '9 MDX kan ikke leses: verdien til kilde på <Sitat> står uten anførselstegn — kilde="Ola"',
    ]);
    expect(at9('<Sitat kilde=Ola Nordmann>', '\n\nTekst.\n\n</Sitat>\n')).toEqual([
      '9 MDX kan ikke leses: verdien til kilde på <Sitat> står uten anførselstegn — kilde="Ola Nordmann"',
    ]);
    expect(at9('<Faktaboks tittel={Om rapporten}>')).toEqual([
      '9 MDX kan ikke leses: tittel på <Faktaboks> står i krøllparenteser { }, som MDX leser som kode — tittel="Om rapporten" med tekst i anførselstegn',
    ]);
    expect(at9('<Faktaboks tittel={Om>')).toEqual([
      '9 MDX kan ikke leses: krøllparentesen { etter tittel= på <Faktaboks> lukkes aldri — tittel="Om" med tekst i anførselstegn',
    ]);
    expect(at9('<Faktaboks {tittel}>')).toEqual([
      '9 MDX kan ikke leses: <Faktaboks> har tekst i krøllparenteser { } blant egenskapene — egenskaper på formen navn="tekst"',
    ]);
  });
  test('a sentence starting with «export» is text to rewrite, not a line to delete', () => {
    expect(problems('Intro.\n\nexport av data er viktig.\n')).toEqual([
      '9 linjen begynner med «export», som MDX leser som kode (import/export) — skriv Export med stor forbokstav, eller begynn linjen med et annet ord',
    ]);
  });
  test('no reason of the parser reaches the editor in English alone', () => {
    const broken = [
      '<Faktaboks tittel="a" 3>\n\nT\n\n</Faktaboks>\n',
      '<Faktaboks!>\n',
      '<Faktaboks tittel=<b>>\n\nT\n\n</Faktaboks>\n',
      '<Figur bilde="a.jpg" /alt="b">\n',
      '> <Faktaboks tittel="A"\nb="c">\n',
      'Tekst <b>a\n\nb</b>\n',
      '<a:b:c>\n',
      '<Faktaboks {...a, b}>\n\nT\n\n</Faktaboks>\n',
      'a <5\n',
      'x <\n',
      '<details>\n\nT\n',
      'Tekst {1 +} mer.\n',
      '<Faktaboks tittel="Hei"\n',
      '</>\n',
    ];
    for (const body of broken) {
      const said = checkBody('a.mdx', body, 1).problems;
      expect(said.length, body).toBeGreaterThan(0);
      for (const p of said)
        expect(p.problem, body).not.toMatch(/Unexpected|expected|Could not|attribute|character|\(MDX:/);
    }
  });
});

describe('a link with no text', () => {
  test('is said with a link text to write; a linked image is named by its alt text and stays', () => {
    expect(
      problems('Se [](https://www.dfo.no/) og [![Kart](https://example.org/k.png)](/om/).\n').filter((p) =>
        p.includes('lenketekst'),
      ),
    ).toEqual([
      '7 lenken til «https://www.dfo.no/» har ingen lenketekst, så den vises ikke på siden og leses ikke opp — tekst mellom klammene som sier hvor lenken går: [Les rapporten](https://www.dfo.no/)',
    ]);
  });
});
