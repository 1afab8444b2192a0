import { MEDIA_FOLDERS, contentFilePath } from '../rich/components.ts';
import { isLocalImage } from '../rich/mdx-body.ts';
import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';
import type { Reference } from './body.ts';
import type { Problem } from './problem.ts';

const WORD = { bilde: 'bildet', vedlegg: 'vedlegget', video: 'videoen', teksting: 'tekstingen' } as const;

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
): { problems: Problem[]; used: string[] } {
  const problems: Problem[] = [];
  const used: string[] = [];
  for (const ref of refs) {
    const kind = ref.kind ?? (ref.image && isLocalImage(ref.url) ? 'bilde' : undefined);
    if (!kind) continue;
    const say = (problem: string, expected: string) =>
      problems.push({ file, line: ref.line, field: ref.field ?? from.field, problem, expected });
    const folder = MEDIA_FOLDERS[kind];
    const example = `${from.prefix}${folder}/${ref.url.split('/').pop()}`;
    if (ref.kind === undefined && !ref.alt?.trim())
      say(
        `bildet «${ref.url}» mangler alt-tekst`,
        `![hva bildet viser](${ref.url}), eller <Figur bilde="${ref.url}" dekorativ /> for et bilde som bare er pynt`,
      );
    const target = contentFilePath(file, decodeURIComponent(ref.url));
    if (!target || !target.startsWith(`content/${folder}/`)) {
      say(
        `${WORD[kind]} «${ref.url}» ligger ikke i content/${folder}/`,
        `legg filen i content/${folder}/ og skriv ${example}`,
      );
      continue;
    }
    if (!exists(target)) {
      say(`${WORD[kind]} «${ref.url}» finnes ikke (${target})`, `en fil i content/${folder}/, skrevet som ${example}`);
      continue;
    }
    used.push(target);
  }
  return { problems, used };
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

/**
 * The `attachment` of each publication in content/publikasjoner.yaml, as references for
 * `checkMedia` (its path is written from content/, where the list lies). The list's own check
 * (lists.ts) reports YAML errors and wrong values; this only collects what is there.
 */
export function publicationAttachments(source: string): Reference[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  if (doc.errors.length > 0 || !isSeq(doc.contents)) return [];
  const refs: Reference[] = [];
  for (const item of doc.contents.items) {
    if (!isMap(item)) continue;
    const node = item.get('attachment', true) as Node | undefined;
    const value: unknown = item.get('attachment');
    // A value of the wrong form is reported by the list's own check.
    if (typeof value !== 'string' || !value.startsWith('vedlegg/') || !node?.range) continue;
    refs.push({ url: value, line: lineCounter.linePos(node.range[0]).line, image: false, kind: 'vedlegg' });
  }
  return refs;
}
