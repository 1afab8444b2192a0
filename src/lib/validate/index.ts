import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { KIND_IDS, isKindId, type KindId } from '../kinds.ts';
import { THEME_IDS } from '../themes.ts';
import { slugFromFileName } from '../slug.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import { RESERVED_SLUGS, paths } from '../urls.ts';
import { placeholderProblems } from './placeholders.ts';
import { checkFrontmatter } from './frontmatter.ts';
import { fenceProblem } from './fences.ts';
import { checkBody, type Reference } from './body.ts';
import { characterProblems } from './characters.ts';
import { checkReferences } from './links.ts';
import { attachmentPages, checkMedia, publicationAttachments, unusedFiles } from './media.ts';
import { leadImageLine } from './lead-image.ts';
import { MEDIA_FOLDERS } from '../rich/components.ts';
import { checkList, type ListName } from './lists.ts';
import type { Problem } from './problem.ts';
import { CheckCache, digest } from './cache.ts';
import { didYouMean } from './suggest.ts';
import { SYNONYM_FILE, checkSynonyms, wordLine } from '../synonyms.ts';

export { formatProblem, formatReport, type Problem } from './problem.ts';

/**
 * The checking code itself is part of each cached result's key: new rules re-check every file. All
 * of src/lib, subfolders included (the character rules live in src/lib/text/).
 */
const lib = path.join(import.meta.dirname, '..');
const rules = digest(
  ...(readdirSync(lib, { recursive: true }) as string[])
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort()
    .map((f) => readFileSync(path.join(lib, f), 'utf8')),
  // What the security policy blocks is read from it (../html/blocked.ts).
  readFileSync(path.join(import.meta.dirname, '../../../scripts/lib/security-policy.ts'), 'utf8'),
);

const CONTENT_FILE = /\.mdx?$/i;

interface Checked {
  kind: KindId;
  slug: string;
  file: string;
  draft: boolean;
  references: Reference[];
  /** The ids a link's `#anker` can name on the entry's page (headings, ids written in HTML). */
  anchors: string[];
}

/** Every file in the media folders (content/bilder/ …), as project paths, sorted. */
function mediaFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (rel: string) => {
    const full = path.join(root, rel);
    if (!existsSync(full)) return;
    for (const name of readdirSync(full).sort()) {
      if (name.startsWith('.')) continue;
      const child = `${rel}/${name}`;
      if (statSync(path.join(root, child)).isDirectory()) walk(child);
      else found.push(child);
    }
  };
  for (const folder of new Set(Object.values(MEDIA_FOLDERS))) walk(`content/${folder}`);
  return found;
}

/** The ids of a shared list; undefined when the file cannot be read (its problems are added). */
function readList(root: string, name: ListName, problems: Problem[]): Set<string> | undefined {
  const file = path.join(root, 'content', name);
  if (!existsSync(file)) return new Set();
  const list = checkList(name, readFileSync(file, 'utf8'));
  problems.push(...list.problems);
  return list.ids;
}

/**
 * Validates all content under `<root>/content/` and returns every problem found. Used by
 * `npm run check` and by the build (src/integrations/content-check.ts), so both say the same.
 */
export function validateContent(
  root: string,
  options: { cacheDir?: string | undefined } = {},
): { problems: Problem[]; entries: number } {
  const problems: Problem[] = [];
  const contentDir = path.join(root, 'content');
  if (!existsSync(contentDir)) {
    return {
      problems: [
        {
          file: 'content',
          line: 1,
          field: 'mappe',
          problem: 'mappen content/ finnes ikke',
          expected: `mappene ${KIND_IDS.map((k) => `content/${k}/`).join(', ')}`,
        },
      ],
      entries: 0,
    };
  }
  const refs = {
    people: readList(root, 'personer.yaml', problems),
    publications: readList(root, 'publikasjoner.yaml', problems),
  };
  const idsKey = (ids: Set<string> | undefined) => (ids ? [...ids].sort().join(',') : '(uleselig)');
  const refsKey = digest(idsKey(refs.people), idsKey(refs.publications));
  const cache = new CheckCache(options.cacheDir, root);
  const checked: Checked[] = [];
  /** Every content file's words, for the synonym list's «occurs nowhere» check. */
  const texts: string[] = [];
  /** The source of each entry whose body could not be read: the files it names are unknown. */
  const unreadableSources: string[] = [];

  for (const name of readdirSync(contentDir).sort()) {
    const full = path.join(contentDir, name);
    if (!statSync(full).isDirectory()) {
      if (CONTENT_FILE.test(name)) {
        problems.push({
          file: `content/${name}`,
          line: 1,
          field: 'type',
          problem: 'filen ligger ikke i en mappe for en innholdstype',
          expected: `flytt den til en av ${KIND_IDS.map((k) => `content/${k}/`).join(', ')}`,
        });
      }
      continue;
    }
    if (!isKindId(name)) {
      for (const file of readdirSync(full).filter((f) => CONTENT_FILE.test(f))) {
        problems.push({
          file: `content/${name}/${file}`,
          line: 1,
          field: 'type',
          problem: `ukjent innholdstype «${name}»${didYouMean(name, KIND_IDS)}`,
          expected: `en av mappene ${KIND_IDS.join(', ')}`,
        });
      }
      continue;
    }
    // The build reads only the .mdx/.md files directly in the folder: say so about anything else
    // that looks like content, rather than leave it out without a word.
    for (const other of readdirSync(full).sort()) {
      if (other.startsWith('.') || CONTENT_FILE.test(other)) continue;
      const isDir = statSync(path.join(full, other)).isDirectory();
      if (isDir || /\.(markdown|txt|docx?|html?)$/i.test(other)) {
        problems.push({
          file: `content/${name}/${other}${isDir ? '/' : ''}`,
          line: 1,
          field: 'filnavn',
          problem: isDir ? 'undermapper blir ikke med på nettstedet' : 'bare .mdx-filer blir med på nettstedet',
          expected: `én .mdx-fil per artikkel rett i content/${name}/ (bilder i content/bilder/)`,
        });
      }
    }
    for (const fileName of readdirSync(full)
      .filter((f) => CONTENT_FILE.test(f))
      .sort()) {
      const file = `content/${name}/${fileName}`;
      const source = readFileSync(path.join(full, fileName), 'utf8');
      texts.push(wordLine(source));
      const { yaml, body, bodyLine } = splitFrontmatter(source);
      if (yaml === null) {
        // An opening fence without its closing one, or fences of other dashes, is said as such.
        problems.push({
          file,
          field: 'frontmatter',
          ...(fenceProblem(source) ?? {
            line: 1,
            problem: 'filen har ingen topptekst',
            expected: 'en topptekst mellom to linjer med --- øverst i filen (se redaktørveiledningen)',
          }),
        });
        continue;
      }
      const result = cache.get(digest(rules, refsKey, file, source), () => {
        const fm = checkFrontmatter(file, yaml, name, refs);
        const b = checkBody(file, body, bodyLine);
        const lead = fm.data['image'] as { src?: unknown; alt?: unknown } | undefined;
        // A lead image whose line the frontmatter check has named (a pasted space or quote in its
        // name) is not looked for under the wrong name as well; its file is not called unused.
        const leadNamed = fm.problems.some((p) => p.line === leadImageLine(yaml));
        const leadRef =
          typeof lead?.src === 'string' && !leadNamed
            ? [
                {
                  url: lead.src,
                  line: leadImageLine(yaml),
                  image: true,
                  kind: 'bilde' as const,
                  field: 'image.src',
                  ...(typeof lead.alt === 'string' ? { alt: lead.alt } : {}),
                },
              ]
            : [];
        return {
          problems: [
            ...fm.problems,
            ...characterProblems(file, bodyLine, 'innhold', body, { oneLine: false }),
            ...b.problems,
            // A draft may keep the scaffold's texts; a published entry may not.
            ...(fm.data['draft'] === true ? [] : placeholderProblems(file, source)),
          ],
          references: [...leadRef, ...b.references],
          anchors: b.anchors,
          draft: fm.data['draft'] === true,
          unreadable: b.unreadable === true || leadNamed,
        };
      });
      problems.push(...result.problems);
      if (result.unreadable) unreadableSources.push(source);
      checked.push({
        kind: name,
        slug: slugFromFileName(fileName),
        file,
        draft: result.draft,
        references: result.references,
        anchors: result.anchors,
      });
    }
  }

  // Two files, one URL: within a kind after transliteration (nøkler.mdx and nokler.mdx), or .md beside .mdx.
  const byUrl = new Map<string, Checked[]>();
  for (const c of checked) {
    const url = paths.entry(c.kind, c.slug);
    byUrl.set(url, [...(byUrl.get(url) ?? []), c]);
    if (c.slug === '')
      problems.push({
        file: c.file,
        line: 1,
        field: 'filnavn',
        problem: 'filnavnet gir ingen nettadresse',
        expected: 'et filnavn med bokstaver eller tall, f.eks. tre-nokler.mdx',
      });
    if (RESERVED_SLUGS.includes(c.slug))
      problems.push({
        file: c.file,
        line: 1,
        field: 'filnavn',
        problem: `«${c.slug}» er reservert for sidetall i lister`,
        expected: 'et annet filnavn',
      });
  }
  for (const [url, same] of byUrl) {
    if (same.length < 2) continue;
    for (const c of same) {
      const others = same
        .filter((o) => o !== c)
        .map((o) => o.file)
        .join(', ');
      problems.push({
        file: c.file,
        line: 1,
        field: 'filnavn',
        problem: `gir samme nettadresse (${url}) som ${others}`,
        expected: 'et filnavn som er unikt etter at æ, ø, å er gjort om til ae, o, a',
      });
    }
  }

  const synonyms = path.join(contentDir, SYNONYM_FILE);
  if (existsSync(synonyms)) problems.push(...checkSynonyms(readFileSync(synonyms, 'utf8'), texts).problems);

  // Links and images.
  const published = checked.filter((c) => !c.draft);
  const pages = new Set<string>([
    paths.home(),
    paths.all(),
    paths.themes(),
    paths.search(),
    paths.people(),
    paths.publications(),
    paths.about(),
    paths.accessibility(),
    paths.feed(),
    paths.calendar(),
    ...THEME_IDS.flatMap((t) => [paths.theme(t), paths.themeFeed(t)]),
    ...KIND_IDS.map((k) => paths.kind(k)),
    ...[...(refs.people ?? [])].map(paths.person),
    ...[...(refs.publications ?? [])].map(paths.publication),
    ...published.map((c) => paths.entry(c.kind, c.slug)),
    ...published.filter((c) => c.kind === 'arrangementer').map((c) => paths.eventCalendar(c.slug)),
  ]);
  const drafts = new Set(checked.filter((c) => c.draft).map((c) => paths.entry(c.kind, c.slug)));
  const publicDir = path.join(root, 'public');
  const publicFile = (sitePath: string) => {
    const candidate = path.join(publicDir, sitePath);
    return candidate.startsWith(publicDir) && existsSync(candidate) && statSync(candidate).isFile();
  };
  const anchors = new Map(checked.map((c) => [paths.entry(c.kind, c.slug), new Set(c.anchors)]));
  const sources = new Map(checked.map((c) => [`/${c.file}`, paths.entry(c.kind, c.slug)]));
  const present = mediaFiles(root);
  const publicationsFile = path.join(root, 'content', 'publikasjoner.yaml');
  const publicationsSource = existsSync(publicationsFile) ? readFileSync(publicationsFile, 'utf8') : undefined;
  const attachmentPagesOf = publicationsSource === undefined ? undefined : attachmentPages(publicationsSource);
  for (const c of checked) {
    problems.push(
      ...checkReferences(
        c.file,
        paths.entry(c.kind, c.slug),
        c.references,
        {
          pages,
          drafts,
          publicFile,
          anchors,
          sources,
          mediaFiles: present,
          ...(attachmentPagesOf ? { attachmentPages: attachmentPagesOf } : {}),
        },
        c.draft,
      ),
    );
  }
  // Images, attachments and videos beside the content: named ones exist, present ones are used.
  const used = new Set<string>();
  const inProject = (p: string) => existsSync(path.join(root, p)) && statSync(path.join(root, p)).isFile();
  // Each file is read once, however many entries use it.
  const bytes = new Map<string, Uint8Array>();
  const read = (p: string) => bytes.get(p) ?? bytes.set(p, readFileSync(path.join(root, p))).get(p)!;
  for (const c of checked) {
    const media = checkMedia(c.file, c.references, inProject, undefined, read, present);
    problems.push(...media.problems);
    for (const u of media.used) used.add(u);
  }
  if (publicationsSource !== undefined) {
    const refs = publicationAttachments(publicationsSource);
    const media = checkMedia(
      'content/publikasjoner.yaml',
      refs,
      inProject,
      { field: 'attachment', prefix: '' },
      read,
      present,
    );
    problems.push(...media.problems);
    for (const u of media.used) used.add(u);
  }
  // A file named in a body that could not be read (or by a lead image already named) may well be
  // used: only that error is said.
  const mentioned = (f: string) => unreadableSources.some((source) => source.includes(path.posix.basename(f)));
  problems.push(
    ...unusedFiles(
      present.filter((f) => !mentioned(f)),
      used,
    ),
  );
  cache.save();
  return { problems, entries: checked.length };
}
