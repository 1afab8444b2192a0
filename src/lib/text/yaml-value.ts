import { parse } from 'yaml';

/** The text written as YAML wants it in '…': a ' inside written '' (YAML 1.2 §7.3.2). */
export const singleQuoted = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * The text as a value to write after `felt: `: as it is where YAML reads it back the same
 * (`../bilder/kart.png`), otherwise in '…' (`'kart #2.png'`, `'2017-03-01'` stays text, `'ja: nei'`),
 * so a fix that gives the editor's own value back is read as that value.
 */
export function yamlValue(text: string): string {
  try {
    if (parse(`felt: ${text}`)?.felt === text && !text.includes('\n')) return text;
  } catch {
    // Not YAML as it is: quoted below.
  }
  return singleQuoted(text);
}
