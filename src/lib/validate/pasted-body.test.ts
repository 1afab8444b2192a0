import { describe, expect, test } from 'vitest';
import { checkBody } from './body.ts';

/** The problems of a body starting on line 7 of its file: line and the Markdown to write. */
const found = (body: string) =>
  checkBody('a.mdx', body, 7).problems.map((p) => ({ line: p.line, expected: p.expected }));
const fixes = (body: string) => found(body).map((p) => `${p.line} ${p.expected}`);

describe('a list pasted from a word processor', () => {
  test('Word bullets (•, U+F0B7, –, o) at line starts are a list lost, said at the first one with the item written right', () => {
    expect(fixes('Tre råd:\n• Samordne\n• Dele')).toEqual([
      '8 bindestrek og mellomrom foran hvert punkt i stedet for «•»: - Samordne',
    ]);
    expect(fixes('\uF0B7\tSamordne\n\uF0B7\tDele')).toEqual([
      '7 bindestrek og mellomrom foran hvert punkt i stedet for «\uF0B7»: - Samordne',
    ]);
    expect(fixes('– Samordne\n– Dele')).toEqual([
      '7 bindestrek og mellomrom foran hvert punkt i stedet for «–»: - Samordne',
    ]);
    expect(fixes('o Samordne\no Dele')).toEqual([
      '7 bindestrek og mellomrom foran hvert punkt i stedet for «o»: - Samordne',
    ]);
    expect(fixes('• Samordne\no Under\n• Dele')[0]).toContain('et underpunkt (o) rykkes inn med to mellomrom');
    // Word's Wingdings bullets pasted as plain text: square (§), arrow (Ø), tick (ü).
    expect(fixes('§ Samordne\n§ Dele')).toEqual([
      '7 bindestrek og mellomrom foran hvert punkt i stedet for «§»: - Samordne',
    ]);
    expect(fixes('Ø Samordne\nØ Dele')).toEqual([
      '7 bindestrek og mellomrom foran hvert punkt i stedet for «Ø»: - Samordne',
    ]);
    expect(fixes('ü Samordne\nü Dele')).toEqual([
      '7 bindestrek og mellomrom foran hvert punkt i stedet for «ü»: - Samordne',
    ]);
    // A single bullet no one types is a list item too.
    expect(fixes('•Alene')).toEqual(['7 bindestrek og mellomrom foran hvert punkt i stedet for «•»: - Alene']);
  });
  test('the problem names the lines of the lost list', () => {
    expect(checkBody('a.mdx', 'Tekst\n• En\n• To\n• Tre', 7).problems[0]!.problem).toMatch(
      /^linjene 8–10 begynner med «•» \(U\+2022/,
    );
  });
  test('a real list, a line of dialogue and a dash inside a sentence are left alone', () => {
    expect(found('- Samordne\n- Dele\n\n* Tre\n\n– Ja, sa hun.\n\n– Nei.\n\nEn tanke – og en til.\n\no')).toEqual([]);
    // Sections of a law, one to a line, are not a list.
    expect(found('§ 3 gir hjemmel.\n§ 4 gir unntak.\n\nØ er et ord.')).toEqual([]);
  });
  test('bullets inside a quote or a component are found too', () => {
    expect(fixes('> • En\n> • To')).toEqual(['7 bindestrek og mellomrom foran hvert punkt i stedet for «•»: - En']);
    expect(fixes('<Faktaboks tittel="Råd">\n\n• En\n• To\n\n</Faktaboks>')).toEqual([
      '9 bindestrek og mellomrom foran hvert punkt i stedet for «•»: - En',
    ]);
  });
});

describe('a table pasted from a word processor', () => {
  test('tab-separated lines are a table lost, with the pipe table to write', () => {
    expect(fixes('Navn\tAlder\nOla\t40\nKari\t41')).toEqual([
      '7 en tabell med | mellom kolonnene og en skillelinje under første rad: | Navn | Alder |, så | --- | --- |, så | Ola | 40 | og likedan for hver rad',
    ]);
    // A | in a cell is written \| so that it stays text.
    expect(fixes('A|B\tC\nD\tE')[0]).toContain('| A\\|B | C |');
  });
  test('a pipe table without its separator line is told the line to add, with as many columns as its first row', () => {
    expect(fixes('| a | b | c |\n| 1 | 2 | 3 |')).toEqual(['7 en linje rett under første rad: | --- | --- | --- |']);
    expect(fixes('| a | b |\n| --- |\n| 1 | 2 |')).toEqual([
      '8 en skillelinje med like mange kolonner som første rad: | --- | --- |',
    ]);
  });
  test('a real table, one tab and a table in code are left alone', () => {
    expect(
      found(
        '| a | b |\n| - | - |\n| 1 | 2 |\n\nTekst\n| a | b |\n| --- | --- |\n\nNavn:\tOla\n\n```\na\tb\nc\td\n| x |\n| y |\n```',
      ),
    ).toEqual([]);
  });
});

describe('headings and emphasis whose marks are left as text', () => {
  test('##Tittel without a space is said with the heading written right; #Tittel alone on its line as level 2', () => {
    expect(fixes('##Tittel\n\n###Under')).toEqual(['7 ## Tittel', '9 ### Under']);
    expect(fixes('#Innledning')).toEqual(['7 ## Innledning (nivå 1 er tittelen, så hovedavsnittene har ##)']);
    expect(fixes('Tekst\n##Tittel')).toEqual(['8 ## Tittel']);
  });
  test('a hashtag, an escaped #, # in code and a real heading are left alone', () => {
    expect(
      found('#metoo er et ord.\n\nSe #1 og #samordning\n\n\\##Ikke\n\n`##kode`\n\n```\n##kode\n```\n\n## Ekte'),
    ).toEqual([]);
  });
  test('stars with a space inside, ** that nothing closes, *punkt at a line start', () => {
    expect(fixes('Det er ** viktig** her')).toEqual(['7 **viktig**, med stjernene inntil ordene']);
    expect(fixes('Det er **viktig ** her')).toEqual(['7 **viktig**, med stjernene inntil ordene']);
    expect(fixes('Det er * viktig* her')).toEqual(['7 *viktig*, med stjernene inntil ordene']);
    expect(fixes('Tekst\n*punkt')).toEqual([
      '8 - punkt for et listepunkt (bindestrek og mellomrom), eller *punkt* for kursiv',
    ]);
    expect(fixes('Det er **viktig')).toEqual([
      '7 **det som skal utheves** med ** i begge ender, eller \\*\\* for å vise stjernene',
    ]);
  });
  test('real emphasis, escaped stars, arithmetic and stars in code are left alone', () => {
    expect(
      found(
        '*kursiv* og **fet** og ***begge***\n\n\\*\\*ikke\\*\\* og 5 * 3 * 2\n\n`** x**` og `*punkt`\n\n- *kursiv* punkt\n\n```\n*punkt\n```',
      ),
    ).toEqual([]);
  });
});

describe('a body saved with Windows line endings', () => {
  test('is read the same: each finding at its line, with the same fix', () => {
    const body =
      'Tekst\r\n• En\r\n• To\r\n\r\nNavn\tAlder\r\nOla\t40\r\n\r\n##Tittel\r\n\r\nDet er ** viktig** her\r\n';
    expect(fixes(body)).toEqual(fixes(body.replace(/\r\n/g, '\n')));
    expect(fixes(body).map((f) => f.split(' ')[0])).toEqual(['8', '11', '14', '16']);
  });
});

describe('emphasis with underscores and numbered points that stay text', () => {
  const said = (body: string) =>
    checkBody('a.mdx', body, 7).problems.map((p) => `${p.line} ${p.problem} — ${p.expected}`);
  test('__ fet__, ** fet ** and _ kursiv_ on one line are each said, with the emphasis written right', () => {
    expect(said('Dette er __ fet__ og ** fet ** og _ kursiv_ og _kursiv _ tekst.')).toEqual([
      '7 understrekene i «__ fet__» blir stående på siden: mellomrommet etter __ gjør at teksten ikke utheves — __fet__, med understrekene inntil ordene',
      '7 stjernene i «** fet **» blir stående på siden: mellomrommene innenfor ** gjør at teksten ikke utheves — **fet**, med stjernene inntil ordene',
      '7 understrekene i «_ kursiv_» blir stående på siden: mellomrommet etter _ gjør at teksten ikke blir kursiv — _kursiv_, med understrekene inntil ordene',
      '7 understrekene i «_kursiv _» blir stående på siden: mellomrommet før _ gjør at teksten ikke blir kursiv — _kursiv_, med understrekene inntil ordene',
    ]);
  });
  test('Word’s other bullets (➢, ■, ✓) on two lines or more are a list lost', () => {
    expect(said('Punkter:\n➢ første\n➢ andre').map((p) => p.slice(0, 60))).toEqual([
      '8 linjene 8–9 begynner med «➢» (U+27A2, listetegn fra et tek',
    ]);
    expect(said('Punkter:\n■ første\n✓ andre').map((p) => p.slice(0, 44))).toEqual([
      '8 linjene 8–9 begynner med «■» (U+25A0, list',
    ]);
    expect(said('Svaret er ✓ ja.')).toEqual([]);
  });
  test('~~ borte~~ is said as strikethrough left as text', () => {
    expect(said('Se ~~ borte~~ og ~~borte~~.')).toEqual([
      '7 tildene i «~~ borte~~» blir stående på siden: mellomrommet etter ~~ gjør at teksten ikke strekes over — ~~borte~~, med tildene inntil ordene',
    ]);
  });
  test('snake_case, __init__, a lone _ and real emphasis are left alone', () => {
    expect(said('Feltet snake_case og __init__ og _ alene og __fet__ og _kursiv_ og 2 * 3 * 4.')).toEqual([]);
  });
  test('numbered points under a line of text are a list lost, said at the first with the blank line to add', () => {
    expect(said('Her er en tekst\n2) neste punkt\n3) tredje punkt')).toEqual([
      '8 linjene 8–9 begynner med et nummer, men står rett under en linje med tekst, så de vises som vanlig tekst i avsnittet, ikke som en nummerert liste — en tom linje over «2) neste punkt»',
    ]);
    expect(said('Stegene:\n2. Søk\n\nTekst\n1. første\n3. tredje')).toEqual([
      '8 linje 8 begynner med et nummer, men står rett under en linje med tekst, så de vises som vanlig tekst i avsnittet, ikke som en nummerert liste — en tom linje over «2. Søk»',
    ]);
  });
  test('a list with letters (a), b)) is said as one paragraph, with the list to write', () => {
    expect(said('Punkter:\na) første\nb) andre')).toEqual([
      '8 linjene 8–9 begynner med a), b), men Markdown har ingen lister med bokstaver: punktene vises som ett avsnitt — tall eller bindestrek foran hvert punkt, med en tom linje over første: 1. første (eller - første)',
    ]);
    expect(said('Se punkt a) i loven.')).toEqual([]);
  });
  test('1)Første without a space is said, with the space written', () => {
    expect(said('1)Første\n2)Andre')).toEqual([
      '7 «1)Første» vises som vanlig tekst: et nummerert punkt trenger mellomrom etter 1) — 1) Første',
      '8 «2)Andre» vises som vanlig tekst: et nummerert punkt trenger mellomrom etter 2) — 2) Andre, med en tom linje over første punkt',
    ]);
  });
  test('a date, an amount and a year at a line start inside a paragraph are left alone', () => {
    expect(said('Møtet er\n10. mars, og budsjettet\n1.5 millioner i\n2018. Se 3.mai.')).toEqual([]);
  });
});
