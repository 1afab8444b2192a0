/**
 * What the site's security policy (scripts/lib/security-policy.ts) will stop in the browser, read
 * from the policy itself, and what else an editor's HTML cannot do on this site. The content check
 * reports each finding with file and line (../validate/raw-html.ts), so nothing an editor wrote
 * vanishes with only a console error. Rules: CSP Level 3 §6.8.3 (which directive governs a load,
 * and its fallbacks), §4.2.4 (`javascript:` URLs need 'unsafe-inline'), §6.1.9 (inline `style`).
 */
import { CSP_DIRECTIVES } from '../../../scripts/lib/security-policy.ts';
import { urlAttributesOf, urlsIn, type FetchDirective } from './url-attributes.ts';
import { ownMachineFile } from '../rich/file-path.ts';

/** One thing an element does that the site will not do, in Norwegian. */
export interface Blocked {
  /** What and why: «style="…" på <p> blokkeres av sikkerhetsreglene (style-src 'self') …». */
  problem: string;
  /** What to write instead. */
  expected: string;
}

/** CSP Level 3 §6.8.3: the directives consulted, in order, when one is not set. */
const FALLBACK: Record<string, string[]> = {
  'script-src': ['script-src', 'default-src'],
  'style-src': ['style-src', 'default-src'],
  'img-src': ['img-src', 'default-src'],
  'media-src': ['media-src', 'default-src'],
  'frame-src': ['frame-src', 'child-src', 'default-src'],
  'object-src': ['object-src', 'default-src'],
  'connect-src': ['connect-src', 'default-src'],
};

/** The directive that applies and its sources, e.g. `['img-src', ["'self'", 'data:']]`. */
export function effectiveDirective(
  directive: string,
  policy: readonly [string, string][] = CSP_DIRECTIVES,
): [string, string[]] {
  for (const name of FALLBACK[directive] ?? [directive]) {
    const found = policy.find(([n]) => n === name);
    if (found) return [name, found[1].split(/\s+/).filter(Boolean)];
  }
  return [directive, ['*']];
}

const said = ([name, sources]: [string, string[]]) => `${name} ${sources.join(' ')}`;

/** Whether the policy lets inline code of this kind run ('unsafe-inline'). */
function allowsInline(directive: 'script-src' | 'style-src', policy: readonly [string, string][]): boolean {
  return effectiveDirective(directive, policy)[1].includes("'unsafe-inline'");
}

/**
 * Whether the policy lets the page load `url` under `directive`. URLs without a scheme and host
 * are the site's own ('self'); every other origin is someone else's, and so is a third-party
 * request the site promises not to make even where a policy would allow it.
 */
export function allowsLoad(
  directive: string,
  url: string,
  policy: readonly [string, string][] = CSP_DIRECTIVES,
): boolean {
  const sources = effectiveDirective(directive, policy)[1];
  if (sources.includes("'none'")) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1]?.toLowerCase();
  const own = !scheme && !url.trim().startsWith('//');
  if (own) return sources.includes("'self'") || sources.includes('*');
  if (scheme && sources.includes(`${scheme}:`) && scheme !== 'http' && scheme !== 'https') return true;
  return false;
}

/** The host a URL loads from, for the message («cdn.example.com»). */
function hostOf(url: string): string {
  try {
    return new URL(url, 'https://x.invalid/').host || url;
  } catch {
    return url;
  }
}

const short = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

const INSTEAD_OF_LOAD: Record<Exclude<FetchDirective, null>, string> = {
  'img-src': 'legg bildet i content/bilder/ og skriv ![beskrivelse av bildet](../bilder/navn.jpg)',
  'media-src': 'en lenke til videoen eller lyden der den ligger, f.eks. [Se opptaket](https://…)',
  'frame-src': 'en lenke til innholdet, f.eks. [Se videoen på YouTube](https://…)',
  'object-src': 'en lenke til innholdet eller filen, f.eks. [Last ned rapporten (PDF)](/filer/rapport.pdf)',
  'script-src': 'fjern skriptet; artikler kan ikke ha egne skript',
  'style-src': 'fjern stilarket; utseendet styres av nettstedets felles stilark',
  'connect-src': 'fjern ping=; en vanlig lenke sender ingenting til andre',
};

/** Elements that belong in a page's head or break the whole page, whatever the policy says. */
const HEAD_ONLY = ['meta', 'link', 'title', 'head', 'html', 'body'];

/**
 * Everything the element does that will not work on the site. `attributes` are HTML attribute
 * names (lower case) and their values as written.
 */
export function blockedInElement(
  tagName: string,
  attributes: Readonly<Record<string, string>>,
  policy: readonly [string, string][] = CSP_DIRECTIVES,
): Blocked[] {
  const tag = tagName.toLowerCase();
  const out: Blocked[] = [];
  const script = said(effectiveDirective('script-src', policy));
  const style = said(effectiveDirective('style-src', policy));

  if (tag === 'script' && attributes['src'] === undefined && !allowsInline('script-src', policy))
    out.push({
      problem: `<script> blokkeres av nettstedets sikkerhetsregler (${script}) og kjøres ikke`,
      expected: 'fjern <script>; artikler kan ikke ha egne skript',
    });
  if (tag === 'style' && !allowsInline('style-src', policy))
    out.push({
      problem: `<style> blokkeres av nettstedets sikkerhetsregler (${style}) og virker ikke`,
      expected: 'fjern <style>; utseendet styres av nettstedets felles stilark',
    });
  if (HEAD_ONLY.includes(tag))
    out.push({
      problem: `<${tag}> hører til sidens hode og virker ikke, eller endrer hele siden, i artikkelteksten`,
      expected: `fjern <${tag}>; tittel og ingress skrives i toppteksten (title, description)`,
    });
  if (tag === 'base')
    out.push({
      problem: '<base> endrer adressen til alle lenker på siden',
      expected: 'fjern <base>; skriv lenker fra roten, f.eks. /tema/samordning/',
    });
  if (tag === 'form')
    out.push({
      problem: '<form> kan ikke sendes inn: nettstedet er statisk og tar ikke imot skjemaer',
      expected: 'en lenke til skjemaet der det ligger, f.eks. [Meld deg på](https://…)',
    });
  if (
    (tag === 'iframe' || tag === 'frame') &&
    attributes['src'] !== undefined &&
    allowsLoad('frame-src', attributes['src'], policy)
  ) {
    // The site's own pages refuse to be shown in a frame (frame-ancestors, X-Frame-Options).
    const ancestors = policy.find(([n]) => n === 'frame-ancestors');
    if (ancestors?.[1].includes("'none'"))
      out.push({
        problem: `<${tag}> med en side fra nettstedet vises ikke: sikkerhetsreglene forbyr at sidene vises i en ramme (frame-ancestors 'none')`,
        expected: 'en lenke til siden, f.eks. [Les mer](/tema/samordning/)',
      });
  }
  if ((tag === 'iframe' || tag === 'frame') && attributes['src'] === undefined)
    out.push({
      problem: `<${tag}> uten src viser ingen side`,
      expected: 'en lenke til innholdet, f.eks. [Se videoen på YouTube](https://…)',
    });
  if (
    (tag === 'object' || tag === 'embed') &&
    effectiveDirective('object-src', policy)[1].includes("'none'") &&
    !attributes['data'] &&
    !attributes['src']
  )
    out.push({
      problem: `<${tag}> blokkeres av nettstedets sikkerhetsregler (${said(effectiveDirective('object-src', policy))})`,
      expected: INSTEAD_OF_LOAD['object-src'],
    });

  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'style' && !allowsInline('style-src', policy))
      out.push({
        problem: `style="${short(value)}" på <${tag}> blokkeres av nettstedets sikkerhetsregler (${style}), så nettleseren viser innholdet uten stilen`,
        expected: `fjern style=; vil du fremheve noe, bruk **fet skrift**, en overskrift (## …) eller et sitat (> …)`,
      });
    if (/^on/i.test(name) && !allowsInline('script-src', policy))
      out.push({
        problem: `${name}= på <${tag}> blokkeres av nettstedets sikkerhetsregler (${script}) og kjøres ikke`,
        expected: `fjern ${name}=; en vanlig lenke [tekst](/adresse/) virker uten skript`,
      });
  }
  for (const attr of urlAttributesOf(tag)) {
    const value = attributes[attr.attribute];
    if (value === undefined) continue;
    const urls = urlsIn(attr, value);
    for (const url of urls) {
      // A file on the editor's own computer is no other site: the content check names it, with
      // where to copy it (../validate/media.ts).
      if (ownMachineFile(url) !== null) continue;
      if (/^\s*javascript:/i.test(url)) {
        if (!allowsInline('script-src', policy))
          out.push({
            problem: `javascript:-adressen i <${tag} ${attr.attribute}> blokkeres av nettstedets sikkerhetsregler (${script})`,
            expected: 'en vanlig nettadresse, f.eks. /tema/samordning/ eller https://…',
          });
        continue;
      }
      const directive = attr.directive(tag, attributes);
      if (directive && !allowsLoad(directive, url, policy)) {
        const rule = said(effectiveDirective(directive, policy));
        const elsewhere = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url.trim());
        out.push({
          problem: elsewhere
            ? `<${tag} ${attr.attribute}="${short(url)}"> henter innhold fra et annet nettsted (${hostOf(url)}), som sikkerhetsreglene blokkerer (${rule}); nettstedet gjør ingen forespørsler til andre nettsteder`
            : `<${tag} ${attr.attribute}="${short(url)}"> blokkeres av nettstedets sikkerhetsregler (${rule})`,
          expected: INSTEAD_OF_LOAD[directive],
        });
      } else if (tag === 'script' && directive === 'script-src')
        out.push({
          problem: '<script src> i artikkelteksten er ikke tillatt: koden ville kjørt på siden uten kontroll',
          expected: 'fjern <script>; artikler kan ikke ha egne skript',
        });
    }
  }
  return out;
}
