import { contentFilePath } from './components.ts';

/**
 * How the path an editor writes to a file beside the content is read. The build
 * (src/components/mdx/media.ts) and the check (src/lib/validate/media.ts) both read it here, so
 * that a path the check accepts is one the build finds.
 */

/**
 * The path with its percent escapes decoded, as Astro reads a Markdown image's address
 * (`decodeURI`, CommonMark §6.6): `mitt%20kart.jpg` is `mitt kart.jpg`. Null when a % starts no
 * valid escape (`100%.jpg`), an address Astro's image step cannot read.
 */
export function decodedPath(url: string): string | null {
  try {
    return decodeURI(url);
  } catch {
    return null;
  }
}

/**
 * The project path (`content/bilder/mitt kart.jpg`) of the file a component, the frontmatter or a
 * publication names from an entry (`../bilder/mitt%20kart.jpg`), read as a Markdown image is; null
 * when it points out of content/. Every entry sits one folder down, so the entry does not matter.
 */
export function contentFileOf(src: string): string | null {
  return contentFilePath('content/artikler/entry.mdx', decodedPath(src) ?? src);
}

/**
 * A path on the editor's own computer, which the published site can never reach: a drive
 * (`C:\…`, `C:/…`), a network share (`\\server\share\…`, which Markdown reads as `\server\share\…`),
 * a `file:` address, a home folder (`/Users/…` on a Mac, `/home/…`, `~/…`) or a mounted disk
 * (`/Volumes/…`, `/mnt/…`). One backslash before two folders is a share whose first backslash
 * Markdown took; `..\bilder\kart.jpg` is a path in the project written with Windows' backslashes.
 */
const OWN_MACHINE =
  /^(?:[a-z]:[\\/]|\\\\[^\\/]|\\[^\\/.][^\\/]*\\[^\\/]+\\|file:|~[\\/]|\/(?:Users|home|Volumes|mnt)\/)/i;

/** The file's name (`kart.jpg`) when `url` is a path on the editor's own computer; null otherwise. */
export function ownMachineFile(url: string): string | null {
  const written = url.trim();
  if (!OWN_MACHINE.test(written)) return null;
  const name = written.split(/[\\/]/).pop() ?? '';
  return decodedPath(name) ?? name;
}
