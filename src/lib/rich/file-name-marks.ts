/**
 * A file beside the content whose name holds `#` or `?` (`kart #2.png`, `kart%20%232.png` in a
 * Markdown address): Vite, which publishes the files, cuts every path at `?` and `#` (a query and a
 * hash, its `cleanUrl`), so no path, quoted or encoded, reaches the file under that name. The fix
 * is a name without them that keeps the editor's words: each mark, and the spaces around it, a `-`.
 */
export interface MarkInName {
  /** The mark found, `#` or `?`. */
  mark: string;
  /** The file's name as it is (`kart #2.png`). */
  name: string;
  /** The name to give it (`kart-2.png`). */
  renamed: string;
  /** The path as written, with the new name in place of the old (`../bilder/kart-2.png`). */
  path: string;
}

/** The name part of `path` read as an address is (`%23` is `#`), or as written where it is no valid escape. */
function readName(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The mark in the file name of `path` (`../bilder/kart #2.png`), or undefined when its name has none. */
export function markInFileName(path: string): MarkInName | undefined {
  const at = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1;
  const name = readName(path.slice(at));
  const mark = /[#?]/.exec(name)?.[0];
  if (!mark) return undefined;
  const renamed = name
    .replace(/\s*[#?]+\s*/g, '-')
    .replace(/^-+|-+(?=\.[^.]*$)/g, '')
    .replace(/-+/g, '-');
  return { mark, name, renamed, path: `${readName(path.slice(0, at))}${renamed}` };
}

/** «filnavnet «kart #2.png» har tegnet #, …»: one message for a frontmatter field, a component and a Markdown image. */
export const markInNameProblem = ({ name, mark }: MarkInName) =>
  `filnavnet «${name}» har tegnet ${mark}, og nettstedet finner ikke en fil med # eller ? i navnet (alt fra tegnet leses som en del av adressen, ikke av filnavnet)`;
export const markInNameExpected = ({ mark, renamed }: MarkInName, write: string) =>
  `gi filen et navn uten ${mark}, f.eks. ${renamed}, og skriv ${write}`;
