import { describe, expect, test } from 'vitest';
import { checkFrontmatter } from './frontmatter.ts';
import type { KindId } from '../kinds.ts';

/** A list or an object written on its field's own line: the lines to write, and the fix followed. */
const refs = { people: new Set(['eivind-dale', 'kari-nordmann']), publications: new Set(['mot-alle-odds']) };
const head = ['title: Tittel', 'description: Ingress.', 'date: 2017-03-01'];

const check = (lines: readonly string[], kind: KindId = 'artikler') =>
  checkFrontmatter('a.mdx', lines.join('\n'), kind, refs);
const messages = (lines: readonly string[], kind: KindId = 'artikler') =>
  check(lines, kind).problems.map((p) => `${p.line} ${p.field} — ${p.problem} — ${p.expected}`);

/** Follows the message literally: its lines after the «:\n» replace the field's line and the lines under it. */
function followed(lines: readonly string[], kind: KindId = 'artikler') {
  const [problem] = check(lines, kind).problems;
  // A line in (…) is a note about the lines, not one of them.
  const written = problem!.expected
    .split('\n')
    .slice(1)
    .filter((l) => !l.startsWith('('));
  const at = problem!.line - 2;
  const indent = /^ */.exec(lines[at]!)![0].length;
  let end = at + 1;
  while (end < lines.length && /^ */.exec(lines[end]!)![0].length > indent) end++;
  return check([...lines.slice(0, at), ...written, ...lines.slice(end)], kind);
}

describe('a block written on the line of its field is moved under it, with the lines that go with it', () => {
  test('a list item after «people:»', () => {
    const lines = [...head, 'themes: [samordning]', 'people: - id: kari-nordmann', '    part: intervjuet'];
    expect(messages(lines)).toEqual([
      '6 people — listen står på samme linje som «people:», men YAML leser en liste bare på linjene under — listen på egne linjer under «people:», med mellomrom foran og - foran hvert element:\npeople:\n  - id: kari-nordmann\n    part: intervjuet',
    ]);
    const again = followed(lines);
    expect(again.problems).toEqual([]);
    expect(again.data['people']).toEqual([{ id: 'kari-nordmann', part: 'intervjuet' }]);
  });
  test('a person written without its «- », and the next item under it', () => {
    const lines = [
      ...head,
      'themes: [samordning]',
      'people: id: kari-nordmann',
      ' part: omtalt',
      '  - id: eivind-dale',
      '    part: intervjuet',
    ];
    expect(messages(lines)).toEqual([
      '6 people — listen står på samme linje som «people:», men YAML leser en liste bare på linjene under — listen på egne linjer under «people:», med mellomrom foran og - foran hvert element:\npeople:\n  - id: kari-nordmann\n    part: omtalt\n  - id: eivind-dale\n    part: intervjuet',
    ]);
    expect(followed(lines).data['people']).toEqual([
      { id: 'kari-nordmann', part: 'omtalt' },
      { id: 'eivind-dale', part: 'intervjuet' },
    ]);
  });
  test('a theme after «themes:»', () => {
    const lines = [...head, 'themes: - samordning', '  - it-styring'];
    expect(messages(lines)).toEqual([
      '5 themes — listen står på samme linje som «themes:», men YAML leser en liste bare på linjene under — listen på egne linjer under «themes:», med mellomrom foran og - foran hvert element:\nthemes:\n  - samordning\n  - it-styring',
    ]);
    expect(followed(lines).data['themes']).toEqual(['samordning', 'it-styring']);
  });
  test('the fields of the lead image and of an event', () => {
    const image = [...head, 'themes: [samordning]', 'image: src: ../bilder/kart.png', '  alt: Kart'];
    expect(messages(image)).toEqual([
      '6 image — feltene til image står på samme linje som «image:», men YAML leser dem bare på linjene under — feltene til image på egne linjer under «image:», med mellomrom foran:\nimage:\n  src: ../bilder/kart.png\n  alt: Kart',
    ]);
    expect(followed(image).data['image']).toEqual({ src: '../bilder/kart.png', alt: 'Kart' });
    const event = [...head, 'themes: [samordning]', "event: start: '2017-03-17'", '  location: R4'];
    expect(messages(event, 'arrangementer')).toEqual([
      "6 event — feltene til event står på samme linje som «event:», men YAML leser dem bare på linjene under — feltene til event på egne linjer under «event:», med mellomrom foran:\nevent:\n  start: '2017-03-17'\n  location: R4",
    ]);
    expect(followed(event, 'arrangementer').problems).toEqual([]);
  });
  test('a colon inside a value no quotes can mend names the editor’s own line', () => {
    expect(messages([...head.slice(0, 2), 'date: 2017: mars', 'themes: [samordning]'])).toEqual([
      "4 date — YAML-feil: et kolon inne i verdien — sett verdien i anførselstegn: date: '2017: mars'",
    ]);
  });
});

describe('a field that holds an object or a list, written as one value, is given back with that value in place', () => {
  test('the lead image’s path alone, kept as src, quoted where it must be', () => {
    const lines = [...head, 'themes: [samordning]', 'image: ../bilder/kart.png'];
    expect(messages(lines)).toEqual([
      '6 image — skal ha src og alt — src og alt på hver sin linje under image:\nimage:\n  src: ../bilder/kart.png\n  alt: Hva bildet viser',
    ]);
    expect(followed(lines).data['image']).toEqual({ src: '../bilder/kart.png', alt: 'Hva bildet viser' });
    const hash = [...head, 'themes: [samordning]', "image: '../bilder/kart 2020.png'", ''];
    expect((followed(hash).data['image'] as { src: string }).src).toBe('../bilder/kart 2020.png');
    const both = [...head, 'themes: [samordning]', 'image: [../bilder/kart.png, Kart over Norge]'];
    expect(followed(both).data['image']).toEqual({ src: '../bilder/kart.png', alt: 'Kart over Norge' });
  });
  test('a person’s id alone, or two with a comma, each kept as an id', () => {
    const lines = [...head, 'themes: [samordning]', 'people: kari-nordmann, eivind-dale'];
    expect(messages(lines)).toEqual([
      '6 people — skal være en liste, ikke «kari-nordmann, eivind-dale» — hver person med id og rolle på hver sin linje:\npeople:\n  - id: kari-nordmann\n    part: intervjuet\n  - id: eivind-dale\n    part: intervjuet\n(part er rollen: en av intervjuet, innleder, foredragsholder, paneldeltaker, ordstyrer, forfatter, kontaktperson)',
    ]);
    expect(followed(lines).data['people']).toEqual([
      { id: 'kari-nordmann', part: 'intervjuet' },
      { id: 'eivind-dale', part: 'intervjuet' },
    ]);
    expect(messages([...head, 'themes: [samordning]', 'people: [kari-nordmann]'])).toEqual([
      '6 people — «kari-nordmann» mangler id og part — hver person med id og rolle på hver sin linje under people:\n  - id: kari-nordmann\n    part: intervjuet\n(part er rollen: en av intervjuet, innleder, foredragsholder, paneldeltaker, ordstyrer, forfatter, kontaktperson)',
    ]);
  });
  test('an event’s time alone becomes its start, written the site’s way; a place alone its location', () => {
    const time = [...head, 'themes: [samordning]', 'event: 17.03.2017 kl. 09.00'];
    expect(messages(time, 'arrangementer')).toEqual([
      "6 event — skal være et objekt med start og location — start og location på hver sin linje under event:\nevent:\n  start: '2017-03-17T09:00:00+01:00'\n  location: Stedet",
    ]);
    expect(followed(time, 'arrangementer').problems).toEqual([]);
    const place = [...head, 'themes: [samordning]', 'event: Regjeringskvartalet, R4'];
    expect(followed(place, 'arrangementer').data['event']).toMatchObject({ location: 'Regjeringskvartalet, R4' });
  });
});

describe('a field written under a Norwegian name or a misspelling', () => {
  test('is said once, at its line, with the line to write under the field’s own name', () => {
    const lines = [
      'tittel: Tillit i staten',
      'skildring: Ingress.',
      'dato: 2017-03-01',
      'tema: [samordning]',
      'målform: nn',
    ];
    expect(messages(lines)).toEqual([
      '2 tittel — ukjent felt «tittel» (mente du «title»?) — skriv title i stedet for tittel: title: Tillit i staten',
      '3 skildring — ukjent felt «skildring» (mente du «description»?) — skriv description i stedet for skildring: description: Ingress.',
      '4 dato — ukjent felt «dato» (mente du «date»?) — skriv date i stedet for dato: date: 2017-03-01',
      '5 tema — ukjent felt «tema» (mente du «themes»?) — skriv themes: i stedet for tema:',
      '6 målform — ukjent felt «målform» (mente du «lang»?) — skriv lang i stedet for målform: lang: nn',
    ]);
    const fixed = [
      'title: Tillit i staten',
      'description: Ingress.',
      'date: 2017-03-01',
      'themes: [samordning]',
      'lang: nn',
    ];
    expect(check(fixed).problems).toEqual([]);
  });
  test('beside the field under its own name, the fields there are are listed, as before', () => {
    expect(messages([...head, 'themes: [samordning]', 'tittel: Annen tittel'])).toEqual([
      '6 tittel — ukjent felt «tittel» (mente du «title»?) — bare disse feltene: title, description, date, updated, themes, draft, people, publications, image, lang',
    ]);
  });
});
