import { COMPONENTS, componentSpec } from '../rich/components.ts';
import { closest, didYouMean } from './suggest.ts';
import { TYPOGRAPHIC_QUOTES } from '../text/characters.ts';
import { lineAt, rewriteTag, tagAround, tagOnLine, type WrittenAttribute, type WrittenTag } from './written-tag.ts';

/**
 * The MDX parser's errors (micromark-extension-mdx-jsx, micromark-factory-mdx-expression,
 * mdast-util-mdx-jsx, micromark-extension-mdxjs-esm: all in English), said in Norwegian at the
 * line the editor has to change, with the editor's own tag written right where it can be.
 * A reason not known here still names its tag, in Norwegian, with the parser's words after it.
 */

export interface Said {
  /** The body line to change. */
  line: number;
  problem: string;
  expected: string;
  /** For a value written without quotes: the tag, the attribute and the value as read (`<p class=MsoNormal>`). */
  unquoted?: { tag: string; name: string; value: string };
}

/** What the parser throws: a VFileMessage, with a point or a range. */
export interface ParseError {
  reason?: string;
  message: string;
  line?: number;
  place?: { line?: number; column?: number; offset?: number; start?: { line?: number; offset?: number } };
}

const NAMES = COMPONENTS.map((c) => c.name);
const VOID_ELEMENTS = ['br', 'hr', 'img', 'wbr', 'input', 'source', 'track', 'col', 'area', 'embed'];
const GENERAL_FIX =
  'lukkede HTML-elementer (<details>…</details>), og { } < > i vanlig tekst skrevet som \\{ \\} &lt; &gt;';
const TAG_FIX = 'egenskaper på formen navn="tekst", og taggen avsluttet med > (eller /> når den ikke omslutter tekst)';

/** The Markdown around a tag, as mdast names it in «before the end of `paragraph`». */
const CONTAINERS: Record<string, string> = {
  paragraph: 'avsnittet',
  emphasis: 'kursiven (*…*)',
  strong: 'uthevingen (**…**)',
  delete: 'gjennomstrekingen (~~…~~)',
  link: 'lenken [...](...)',
  heading: 'overskriften',
  blockquote: 'sitatet (>)',
  listItem: 'punktet i listen',
  tableCell: 'tabellcellen',
};
const container = (type: string) => CONTAINERS[type] ?? 'Markdown-formateringen rundt';

/** `<Faktaboks>` for a component, `<details>` for HTML: how a message names the tag. */
const named = (tag: WrittenTag) => `<${tag.closing ? '/' : ''}${tag.name}>`;

/** A component written with the wrong case (`figur`, `FaktaBoks`): the component meant. */
export function caseMeant(name: string) {
  return COMPONENTS.find((c) => c.name.toLowerCase() === name.toLowerCase() && c.name !== name);
}

/** `tittel="Om rapporten"`: an attribute written right, its text kept. */
const written = (name: string, text: string) => `${name.replace(/:$/, '')}="${text.replace(/"/g, "'")}"`;

export function explainMdxError(body: string, error: ParseError, fileLine: (line: number) => number): Said {
  const reason = (error.reason ?? error.message).split('\n')[0]!;
  const point = error.place?.start ?? error.place;
  const offset = point?.offset ?? body.length;
  const line = point?.line ?? error.line ?? lineAt(body, offset);
  const at = (problem: string, expected: string, where = line): Said => ({ line: where, problem, expected });
  const fileLineAt = (o: number) => fileLine(lineAt(body, o));

  // Closing and nesting: mdast-util-mdx-jsx.
  const unclosed = /^Expected a closing tag for `<([^>]*)>` \((\d+):\d+-\d+:\d+\)(?: before the end of `(\w+)`)?/.exec(
    reason,
  );
  if (unclosed) {
    const [, name, opened, inside] = unclosed as unknown as [string, string, string, string | undefined];
    const where = Number(opened);
    const spec = componentSpec(name);
    if (VOID_ELEMENTS.includes(name.toLowerCase()))
      return at(`elementet <${name}> lukkes aldri`, `skriv <${name} /> med skråstrek, slik MDX krever`, where);
    if (inside)
      return spec
        ? at(
            `<${name}> står inne i ${container(inside)} og lukkes ikke der`,
            `<${name} …> på en egen linje, med en tom linje før og etter`,
            where,
          )
        : at(
            `elementet <${name}> lukkes ikke før ${container(inside)} slutter`,
            `</${name}> før ${container(inside)} slutter`,
            where,
          );
    const tag = tagOnLine(body, where);
    if (spec && !spec.content && tag)
      return at(
        `komponenten <${name}> lukkes aldri`,
        `skråstrek før > til slutt, slik MDX krever: ${rewriteTag(body, tag, { close: '/>' })}`,
        where,
      );
    if (spec) return at(`komponenten <${name}> lukkes aldri`, `</${name}> der den slutter`, where);
    return at(`elementet <${name}> lukkes aldri`, `</${name}> der elementet slutter`, where);
  }
  const overlap = /^Expected the closing tag `<([^>]*)>` either after the end of `(\w+)`/.exec(reason);
  if (overlap) {
    const [, name, inside] = overlap as unknown as [string, string, string];
    return at(
      `<${name}> og ${container(inside)} overlapper`,
      `</${name}> inne i ${container(inside)}, eller hele ${container(inside)} mellom <${name}> og </${name}>`,
    );
  }
  const mismatch =
    /^Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]+)>` \((\d+):/.exec(reason);
  if (mismatch) {
    const [, closed, opened, openedLine] = mismatch as unknown as [string, string, string, string];
    const from = Number(openedLine);
    // A misspelt component opened and closed right (<Faktboks>…</Faktaboks>): the opening tag is the mistake.
    if (NAMES.includes(closed) && !NAMES.includes(opened) && closest(opened, NAMES) === closed) {
      const tag = tagOnLine(body, from);
      if (caseMeant(opened) && tag)
        return at(
          `<${opened}> er ikke en komponent: komponentnavn skrives med stor forbokstav`,
          `${rewriteTag(body, tag, { name: closed, close: '>' })} … </${closed}>`,
          from,
        );
      return at(
        `komponenten <${opened}> finnes ikke${didYouMean(opened, NAMES)}, så </${closed}> lukker ingenting`,
        `<${closed} …> … </${closed}>, med samme navn i begge`,
        from,
      );
    }
    // A misspelt closing tag: said where it stands, with the name it should have.
    if (closest(closed, [opened]))
      return at(`</${closed}> lukker ikke <${opened}> fra linje ${fileLine(from)}`, `skriv </${opened}>`);
    return at(
      `</${closed}> kommer før <${opened}> fra linje ${fileLine(from)} er lukket`,
      `</${opened}> før </${closed}>`,
    );
  }
  if (/^Unexpected closing slash `\/` in tag, expected an open tag first/.test(reason)) {
    const tag = tagAround(body, offset);
    if (!tag?.name) return at('«</» lukker ingenting', 'skriv &lt;/ for å vise tegnene, eller rett taggen');
    const before = body.lastIndexOf(`</${tag.name}>`, tag.start - 1);
    if (before >= 0)
      return at(
        `</${tag.name}> lukker ingenting: <${tag.name}> er allerede lukket på linje ${fileLineAt(before)}`,
        `fjern den ene </${tag.name}>`,
      );
    return at(
      `</${tag.name}> lukker ingenting: ingen <${tag.name}> er åpnet før den`,
      `fjern </${tag.name}>, eller skriv <${tag.name} …> der den skal begynne`,
    );
  }
  if (/^Unexpected attribute in closing tag/.test(reason)) {
    const name = tagAround(body, offset)?.name ?? '';
    return at(
      `</${name}> har egenskaper, men en sluttag kan ikke ha det`,
      `bare </${name}>; egenskapene står i <${name} …>`,
    );
  }
  if (/^Unexpected self-closing slash `\/` in closing tag/.test(reason)) {
    const name = tagAround(body, offset)?.name ?? '';
    return at(`</${name}/> har en skråstrek for mye`, `</${name}>`);
  }

  // Notes the parser adds for what an editor may have meant (micromark-extension-mdx-jsx).
  if (/to create a comment in MDX/.test(reason))
    return at('HTML-kommentarer <!-- … --> støttes ikke i MDX', 'fjern kommentaren');
  if (/to create a link in MDX/.test(reason))
    return at(
      'lenker i vinkelparenteser <https://…> støttes ikke i MDX',
      'skriv adressen uten < >, eller [lenketekst](https://…)',
    );

  // Import and export: a paragraph starting with the word is read as code (micromark-extension-mdxjs-esm).
  if (/^Could not parse import\/exports with acorn|only import\/exports are supported/.test(reason))
    return { line, ...esmProse(body.split('\n')[line - 1] ?? '') };

  // Expressions in braces: in a tag (an attribute's value or among its attributes) or in the text.
  if (/expression|spread|in code: expected/.test(reason) && !/lazy line/.test(reason)) {
    const tag = tagAround(body, offset);
    const attribute = tag?.attributes.find(
      (a) => a.value?.quote === '{' && a.value.start <= offset && offset <= a.value.end + 1,
    );
    const quote = [...(attribute?.value?.text ?? body[offset] ?? '')].find((c) => TYPOGRAPHIC_QUOTES.includes(c));
    if (tag && attribute?.name) {
      const text = attribute.value!.text.replace(new RegExp(`[${TYPOGRAPHIC_QUOTES}"']`, 'g'), '').trim();
      if (quote) return curly(quote, written(attribute.name, text), line);
      if (/empty expression/.test(reason))
        return at(
          `${attribute.name}={} på <${tag.name}> har ingen verdi`,
          `${attribute.name}="…" med tekst i anførselstegn`,
        );
      if (!attribute.value!.closed) {
        const first = text
          .split('\n')[0]!
          .replace(/\s*\/?>\s*$/, '')
          .trim();
        return at(
          `krøllparentesen { etter ${attribute.name}= på <${tag.name}> lukkes aldri`,
          `${written(attribute.name, first || '…')} med tekst i anførselstegn`,
          lineAt(body, attribute.value!.start),
        );
      }
      return at(
        `${attribute.name} på <${tag.name}> står i krøllparenteser { }, som MDX leser som kode`,
        `${written(attribute.name, text || '…')} med tekst i anførselstegn`,
      );
    }
    if (tag && attribute)
      return at(`<${tag.name}> har tekst i krøllparenteser { } blant egenskapene`, 'egenskaper på formen navn="tekst"');
    if (quote)
      return at(
        `teksten i krøllparenteser { } står i typografiske anførselstegn (${quote}), som MDX ikke leser`,
        'skriv teksten uten krøllparenteser, eller \\{ og \\} for å vise krøllparentesene',
      );
    if (/expected a corresponding closing brace for `\{`/.test(reason))
      return at('en krøllparentes { lukkes aldri', 'skriv \\{ for å vise en krøllparentes i teksten');
    return at('teksten i krøllparenteser { } er ikke gyldig', 'skriv \\{ og \\} for å vise krøllparenteser i teksten');
  }

  if (/^Unexpected lazy line/.test(reason)) {
    const tag = tagAround(body, offset);
    return at(
      `${tag ? `taggen ${named(tag)}` : 'krøllparentesen {'} fortsetter på en linje uten > foran (i et sitat) eller uten innrykk (i en liste)`,
      'hele taggen på én linje, eller hver linje i sitatet med > foran',
    );
  }

  // A character the tag grammar does not allow (micromark-extension-mdx-jsx's `crash`).
  const crash = /^Unexpected (?:end of file|character `(.+?)` \(U\+[0-9A-F]+\)) (.+?), expected/.exec(reason);
  if (crash) {
    const [, char, place] = crash as unknown as [string, string | undefined, string];
    if (place === 'before name') return at('et < som ikke starter et HTML-element', 'skriv &lt; for å vise tegnet <');
    const tag = tagAround(body, offset);
    if (tag) return explainTag(body, tag, offset, line, char, place, fileLine) ?? fallback(reason, line, tag);
  }
  return fallback(reason, line, tagAround(body, offset));
}

/** A line of text that starts with the word import or export, which MDX reads as code. */
export function esmProse(text: string): { problem: string; expected: string } {
  const word = /^\s*(\w+)/.exec(text)?.[1] ?? 'import';
  return {
    problem: `linjen begynner med «${word}», som MDX leser som kode (import/export)`,
    expected: `skriv ${word[0]!.toUpperCase()}${word.slice(1)} med stor forbokstav, eller begynn linjen med et annet ord`,
  };
}

function fallback(reason: string, line: number, tag?: WrittenTag): Said {
  if (tag?.name) return { line, problem: `taggen ${named(tag)} er skrevet feil (MDX: ${reason})`, expected: TAG_FIX };
  return { line, problem: `teksten kan ikke leses som MDX (MDX: ${reason})`, expected: GENERAL_FIX };
}

function curly(quote: string, right: string, line: number): Said {
  return {
    line,
    problem: `verdien står i typografiske anførselstegn (${quote}), som MDX ikke leser`,
    expected: `vanlige anførselstegn rundt verdien: ${right}`,
  };
}

/** Whether a word read as an attribute is one: a prop of the component, or `navn=` on an HTML element. */
function isAttribute(tag: WrittenTag, attribute: WrittenAttribute): boolean {
  const spec = componentSpec(tag.name);
  if (spec) return spec.props.some((p) => p.name === attribute.name.replace(/:$/, ''));
  return attribute.equals && /^[A-Za-z_][\w:.-]*$/.test(attribute.name);
}

/**
 * A quote inside a value (`kilde="Han sa "ja""`, `tittel='Ola's råd'`): the value ends at it, and
 * what follows is read as attributes. The value meant runs to the last such quote on the line
 * before the tag's `>`; written in the other quote mark (or with «» inside), it is read whole.
 */
function endedEarly(
  body: string,
  tagName: string,
  attributes: readonly WrittenAttribute[],
): { at: number; problem: string; expected: string } | undefined {
  for (const attribute of attributes) {
    const value = attribute.value;
    if (!value || !attribute.name || (value.quote !== '"' && value.quote !== "'") || !value.closed) continue;
    const after = body[value.end + 1];
    // Text follows the quote that ended it (`"Han sa "ja"`); `="x"` after a value is another mistake.
    if (after === undefined || !/[\p{L}\p{N}]/u.test(after)) continue;
    const lineEnd = body.indexOf('\n', value.start);
    const rest = body.slice(value.start, lineEnd < 0 ? undefined : lineEnd);
    const close = rest.lastIndexOf(value.quote, rest.lastIndexOf('>') < 0 ? undefined : rest.lastIndexOf('>'));
    if (close <= value.end - value.start) continue;
    const meant = rest.slice(0, close);
    const name = attribute.name.replace(/:$/, '');
    const other = value.quote === '"' ? "'" : '"';
    const guillemets = value.quote === '"' ? meant.replace(/"([^"]*)"/g, '«$1»') : meant.replace(/'/g, '’');
    const fixes = [
      ...(meant.includes(other) ? [] : [`${name}=${other}${meant}${other}`]),
      `${name}=${value.quote}${guillemets}${value.quote}`,
    ];
    return {
      at: value.start,
      problem: `verdien til ${name} på <${tagName}> har ${value.quote === '"' ? 'et anførselstegn "' : "en apostrof '"} inne i teksten, og det avslutter verdien for tidlig: resten leses som noe annet i taggen`,
      expected: fixes.join(', eller '),
    };
  }
  return undefined;
}

/** A broken opening tag: an open quote, a missing `>`, a missing `=`, a value without quotes… */
function explainTag(
  body: string,
  tag: WrittenTag,
  offset: number,
  line: number,
  char: string | undefined,
  place: string,
  fileLine: (line: number) => number,
): Said | undefined {
  const said = (problem: string, expected: string, where = line) => ({ line: where, problem, expected });
  const before = tag.attributes.filter((a) => a.start <= offset);
  const early = endedEarly(body, tag.name, before);
  if (early) return said(early.problem, early.expected, lineAt(body, early.at));
  // A quote left open: the value runs on over the lines below until the next quote, or the end.
  const open = before.find(
    (a) => a.value && a.value.quote !== '{' && a.value.quote !== '' && (!a.value.closed || a.value.text.includes('\n')),
  );
  if (open) {
    const value = open.value!;
    const firstLine = value.text.split('\n')[0]!;
    const text = firstLine
      .replace(/\s*\/?>\s*$/, '')
      .replace(new RegExp(`[${TYPOGRAPHIC_QUOTES}]+$`), '')
      .trim();
    const where = lineAt(body, value.start);
    const mark = [...firstLine].find((c) => TYPOGRAPHIC_QUOTES.includes(c));
    if (mark && value.quote !== mark)
      return said(
        `verdien til ${open.name} på <${tag.name}> begynner med ${value.quote} og slutter med ${mark} (et typografisk anførselstegn), som MDX ikke leser`,
        `vanlige anførselstegn i begge ender: ${written(open.name, text)}`,
        where,
      );
    return said(
      `anførselstegnet ${value.quote} etter ${open.name}= på <${tag.name}> lukkes aldri, så teksten under leses som en del av taggen`,
      `${value.quote} på slutten av verdien, på samme linje: ${written(open.name, text)}`,
      where,
    );
  }
  // A missing `>`: the text after the tag is read as its attributes, until a character no attribute has.
  let lastGood = tag.start + 1 + tag.name.length;
  let missing = false;
  for (const attribute of before) {
    const gap = body.slice(lastGood, attribute.start);
    if (gap.includes('\n') && (/\n\s*\n/.test(gap) || !isAttribute(tag, attribute))) {
      missing = true;
      break;
    }
    lastGood = attribute.value
      ? attribute.value.end + (attribute.value.quote ? 1 : 0)
      : attribute.start + attribute.name.length;
  }
  if (missing || char === undefined || body.slice(lastGood, offset).includes('\n')) {
    const spec = componentSpec(tag.name);
    const close = spec && !spec.content ? '/>' : '>';
    const where = lineAt(body, lastGood);
    return said(
      `taggen <${tag.name}> på linje ${fileLine(where)} avsluttes aldri med ${close}, så teksten etter den leses som en del av taggen`,
      `${close} på slutten av taggen: ${rewriteTag(body, tag, { until: lastGood, close })}`,
      where,
    );
  }
  const last = before.at(-1);
  const quote = char !== undefined && (char === '"' || char === "'" || TYPOGRAPHIC_QUOTES.includes(char));
  if (last && quote && /attribute name/.test(place)) {
    const text = last.value?.text ?? '…';
    if (last.name.endsWith(':'))
      return said(`${last.name} på <${tag.name}> har kolon der det skal stå =`, written(last.name, text));
    return said(`det mangler = mellom ${last.name} og verdien på <${tag.name}>`, written(last.name, text));
  }
  if (last && place === 'before attribute value') {
    const rest = body.slice(offset, tag.end === undefined ? undefined : tag.end - 1).replace(/\s*\/$/, '');
    if (char && TYPOGRAPHIC_QUOTES.includes(char))
      return curly(char, written(last.name, last.value?.text ?? '…'), line);
    if (char === '<')
      return said(
        `verdien til ${last.name} på <${tag.name}> er et element, ikke tekst`,
        `${written(last.name, '…')} med tekst i anførselstegn`,
      );
    // Without quotes, MDX reads no value at all: the words up to the tag's end, unless another prop follows.
    const guess = !rest.includes('=') && !rest.includes('\n') ? rest.trim() : (last.value?.text ?? '…');
    return {
      ...said(`verdien til ${last.name} på <${tag.name}> står uten anførselstegn`, written(last.name, guess)),
      unquoted: { tag: tag.name, name: last.name, value: guess },
    };
  }
  if (place === 'after self-closing slash')
    return said(
      `/ står inne i taggen <${tag.name}>; skråstreken hører hjemme rett før > til slutt`,
      `<${tag.name} … />`,
    );
  if (/name/.test(place) && !/attribute/.test(place))
    return said(
      `«<${tag.name}» er ikke navnet på en komponent eller et HTML-element`,
      'bare bokstaver i navnet, f.eks. <Faktaboks …>, eller &lt; for å vise tegnet <',
    );
  if (char !== undefined) {
    const prior = tag.attributes.filter((a) => a.start < offset).at(-1);
    const after = prior ? body.slice(prior.start, offset).trim() : '';
    return said(
      `tegnet ${char}${after && !after.includes('\n') ? ` etter ${after}` : ''} hører ikke hjemme i taggen <${tag.name}>`,
      TAG_FIX,
    );
  }
  return undefined;
}
