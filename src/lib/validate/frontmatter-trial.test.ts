import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkFrontmatter } from './frontmatter.ts';
import type { KindId } from '../kinds.ts';

/** The second editor trial (fresh clone, guide alone): each mistake, its exact message, and the fix followed. */
const refs = { people: new Set(['eivind-dale']), publications: new Set(['mot-alle-odds']) };
const fields = ['title: Tittel', 'description: Ingress.', 'date: 2017-03-01', 'themes: [samordning]'];
const event = ['event:', "  start: '2017-03-17'", '  location: R4'];

/** `lines` with the line that starts like `line` (same key, same indent) put in its place. */
function withLine(lines: readonly string[], line: string): string[] {
  const key = /^\s*(?:-\s+)?[\w.-]*/.exec(line)![0];
  const at = lines.findIndex((l) => l.startsWith(key));
  return at === -1 ? [...lines, line] : lines.map((l, i) => (i === at ? line : l));
}

/** The frontmatter: `over` replaces the lines of the same fields, the rest are added. */
function frontmatter(over: readonly string[], base = fields): string[] {
  return over.reduce<string[]>((lines, line) => withLine(lines, line), [...base]);
}

function said(lines: readonly string[], kind: KindId = 'artikler') {
  return checkFrontmatter('a.mdx', lines.join('\n'), kind, refs);
}
const messages = (lines: readonly string[], kind: KindId = 'artikler') =>
  said(lines, kind).problems.map((p) => `${p.line} ${p.field} — ${p.problem} — ${p.expected}`);

/** The line a message tells the editor to write: after «skriv », or the first «…: » that a field or a - follows. */
function suggested(expected: string): string | undefined {
  const written = /skriv (.+)$/.exec(expected)?.[1];
  if (written) return written;
  for (let at = expected.indexOf(': '); at !== -1; at = expected.indexOf(': ', at + 1)) {
    const rest = expected.slice(at + 2);
    if (/^(- |[\w.-]+: )/.test(rest)) return rest;
  }
  return undefined;
}

/** Follows the message literally: writes the suggested line in place of the wrong one, and checks again. */
function followed(lines: readonly string[], kind: KindId = 'artikler') {
  const [problem] = said(lines, kind).problems;
  const line = suggested(problem!.expected)!;
  const indent = /^\s*/.exec(lines[problem!.line - 2]!)![0];
  const fixed = lines.map((l, i) => (i === problem!.line - 2 ? indent + line : l));
  return said(fixed, kind);
}

describe('a value YAML cuts at « #» (a comment) is said, never published shortened', () => {
  test.each([
    ['title: Styring #1 i staten', 'title', 'Styring', '#1 i staten', 'Styring #1 i staten'],
    ['description: Om styring #1 i staten', 'description', 'Om styring', '#1 i staten', 'Om styring #1 i staten'],
    ['title: Sak #12 #13', 'title', 'Sak', '#12 #13', 'Sak #12 #13'],
  ])('%s', (line, field, kept, lost, whole) => {
    const lines = frontmatter([line]);
    const row = lines.indexOf(line) + 2;
    expect(messages(lines)).toEqual([
      `${row} ${field} — YAML leser « #» og alt etter som en kommentar: bare «${kept}» kommer med, ikke «${lost}» — hele verdien i anførselstegn: ${field}: '${whole}'`,
    ]);
    const again = followed(lines);
    expect(again.problems).toEqual([]);
    expect(again.data[field]).toBe(whole);
  });
  test('in a nested field and in an event', () => {
    const image = frontmatter(['image:', '  src: ../bilder/kart.jpg', '  alt: Kart #2 over Norge']);
    expect(messages(image)).toEqual([
      "8 image.alt — YAML leser « #» og alt etter som en kommentar: bare «Kart» kommer med, ikke «#2 over Norge» — hele verdien i anførselstegn: alt: 'Kart #2 over Norge'",
    ]);
    expect((followed(image).data['image'] as { alt: string }).alt).toBe('Kart #2 over Norge');
    const place = frontmatter([...event.slice(0, 2), '  location: Rom #3, R4'], [...fields]);
    expect(messages(place, 'arrangementer')).toEqual([
      "8 event.location — YAML leser « #» og alt etter som en kommentar: bare «Rom» kommer med, ikke «#3, R4» — hele verdien i anførselstegn: location: 'Rom #3, R4'",
    ]);
    expect(followed(place, 'arrangementer').problems).toEqual([]);
  });
  test('inside […] the comment takes the closing ] too: the list is given back', () => {
    expect(messages(frontmatter(['themes: [samordning #1, it-styring]']))).toEqual([
      '5 themes — YAML leser « #» og alt etter som en kommentar, også ] som lukker listen — listen uten #: themes: [samordning, it-styring]',
    ]);
    expect(followed(frontmatter(['themes: [samordning #1, it-styring]'])).problems).toEqual([]);
  });
  test('a value that begins with # is empty to YAML, not missing', () => {
    expect(messages(frontmatter(['title: #1 i staten']))).toEqual([
      "2 title — YAML leser «#» først i verdien som starten på en kommentar: verdien blir tom — hele verdien i anførselstegn: title: '#1 i staten'",
    ]);
  });
  test('a block of text under `title: |` or `title: >` is read as meant', () => {
    for (const mark of ['|', '>', '>-']) {
      const lines = [`title: ${mark}`, '  Styring #1 i staten', ...fields.slice(1)];
      expect(messages(lines)).toEqual([]);
      expect(said(lines).data['title']).toMatch(/^Styring #1 i staten\n?$/);
    }
  });
  test('a note after a value the field would not take whole is a comment, as meant', () => {
    const notes = frontmatter([
      'date: 2017-03-01 # endret',
      'themes: [samordning] # hoved',
      'draft: true # ikke ferdig',
    ]);
    expect(messages(notes)).toEqual([]);
    expect(messages(frontmatter(['themes:', '  - samordning # hovedtema']))).toEqual([]);
  });
});

describe('a suggested line is right when followed literally', () => {
  test('a quoted word at the start of a title keeps the words after it', () => {
    const lines = frontmatter(["title: 'Tillit' i staten"]);
    expect(messages(lines)).toEqual([
      "2 title — anførselstegnet ' inne i teksten avslutter verdien for tidlig (YAML-feil) — to apostrofer ('') for hver apostrof inne i teksten: title: '''Tillit'' i staten' (eller «» rundt ordene)",
    ]);
    const line = /title: ('.*') \(eller/.exec(said(lines).problems[0]!.expected)![1];
    expect(parse(`title: ${line}`)).toEqual({ title: "'Tillit' i staten" });
    const double = said(frontmatter(['title: "Tillit" i staten'])).problems[0]!.expected;
    expect(parse(`title: ${/title: ('.*') \(eller/.exec(double)![1]}`)).toEqual({ title: '"Tillit" i staten' });
  });
  test('a true or a number in «» or “” is given back without quotes, where the field wants it so', () => {
    expect(messages(frontmatter(['draft: «true»']))).toEqual([
      '6 draft — hele verdien står i «…», som YAML tar for tekst: tegnene kommer med på siden — uten anførselstegn: draft: true',
    ]);
    expect(messages(frontmatter(['draft: “false”']))[0]).toMatch(/— uten anførselstegn: draft: false$/);
    // A title that is a year stays text: the quotes are what it needs.
    expect(messages(frontmatter(['title: «1814»']))[0]).toMatch(/— vanlige anførselstegn: title: '1814'/);
  });
  test.each([
    ['draft:true', 'draft', 'draft: true'],
    ['title:Tillit i staten', 'title', 'title: Tillit i staten'],
    ['date:2017-03-01', 'date', 'date: 2017-03-01'],
  ])('%s: the space after the colon is missing', (line, field, right) => {
    const lines = frontmatter([line]);
    const row = lines.indexOf(line) + 2;
    expect(messages(lines)).toEqual([
      `${row} ${field} — mellomrommet etter kolonet mangler: YAML leser «${line}» som ett ord, ikke som feltet ${field} — et mellomrom etter kolonet: ${right}`,
    ]);
    expect(followed(lines).problems).toEqual([]);
  });
  test.each([
    ['title: - Tillit', '-', 'et listeelement'],
    ['title: *Tillit', '*', 'en henvisning til et anker, ikke som tekst'],
    ['title: &Tillit i staten', '&', 'et anker (et navn YAML gir verdien), og ordet etter blir borte'],
    ['title: !Viktig: tillit', '!', 'en type (tag), og ordet etter blir borte'],
    ['title: > Tillit', '>', 'starten på en tekstblokk over flere linjer'],
    ['title: @Tillit', '@', 'et reservert tegn, som ikke kan stå først i en verdi uten anførselstegn'],
  ])('%s: a value that begins with a mark YAML reads as structure', (line, mark, read) => {
    const lines = frontmatter([line]);
    const text = line.slice('title: '.length);
    expect(messages(lines)).toEqual([
      `2 title — verdien begynner med «${mark}», som YAML leser som ${read} — hele verdien i anførselstegn: title: '${text}'`,
    ]);
    const again = followed(lines);
    expect(again.problems).toEqual([]);
    expect(again.data['title']).toBe(text);
  });
});

describe('a list item without the space after its -', () => {
  test.each([
    [['themes:', '  - samordning', '  -it-styring'], '7 themes', '-it-styring', '- it-styring'],
    [['people:', '  -id: eivind-dale', '    part: intervjuet'], '7 people.id', '-id: eivind-dale', '- id: eivind-dale'],
  ])('%j', (tail, at, wrote, right) => {
    const lines = [...fields.filter((l) => !l.startsWith('themes') || tail[0] !== 'themes:'), ...tail];
    expect(messages(lines)).toEqual([
      `${at} — mellomrommet etter listetegnet - mangler: YAML leser «${wrote}» som tekst, ikke som et listeelement — et mellomrom etter bindestreken: ${right}`,
    ]);
    expect(followed(lines).problems).toEqual([]);
  });
  test('a negative number or a word with a hyphen first in a text is no list item', () => {
    expect(messages([...fields, 'image:', '  src: ../bilder/a.jpg', '  alt: -5 grader på Finse'])).toEqual([]);
  });
});

describe('the field and the line of a YAML error', () => {
  test.each([
    ['description: Les dette: viktig', 'description', 'Les dette'],
    ['title: Samordning: tre råd', 'title', 'Samordning'],
  ])('%s: a colon inside a value names its field and gives its line quoted', (line, field, key) => {
    const lines = frontmatter([line]);
    const row = lines.indexOf(line) + 2;
    const value = line.slice(field.length + 2);
    expect(messages(lines)).toEqual([
      `${row} ${field} — kolonet etter «${key}» inne i verdien får YAML til å lese «${key}» som et nytt feltnavn — hele verdien i anførselstegn: ${field}: '${value}'`,
    ]);
    expect(followed(lines).problems).toEqual([]);
  });
  test('a field written twice names the field and both lines', () => {
    expect(messages([...fields, 'title: Igjen'])).toEqual([
      '6 title — feltet står to ganger: på linje 2 og linje 6 (YAML-feil) — title bare én gang: slett den ene linjen, eller slå dem sammen',
    ]);
    expect(messages([...fields, 'image:', '  src: ../bilder/a.jpg', '  alt: Kart', '  alt: Kart igjen'])).toEqual([
      '9 image.alt — feltet står to ganger: på linje 8 og linje 9 (YAML-feil) — image.alt bare én gang: slett den ene linjen, eller slå dem sammen',
    ]);
  });
  test.each([
    ['   part: intervjuet', 3],
    ['      part: intervjuet', 6],
    [' part: intervjuet', 1],
  ])('«%s» under a person names the line and shows the indent', (line) => {
    const lines = [...fields, 'people:', '  - id: eivind-dale', line];
    expect(messages(lines)).toEqual([
      '8 people.part — feil innrykk: part står ikke rett under id på linjen over (YAML-feil) — 4 mellomrom foran part, som foran id: «    part: intervjuet»',
    ]);
    expect(messages([...fields, 'people:', '  - id: eivind-dale', '    part: intervjuet'])).toEqual([]);
  });
  test('a field of the lead image indented too deep', () => {
    expect(messages([...fields, 'image:', '  src: ../bilder/a.jpg', '   alt: Kart'])).toEqual([
      '8 image.alt — feil innrykk: alt står ikke rett under src på linjen over (YAML-feil) — 2 mellomrom foran alt, som foran src: «  alt: Kart»',
    ]);
  });
});

describe('what is missing in a list item, and values separated otherwise than by comma', () => {
  test('a person without a part: the role is missing, and the roles are listed', () => {
    expect(messages([...fields, 'people:', '  - id: eivind-dale'])).toEqual([
      '7 people — mangler rolle (part) — f.eks. part: intervjuet (en av intervjuet, innleder, foredragsholder, paneldeltaker, ordstyrer, forfatter, kontaktperson)',
    ]);
  });
  test.each([
    [
      'themes: [samordning; etatsstyring]',
      'themes',
      'samordning; etatsstyring',
      ';',
      'themes: [samordning, etatsstyring]',
    ],
    [
      'themes: [samordning;etatsstyring, it-styring]',
      'themes',
      'samordning;etatsstyring',
      ';',
      'themes: [samordning, etatsstyring, it-styring]',
    ],
    [
      'themes: [samordning | etatsstyring]',
      'themes',
      'samordning | etatsstyring',
      '|',
      'themes: [samordning, etatsstyring]',
    ],
    [
      'publications: [mot-alle-odds; mot-alle-odds]',
      'publications',
      'mot-alle-odds; mot-alle-odds',
      ';',
      'publications: [mot-alle-odds, mot-alle-odds]',
    ],
  ])('%s: «skill med komma», and the line', (line, field, value, mark, right) => {
    const lines = frontmatter([line]);
    const row = lines.indexOf(line) + 2;
    expect(messages(lines)).toEqual([
      `${row} ${field} — «${value}» er flere verdier skilt med ${mark}, men YAML skiller bare med komma — skill med komma: ${right}`,
    ]);
    expect(followed(lines).problems).toEqual([]);
  });
});

describe('an unknown field written as the Norwegian word for it', () => {
  test.each([
    ['tema', 'themes'],
    ['tittel', 'title'],
    ['Tittel', 'title'],
    ['dato', 'date'],
    ['beskrivelse', 'description'],
    ['ingress', 'description'],
    ['utkast', 'draft'],
    ['bilde', 'image'],
    ['språk', 'lang'],
    ['personer', 'people'],
    ['publikasjoner', 'publications'],
  ])('%s: mente du %s', (word, name) => {
    expect(said([...fields, `${word}: x`]).problems.map((p) => p.problem)).toContain(
      `ukjent felt «${word}» (mente du «${name}»?)`,
    );
  });
  test('inside an event and an image', () => {
    const at = (lines: string[], kind: KindId = 'artikler') => said(lines, kind).problems.map((p) => p.problem);
    expect(at([...fields, ...event, '  sted: R4'], 'arrangementer')).toEqual([
      'ukjent felt «sted» (mente du «location»?)',
    ]);
    expect(at([...fields, 'image:', '  src: ../bilder/a.jpg', '  alt: Kart', '  fil: a.jpg'])).toEqual([
      'ukjent felt «fil» (mente du «src»?)',
    ]);
  });
});

describe('dates and times as editors write them', () => {
  test.each([
    ['06.03.18', '«06.03.18» er ikke på formen ÅÅÅÅ-MM-DD (år-måned-dag) — skriv date: 2018-03-06'],
    [
      '2018-03-06 kl. 09.00',
      '«2018-03-06 kl. 09.00» har klokkeslett, men publiseringsdatoen er bare en dag (klokkeslettet vises ikke) — skriv date: 2018-03-06',
    ],
    [
      '6. mars 2018 kl. 9',
      '«6. mars 2018 kl. 9» har klokkeslett, men publiseringsdatoen er bare en dag (klokkeslettet vises ikke) — skriv date: 2018-03-06',
    ],
    [
      "'2018-03-06T09:00:00+01:00'",
      '«2018-03-06T09:00:00+01:00» har klokkeslett, men publiseringsdatoen er bare en dag (klokkeslettet vises ikke) — skriv date: 2018-03-06',
    ],
    [
      '31.02.18',
      '31.02.18 finnes ikke i kalenderen (februar 2018 har 28 dager) — en dato som finnes, på formen ÅÅÅÅ-MM-DD',
    ],
  ])('date: %s', (value, message) => {
    const lines = frontmatter([`date: ${value}`]);
    expect(messages(lines)).toEqual([`4 date — ${message}`]);
    if (message.includes('skriv')) expect(followed(lines).problems).toEqual([]);
  });
  test.each([
    ["'2024-03-06 kl. 09.00'", '2024-03-06T09:00:00+01:00'],
    ['06.03.2018 kl 9', '2018-03-06T09:00:00+01:00'],
    ['6. mars 2018 kl. 09:00', '2018-03-06T09:00:00+01:00'],
    ['06.06.18 kl. 9.30', '2018-06-06T09:30:00+02:00'],
  ])('start: %s is given in the site’s form, with Oslo’s offset', (value, right) => {
    const [problem] = said([...fields, 'event:', `  start: ${value}`, '  location: R4'], 'arrangementer').problems;
    expect(problem!.expected).toBe(`skriv '${right}' (norsk tid den dagen: +01:00 om vinteren, +02:00 om sommeren)`);
    expect(said([...fields, 'event:', `  start: '${right}'`, '  location: R4'], 'arrangementer').problems).toEqual([]);
  });
});
