/**
 * `npm run new`: creates a new entry as a draft.
 *
 *   npm run new                                      (asks, in a terminal)
 *   npm run new -- --kind intervju --title "Tittel" --themes samordning,etatsstyring
 *
 * Writes content/<kind>/<slug>.mdx, never over an existing file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { KINDS, type KindId } from '../src/lib/kinds.ts';
import { THEME_IDS, type ThemeId } from '../src/lib/themes.ts';
import { osloDay } from '../src/lib/dates.ts';
import { parseKind, parseThemes, scaffold } from '../src/lib/scaffold.ts';
import { didYouMean } from '../src/lib/validate/suggest.ts';
import { RESERVED_SLUGS } from '../src/lib/urls.ts';

const { values } = parseArgs({
  options: {
    kind: { type: 'string' },
    title: { type: 'string' },
    themes: { type: 'string' },
    root: { type: 'string', default: '.' },
  },
});

function fail(message: string): never {
  console.error(`Feil: ${message}`);
  process.exit(1);
}

function unknownThemes(unknown: string[]): string {
  return `ukjent tema ${unknown.map((t) => `«${t}»${didYouMean(t, THEME_IDS)}`).join(', ')}`;
}

const interactive = process.stdin.isTTY && process.stdout.isTTY;
const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
const kindNames = KINDS.map((k) => k.type).join(', ');

// Lines are read from an iterator, which keeps pasted answers that arrive before their question.
const answers = rl?.[Symbol.asyncIterator]();

async function ask(question: string): Promise<string> {
  if (!rl || !answers) return '';
  rl.setPrompt(question);
  rl.prompt();
  const next = await answers.next();
  if (next.done) fail('avbrutt. Ingen fil ble laget.');
  return String(next.value).trim();
}

let kind: KindId | undefined = values.kind ? parseKind(values.kind) : undefined;
const kindTypes = KINDS.map((k) => k.type);
if (values.kind && !kind)
  fail(`ukjent type «${values.kind}»${didYouMean(values.kind, kindTypes)}. Forventet en av ${kindNames}.`);
while (!kind) {
  if (!rl) fail(`oppgi type med --kind (${kindNames}).`);
  const answer = await ask(`Type (${kindNames}): `);
  kind = parseKind(answer);
  if (!kind && answer) console.log(`ukjent type «${answer}»${didYouMean(answer, kindTypes)}. Prøv igjen.`);
}

let title = values.title?.trim() ?? '';
while (!title) {
  if (!rl) fail('oppgi tittel med --title "Tittel".');
  title = await ask('Tittel: ');
}

let themes: ThemeId[] = [];
if (values.themes !== undefined) {
  const parsed = parseThemes(values.themes);
  if (parsed.unknown.length > 0) fail(`${unknownThemes(parsed.unknown)}. Forventet ${THEME_IDS.join(', ')}.`);
  themes = parsed.themes;
}
while (themes.length === 0) {
  if (!rl) fail(`oppgi minst ett tema med --themes (${THEME_IDS.join(', ')}).`);
  const parsed = parseThemes(await ask(`Tema, skilt med komma (${THEME_IDS.join(', ')}): `));
  // Ask again rather than drop a theme the editor meant to give.
  if (parsed.unknown.length > 0) console.log(`${unknownThemes(parsed.unknown)}. Prøv igjen.`);
  else themes = parsed.themes;
}
rl?.close();

const today = osloDay(new Date().toISOString());
const { slug, text } = scaffold(kind, title, themes, today);
if (!slug) fail('tittelen gir ingen nettadresse: bruk bokstaver eller tall.');
if (RESERVED_SLUGS.includes(slug))
  fail(`tittelen gir nettadressen «${slug}», som er reservert for sidetall i lister. Velg en lengre tittel.`);
const file = path.join(values.root, 'content', kind, `${slug}.mdx`);
if (existsSync(file)) fail(`${file} finnes allerede. Velg en annen tittel, eller rediger den filen.`);
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, text, { flag: 'wx' });
console.log(`Opprettet ${file} (utkast). Forhåndsvis med «npm run dev», og fjern «draft: true» når den er klar.`);
