import { singleQuoted, yamlValue } from '../text/yaml-value.ts';
import { PARTS } from '../people.ts';
import { isEventTime, readEventTime } from '../event-time.ts';

/**
 * The block a field that holds an object or a list of them should be written as, with the value the
 * editor wrote in its place (`image: ../bilder/kart.png` → `src: ../bilder/kart.png`), so that the
 * fix keeps what the editor wrote. Each takes the raw YAML value; what the editor could not have
 * written (an alt text, a role) is an example, said as one.
 */

const texts = (input: unknown): string[] | undefined => {
  if (typeof input === 'string' && input.trim() !== '') return [input.trim()];
  if (Array.isArray(input) && input.length > 0 && input.every((v) => typeof v === 'string' || typeof v === 'number'))
    return input.map(String);
  return undefined;
};

/** `image: ../bilder/kart.png`, or `image: [../bilder/kart.png, Kart]`: the path as `src`, a second text as `alt`. */
export function imageWritten(input: unknown): string {
  const [src = '../bilder/kart.jpg', alt = 'Hva bildet viser'] = texts(input) ?? [];
  return `image:\n  src: ${yamlValue(src)}\n  alt: ${yamlValue(alt)}`;
}

/** `event: 17.03.2017 kl. 09.00` (a time, as `start`, written the site's way) or `event: R4` (a place, as `location`). */
export function eventWritten(input: unknown): string {
  const [text] = texts(input) ?? [];
  const read = text === undefined ? undefined : isEventTime(text) ? { fixed: text } : readEventTime(text);
  const start = read && 'fixed' in read ? singleQuoted(read.fixed) : '2017-03-17T08:30:00+01:00';
  const location = text !== undefined && !read ? yamlValue(text) : 'Stedet';
  return `event:\n  start: ${start}\n  location: ${location}`;
}

/** A person's lines: the id the editor wrote, and a role (an example when none was written). */
const personLines = (id: string) => `  - id: ${yamlValue(id)}\n    part: ${PARTS[0]}`;
const ROLE_NOTE = `(part er rollen: en av ${PARTS.join(', ')})`;

/** `people: eivind-dale` or `people: eivind-dale, kari-nordmann`: each id as a person of its own. */
export function peopleWritten(input: unknown): string {
  const ids =
    typeof input === 'string'
      ? input
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean)
      : texts(input);
  return `people:\n${(ids ?? ['eivind-dale']).map(personLines).join('\n')}\n${ROLE_NOTE}`;
}

/** One item of `people: [eivind-dale]`: the person written with `id:` and `part:`. */
export function personWritten(input: unknown): string {
  const [id = 'eivind-dale'] = texts(input) ?? [];
  return `hver person med id og rolle på hver sin linje under people:\n${personLines(id)}\n${ROLE_NOTE}`;
}
