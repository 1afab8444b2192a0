import { FILE_TYPES, MEDIA_FOLDERS, OTHER_TYPES, contentFilePath } from '../rich/components.ts';
import { MAX_PIXELS, extensionOf, formatList, formatOfName, imageFileProblem } from '../rich/image-file.ts';
import { pdfFileProblem } from '../rich/attachment.ts';
import { isLocalImage } from '../rich/mdx-body.ts';
import { decodedPath, ownMachineFile } from '../rich/file-path.ts';
import { markInFileName, markInNameExpected, markInNameProblem } from '../rich/file-name-marks.ts';
import { codePointLabel } from '../text/characters.ts';
import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';
import type { Reference } from './body.ts';
import type { FileReference } from './components.ts';
import { altProblem } from './alt-text.ts';
import { closest } from './suggest.ts';
import { slugify } from '../slug.ts';
import { paths } from '../urls.ts';
import { posix } from 'node:path';
import type { Problem } from './problem.ts';

/**
 * A file's verdict per read of it: `read` hands back the same bytes for the same file during one
 * check, and many entries show the same photo (reading a 6000 px JPEG to its end marker once per
 * entry that shows it took 0.5 s of a 5,000-entry check).
 */
const imageVerdicts = new WeakMap<Uint8Array, ReturnType<typeof imageFileProblem>>();
const pdfVerdicts = new WeakMap<Uint8Array, ReturnType<typeof pdfFileProblem>>();
function remembered<T>(memo: WeakMap<Uint8Array, T>, bytes: Uint8Array, verdict: (b: Uint8Array) => T): T {
  if (!memo.has(bytes)) memo.set(bytes, verdict(bytes));
  return memo.get(bytes)!;
}

const WORD = { bilde: 'bildet', vedlegg: 'vedlegget', video: 'videoen', teksting: 'tekstingen' } as const;

const COMPONENT_OF = { bilde: 'Figur', vedlegg: 'Vedlegg', video: 'Video', teksting: 'Video' } as const;

/**
 * A component's file given as an address on another site. The security policy lets the page load
 * nothing from elsewhere (../html/blocked.ts), and a video is ours with its captions beside it
 * (docs/redaktor.md, «Video»: the law asks captions of recorded video); a link is what reaches it.
 */
function elsewhere(url: string, kind: FileReference['kind']): { problem: string; expected: string } | null {
  if (!/^(?:https?:)?\/\/|^www\./i.test(url.trim())) return null;
  let host: string;
  try {
    host = new URL(
      url
        .trim()
        .replace(/^\/\//, 'https://')
        .replace(/^www\./i, 'https://www.'),
    ).hostname;
  } catch {
    host = url;
  }
  const folder = MEDIA_FOLDERS[kind];
  const last = url.split(/[?#]/)[0]!.split('/').pop() ?? '';
  const named = FILE_TYPES[kind].includes(extensionOf(last)) ? last : `navn.${FILE_TYPES[kind][0]}`;
  const link = `[${kind === 'video' || kind === 'teksting' ? 'Se videoen' : kind === 'bilde' ? 'Se bildet' : 'Les dokumentet'} hos ${host}](${url.trim()})`;
  const instead =
    kind === 'video' || kind === 'teksting'
      ? `last ned videoen og tekstingen til content/video/ og skriv <Video fil="../video/${kind === 'video' ? named : 'navn.mp4'}" teksting="../video/${kind === 'teksting' ? named : named.replace(/\.[^.]*$/, '.vtt')}" tittel="…" />`
      : `last ned filen til content/${folder}/ og skriv ${COMPONENT_OF[kind] === 'Figur' ? 'bilde' : 'fil'}="../${folder}/${named}"`;
  return {
    problem: `${WORD[kind]} «${url}» ligger på et annet nettsted (${host}), og <${COMPONENT_OF[kind]}> viser bare filer fra nettstedet selv`,
    expected: `${instead}; eller skriv en vanlig lenke i teksten: ${link}`,
  };
}

/** What an editor's program calls the formats the site does not take, for «lagre … som». */
const TYPE_NAMES: Record<string, string> = { jpg: 'JPEG', jpeg: 'JPEG', tif: 'TIFF', heif: 'HEIF', htm: 'HTML' };
const typeName = (ext: string) => (ext ? (TYPE_NAMES[ext] ?? ext.toUpperCase()) : 'uten filendelse');

/**
 * Checks the files an entry names beside the content (images, attachments, videos, captions): each
 * must sit in its folder (content/bilder/, content/vedlegg/, content/video/) and exist, and a
 * Markdown image needs alt text (WCAG 1.1.1). Returns the problems and the files used (paths from
 * the project root), so that files no entry uses can be reported (`unusedFiles`).
 */
export function checkMedia(
  file: string,
  refs: readonly Reference[],
  exists: (projectPath: string) => boolean,
  /** Where the paths are written from: an entry (`../bilder/…`) or content/publikasjoner.yaml (`vedlegg/…`). */
  from: { field: string; prefix: string } = { field: 'innhold', prefix: '../' },
  /** The bytes of an existing file, to see that an image is what its name says and whole; omitted: not looked at. */
  read?: (projectPath: string) => Uint8Array,
  /** The files beside the content (project paths), for «mente du …?» when a name is wrong. */
  present: readonly string[] = [],
): { problems: Problem[]; used: string[] } {
  const problems: Problem[] = [];
  const used: string[] = [];
  /** One reference's problems; returns the kind it was checked as, if any. */
  const checkOne = (ref: Reference): FileReference['kind'] | undefined => {
    const own = ownMachineFile(ref.url);
    // An image written as HTML is named by links.ts: it is copied as written, never found or optimised.
    // A path on the editor's own computer is named here whatever names it: its ending says what it is.
    const kind =
      own !== null
        ? ownKind(own, ref.image, ref.kind)
        : (ref.kind ?? (markdownImage(ref) && isLocalImage(ref.url) ? 'bilde' : undefined));
    if (!kind) return undefined;
    const say = (problem: string, expected: string) =>
      problems.push({ file, line: ref.line, field: ref.field ?? from.field, problem, expected });
    const folder = MEDIA_FOLDERS[kind];
    const example = `${from.prefix}${folder}/${ref.url.split(/[\\/]/).pop()}`;
    /** A file of the name meant, somewhere in the media folders: the one message names it, so it is not «unused». */
    const named = (found: string) => {
      used.push(found);
      return where(found, folder, from.prefix, ref, kind);
    };
    // A component's file on another site (YouTube, a ministry's PDF): the site serves only its own files.
    const away = ref.kind && !ref.field && from.field === 'innhold' ? elsewhere(ref.url, kind) : null;
    if (away) {
      say(away.problem, away.expected);
      return kind;
    }
    /**
     * What to do with a file on the editor's own computer: the file of that name already in its
     * folder (Windows and macOS name files without regard to case: Kart.JPG there is kart.jpg here),
     * or one of the same name with another ending (kart.jpeg, IMG_1.jpg saved from IMG_1.HEIC) to
     * use if it is the same; else copy it, saved first in a type the site takes.
     */
    const ownExpected = (own: string): string => {
      const [found] = sameName(own, folder, present, { anyCase: true });
      if (found) {
        const foundName = found.split('/').pop()!;
        const same = foundName.normalize('NFC').toLowerCase() === own.normalize('NFC').toLowerCase();
        const how =
          foundName === own
            ? ''
            : ` (samme navn, med ${same ? 'andre store og små bokstaver' : 'bokstavene skrevet på en annen måte'})`;
        return `${found} finnes allerede${how}: ${named(found)}`;
      }
      const ext = extensionOf(own);
      const taken = FILE_TYPES[kind].includes(ext);
      const name = own
        ? taken
          ? own
          : `${own.replace(/\.[^.]*$/, '')}.${kind === 'video' ? 'mp4' : 'jpg'}`
        : kind === 'bilde'
          ? 'navn.jpg'
          : kind === 'video'
            ? 'navn.mp4'
            : 'navn.pdf';
      const copy = `kopier filen til content/${folder}/ og skriv ${ownWritten(ref, `${from.prefix}${folder}/${name}`, kind)}`;
      const it = kind === 'video' ? 'den' : 'det';
      const saved =
        taken || !own
          ? copy
          : `lagre ${kind === 'video' ? 'videoen som MP4 (eksporter den i videoprogrammet)' : 'bildet som JPEG eller PNG i et bildeprogram'}, ${copy.replace('kopier filen', `kopier ${it}`)}`;
      const [alike] = meantFiles(ref.url, kind, present);
      if (!alike) return saved;
      const as = `${alike} har samme navn med endelsen .${extensionOf(alike)}`;
      // Saved already as the name the fix would give it (IMG_1.HEIC as IMG_1.jpg): that file is the one.
      if (alike.split('/').pop()!.toLowerCase() === name.toLowerCase()) return `${as}: ${named(alike)}`;
      return `${as}: er ${it} den samme filen, ${named(alike)}; ellers ${saved}`;
    };
    if (markdownImage(ref) && !ref.alt?.trim())
      say(
        `bildet «${ref.url}» mangler alt-tekst`,
        `![hva bildet viser](${ref.url}), eller <Figur bilde="${ref.url}" dekorativ /> for et bilde som bare er pynt`,
      );
    const wrongAlt = typeof ref.alt === 'string' ? altProblem(ref.alt, ref.url) : null;
    if (wrongAlt) say(wrongAlt.problem, wrongAlt.expected);
    if (own !== null) {
      say(`${WORD[kind]} «${ref.url}» ligger på din egen maskin, og kommer ikke med på nettstedet`, ownExpected(own));
      return kind;
    }
    if (ref.url.includes('\\')) {
      // A path copied from Windows' file explorer: the web and the build read only «/».
      const written = ref.url.replace(/\\/g, '/');
      say(`${WORD[kind]} «${ref.url}» er skrevet med \\ (som i Windows)`, `skråstrek / mellom mappene: ${written}`);
      return kind;
    }
    const decoded = decodedPath(ref.url);
    if (decoded === null) {
      say(
        `${WORD[kind]} «${ref.url}» har et %-tegn som ikke er en gyldig koding, så adressen kan ikke leses`,
        `gi filen et navn uten %, eller skriv %25 for tegnet %: ${ref.url.replace(/%(?![0-9a-f]{2})/gi, '%25')}`,
      );
      return kind;
    }
    const marked = markInFileName(ref.url);
    if (marked) {
      // The file may be there under its name: the message names it, so it is not «unused» too.
      used.push(...sameName(marked.name, folder, present).slice(0, 1));
      say(markInNameProblem(marked), markInNameExpected(marked, writtenAs(ref, marked.path, kind)));
      return kind;
    }
    const target = contentFilePath(file, decoded);
    const name = decoded.split('/').pop()!;
    if (!target || !target.startsWith(`content/${folder}/`)) {
      // The same name in the kind's folder, else the file where it is written, else the same name elsewhere.
      const alike = sameName(name, folder, present);
      const found =
        alike.find((p) => p.startsWith(`content/${folder}/`)) ?? (target && exists(target) ? target : alike[0]);
      say(
        found
          ? `${WORD[kind]} «${ref.url}» ${found === target ? `ligger ikke i content/${folder}/` : `finnes ikke her (${target ?? 'stien peker ut av content/'}), men ${found} finnes`}`
          : `${WORD[kind]} «${ref.url}» ligger ikke i content/${folder}/`,
        found ? named(found) : `legg filen i content/${folder}/ og skriv ${example}`,
      );
      return kind;
    }
    const ext = extensionOf(target);
    const found = exists(target);
    if (found) used.push(target);
    if (!FILE_TYPES[kind].includes(ext)) {
      const base = example.replace(/\.[^./]*$/, '');
      say(
        kind === 'bilde'
          ? `bildet «${ref.url}» er ${ext ? `av typen ${typeName(ext)}` : 'uten filendelse'}, som nettstedet ikke kan vise`
          : ownKind(name, false, kind) === 'video' && FILE_TYPES.video.includes(ext)
            ? `${WORD[kind]} «${ref.url}» er en video (${typeName(ext)}), ikke et vedlegg`
            : `${WORD[kind]} «${ref.url}» er ${ext ? `av typen ${typeName(ext)}` : 'uten filendelse'}, som nettstedet ikke tar`,
        kind === 'bilde'
          ? `lagre bildet som JPEG eller PNG (nettstedet tar ${formatList()}) og skriv ${base}.jpg`
          : otherKind(kind, ext, ref, `${from.prefix}${MEDIA_FOLDERS[ownKind(name, false, kind)]}/${name}`, base),
      );
      return kind;
    }
    if (!found) {
      const [there] = sameName(name, folder, present);
      const thereName = there?.split('/').pop();
      if (there && thereName !== name) {
        // The same letters, written with other characters: `å` as one character, or as `a` and a ring.
        const unlike = unlikeLetters(name, thereName!);
        say(
          `${WORD[kind]} «${ref.url}» finnes ikke, men ${there} ser likt ut: ${unlike.said} i ${unlike.inPath ? 'stien' : 'filnavnet'}, med ett i ${unlike.inPath ? 'filnavnet' : 'stien'} (ofte fra en Mac)`,
          unlike.inPath
            ? `${named(there)}, med ${unlike.letters} skrevet på nytt med tastaturet`
            : `gi filen ${there} nytt navn, med ${unlike.letters} skrevet på nytt med tastaturet`,
        );
        if (!unlike.inPath) used.push(there);
        return kind;
      }
      if (there) {
        say(`${WORD[kind]} «${ref.url}» finnes ikke her (${target}), men ${there} finnes`, named(there));
        return kind;
      }
      // The file the editor most likely meant: the same name in other letters (æ, ø, å; case), or a typo away.
      const inFolder = present.filter((p) => p.startsWith(`content/${folder}/`));
      const names = inFolder.map((p) => p.split('/').pop()!);
      // The site's own rule for æ, ø and å in names (src/lib/slug.ts).
      const meant = names.find((n) => slugify(n) === slugify(name)) ?? closest(name, names);
      say(
        `${WORD[kind]} «${ref.url}» finnes ikke (${target})${meant ? ` (mente du «${meant}»?)` : ''}`,
        meant ? named(inFolder[names.indexOf(meant)]!) : `en fil i content/${folder}/, skrevet som ${example}`,
      );
      return kind;
    }
    const written = /\.([^./]+)$/.exec(target)?.[1] ?? '';
    // The image glob (src/components/mdx/media.ts) matches an ending in small or capital letters only.
    if (kind === 'bilde' && written !== written.toLowerCase() && written !== written.toUpperCase()) {
      say(
        `bildet «${ref.url}» har filendelsen .${written}, med både store og små bokstaver`,
        `gi filen endelsen .${written.toLowerCase()} og skriv ${example.replace(/\.[^./]*$/, '')}.${written.toLowerCase()}`,
      );
      return kind;
    }
    const format = formatOfName(target);
    // The lead image is also the Open Graph image: sharing services take pixels, not SVG.
    if (kind === 'bilde' && ref.field === 'image.src' && format && !format.raster) {
      say(
        `hovedbildet «${ref.url}» er et ${format.label}-bilde; når artikkelen deles (Open Graph), trengs et bilde av punkter`,
        `et hovedbilde av typen ${formatList('raster')}: lagre ${format.label}-en som PNG og skriv ${example.replace(/\.[^./]*$/, '')}.png`,
      );
      return kind;
    }
    if (kind === 'vedlegg' && ext === 'pdf' && read) {
      const pdf = remembered(pdfVerdicts, read(target), pdfFileProblem);
      if (pdf)
        say(
          pdf === 'tom'
            ? `vedlegget «${ref.url}» er en tom fil`
            : pdf === 'ikke-pdf'
              ? `vedlegget «${ref.url}» heter .pdf, men er ikke en PDF`
              : `vedlegget «${ref.url}» er ufullstendig: PDF-en slutter før den er ferdig`,
          pdf === 'ikke-pdf'
            ? 'lagre dokumentet som PDF («Lagre som» eller «Eksporter» i programmet), ikke bare gi filen nytt navn'
            : 'lagre eller last opp PDF-en på nytt',
        );
      return kind;
    }
    const bad =
      kind === 'bilde' && format && read
        ? remembered(imageVerdicts, read(target), (bytes) => imageFileProblem(target, bytes))
        : null;
    if (bad?.kind === 'tom') say(`bildet «${ref.url}» er en tom fil`, 'lagre eller last opp bildet på nytt');
    else if (bad?.kind === 'for-stort')
      say(
        `bildet «${ref.url}» er ${bad.width} × ${bad.height} punkter, flere enn bildebehandlingen tar (${Math.floor(MAX_PIXELS / 1e6)} millioner)`,
        'lagre bildet mindre, f.eks. 6000 punkter på den lengste siden: nettstedet viser det aldri større enn 1344 punkter',
      );
    else if (bad?.kind === 'ufullstendig')
      say(
        `bildet «${ref.url}» er ufullstendig: filen slutter før bildet gjør det`,
        'lagre eller last opp bildet på nytt, og se at det åpner i et bildeprogram',
      );
    else if (bad?.kind === 'annet')
      say(
        bad.found
          ? `bildet «${ref.url}» heter .${ext}, men er et ${bad.found}-${bad.found === 'PDF' ? 'dokument' : 'bilde'}`
          : `bildet «${ref.url}» heter .${ext}, men er ikke et ${format!.label}-bilde (innholdet er ${looksLikeText(read!(target)) ? 'tekst' : 'ukjent'})`,
        `lagre bildet som JPEG eller PNG i et bildeprogram (ikke bare gi filen nytt navn) og skriv ${example.replace(/\.[^./]*$/, '')}.jpg`,
      );
    return kind;
  };
  for (const ref of refs) {
    const before = problems.length;
    // A link to an attachment or video, and an image written as HTML, are named in links.ts: the file is meant.
    const linked = !ref.kind && !ref.image ? linkedMediaFile(ref.url, present) : undefined;
    if (linked) used.push(linked);
    const kind = checkOne(ref) ?? (ref.html && ref.image ? 'bilde' : undefined);
    // A file named wrong, or in a form the site cannot take, is the file the editor meant: it is not also «unused».
    if (kind && (problems.length > before || (ref.html && ref.image))) used.push(...meantFiles(ref.url, kind, present));
  }
  return { problems, used: [...new Set(used)] };
}

/** Whether the first bytes read as text (UTF-8 without control characters but tab and line breaks). */
function looksLikeText(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 1024));
    return !/[\u0000-\u0008\u000e-\u001f]/.test(text.replace(/[\s\S]$/u, ''));
  } catch {
    return false;
  }
}

/** A Markdown image (`![…](…)`), not a component's, the frontmatter's or raw HTML's. */
const markdownImage = (ref: Reference) => ref.kind === undefined && ref.image && !ref.html;

/**
 * A path as it must be written where the editor wrote the reference. A Markdown image's address
 * cannot hold a space (CommonMark §6.3), so there a space is %20, which the build reads back
 * (../rich/file-path.ts). Raw HTML is never optimised, and a link to a file beside the content
 * is no page: those are written as a Markdown image and as <Vedlegg>.
 */
function writtenAs(ref: Reference, path: string, kind?: FileReference['kind']): string {
  const address = path.replace(/ /g, '%20');
  if (ref.kind) return path;
  if (markdownImage(ref) && kind !== 'video') return address;
  if (kind === 'video') return videoTag(path, ref.text);
  return ref.image ? `![hva bildet viser](${address})` : vedleggTag(path, ref.text);
}

/**
 * What to write for a file of a type its component does not take: a video or an image in
 * `<Vedlegg>` (`opptak.mp4`) in its own folder and component; a video of another type (`opptak.mov`)
 * saved as MP4; otherwise the types taken.
 */
function otherKind(kind: FileReference['kind'], ext: string, ref: Reference, path: string, base: string): string {
  const own = ownKind(path, false, kind);
  if (own !== kind && FILE_TYPES[own].includes(ext))
    return `${own === 'video' ? 'videoer vises med <Video>: ' : ''}legg filen i content/${MEDIA_FOLDERS[own]}/ og skriv ${ownWritten(ref, path, own)}`;
  if (kind === 'video' && OTHER_TYPES.video.includes(ext))
    return `lagre videoen som MP4 (eksporter den i videoprogrammet) og skriv ${base}.mp4`;
  return `en fil av typen ${FILE_TYPES[kind].join(', ')}`;
}

/**
 * A path on the editor's own computer, written as `writtenAs` writes it where the editor wrote it;
 * named in a component for another kind (a video in `<Vedlegg>`), as its own kind's component.
 */
function ownWritten(ref: Reference, path: string, kind: FileReference['kind']): string {
  if (!ref.kind || ref.kind === kind) return writtenAs(ref, path, kind);
  if (kind === 'video') return videoTag(path, ref.text);
  if (kind === 'bilde') return `<Figur bilde="${path}" alt="hva bildet viser" />`;
  return vedleggTag(path, ref.text);
}

const attribute = (text: string) => text.replace(/"/g, '«').trim();

/** `<Vedlegg fil="…" />`, with the link's text kept as its `tekst`. */
export function vedleggTag(path: string, text?: string): string {
  return `<Vedlegg fil="${path}"${text?.trim() ? ` tekst="${attribute(text)}"` : ''} />`;
}

/** `<Video … />` with the captions it must have beside it (../rich/components.ts), the link's text as its title. */
export function videoTag(path: string, text?: string): string {
  const captions = path.replace(/\.[^./]*$/, '.vtt');
  return `<Video fil="${path}" teksting="${captions}" tittel="${text?.trim() ? attribute(text) : 'hva videoen viser'}" />`;
}

/**
 * What a file on the editor's own computer is, by its ending (one the site takes or not): a video,
 * captions, an image, an attachment; else what names it (a component, a Markdown image), else an attachment.
 */
function ownKind(name: string, image: boolean, declared: FileReference['kind'] | undefined): FileReference['kind'] {
  const ext = extensionOf(name);
  if (FILE_TYPES.video.includes(ext) || OTHER_TYPES.video.includes(ext)) return 'video';
  if (FILE_TYPES.teksting.includes(ext)) return 'teksting';
  if (FILE_TYPES.bilde.includes(ext) || OTHER_TYPES.bilde.includes(ext)) return 'bilde';
  if (FILE_TYPES.vedlegg.includes(ext)) return 'vedlegg';
  return declared ?? (image ? 'bilde' : 'vedlegg');
}

/**
 * The attachment or video a link (`[rapporten](../vedlegg/rapport.pdf)`) names, when a file of that
 * name (in any case) lies in content/vedlegg/ or content/video/: a link in the text reaches no file
 * there, the components do. A project path, or undefined.
 */
export function linkedMediaFile(url: string, present: readonly string[]): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#')) return undefined;
  const written =
    url
      .replace(/[?#].*$/, '')
      .split(/[\\/]/)
      .pop() ?? '';
  const name = decodedPath(written) ?? written;
  const ext = extensionOf(name);
  const kind = FILE_TYPES.vedlegg.includes(ext) ? 'vedlegg' : FILE_TYPES.video.includes(ext) ? 'video' : undefined;
  return kind ? sameName(name, MEDIA_FOLDERS[kind], present, { anyCase: true })[0] : undefined;
}

/**
 * The files of the kind's folder that a reference most likely means: the same name but for case,
 * æ, ø, å and the ending (`Kart.heic` for kart.jpg). Its one message names them; they are not «unused».
 */
function meantFiles(url: string, kind: FileReference['kind'], present: readonly string[]): string[] {
  const written = url.split(/[\\/]/).pop() ?? '';
  const stem = (n: string) => slugify((decodedPath(n) ?? n).replace(/\.[^.]*$/, ''));
  return present.filter(
    (p) => p.startsWith(`content/${MEDIA_FOLDERS[kind]}/`) && stem(p.split('/').pop()!) === stem(written),
  );
}

/**
 * The files in the media folders named `name` (the same letters, however written: Unicode NFC; in
 * any case with `anyCase`), those in the kind's own folder first.
 */
function sameName(
  name: string,
  folder: string,
  present: readonly string[],
  options: { anyCase?: boolean } = {},
): string[] {
  const letters = (n: string) => (options.anyCase ? n.normalize('NFC').toLowerCase() : n.normalize('NFC'));
  const own = (p: string) => (p.startsWith(`content/${folder}/`) ? 0 : 1);
  return present.filter((p) => letters(p.split('/').pop()!) === letters(name)).sort((a, b) => own(a) - own(b));
}

/** What to write for a file that exists (a project path): its path, or first where to move it. */
function where(found: string, folder: string, prefix: string, ref: Reference, kind: FileReference['kind']): string {
  const name = found.split('/').pop()!;
  return found.startsWith(`content/${folder}/`)
    ? `skriv ${writtenAs(ref, `${prefix}${found.slice('content/'.length)}`, kind)}`
    : `flytt filen til content/${folder}/ og skriv ${writtenAs(ref, `${prefix}${folder}/${name}`, kind)}`;
}

/**
 * Which letters two names that look alike write with other characters (Unicode NFC and NFD: `å`
 * as one character, or `a` followed by a combining ring, as a Mac may name files), and on which side
 * the letter is two characters: in the path written (`inPath`) or in the file's name.
 */
function unlikeLetters(written: string, onDisk: string): { letters: string; said: string; inPath: boolean } {
  const inPath = written !== written.normalize('NFC');
  const split = inPath ? written : onDisk;
  const letters = [...new Set([...split.normalize('NFC')])].filter(
    (ch) => ch.normalize('NFD') !== ch && split.includes(ch.normalize('NFD')),
  );
  const parts = (ch: string) =>
    [...ch.normalize('NFD')].map((c, i) => (i === 0 ? c : codePointLabel(c.codePointAt(0)!))).join(' og ');
  return {
    letters: letters.join(', '),
    said: letters.map((ch) => `${ch} er skrevet som to tegn (${parts(ch)})`).join(', '),
    inPath,
  };
}

/** Files in the media folders that no entry or publication uses: each is one problem. */
export function unusedFiles(present: readonly string[], used: ReadonlySet<string>): Problem[] {
  return present
    .filter((f) => !used.has(f))
    .map((f) => ({
      file: f,
      line: 1,
      field: 'fil',
      problem: 'filen brukes ikke i noen artikkel eller publikasjon',
      expected: 'bruk filen (se «Bilder og vedlegg» i redaktørveiledningen), eller slett den',
    }));
}

/** Each publication's `attachment` in content/publikasjoner.yaml that is text, with its id and line. */
function attachmentItems(source: string): { id: unknown; url: string; line: number }[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  if (doc.errors.length > 0 || !isSeq(doc.contents)) return [];
  const items: { id: unknown; url: string; line: number }[] = [];
  for (const item of doc.contents.items) {
    if (!isMap(item)) continue;
    const node = item.get('attachment', true) as Node | undefined;
    const value: unknown = item.get('attachment');
    // A value that is no text is reported by the list's own check; where the file is, here, as for any file.
    if (typeof value !== 'string' || value.trim() === '' || !node?.range) continue;
    items.push({ id: item.get('id'), url: value, line: lineCounter.linePos(node.range[0]).line });
  }
  return items;
}

/**
 * The `attachment` of each publication in content/publikasjoner.yaml, as references for
 * `checkMedia` (its path is written from content/, where the list lies). The list's own check
 * (lists.ts) reports YAML errors and wrong values; this only collects what is there.
 */
export function publicationAttachments(source: string): Reference[] {
  return attachmentItems(source).map(({ url, line }) => ({ url, line, image: false, kind: 'vedlegg' as const }));
}

/**
 * The page of the publication each attachment belongs to (`content/vedlegg/rapport.pdf` →
 * `/publikasjoner/mot-alle-odds/`): a link inside a sentence that works, where the component cannot stand.
 */
export function attachmentPages(source: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const { id, url } of attachmentItems(source))
    if (typeof id === 'string') pages.set(posix.join('content', url.trim()), paths.publication(id));
  return pages;
}

/**
 * What to write for a link that means an attachment or a video (`tag`, its component): a component
 * is a block, so on a line of its own; a link inside a sentence keeps its words there as text, or
 * links to the publication's page (src/lib/validate/components.ts says a component in a paragraph).
 */
export function componentInstead(
  tag: string,
  link: { inSentence?: boolean | undefined; text?: string | undefined },
  page?: string,
): string {
  if (!link.inSentence) return `${tag}, på en egen linje`;
  const words = link.text?.trim() ? `«${link.text.trim()}»` : 'lenketeksten';
  return `${tag} på en egen linje under avsnittet (en komponent kan ikke stå inne i en setning), og ${words} i setningen som vanlig tekst${page ? `; eller, i setningen, en lenke til publikasjonens side: [${link.text?.trim() || 'tekst'}](${page})` : ''}`;
}
