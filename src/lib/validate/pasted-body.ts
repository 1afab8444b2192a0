import { codePointLabel } from '../text/characters.ts';
import { rawElements } from './raw-html.ts';
import { lineAt } from './written-tag.ts';
import { wordConditional, wordHtml } from './word-html.ts';

/**
 * Markdown that a word processor's paste has broken without a parse error: the page is published,
 * but a list, a table, a heading or an emphasis has become plain text. Read from the tree the site
 * renders (paragraphs only, so code blocks and inline code are never looked at); each finding
 * says, at its line, the Markdown to write.
 */

interface Node {
  type: string;
  value?: string;
  name?: string | null;
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
  children?: Node[];
}

export interface Finding {
  /** 1-based line in the body. */
  line: number;
  problem: string;
  expected: string;
}

/** Bullets no one writes at a line's start but a word processor: always a list item lost. */
const CERTAIN_BULLETS = '•\uF0B7\uF0A7◦▪';
/**
 * Marks that start a line of dialogue or a word too (– Ja, sa hun): a list only when two lines or
 * more start so. `§`, `Ø` and `ü` are Word's Wingdings bullets (square, arrow, tick) pasted as plain
 * text; `§` followed by a number is a section of a law (§ 3), never a bullet. `➢ ► ■ □ ○ ✓ ✔ ❖` are
 * Word's other bullet choices, pasted as the characters.
 */
const LIKELY_BULLETS = '–—·o§Øü➢►■□○✓✔❖';
const BULLET = new RegExp(
  `^([${CERTAIN_BULLETS}])[ \\t\\u00A0]*(\\S.*)$|^(?!§[ \\t\\u00A0]*\\d)([${LIKELY_BULLETS}])[ \\t\\u00A0]+(\\S.*)$`,
);
const BULLET_NAMES: Record<string, string> = {
  '•': 'punkttegn',
  '\uF0B7': 'punkttegn fra Words symbolskrift',
  '\uF0A7': 'punkttegn fra Words symbolskrift',
  '–': 'tankestrek',
  '—': 'lang tankestrek',
  o: 'bokstaven o, Words tegn for et underpunkt',
  '§': 'Words firkantede punkttegn, limt inn som ren tekst',
  Ø: 'Words pilformede punkttegn, limt inn som ren tekst',
  ü: 'Words hakeformede punkttegn, limt inn som ren tekst',
};
/** What stands in the line for something that is not text (inline code, HTML, an image). */
const OBJECT = '\uFFFC';

/** A paragraph's lines as the reader sees their text, each with its body line. */
function linesOf(paragraph: Node): { text: string; line: number }[] {
  const first = paragraph.position?.start.line ?? 1;
  let text = '';
  const walk = (node: Node) => {
    if (node.type === 'text') text += node.value ?? '';
    else if (node.type === 'break') text += '\n';
    else if (node.children && !['link', 'linkReference'].includes(node.type)) node.children.forEach(walk);
    else text += OBJECT;
  };
  (paragraph.children ?? []).forEach(walk);
  return text.split('\n').map((t, i) => ({ text: t, line: first + i }));
}

/** The source of a line as written, its container's `>` and indent left out (for `\#`, `\*`). */
function sourceLine(body: string, line: number): string {
  return (body.split('\n')[line - 1] ?? '').replace(/^[ \t>]*/, '');
}

const span = (from: number, to: number) => (from === to ? `linje ${from}` : `linjene ${from}–${to}`);

function bullets(lines: { text: string; line: number }[], fileLine: (l: number) => number): Finding | undefined {
  const found = lines
    .map((l) => ({ ...l, m: BULLET.exec(l.text.trim()) }))
    .filter((l) => l.m !== null)
    .map((l) => ({ line: l.line, mark: (l.m![1] ?? l.m![3])!, rest: (l.m![2] ?? l.m![4])! }));
  if (found.length === 0) return undefined;
  if (found.length < 2 && !CERTAIN_BULLETS.includes(found[0]!.mark)) return undefined;
  const [head] = found;
  const mark = head!.mark;
  const sub = found.some((f) => f.mark === 'o') && found.some((f) => f.mark !== 'o');
  return {
    line: head!.line,
    problem: `${span(fileLine(head!.line), fileLine(found.at(-1)!.line))} begynner med «${mark}» (${codePointLabel(mark.codePointAt(0)!)}, ${BULLET_NAMES[mark] ?? 'listetegn fra et tekstbehandlingsprogram'}), som Markdown ikke leser som en liste: punktene vises som ett avsnitt`,
    expected: `bindestrek og mellomrom foran hvert punkt i stedet for «${mark}»: - ${head!.rest}${sub ? '; et underpunkt (o) rykkes inn med to mellomrom: «  - …»' : ''}`,
  };
}

const cell = (text: string) => text.trim().replace(/\|/g, '\\|');
const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

function tabs(lines: { text: string; line: number }[], fileLine: (l: number) => number): Finding | undefined {
  const tabbed = lines.filter((l) => /\S\t+\S/.test(l.text));
  if (tabbed.length < 2) return undefined;
  const cells = tabbed.map((l) => l.text.trim().split(/\t+/).map(cell));
  const width = Math.max(...cells.map((c) => c.length));
  return {
    line: tabbed[0]!.line,
    problem: `${span(fileLine(tabbed[0]!.line), fileLine(tabbed.at(-1)!.line))} er delt i kolonner med tabulator (en tabell limt inn fra et tekstbehandlingsprogram), som Markdown ikke leser som en tabell: ordene vises etter hverandre i ett avsnitt`,
    expected: `en tabell med | mellom kolonnene og en skillelinje under første rad: ${row(cells[0]!)}, så ${row(Array(width).fill('---'))}, så ${row(cells[1]!)} og likedan for hver rad`,
  };
}

/** The cells of a table row written with pipes (an escaped `\|` is text). */
const pipeCells = (source: string) =>
  source
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
const DELIMITER = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$/;

function pipes(lines: { text: string; line: number }[], body: string, fileLine: (l: number) => number) {
  const rows = lines.filter((l) => l.text.trim().startsWith('|') && l.text.trim().length > 1);
  if (rows.length < 2) return undefined;
  const header = pipeCells(sourceLine(body, rows[0]!.line));
  const delimiter = rows.find((r) => DELIMITER.test(r.text.trim()));
  const right = row(header.map(() => '---'));
  if (delimiter)
    return {
      line: delimiter.line,
      problem: `skillelinjen i tabellen har ${pipeCells(delimiter.text).length} kolonner, men første rad har ${header.length}, så tabellen vises som tekst`,
      expected: `en skillelinje med like mange kolonner som første rad: ${right}`,
    };
  return {
    line: rows[0]!.line,
    problem: `tabellen på ${span(fileLine(rows[0]!.line), fileLine(rows.at(-1)!.line))} mangler skillelinjen under første rad, så den vises som tekst`,
    expected: `en linje rett under første rad: ${right}`,
  };
}

function heading(lines: { text: string; line: number }[], body: string): Finding[] {
  const out: Finding[] = [];
  for (const l of lines) {
    // `#hashtag` in running text stays; a line of its own that starts with # meant a heading.
    const m = /^(#{1,6})([^#\s\\].*)$/.exec(l.text.trim());
    if (!m || sourceLine(body, l.line).startsWith('\\')) continue;
    const [, hashes, rest] = m as unknown as [string, string, string];
    if (hashes.length === 1 && (lines.length > 1 || !/^\p{Lu}/u.test(rest))) continue;
    const level = hashes.length === 1 ? '##' : hashes;
    out.push({
      line: l.line,
      problem: `«${hashes}${rest}» vises som vanlig tekst: en overskrift trenger mellomrom etter ${hashes}`,
      expected: `${level} ${rest}${hashes.length === 1 ? ' (nivå 1 er tittelen, så hovedavsnittene har ##)' : ''}`,
    });
  }
  return out;
}

/**
 * Emphasis marks (CommonMark §6.2): `*` and `_`, which a space inside leaves as text; doubled, also
 * GFM's strikethrough `~~`, under the same rule.
 */
const EMPHASIS_MARKS = ['*', '_'] as const;
const DOUBLE_MARKS = ['*', '_', '~'] as const;
const MARK_NAMES: Record<(typeof DOUBLE_MARKS)[number], string> = {
  '*': 'stjernene',
  _: 'understrekene',
  '~': 'tildene',
};
const DOUBLE_EFFECT = { '*': 'utheves', _: 'utheves', '~': 'strekes over' } as const;
const escapeMark = (mark: string) => (mark === '*' ? '\\*' : mark);
/** `** viktig**`, `__fet __`, `~~ borte~~`: a doubled mark with what stands inside it. */
const DOUBLE_RES = DOUBLE_MARKS.map((mark) => {
  const m2 = escapeMark(mark);
  return [
    mark,
    new RegExp(`(?<![\\\\${m2}])${m2}${m2}([ \\t]*)([^${m2}\\n]*?)([ \\t]*)(?<!\\\\)${m2}${m2}(?!${m2})`, 'g'),
  ] as const;
});
/**
 * `* kursiv*`, `_kursiv _`: a space on one side only; with spaces on both (`2 * 3 * 4`) it is
 * arithmetic, not emphasis.
 */
const SINGLE_RES = EMPHASIS_MARKS.map((mark) => {
  const m1 = escapeMark(mark);
  const word = `[^${m1}\\s\\\\](?:[^${m1}\\n]*[^${m1}\\s\\\\])?`;
  return [
    mark,
    new RegExp(
      `(?<![\\\\${m1}\\p{L}\\p{N}])${m1}(?:[ \\t]+(${word})|(${word})[ \\t]+)${m1}(?![${m1}\\p{L}\\p{N}])`,
      'gu',
    ),
  ] as const;
});

/**
 * Numbered points that stay in the paragraph above (CommonMark §5.2: a list right under a line of
 * text must start with 1, and a number needs a space after its `.` or `)`): published as one paragraph.
 */
const NUMBERED = /^(\d{1,2})([.)])([ \t\u00A0]*)(\S.*)$/u;

function numbered(lines: { text: string; line: number }[], fileLine: (l: number) => number): Finding[] {
  const found = lines
    .map((l, i) => ({ ...l, i, m: NUMBERED.exec(l.text.trim()) }))
    .filter((l) => l.m !== null)
    .map((l) => ({ line: l.line, i: l.i, n: l.m![1]!, mark: l.m![2]!, space: l.m![3]!, rest: l.m![4]! }));
  const out: Finding[] = [];
  // `1)første`: no space after the mark, on any line (`1.5 millioner` and `3.mai` are no points).
  for (const f of found.filter((f) => !f.space && /^\p{Lu}/u.test(f.rest)))
    out.push({
      line: f.line,
      problem: `«${f.n}${f.mark}${f.rest}» vises som vanlig tekst: et nummerert punkt trenger mellomrom etter ${f.n}${f.mark}`,
      expected: `${f.n}${f.mark} ${f.rest}${f.i > 0 ? `, med en tom linje over første punkt` : ''}`,
    });
  // `2) neste punkt` under a line of text: `)` is a point; `.` when two lines are, or after a colon.
  const under = found.filter((f) => f.i > 0 && f.space);
  const points =
    under.some((f) => f.mark === ')') || under.length > 1 || /:\s*$/.test(lines[(under[0]?.i ?? 1) - 1]!.text)
      ? under
      : [];
  // `a) første`, `b) andre`: Markdown has no lettered lists; two lines or more are one.
  const lettered = lines
    .map((l, i) => ({ ...l, i, m: /^([a-zæøå])\)[ \t\u00A0]+(\S.*)$/u.exec(l.text.trim()) }))
    .filter((l) => l.m !== null);
  if (lettered.length > 1) {
    const [head] = lettered;
    out.push({
      line: head!.line,
      problem: `${span(fileLine(head!.line), fileLine(lettered.at(-1)!.line))} begynner med ${lettered.map((l) => `${l.m![1]})`).join(', ')}, men Markdown har ingen lister med bokstaver: punktene vises som ett avsnitt`,
      expected: `tall eller bindestrek foran hvert punkt, med en tom linje over første: 1. ${head!.m![2]} (eller - ${head!.m![2]})`,
    });
  }
  if (points.length) {
    const [head] = points;
    out.push({
      line: head!.line,
      problem: `${span(fileLine(head!.line), fileLine(points.at(-1)!.line))} begynner med et nummer, men står rett under en linje med tekst, så de vises som vanlig tekst i avsnittet, ikke som en nummerert liste`,
      expected: `en tom linje over «${head!.n}${head!.mark} ${head!.rest}»`,
    });
  }
  return out;
}

/** Stars and underscores the parser left as text: `** viktig**`, `**` that nothing closes, `*punkt` at a line's start, `__ fet__`, `_ kursiv_`. */
function stars(node: Node, body: string): Finding[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return [];
  const raw = body.slice(start, end);
  if (!/[*_~]/.test(raw)) return [];
  const out: (Finding & { at: number })[] = [];
  const lineOf = (i: number) => (node.position!.start.line ?? 1) + raw.slice(0, i).split('\n').length - 1;
  // Each stretch of the text is said once (`** viktig**` is no unclosed ** as well); others on its line are said too.
  const taken: [number, number][] = [];
  const take = (i: number, length: number) => {
    if (taken.some(([from, to]) => i < to && from < i + length)) return false;
    taken.push([i, i + length]);
    return true;
  };
  const add = (i: number, length: number, problem: string, expected: string) => {
    if (take(i, length)) out.push({ line: lineOf(i), problem, expected, at: i });
  };
  for (const [mark, double] of DOUBLE_RES) {
    for (const m of raw.matchAll(double)) {
      const [all, before, inner, after] = m as unknown as [string, string, string, string];
      if (inner.trim() === '') continue;
      // `ord**«sitat»**`: closed, but beside punctuation; another fault than a space, left to the reader.
      if (!before && !after) {
        take(m.index, all.length);
        continue;
      }
      add(
        m.index,
        all.length,
        `${MARK_NAMES[mark]} i «${all}» blir stående på siden: ${before && after ? 'mellomrommene innenfor' : before ? 'mellomrommet etter' : 'mellomrommet før'} ${mark}${mark} gjør at teksten ikke ${DOUBLE_EFFECT[mark]}`,
        `${mark}${mark}${inner.trim()}${mark}${mark}, med ${MARK_NAMES[mark]} inntil ordene`,
      );
    }
  }
  for (const m of raw.matchAll(/(?<![\\*])\*\*(?!\*)/g)) {
    add(
      m.index,
      2,
      '«**» blir stående på siden: ingen ** lukker uthevingen',
      '**det som skal utheves** med ** i begge ender, eller \\*\\* for å vise stjernene',
    );
  }
  // The node may start inside a line (after inline code): its first character starts a line only after nothing.
  const lineStart = /^[ \t>]*$/.test(body.slice(body.lastIndexOf('\n', start - 1) + 1, start));
  for (const m of raw.matchAll(/(?<=^|\n)[ \t]*\*(?![*\s])(\S+)/g)) {
    if (m.index === 0 && !lineStart) continue;
    if (raw.slice(m.index).split('\n')[0]!.slice(m[0].length).includes('*')) continue;
    add(
      m.index,
      m[0].length,
      `«*${m[1]}» blir stående med stjernen på siden: et listepunkt trenger mellomrom etter tegnet`,
      `- ${m[1]} for et listepunkt (bindestrek og mellomrom), eller *${m[1]}* for kursiv`,
    );
  }
  for (const [mark, single] of SINGLE_RES) {
    for (const m of raw.matchAll(single)) {
      const inner = (m[1] ?? m[2])!;
      add(
        m.index,
        m[0].length,
        `${MARK_NAMES[mark]} i «${m[0]}» blir stående på siden: ${m[1] ? 'mellomrommet etter' : 'mellomrommet før'} ${mark} gjør at teksten ikke blir kursiv`,
        `${mark}${inner}${mark}, med ${MARK_NAMES[mark]} inntil ordene`,
      );
    }
  }
  // In the order they stand in the text.
  return out.sort((a, b) => a.at - b.at).map(({ at: _, ...finding }) => finding);
}

/** Word's own tags (`<o:p>`) in a Markdown body are no HTML to it: they are published as text. */
function wordTagsInText(node: Node): Finding[] {
  const value = node.value ?? '';
  if (!value.includes('<')) return [];
  const line = node.position?.start.line ?? 1;
  const conditional = wordConditional(value);
  const at = conditional ? line + value.slice(0, value.search(/<!(?:--)?\[/)).split('\n').length - 1 : line;
  return [
    ...(conditional ? [{ line: at, ...conditional }] : []),
    ...rawElements(value).flatMap((element) => {
      const said = wordHtml(element.tagName, element.attributes);
      return said ? [{ line: line + element.line - 1, ...said }] : [];
    }),
  ];
}

/** A no-break space as written in a source: the character, or its HTML entity. */
const NBSP = '(?:\u00A0|&nbsp;|&#160;|&#x[aA]0;)';
const NBSP_RUN = new RegExp(`(?:[ \\t]*${NBSP}){2,}[ \\t]*`, 'g');
const GAP = new RegExp(`\\s|${NBSP}`);

/**
 * Two or more no-break spaces in a row: Word's and Outlook's way to indent or space out text,
 * published as a wide gap that does not wrap. One (`10&nbsp;000`) keeps two words together and stays.
 */
function spacedOut(node: Node, body: string): Finding[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return [];
  const raw = body.slice(start, end);
  if (!raw.includes('\u00A0') && !raw.includes('&')) return [];
  return [...raw.matchAll(NBSP_RUN)].map((m) => {
    const run = m[0];
    const before = raw.slice(0, m.index).split(GAP).at(-1)!;
    const after = raw.slice(m.index + run.length).split(GAP)[0]!;
    const written = run.match(new RegExp(NBSP, 'g'))!;
    const count = written.length;
    return {
      line: lineAt(body, start + m.index),
      problem: `${count} harde mellomrom (${written[0] === '\u00A0' ? 'U+00A0' : written[0]}) etter hverandre fra Word, som gir et langt mellomrom på siden`,
      expected:
        before && after
          ? `ett vanlig mellomrom: ${before} ${after}`
          : `fjern de harde mellomrommene${after ? ` foran ${after}` : before ? ` etter ${before}` : ''}`,
    };
  });
}

/** Word's tags left as text anywhere in a tree (code excepted). */
export function pastedWordTags(tree: Node): Finding[] {
  const out: Finding[] = [];
  const visit = (node: Node) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return;
    if (node.type === 'text') out.push(...wordTagsInText(node));
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return out;
}

/**
 * Every finding in a body's tree (`tree` is the one the site renders, `body` its source), in tree
 * order; `fileLine` turns a body line into a file line for the messages that name a range.
 */
export function pastedBodyProblems(tree: Node, body: string, fileLine: (line: number) => number): Finding[] {
  const out: Finding[] = [];
  const visit = (node: Node) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return;
    if (node.type === 'paragraph') {
      const lines = linesOf(node);
      const list = bullets(lines, fileLine);
      const table = list ? undefined : (pipes(lines, body, fileLine) ?? tabs(lines, fileLine));
      out.push(
        ...[list, table].filter((f) => f !== undefined),
        ...(list ? [] : numbered(lines, fileLine)),
        ...heading(lines, body),
      );
    }
    if (node.type === 'text') out.push(...stars(node, body), ...wordTagsInText(node), ...spacedOut(node, body));
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return out;
}
