import { describe, expect, test } from 'vitest';
import { checkMedia, publicationAttachments, unusedFiles } from './media.ts';
import { checkBody, type Reference } from './body.ts';
import { checkReferences } from './links.ts';
import { contentFileOf } from '../rich/file-path.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { validateContent } from './index.ts';
import { tempDirs } from '../../../scripts/lib/temp-dirs.ts';

const tempRoot = tempDirs('kb-media-marks-');
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

/** Everything the check says about one body (line 7 of the file onwards), from the body and its files. */
const saidOfBody = (body: string, files: readonly string[] = present) => {
  const { problems, references } = checkBody('content/artikler/a.mdx', body, 7);
  const site = { pages: new Set<string>(), drafts: new Set<string>(), publicFile: () => false };
  return [
    ...problems,
    ...checkReferences('content/artikler/a.mdx', '/artikler/a/', references, site, false),
    ...checkMedia('content/artikler/a.mdx', references, (p) => files.includes(p), undefined, undefined, files).problems,
  ].map((p) => `${p.line} ${p.field} — ${p.problem} — ${p.expected}`);
};

describe('a file on the editor’s own computer', () => {
  const own = (url: string) => `bildet «${url}» ligger på din egen maskin, og kommer ikke med på nettstedet`;
  test.each([
    'C:\\Users\\ola\\Bilder\\kart.jpg',
    'C:/Users/ola/Bilder/kart.jpg',
    '\\\\server\\felles\\kart.jpg',
    '/Users/ola/Desktop/kart.jpg',
    '~/Bilder/kart.jpg',
    'file:///C:/Users/ola/kart.jpg',
  ])('%s: says where to copy it and what to write', (url) => {
    expect(said(url)).toEqual([`${own(url)} — kopier filen til content/bilder/ og skriv ../bilder/kart.jpg`]);
    expect(said(url, 'bilde')).toEqual([`${own(url)} — kopier filen til content/bilder/ og skriv ../bilder/kart.jpg`]);
  });
  test('names the file of that name already in content/bilder/', () => {
    expect(said('C:\\Users\\ola\\Bilder\\samhandlingsmote.jpg')).toEqual([
      `${own('C:\\Users\\ola\\Bilder\\samhandlingsmote.jpg')} — content/bilder/samhandlingsmote.jpg finnes allerede: skriv ../bilder/samhandlingsmote.jpg`,
    ]);
  });
  test('the same in a Markdown image, raw HTML, a link, a share and an address with spaces, and not as another site', () => {
    expect(
      saidOfBody(
        [
          '![Et kart](C:\\Users\\ola\\Bilder\\kart.jpg)',
          '',
          '![Et kart](file:///C:/Users/ola/mitt%20kart.jpg)',
          '',
          '![Et kart](\\\\server\\felles\\kart.jpg)',
          '',
          '![Et kart](C:\\Users\\ola\\Mine bilder\\kart.jpg)',
          '',
          '<img src="file:///C:/Users/ola/kart.jpg" alt="Et kart" />',
          '',
          '[Rapporten](C:\\Users\\ola\\samhandlingsrapport.pdf)',
        ].join('\n'),
      ),
    ).toEqual([
      `7 innhold — ${own('C:\\Users\\ola\\Bilder\\kart.jpg')} — kopier filen til content/bilder/ og skriv ../bilder/kart.jpg`,
      `9 innhold — ${own('file:///C:/Users/ola/mitt%20kart.jpg')} — kopier filen til content/bilder/ og skriv ../bilder/mitt%20kart.jpg`,
      `11 innhold — ${own('\\server\\felles\\kart.jpg')} — kopier filen til content/bilder/ og skriv ../bilder/kart.jpg`,
      `13 innhold — ${own('C:\\Users\\ola\\Mine bilder\\kart.jpg')} — kopier filen til content/bilder/ og skriv ../bilder/kart.jpg`,
      `15 innhold — ${own('file:///C:/Users/ola/kart.jpg')} — kopier filen til content/bilder/ og skriv ![hva bildet viser](../bilder/kart.jpg)`,
      '17 innhold — vedlegget «C:\\Users\\ola\\samhandlingsrapport.pdf» ligger på din egen maskin, og kommer ikke med på nettstedet — content/vedlegg/samhandlingsrapport.pdf finnes allerede: skriv <Vedlegg fil="../vedlegg/samhandlingsrapport.pdf" tekst="Rapporten" />',
    ]);
  });
  test('the same for the lead image and a publication’s attachment, in their own fields', () => {
    const lead = checkMedia(
      'content/artikler/a.mdx',
      [{ url: 'C:\\Users\\ola\\kart.jpg', line: 7, image: true, kind: 'bilde', field: 'image.src' }],
      exists,
    ).problems;
    expect(lead.map((p) => `${p.line} ${p.field} — ${p.problem} — ${p.expected}`)).toEqual([
      `7 image.src — ${own('C:\\Users\\ola\\kart.jpg')} — kopier filen til content/bilder/ og skriv ../bilder/kart.jpg`,
    ]);
    const list = "- id: a\n  title: 'A'\n  attachment: 'C:\\Users\\ola\\samhandlingsrapport.pdf'\n";
    const attachment = checkMedia(
      'content/publikasjoner.yaml',
      publicationAttachments(list),
      exists,
      { field: 'attachment', prefix: '' },
      undefined,
      present,
    ).problems;
    expect(attachment.map((p) => `${p.line} ${p.field} — ${p.problem} — ${p.expected}`)).toEqual([
      '3 attachment — vedlegget «C:\\Users\\ola\\samhandlingsrapport.pdf» ligger på din egen maskin, og kommer ikke med på nettstedet — content/vedlegg/samhandlingsrapport.pdf finnes allerede: skriv vedlegg/samhandlingsrapport.pdf',
    ]);
  });
});

describe('a file that is in another folder than the one written', () => {
  const files = [...present, 'content/vedlegg/oversikt.png'];
  const result = (url: string, kind?: Reference['kind']) =>
    checkMedia(
      'content/intervjuer/samtale.mdx',
      [{ url, line: 12, image: kind === undefined, alt: 'Et møte', ...(kind ? { kind } : {}) }],
      (p) => files.includes(p),
      undefined,
      undefined,
      files,
    );
  test('is named at the reference, with what to write or where to move it', () => {
    const say = (url: string, kind?: Reference['kind']) =>
      result(url, kind).problems.map((p) => `${p.problem} — ${p.expected}`);
    expect(say('../bilde/samhandlingsmote.jpg')).toEqual([
      'bildet «../bilde/samhandlingsmote.jpg» finnes ikke her (content/bilde/samhandlingsmote.jpg), men content/bilder/samhandlingsmote.jpg finnes — skriv ../bilder/samhandlingsmote.jpg',
    ]);
    expect(say('../bilder/oversikt.png')).toEqual([
      'bildet «../bilder/oversikt.png» finnes ikke her (content/bilder/oversikt.png), men content/vedlegg/oversikt.png finnes — flytt filen til content/bilder/ og skriv ../bilder/oversikt.png',
    ]);
    expect(say('../bilder/samhandlingsrapport.pdf', 'vedlegg')).toEqual([
      'vedlegget «../bilder/samhandlingsrapport.pdf» finnes ikke her (content/bilder/samhandlingsrapport.pdf), men content/vedlegg/samhandlingsrapport.pdf finnes — skriv ../vedlegg/samhandlingsrapport.pdf',
    ]);
  });
  test('is not also called unused', () => {
    const used = new Set(result('../bilder/oversikt.png').used);
    expect(unusedFiles(['content/vedlegg/oversikt.png'], used)).toEqual([]);
  });
});

describe('a name whose letters are written with other characters (Unicode NFC and NFD)', () => {
  const composed = 'content/bilder/årsmøte.jpg';
  const decomposed = 'content/bilder/a\u030Arsmøte.jpg';
  const result = (url: string, file: string) =>
    checkMedia(
      'content/artikler/a.mdx',
      [{ url, line: 9, image: true, kind: 'bilde' }],
      (p) => p === file,
      undefined,
      undefined,
      [file],
    );
  test('says which letter differs and on which side, and how to write it', () => {
    expect(result('../bilder/a\u030Arsmøte.jpg', composed).problems.map((p) => `${p.problem} — ${p.expected}`)).toEqual(
      [
        'bildet «../bilder/a\u030Arsmøte.jpg» finnes ikke, men content/bilder/årsmøte.jpg ser likt ut: å er skrevet som to tegn (a og U+030A) i stien, med ett i filnavnet (ofte fra en Mac) — skriv ../bilder/årsmøte.jpg, med å skrevet på nytt med tastaturet',
      ],
    );
    expect(result('../bilder/årsmøte.jpg', decomposed).problems.map((p) => `${p.problem} — ${p.expected}`)).toEqual([
      'bildet «../bilder/årsmøte.jpg» finnes ikke, men content/bilder/a\u030Arsmøte.jpg ser likt ut: å er skrevet som to tegn (a og U+030A) i filnavnet, med ett i stien (ofte fra en Mac) — gi filen content/bilder/a\u030Arsmøte.jpg nytt navn, med å skrevet på nytt med tastaturet',
    ]);
  });
  test('does not call the file unused as well', () => {
    expect(result('../bilder/årsmøte.jpg', decomposed).used).toEqual([decomposed]);
  });
});

describe('a path with percent escapes', () => {
  const files = ['content/bilder/mitt kart.jpg'];
  const result = (url: string, kind?: Reference['kind']) =>
    checkMedia(
      'content/artikler/a.mdx',
      [{ url, line: 9, image: true, alt: 'Et kart', ...(kind ? { kind } : {}) }],
      (p) => files.includes(p),
      undefined,
      undefined,
      files,
    );
  test('is the file the build loads, in a Markdown image and a component alike', () => {
    for (const url of ['../bilder/mitt%20kart.jpg', './../bilder/mitt%20kart.jpg'])
      for (const kind of [undefined, 'bilde'] as const) {
        expect(result(url, kind)).toEqual({ problems: [], used: ['content/bilder/mitt kart.jpg'] });
        // The build's own lookup for components, the lead image and attachments (src/components/mdx/media.ts).
        expect(contentFileOf(url)).toBe('content/bilder/mitt kart.jpg');
      }
  });
  test('a suggested name with a space is written as a Markdown image can hold it, and as written in a component', () => {
    const say = (kind?: Reference['kind']) => result('../bilder/mit%20kart.jpg', kind).problems.map((p) => p.expected);
    expect(say()).toEqual(['skriv ../bilder/mitt%20kart.jpg']);
    expect(say('bilde')).toEqual(['skriv ../bilder/mitt kart.jpg']);
  });
  test('a % that starts no escape is named at its line, not a crash, in an image, a component and a link', () => {
    const fix = 'gi filen et navn uten %, eller skriv %25 for tegnet %: ../bilder/100%25.jpg';
    expect(result('../bilder/100%.jpg').problems.map((p) => `${p.problem} — ${p.expected}`)).toEqual([
      `bildet «../bilder/100%.jpg» har et %-tegn som ikke er en gyldig koding, så adressen kan ikke leses — ${fix}`,
    ]);
    expect(result('../bilder/100%.jpg', 'bilde').problems.map((p) => p.expected)).toEqual([fix]);
    expect(saidOfBody('Se [tallene](../vedlegg/100%.pdf).')).toEqual([
      '7 innhold — lenken «../vedlegg/100%.pdf» går til en fil som ikke finnes — legg filen i content/vedlegg/ og skriv <Vedlegg fil="../vedlegg/100%25.pdf" tekst="tallene" /> på en egen linje under avsnittet (en komponent kan ikke stå inne i en setning), og «tallene» i setningen som vanlig tekst',
    ]);
  });
});

describe('one message for one mistake, with the file the editor meant (editor trial, 2 Dec 2026)', () => {
  const tempDir = tempDirs('kb-media-meant-');
  const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>';
  /** A site with one article of `body` and the given files beside it; the check's lines for it. */
  function siteSays(body: string, files: Record<string, string>): string[] {
    const root = tempDir();
    mkdirSync(path.join(root, 'content/artikler'), { recursive: true });
    writeFileSync(
      path.join(root, 'content/artikler/a.mdx'),
      `---\ntitle: A\ndescription: Ingress.\ndate: 2017-03-01\nthemes: [samordning]\n---\n\n${body}\n`,
    );
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), text);
    }
    return validateContent(root).problems.map((p) => `${p.file}:${p.line} ${p.problem} — ${p.expected}`);
  }
  const PDF = '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n';
  test('a link to an attachment in content/vedlegg/ is told the component, with its path and the link text', () => {
    for (const url of ['../vedlegg/rapport.pdf', '/vedlegg/rapport.pdf', 'rapport.pdf', '../vedlegg/Rapport.PDF'])
      expect(siteSays(`Les [hele rapporten](${url}).`, { 'content/vedlegg/rapport.pdf': PDF }), url).toEqual([
        `content/artikler/a.mdx:8 lenken «${url}» går til vedlegget content/vedlegg/rapport.pdf, men en lenke i teksten når ikke filene i content/vedlegg/ — <Vedlegg fil="../vedlegg/rapport.pdf" tekst="hele rapporten" /> på en egen linje under avsnittet (en komponent kan ikke stå inne i en setning), og «hele rapporten» i setningen som vanlig tekst`,
      ]);
  });
  test('a link to an attachment alone on its line is told the component on that line', () => {
    expect(siteSays('[Hele rapporten](../vedlegg/rapport.pdf)', { 'content/vedlegg/rapport.pdf': PDF })).toEqual([
      'content/artikler/a.mdx:8 lenken «../vedlegg/rapport.pdf» går til vedlegget content/vedlegg/rapport.pdf, men en lenke i teksten når ikke filene i content/vedlegg/ — <Vedlegg fil="../vedlegg/rapport.pdf" tekst="Hele rapporten" />, på en egen linje',
    ]);
  });
  test('a link inside a sentence to a publication’s attachment is also told the link to the publication’s page', () => {
    const list =
      "- id: mot-alle-odds\n  title: 'Mot alle odds'\n  publisher: 'Difi'\n  attachment: vedlegg/rapport.pdf\n";
    expect(
      siteSays('Les [hele rapporten](../vedlegg/rapport.pdf) nå.', {
        'content/vedlegg/rapport.pdf': PDF,
        'content/publikasjoner.yaml': list,
      }).filter((p) => p.includes('lenken')),
    ).toEqual([
      'content/artikler/a.mdx:8 lenken «../vedlegg/rapport.pdf» går til vedlegget content/vedlegg/rapport.pdf, men en lenke i teksten når ikke filene i content/vedlegg/ — <Vedlegg fil="../vedlegg/rapport.pdf" tekst="hele rapporten" /> på en egen linje under avsnittet (en komponent kan ikke stå inne i en setning), og «hele rapporten» i setningen som vanlig tekst; eller, i setningen, en lenke til publikasjonens side: [hele rapporten](/publikasjoner/mot-alle-odds/)',
    ]);
  });
  test('the component as told is read, and the file is used', () => {
    expect(
      siteSays('Les rapporten.\n\n<Vedlegg fil="../vedlegg/rapport.pdf" tekst="hele rapporten" />', {
        'content/vedlegg/rapport.pdf': PDF,
      }),
    ).toEqual([]);
  });
  test('a file the message names as meant is not also «unused»', () => {
    const files = { 'content/bilder/kart.svg': SVG, 'content/bilder/tegning.svg': SVG };
    const lines = siteSays('![Kart](../bilder/kart.heic)\n\n<img src="../bilder/tegning.svg" alt="Tegning" />', files);
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).not.toContain('brukes ikke');
    // A file no message names is still said to be unused.
    expect(siteSays('Tekst.', files).filter((l) => l.includes('brukes ikke'))).toHaveLength(2);
  });
  test('an image with a space in its address is told %20, one fix, and its file is not «unused»', () => {
    const lines = siteSays('![Et kart](../bilder/mitt kart.svg)', { 'content/bilder/mitt kart.svg': SVG });
    expect(lines).toEqual([
      'content/artikler/a.mdx:8 bildet «../bilder/mitt kart.svg» har mellomrom i adressen, så den vises som tekst — skriv mellomrommet som %20: ![Et kart](../bilder/mitt%20kart.svg)',
    ]);
    expect(siteSays('![Et kart](../bilder/mitt%20kart.svg)', { 'content/bilder/mitt kart.svg': SVG })).toEqual([]);
  });
  test('a video on the editor’s own computer goes to content/video/ with <Video>, its name found in any case', () => {
    expect(siteSays('[Opptaket](C:\\Users\\ola\\Videoer\\Seminar.MP4)', {})).toEqual([
      'content/artikler/a.mdx:8 videoen «C:\\Users\\ola\\Videoer\\Seminar.MP4» ligger på din egen maskin, og kommer ikke med på nettstedet — kopier filen til content/video/ og skriv <Video fil="../video/Seminar.MP4" teksting="../video/Seminar.vtt" tittel="Opptaket" />',
    ]);
    expect(
      siteSays('[Opptaket](C:\\Users\\ola\\Videoer\\Seminar.MP4)', {
        'content/video/seminar.mp4': 'x',
        'content/video/seminar.vtt': 'WEBVTT\n',
      }),
    ).toEqual([
      'content/artikler/a.mdx:8 videoen «C:\\Users\\ola\\Videoer\\Seminar.MP4» ligger på din egen maskin, og kommer ikke med på nettstedet — content/video/seminar.mp4 finnes allerede (samme navn, med andre store og små bokstaver): skriv <Video fil="../video/seminar.mp4" teksting="../video/seminar.vtt" tittel="Opptaket" />',
    ]);
    expect(siteSays('![Et kart](C:\\Users\\ola\\Kart.JPG)', { 'content/bilder/kart.jpg': 'x' })[0]).toContain(
      'content/bilder/kart.jpg finnes allerede (samme navn, med andre store og små bokstaver): skriv ../bilder/kart.jpg',
    );
  });
});

describe('a component’s file on another site', () => {
  test('a YouTube address in <Video fil> is told the self-hosted video with captions, or a link', () => {
    expect(
      saidOfBody(
        '<Video fil="https://www.youtube.com/watch?v=abc" teksting="../video/x.vtt" tittel="Opptak" />',
      ).filter((p) => !p.includes('x.vtt')),
    ).toEqual([
      '7 innhold — videoen «https://www.youtube.com/watch?v=abc» ligger på et annet nettsted (www.youtube.com), og <Video> viser bare filer fra nettstedet selv — last ned videoen og tekstingen til content/video/ og skriv <Video fil="../video/navn.mp4" teksting="../video/navn.vtt" tittel="…" />; eller skriv en vanlig lenke i teksten: [Se videoen hos www.youtube.com](https://www.youtube.com/watch?v=abc)',
    ]);
  });
  test('an attachment’s address on another site keeps its file name in the path to write', () => {
    expect(saidOfBody('<Vedlegg fil="https://www.regjeringen.no/rapport.pdf" tekst="Rapporten" />')).toEqual([
      '7 innhold — vedlegget «https://www.regjeringen.no/rapport.pdf» ligger på et annet nettsted (www.regjeringen.no), og <Vedlegg> viser bare filer fra nettstedet selv — last ned filen til content/vedlegg/ og skriv fil="../vedlegg/rapport.pdf"; eller skriv en vanlig lenke i teksten: [Les dokumentet hos www.regjeringen.no](https://www.regjeringen.no/rapport.pdf)',
    ]);
  });
});

describe('a file named with # or ?, which the site cannot publish under that name', () => {
  const problem =
    'filnavnet «kart #2.png» har tegnet #, og nettstedet finner ikke en fil med # eller ? i navnet (alt fra tegnet leses som en del av adressen, ikke av filnavnet)';
  test('as a Markdown image (# encoded) and in a component: the file renamed, the path written for each', () => {
    expect(said('../bilder/kart%20%232.png')).toEqual([
      `${problem} — gi filen et navn uten #, f.eks. kart-2.png, og skriv ../bilder/kart-2.png`,
    ]);
    expect(said('../bilder/mitt kart #2.png', 'bilde')).toEqual([
      'filnavnet «mitt kart #2.png» har tegnet #, og nettstedet finner ikke en fil med # eller ? i navnet (alt fra tegnet leses som en del av adressen, ikke av filnavnet) — gi filen et navn uten #, f.eks. mitt kart-2.png, og skriv ../bilder/mitt kart-2.png',
    ]);
    expect(said('../vedlegg/Hva nå?.pdf', 'vedlegg')).toEqual([
      'filnavnet «Hva nå?.pdf» har tegnet ?, og nettstedet finner ikke en fil med # eller ? i navnet (alt fra tegnet leses som en del av adressen, ikke av filnavnet) — gi filen et navn uten ?, f.eks. Hva nå.pdf, og skriv ../vedlegg/Hva nå.pdf',
    ]);
  });
  test('in the lead image, quoted or not: one message, the file not called unused', () => {
    const root = tempRoot();
    mkdirSync(path.join(root, 'content/artikler'), { recursive: true });
    mkdirSync(path.join(root, 'content/bilder'), { recursive: true });
    writeFileSync(path.join(root, 'content/bilder/kart #2.png'), '');
    const entry = (src: string) =>
      `---\ntitle: T\ndescription: I.\ndate: 2017-03-01\nthemes: [samordning]\nimage:\n  src: ${src}\n  alt: Kart\n---\n\nTekst.\n`;
    writeFileSync(path.join(root, 'content/artikler/a.mdx'), entry('../bilder/kart #2.png'));
    writeFileSync(path.join(root, 'content/artikler/b.mdx'), entry("'../bilder/kart #2.png'"));
    expect(validateContent(root).problems.map((p) => `${p.file}:${p.line} ${p.field} — ${p.expected}`)).toEqual([
      'content/artikler/a.mdx:7 image.src — gi filen et navn uten #, f.eks. kart-2.png, og skriv src: ../bilder/kart-2.png',
      'content/artikler/b.mdx:7 image.src — gi filen et navn uten #, f.eks. kart-2.png, og skriv ../bilder/kart-2.png',
    ]);
  });
});

describe('a file on the editor’s own computer, and a file of another kind than its component', () => {
  const files = ['content/bilder/kart.jpg', 'content/bilder/IMG_2034.jpg'];
  const own = (url: string, kind?: Reference['kind'], text?: string) =>
    checkMedia(
      'content/artikler/a.mdx',
      [
        {
          url,
          line: 9,
          image: kind === undefined && text === undefined,
          alt: 'Kart',
          ...(kind ? { kind } : {}),
          ...(text ? { text } : {}),
        },
      ],
      (p) => files.includes(p),
      undefined,
      undefined,
      files,
    ).problems.map((p) => `${p.problem} — ${p.expected}`);
  test('the same name with another ending in the folder is offered, and copying it as the other way', () => {
    expect(own('C:\\Users\\kari\\Bilder\\kart.jpeg')).toEqual([
      'bildet «C:\\Users\\kari\\Bilder\\kart.jpeg» ligger på din egen maskin, og kommer ikke med på nettstedet — content/bilder/kart.jpg har samme navn med endelsen .jpg: er det den samme filen, skriv ../bilder/kart.jpg; ellers kopier filen til content/bilder/ og skriv ../bilder/kart.jpeg',
    ]);
    expect(own('/Users/kari/Bilder/Kart.JPG')).toEqual([
      'bildet «/Users/kari/Bilder/Kart.JPG» ligger på din egen maskin, og kommer ikke med på nettstedet — content/bilder/kart.jpg finnes allerede (samme navn, med andre store og små bokstaver): skriv ../bilder/kart.jpg',
    ]);
  });
  test('an iPhone photo is saved as JPEG first, or is the JPEG already there under its name', () => {
    expect(own('C:\\Users\\kari\\IMG_9.HEIC')).toEqual([
      'bildet «C:\\Users\\kari\\IMG_9.HEIC» ligger på din egen maskin, og kommer ikke med på nettstedet — lagre bildet som JPEG eller PNG i et bildeprogram, kopier det til content/bilder/ og skriv ../bilder/IMG_9.jpg',
    ]);
    expect(own('C:\\Users\\kari\\IMG_2034.HEIC')).toEqual([
      'bildet «C:\\Users\\kari\\IMG_2034.HEIC» ligger på din egen maskin, og kommer ikke med på nettstedet — content/bilder/IMG_2034.jpg har samme navn med endelsen .jpg: skriv ../bilder/IMG_2034.jpg',
    ]);
  });
  test('a video goes to content/video/ with <Video>, whatever named it, saved as MP4 first when it is not', () => {
    expect(own('C:\\Users\\kari\\opptak.mp4', 'vedlegg')).toEqual([
      'videoen «C:\\Users\\kari\\opptak.mp4» ligger på din egen maskin, og kommer ikke med på nettstedet — kopier filen til content/video/ og skriv <Video fil="../video/opptak.mp4" teksting="../video/opptak.vtt" tittel="hva videoen viser" />',
    ]);
    expect(own('file:///C:/Users/kari/opptak.MOV', undefined, 'Opptaket')).toEqual([
      'videoen «file:///C:/Users/kari/opptak.MOV» ligger på din egen maskin, og kommer ikke med på nettstedet — lagre videoen som MP4 (eksporter den i videoprogrammet), kopier den til content/video/ og skriv <Video fil="../video/opptak.mp4" teksting="../video/opptak.vtt" tittel="Opptaket" />',
    ]);
    expect(own('../vedlegg/opptak.mp4', 'vedlegg')).toEqual([
      'vedlegget «../vedlegg/opptak.mp4» er en video (MP4), ikke et vedlegg — videoer vises med <Video>: legg filen i content/video/ og skriv <Video fil="../video/opptak.mp4" teksting="../video/opptak.vtt" tittel="hva videoen viser" />',
    ]);
  });
});
