import { lineAt } from './written-tag.ts';
import type { Finding } from './pasted-body.ts';
import { INLINE_CONTAINERS, NOT_TEXT, inlineSource, isAutolink } from './inline-source.ts';

/**
 * Footnotes and reference links whose two halves do not meet. A reference with no definition
 * (`[^2]`, `[rapporten][1]`, `[rapporten][]` without `[1]: …`) is no reference to the parser
 * (CommonMark §6.3 «full/collapsed reference link», GFM footnotes): it is published as its own
 * text, brackets and all. A definition nobody uses is dropped from the page (a footnote's text
 * with it). A definition written right under a paragraph line cannot interrupt the paragraph
 * (CommonMark §4.7) and is published as text. Read from the tree the site renders.
 */

interface Node {
  type: string;
  identifier?: string;
  label?: string;
  url?: string;
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
  children?: Node[];
}

/** A label as CommonMark matches it (§4.7: case-folded, inner whitespace collapsed). */
const normalise = (label: string) => label.replace(/\s+/g, ' ').trim().toLowerCase();

/** `[^3]`, or `[^3] eller [^4]`. */
const listOf = (labels: string[], footnote: boolean) =>
  labels.map((l) => (footnote ? `[^${l}]` : `[${l}]`)).join(' eller ');

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const digits = (marks: string) => [...marks].map((c) => SUPERSCRIPT.indexOf(c)).join('');

/**
 * Word's footnotes pasted as text: a raised number in the text (`¹`) and a paragraph that starts
 * with it (`¹ Kilde: …`). Published as a raised digit with no link to its note. Said only where both
 * halves stand, so that m² and km³ stay.
 */
function wordFootnotes(containers: Node[], body: string, fileLine: (line: number) => number): Finding[] {
  const notes = new Map<string, { line: number; text: string }>();
  for (const c of containers) {
    const first = body[c.position?.start.offset ?? -1] ?? '';
    const raw = c.type === 'paragraph' && SUPERSCRIPT.includes(first) ? inlineSource(c, body) : undefined;
    const m = raw ? new RegExp(`^([${SUPERSCRIPT}]+)[ \\t]*(\\S[^\\n]*)`).exec(raw) : null;
    if (m) notes.set(digits(m[1]!), { line: c.position!.start.line, text: m[2]!.trim() });
  }
  if (notes.size === 0) return [];
  const out: Finding[] = [];
  const said = new Set<string>();
  for (const c of containers) {
    const raw = inlineSource(c, body);
    const start = c.position?.start.offset;
    if (raw === undefined || start === undefined) continue;
    for (const m of raw.matchAll(new RegExp(`(?<=[\\p{L}\\p{N}.,;:!?»")])([${SUPERSCRIPT}]+)`, 'gu'))) {
      const n = digits(m[1]!);
      const note = notes.get(n);
      if (!note || said.has(n)) continue;
      said.add(n);
      out.push({
        line: lineAt(body, start + m.index),
        problem: `«${m[1]}» er en fotnote fra Word, som vises som et hevet tall uten lenke til fotnoteteksten på linje ${fileLine(note.line)}`,
        expected: `[^${n}] der fotnotetallet står, og fotnoteteksten som [^${n}]: ${note.text.length > 40 ? `${note.text.slice(0, 37)}…` : note.text}`,
      });
    }
  }
  return out;
}

/**
 * `tree` is the tree the site renders, `body` its source; lines are body lines, `fileLine` turns one
 * into a file line for a message that names another line.
 */
export function referenceProblems(tree: Node, body: string, fileLine: (line: number) => number): Finding[] {
  const used = { link: new Set<string>(), footnote: new Set<string>() };
  const defined = { link: new Map<string, Node>(), footnote: new Map<string, Node>() };
  const containers: Node[] = [];
  const collect = (node: Node) => {
    const id = node.identifier;
    if (id !== undefined) {
      if (node.type === 'linkReference' || node.type === 'imageReference') used.link.add(id);
      if (node.type === 'footnoteReference') used.footnote.add(id);
      if (node.type === 'definition' && !defined.link.has(id)) defined.link.set(id, node);
      if (node.type === 'footnoteDefinition' && !defined.footnote.has(id)) defined.footnote.set(id, node);
    }
    if (INLINE_CONTAINERS.has(node.type)) containers.push(node);
    if (node.type === 'code' || node.type === 'html') return;
    for (const child of node.children ?? []) collect(child);
  };
  collect(tree);
  const unused = {
    link: [...defined.link.values()].filter((d) => !used.link.has(d.identifier!)),
    footnote: [...defined.footnote.values()].filter((d) => !used.footnote.has(d.identifier!)),
  };
  const unusedLabels = (kind: 'link' | 'footnote') => unused[kind].map((d) => d.label ?? d.identifier!);
  const out: Finding[] = [];
  const named = new Set<string>();
  for (const container of containers) {
    const start = container.position?.start.offset;
    const end = container.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    // Nothing to read without a bracket (most paragraphs).
    if (!body.slice(start, end).includes('[')) continue;
    const raw = inlineSource(container, body)!;
    const line = (i: number) => lineAt(body, start + i);
    // `[1]: https://…` on a line of its own inside the paragraph: a definition that came too late
    // (its address may be an autolink, masked above: the line is given back as written).
    const source = body.slice(start, end);
    for (const m of raw.matchAll(/(?<=^|\n)[ \t]*(\[\^?[^\]\n]+\]:)/g)) {
      const written = source.slice(m.index).split('\n')[0]!.trim();
      if (written === m[1]) continue;
      out.push({
        line: line(m.index),
        problem: `«${written}» står rett under en linje med tekst, så den vises som tekst på siden og blir ingen ${written.startsWith('[^') ? 'fotnote' : 'lenkeadresse'}`,
        expected: `en tom linje over ${written}`,
      });
      named.add(normalise(/^\[\^?([^\]]+)\]/.exec(written)![1]!));
    }
    // `[tekst] (https://…)`: a space between ] and ( leaves the brackets and the address as text
    // (CommonMark §6.3: the destination follows ] at once). An autolinked address is read as written.
    const withLinks = /\][ \t]+\(/.test(source)
      ? inlineSource(container, body, (n) => NOT_TEXT.has(n.type) && !isAutolink(n, body))!
      : '';
    for (const m of withLinks.matchAll(/(?<!\\)(!?)\[((?:[^[\]\\\n]|\\.)+)\][ \t]+\(([^()\s]+)\)/g)) {
      const [written, bang, text, address] = m as unknown as [string, string, string, string];
      // `[sic] (sitat)` is prose: only what is written as an address is one.
      if (!/^(?:https?:\/\/|www\.|mailto:|\.{0,2}\/|#)|\.[a-z0-9]{2,4}$/i.test(address)) continue;
      const what = bang ? 'bildet' : 'lenken';
      out.push({
        line: line(m.index),
        problem: `${what} «${written}» har mellomrom mellom ] og (, så den vises som tekst med klammene`,
        expected: `${bang}[${text}](${address}), uten mellomrom`,
      });
      named.add(normalise(text));
    }
    for (const m of raw.matchAll(/(?<!\\)\[\^([^\]\s]+)\](?!:)/g)) {
      if (defined.footnote.has(normalise(m[1]!))) continue;
      const spare = unusedLabels('footnote');
      out.push({
        line: line(m.index),
        problem: `fotnoten [^${m[1]}] har ingen fotnotetekst, så «[^${m[1]}]» vises med klammene på siden`,
        expected: `fotnoteteksten på en egen linje nederst, med en tom linje over: [^${m[1]}]: Kilden.${spare.length ? `; er det fotnoten ${listOf(spare, true)} du mente, skriv ${listOf(spare.slice(0, 1), true)} her` : ''}`,
      });
    }
    for (const m of raw.matchAll(/(?<![\\\]])\[((?:[^[\]\\\n]|\\.)+)\]\[((?:[^[\]\\\n]|\\.)*)\](?![(:])/g)) {
      const [written, text, label] = m as unknown as [string, string, string];
      const id = normalise(label || text);
      if (defined.link.has(id) || named.has(id)) continue;
      const spare = unusedLabels('link');
      out.push({
        line: line(m.index),
        problem: `lenken «${written}» har ingen adresse (ingen linje [${label || text}]: … i teksten), så den vises med klammene på siden`,
        expected: `adressen rett i lenken: [${text}](https://…), eller en egen linje nederst, med en tom linje over: [${label || text}]: https://…${spare.length ? `; er det adressen ${listOf(spare, false)} du mente, skriv [${text}]${listOf(spare.slice(0, 1), false)}` : ''}`,
      });
    }
  }
  out.push(...wordFootnotes(containers, body, fileLine));
  for (const d of unused.footnote) {
    const label = d.label ?? d.identifier!;
    out.push({
      line: d.position?.start.line ?? 1,
      problem: `fotnoten [^${label}] brukes ikke i teksten, så fotnoteteksten vises ikke på siden`,
      expected: `[^${label}] i teksten der fotnoten hører til, eller slett fotnoten`,
    });
  }
  for (const d of unused.link) {
    const label = d.label ?? d.identifier!;
    out.push({
      line: d.position?.start.line ?? 1,
      problem: `adressen [${label}]: ${d.url ?? ''} brukes ikke av noen lenke, så ingen lenke går dit`,
      expected: `lenken skrevet som [lenketekst][${label}] der den skal stå, eller slett linjen`,
    });
  }
  return out.sort((a, b) => a.line - b.line);
}
