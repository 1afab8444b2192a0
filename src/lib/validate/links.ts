import type { Problem } from './problem.ts';
import type { Reference } from './body.ts';
import { LAYOUT_IDS } from '../body/heading-ids.ts';
import { didYouMean } from './suggest.ts';
import { decodedPath, ownMachineFile } from '../rich/file-path.ts';
import { FILE_TYPES } from '../rich/components.ts';
import { extensionOf } from '../rich/image-file.ts';
import { componentInstead, linkedMediaFile, vedleggTag, videoTag } from './media.ts';
import { TYPOGRAPHIC_QUOTES } from '../text/characters.ts';

/** A path read as the build reads it; as written when a % starts no escape (media.ts names that). */
const decoded = (path: string) => decodedPath(path) ?? path;

export interface SiteMap {
  /** Site paths that exist, e.g. `/tema/samordning/`, `/artikler/foo/`. */
  pages: ReadonlySet<string>;
  /** Site paths of drafts: they exist in the source but not on the published site. */
  drafts: ReadonlySet<string>;
  /** Whether a file exists under public/ (site path without base). */
  publicFile: (sitePath: string) => boolean;
  /** Each entry page's ids (headings and ids written in HTML), by site path; other pages are not known. */
  anchors?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Entry pages by their source file (`/content/artikler/x.mdx` → `/artikler/x/`). */
  sources?: ReadonlyMap<string, string>;
  /** The files in the media folders (`content/vedlegg/rapport.pdf`), for a link that means one. */
  mediaFiles?: readonly string[];
  /** The page of the publication each attachment belongs to (`content/vedlegg/rapport.pdf` → `/publikasjoner/id/`). */
  attachmentPages?: ReadonlyMap<string, string>;
}

/**
 * Ids an entry page has whatever its body says: the layout's (../body/heading-ids.ts), the
 * footnotes' (GFM: `user-content-fn-1`, `user-content-fnref-1`, `footnote-label`) and attachment
 * links' (`vedlegg-…`, src/components/mdx/Vedlegg.astro).
 */
function pageHasAnyway(id: string): boolean {
  return LAYOUT_IDS.includes(id) || /^(user-content-)?(fn|fnref)-|^footnote-label$|^vedlegg-/.test(id);
}

/** The problem with a link's `#anker` on an entry page, or null when the page has that id or is not an entry. */
function missingAnchor(url: string, page: string, site: SiteMap): { problem: string; expected: string } | null {
  const hash = url.indexOf('#');
  if (hash < 0) return null;
  const fragment = url.slice(hash + 1);
  const ids = site.anchors?.get(page);
  if (!ids || fragment === '' || fragment === 'top') return null;
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    id = fragment;
  }
  if (ids.has(id) || pageHasAnyway(id)) return null;
  const there = [...ids].filter((i) => !pageHasAnyway(i));
  return {
    problem: `lenken «${url}» går til et avsnitt (#${fragment}) som ikke finnes${didYouMean(id, there)}`,
    expected: there.length
      ? `et anker som finnes på siden: ${there
          .slice(0, 8)
          .map((i) => `#${i}`)
          .join(', ')}${there.length > 8 ? ' …' : ''} (ankeret er overskriften med små bokstaver og bindestrek)`
      : 'fjern #… fra lenken: siden har ingen overskrifter å lenke til',
  };
}

/** `url` without the typographic quotation marks around it (“…”, «…»), as Word puts them round a pasted address. */
function withoutQuotes(url: string): string {
  let from = 0;
  let to = url.length;
  while (from < to && TYPOGRAPHIC_QUOTES.includes(url[from]!)) from++;
  while (to > from && TYPOGRAPHIC_QUOTES.includes(url[to - 1]!)) to--;
  return url.slice(from, to);
}

/**
 * The scheme a link written without one meant (`www.dfo.no` → `https://`, `ola@dfo.no` →
 * `mailto:`), or null. A host is names with dots ending in a top-level domain an editor here
 * links to, then a path or nothing (`rapport.pdf` and `side.html` are files, never a host).
 */
function withoutScheme(url: string): string | null {
  if (/^[^\s/@:]+@[^\s/@]+\.[a-z]{2,}$/i.test(url)) return 'mailto:';
  if (/^www\./i.test(url)) return 'https://';
  const host = /^([a-z0-9-]+(?:\.[a-z0-9-]+)*\.([a-z]{2,}))(?:[/?#]|$)/i.exec(url);
  if (host && /^(?:no|com|org|net|eu|se|dk|fi|uk|de|gov|int|info|io)$/i.test(host[2]!)) return 'https://';
  return null;
}

/** Checks internal links and images of one entry. External links (https:, mailto:) are not fetched. */
export function checkReferences(
  file: string,
  pageUrl: string,
  refs: readonly Reference[],
  site: SiteMap,
  isDraft: boolean,
): Problem[] {
  const problems: Problem[] = [];
  for (const ref of refs) {
    const say = (p: { problem: string; expected: string }) =>
      problems.push({ file, line: ref.line, field: 'innhold', ...p });
    // A file on the editor's own computer, linked or shown, is named with the fix in media.ts.
    if (ownMachineFile(ref.url) !== null) continue;
    // An address pasted from Word between its quotation marks: the marks become part of the address.
    const bare = withoutQuotes(ref.url);
    if (bare !== ref.url && !ref.image && !ref.kind) {
      say({
        problem: `adressen til lenken «${ref.url}» står i anførselstegn, som blir en del av adressen`,
        expected: `skriv adressen uten anførselstegn: [${ref.text ?? '…'}](${bare})`,
      });
      continue;
    }
    if (ref.url.startsWith('#') && !ref.image) {
      const wrong = missingAnchor(ref.url, pageUrl, site);
      if (wrong) say(wrong);
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(ref.url) || ref.url.startsWith('//') || ref.url.startsWith('#') || ref.url === '')
      continue;
    // `www.dfo.no`, `ola@dfo.no`: an address without its scheme is a path on this site to the browser.
    const scheme = withoutScheme(ref.url);
    if (scheme && !ref.kind) {
      say({
        problem: `${ref.image ? 'bildet' : 'lenken'} «${ref.url}» mangler ${scheme}, så den leses som en side på dette nettstedet`,
        expected: ref.image
          ? `legg bildet i content/bilder/ og skriv ../bilder/navn.jpg`
          : `skriv ${scheme} foran: [${ref.text ?? '…'}](${scheme}${ref.url})`,
      });
      continue;
    }
    const target = new URL(ref.url, `http://site${pageUrl}`).pathname;
    // A link to an entry's file (`../artikler/x.mdx#anker`), as a Markdown editor offers it: the page is meant.
    const page = site.sources?.get(decoded(new URL(ref.url, `http://site/${file}`).pathname));
    if (page && !ref.image && !ref.kind) {
      const hash = ref.url.includes('#') ? ref.url.slice(ref.url.indexOf('#')) : '';
      say({
        problem: `lenken «${ref.url}» går til filen, ikke til siden på nettstedet`,
        expected: `skriv adressen til siden: ${page}${hash}`,
      });
      continue;
    }
    if (ref.image && ref.html && !ref.url.startsWith('/')) {
      // Raw HTML is copied as written: a path from the entry would point beside the page, unoptimised.
      problems.push({
        file,
        line: ref.line,
        field: 'innhold',
        problem: `bildet «${ref.url}» er skrevet som HTML (<img>), og blir verken funnet eller optimalisert`,
        expected: `skriv det som Markdown, ![hva bildet viser](${ref.url}), eller med <Figur>`,
      });
      continue;
    }
    // Images, attachments and videos beside the content are checked in media.ts.
    if (ref.kind || (ref.image && !ref.url.startsWith('/'))) continue;
    if (ref.image) {
      // Images used to be served as uploaded from public/bilder/; they are optimised only from content/bilder/.
      const name = decoded(target).split('/').pop();
      problems.push({
        file,
        line: ref.line,
        field: 'innhold',
        problem: `bildet «${ref.url}» er skrevet fra roten, og blir ikke optimalisert`,
        expected: `legg bildet i content/bilder/ og skriv ../bilder/${name}`,
      });
      continue;
    }
    const path = /\.[a-z0-9]+$/i.test(target) || target.endsWith('/') ? target : `${target}/`;
    if (site.pages.has(path)) {
      const wrong = ref.image ? null : missingAnchor(ref.url, path, site);
      if (wrong) say(wrong);
      continue;
    }
    if (site.publicFile(decoded(target))) continue;
    if (site.drafts.has(path)) {
      if (!isDraft)
        problems.push({
          file,
          line: ref.line,
          field: 'innhold',
          problem: `lenken «${ref.url}» går til et utkast, som ikke publiseres`,
          expected: 'publiser den andre artikkelen først, eller fjern lenken',
        });
      continue;
    }
    // An attachment or a video beside the content: a link reaches it only through its component.
    const meant = linkedMediaFile(ref.url, site.mediaFiles ?? []);
    const ext = extensionOf(decoded(target));
    if (meant || FILE_TYPES.vedlegg.includes(ext) || FILE_TYPES.video.includes(ext)) {
      const video = FILE_TYPES.video.includes(ext);
      const folder = video ? 'video' : 'vedlegg';
      // As written, a % that starts no escape written %25, so that the component reads the name.
      const written = target
        .split('/')
        .pop()!
        .replace(/%(?![0-9a-f]{2})/gi, '%25');
      const name = meant?.split('/').pop() ?? written;
      const tag = (video ? videoTag : vedleggTag)(`../${folder}/${name}`, ref.text);
      say(
        meant
          ? {
              problem: `lenken «${ref.url}» går til ${video ? 'videoen' : 'vedlegget'} ${meant}, men en lenke i teksten når ikke filene i content/${folder}/`,
              expected: componentInstead(tag, ref, site.attachmentPages?.get(meant)),
            }
          : {
              problem: `lenken «${ref.url}» går til en fil som ikke finnes`,
              expected: `legg filen i content/${folder}/ og skriv ${componentInstead(tag, ref)}`,
            },
      );
      continue;
    }
    problems.push({
      file,
      line: ref.line,
      field: 'innhold',
      problem: `lenken «${ref.url}» går til en side som ikke finnes`,
      expected: 'en side på nettstedet, f.eks. /rapporter/tre-nokler-for-a-oke-ledernes-handlingsrom/',
    });
  }
  return problems;
}
