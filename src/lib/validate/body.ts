import { createProcessor } from '@mdx-js/mdx';
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { Problem } from './problem.ts';
import { checkAgreement } from './agreement.ts';
import { attributeInfo, blockedInElement, rawElements, urlsOf, type RawElement } from './raw-html.ts';
import { checkComponent, type FileReference } from './components.ts';
import { isLocalImage, needsMdx } from '../rich/mdx-body.ts';
import { caseMeant, esmProse, explainMdxError, type ParseError } from './mdx-errors.ts';
import { lineAt, readTag, rewriteTag } from './written-tag.ts';
import { INLINE_CONTAINERS, NOT_TEXT, inlineSource, isAutolink } from './inline-source.ts';
import { ownMachineFile } from '../rich/file-path.ts';
import { headingIds } from '../body/heading-ids.ts';
import { pastedBodyProblems, pastedWordTags } from './pasted-body.ts';
import { referenceProblems } from './references.ts';
import { setextProblems, setextUnderline } from './setext.ts';
import { removedByWordFix, wordConditional, wordHtml } from './word-html.ts';
import { componentInstead, vedleggTag, videoTag } from './media.ts';
import { FILE_TYPES } from '../rich/components.ts';
import { extensionOf } from '../rich/image-file.ts';

/** A link or image in a body, with its line in the file. */
export interface Reference {
  url: string;
  line: number;
  image: boolean;
  /** A file beside the content named by a component or a Markdown image (src/lib/validate/media.ts). */
  kind?: FileReference['kind'];
  /** A Markdown image's alt text. */
  alt?: string | null;
  /** A Markdown link's text, kept in what the check tells the editor to write instead (`tekst="…"`). */
  text?: string;
  /** The frontmatter field it comes from (`image.src`); a body reference has none. */
  field?: string;
  /** Written as raw HTML (`<img src="…">`), which neither path turns into an optimised image. */
  html?: boolean;
  /** A link that shares its paragraph with other text: a component meant by it cannot stand there. */
  inSentence?: true;
}

interface MdNode {
  type: string;
  name?: string | null;
  url?: string;
  /** A heading's level, 1–6. */
  depth?: number;
  /** A reference's or a definition's label (`[navn]`), normalised by the parser. */
  identifier?: string;
  value?: string;
  alt?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
  children?: MdNode[];
}

const processor = createProcessor({});

/**
 * The body's syntax tree. Sätteri (the Rust port of the same MDX grammar, which Astro's MDX uses
 * too) parses a body fifteen times faster than micromark, so it reads every body; micromark
 * parses only the bodies Sätteri rejects, for the reason and place the messages below explain.
 */
function parse(body: string): MdNode {
  try {
    return mdxToMdast(body) as unknown as MdNode;
  } catch {
    return processor.parse(body) as unknown as MdNode;
  }
}

/** Whether an `import`/`export` line is a JavaScript statement, not a sentence that starts with the word. */
function isStatement(esm: string): boolean {
  try {
    processor.parse(esm);
    return true;
  } catch {
    return false;
  }
}

/**
 * A heading's text as the renderer's heading-ids step reads it (the hast text content: text and
 * inline code, not an image's alt).
 */
function headingText(node: MdNode): string {
  if (node.type === 'image' || node.type === 'imageReference') return '';
  return node.value ?? (node.children ?? []).map(headingText).join('');
}

/** Whether a node holds an image (a linked image has its alt text as its name). */
const hasImage = (node: MdNode): boolean =>
  node.type === 'image' || node.type === 'imageReference' || (node.children ?? []).some(hasImage);

/** A node's text, as a reader sees it (inline code included). */
function plainText(node: MdNode): string {
  return node.value ?? (node.children ?? []).map(plainText).join('');
}

/**
 * A level-1 heading in a body: the page's one h1 is the entry's title (WCAG 1.3.1 Info and
 * Relationships, 2.4.6 Headings and Labels: the outline starts at the title).
 */
function levelOne(written: string): { problem: string; expected: string } {
  return {
    problem: `overskriften «${written.length > 60 ? `${written.slice(0, 57)}…` : written}» er på nivå 1, men sidens eneste overskrift på nivå 1 er tittelen`,
    expected: 'skriv ## for hovedavsnittene (### under dem); tittelen står i title i toppteksten',
  };
}

/**
 * Parses a body as MDX, as the MDX compiler would, and reports what would break or silently
 * vanish: syntax errors, and MDX features this site does not render (bodies are rendered as
 * Markdown: see src/loaders/article-loader.ts). Returns the links and images for checking.
 */
export function checkBody(
  file: string,
  body: string,
  bodyLine: number,
): { problems: Problem[]; references: Reference[]; anchors: string[]; unreadable?: true } {
  const problems: Problem[] = [];
  const references: Reference[] = [];
  const anchors: string[] = [];
  const fileLine = (line: number | undefined) => (line ?? 1) + bodyLine - 1;
  let tree: MdNode;
  try {
    tree = parse(body);
  } catch (error) {
    const said = explainMdxError(body, error as ParseError, fileLine);
    // The parser stops at its first error; Word's HTML is read from the Markdown tree, which does
    // not stop, so all of it is said in this run. A value without quotes that Word's fix removes
    // (`<p class=MsoNormal>`, `<span lang=EN-US>`) is said once, as Word's.
    const markdown = markdownToMdast(body) as unknown as MdNode;
    const word = wordProblems(file, markdown, body, fileLine);
    const u = said.unquoted;
    const wordsFix = u
      ? removedByWordFix(u.tag.toLowerCase(), { [u.name.toLowerCase()]: u.value }, u.name.toLowerCase())
      : said.problem.startsWith('HTML-kommentarer') && wordConditional(body.split('\n')[said.line - 1] ?? '') !== null;
    // Dropped only where Word's message stands on that line, so that the fault is said once, never not at all.
    if (!(wordsFix && word.some((w) => w.line === fileLine(said.line))))
      problems.push({
        file,
        line: fileLine(said.line),
        field: 'innhold',
        problem: `MDX kan ikke leses: ${said.problem}`,
        expected: said.expected,
      });
    problems.push(...word);
    // A body without components is rendered from the Markdown tree: what the paste broke there is said now too.
    if (!needsMdx(body)) {
      const known = new Set(word.map((w) => `${w.line} ${w.problem}`));
      for (const found of textProblems(markdown, body, fileLine)) {
        const p = { file, field: 'innhold', ...found, line: fileLine(found.line) };
        if (!known.has(`${p.line} ${p.problem}`)) problems.push(p);
      }
    }
    // Its files cannot be known: the caller must not call them unused (src/lib/validate/index.ts).
    return { problems, references, anchors, unreadable: true };
  }
  // The tree the site renders from: same parser, same options as the Markdown processor.
  const markdown = markdownToMdast(body) as unknown as MdNode;
  const visit = (node: MdNode) => {
    const line = fileLine(node.position?.start.line);
    switch (node.type) {
      case 'heading':
        // `Tekst` over `===` is said with its underline (./setext.ts).
        if (node.depth === 1 && !setextUnderline(node, body))
          problems.push({ file, line, field: 'innhold', ...levelOne(`# ${plainText(node)}`) });
        break;
      case 'mdxjsEsm':
        problems.push({
          file,
          line,
          field: 'innhold',
          // Sätteri takes any line starting with the word as code; a sentence is no statement (micromark says so).
          ...(isStatement(node.value ?? '')
            ? {
                problem: 'import/export støttes ikke; komponentene kan brukes uten import',
                expected: 'fjern linjen (se «Komponenter» i redaktørveiledningen)',
              }
            : esmProse(node.value ?? '')),
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        problems.push({
          file,
          line,
          field: 'innhold',
          problem: 'tekst i krøllparenteser { } er et MDX-uttrykk og ville ikke blitt vist',
          expected: 'skriv \\{ og \\} for å vise krøllparenteser',
        });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const start = node.position?.start.offset;
        const tag = start === undefined ? undefined : readTag(body, start);
        // A component written in small letters would be an unknown HTML element: its props unshown.
        const meant = caseMeant(name);
        if (meant) {
          const close = tag?.selfClosing || !meant.content ? '/>' : '>';
          const right = tag ? rewriteTag(body, tag, { name: meant.name, close }) : `<${meant.name} …>`;
          problems.push({
            file,
            line,
            field: 'innhold',
            problem: `<${name}> er ikke en komponent: ${/^[a-zæøå]/.test(name) ? 'komponentnavn skrives med stor forbokstav' : `komponenten heter ${meant.name}`}`,
            expected: close === '/>' ? right : `${right} … </${meant.name}>`,
          });
          break;
        }
        // Editors' components: their own contract (src/lib/rich/components.ts).
        if (/^[A-Z]/.test(name) || name.includes('.')) {
          const lineOf = (prop: string) => {
            const written = tag?.attributes.find((a) => a.name === prop);
            return written ? fileLine(lineAt(body, written.start)) : line;
          };
          const c = checkComponent(file, line, node, lineOf);
          problems.push(...c.problems);
          references.push(
            ...c.files.map((f) => ({ url: f.url, line: f.line, image: f.kind === 'bilde', kind: f.kind })),
          );
          break;
        }
        for (const attr of node.attributes ?? []) {
          if (attr.type !== 'mdxJsxAttribute') {
            problems.push({
              file,
              line,
              field: 'innhold',
              problem: `<${name}> har et MDX-uttrykk som attributt`,
              expected: 'attributter med vanlig tekst, f.eks. href="/tema/samordning/"',
            });
          } else if (typeof attr.value !== 'string' && attr.value !== null && attr.value !== undefined) {
            problems.push({
              file,
              line,
              field: 'innhold',
              problem: `<${name} ${attr.name}={…}> bruker et MDX-uttrykk`,
              expected: 'attributter med vanlig tekst i anførselstegn',
            });
          }
        }
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  // A body with components is compiled as MDX (src/lib/rich/mdx-body.ts): the MDX tree is what the
  // site renders. Otherwise the Markdown tree is, and it must mean what the MDX parse means.
  const mdx = needsMdx(body);
  if (!mdx) problems.push(...checkAgreement(file, body, markdown, tree, fileLine));
  const rendered = renderedReferences(file, mdx ? tree : markdown, body, fileLine);
  problems.push(...rendered.problems);
  for (const found of textProblems(mdx ? tree : markdown, body, fileLine))
    problems.push({ file, field: 'innhold', ...found, line: fileLine(found.line) });
  references.push(...rendered.references);
  anchors.push(...rendered.anchors);
  return { problems, references, anchors };
}

/** What a paste or a slip broke in the text (lists, emphasis, references, headings), in body lines. */
function textProblems(tree: MdNode, body: string, fileLine: (line: number) => number) {
  return [
    ...pastedBodyProblems(tree, body, fileLine),
    ...referenceProblems(tree, body, fileLine),
    ...setextProblems(tree, body),
  ];
}

/** Word's HTML in the Markdown tree: in raw HTML, and Word's tags the parser left as text. */
function wordProblems(
  file: string,
  markdown: MdNode,
  body: string,
  fileLine: (line: number | undefined) => number,
): Problem[] {
  const fromHtml = renderedReferences(file, markdown, body, fileLine).word;
  // `<!--[if gte mso 9]>…<![endif]-->` is raw HTML to Markdown (a comment), `<![if …]>` is text.
  const comments: Problem[] = [];
  const visit = (node: MdNode) => {
    const said = node.type === 'html' ? wordConditional(node.value ?? '') : null;
    if (said) comments.push({ file, line: fileLine(node.position?.start.line), field: 'innhold', ...said });
    for (const child of node.children ?? []) visit(child);
  };
  visit(markdown);
  const inText = pastedWordTags(markdown).map((f) => ({ file, field: 'innhold', ...f, line: fileLine(f.line) }));
  return [...fromHtml, ...comments, ...inText].sort((a, b) => a.line - b.line);
}

/**
 * Links, images and raw HTML as the site will render them: read from the Markdown tree the
 * renderer uses (so a link inside a code sample is no link, and `<a href='…'>` in any quoting
 * is), with what the security policy will block in each (../html/blocked.ts).
 */
function renderedReferences(
  file: string,
  markdown: MdNode,
  body: string,
  fileLine: (line: number | undefined) => number,
): { problems: Problem[]; references: Reference[]; anchors: string[]; word: Problem[] } {
  const problems: Problem[] = [];
  const references: Reference[] = [];
  /** Word's formatting, also said when the MDX parse fails. */
  const wordSaid: Problem[] = [];
  /** Headings in document order (their text, or the id the editor gave), and other ids written in HTML. */
  const headings: ({ text: string } | { id: string })[] = [];
  const ids: string[] = [];
  /** What the security policy blocks in an element, and Word's formatting (whose `mso-` style is said once, as Word's). */
  const report = (line: number, blocked: { problem: string; expected: string }[], element?: RawElement) => {
    const word = element ? wordHtml(element.tagName, element.attributes) : null;
    if (word) {
      problems.push({ file, line, field: 'innhold', ...word });
      wordSaid.push({ file, line, field: 'innhold', ...word });
    }
    const styleSaid = word?.problem.includes('style="mso-');
    for (const b of blocked)
      if (!(styleSaid && b.problem.startsWith('style='))) problems.push({ file, line, field: 'innhold', ...b });
  };
  // `![tekst][navn]` … `[navn]: adresse`: the definition is where the image's address is written.
  const imageIds = new Map<string, string | null>();
  const collect = (node: MdNode) => {
    if (node.type === 'imageReference' && node.identifier && !imageIds.has(node.identifier))
      imageIds.set(node.identifier, node.alt ?? null);
    for (const child of node.children ?? []) collect(child);
  };
  collect(markdown);
  // Each node's parent, to tell a link alone on its line from a link inside a sentence.
  const parents = new Map<MdNode, MdNode>();
  const link = (node: MdNode) => {
    for (const child of node.children ?? []) {
      parents.set(child, node);
      link(child);
    }
  };
  const inSentence = (node: MdNode) => {
    if (parents.size === 0) link(markdown);
    let block = parents.get(node);
    while (block && !['paragraph', 'heading', 'tableCell', 'root'].includes(block.type)) block = parents.get(block);
    return block !== undefined && plainText(block).trim() !== plainText(node).trim();
  };
  /**
   * `![…](møte i oslo.jpg)`, `[…](a b)`: an address with a space is no address in Markdown
   * (CommonMark §6.3), so the image or link would be published as its own text. Read in the
   * block's source, where an address the parser made an autolink (`https://a b`) is as written.
   */
  const spacedAddresses = (container: MdNode) => {
    const start = container.position?.start.offset ?? 0;
    // Most blocks have no `](` followed by a space before its `)`: nothing to read.
    if (!/\]\([^)\n]*\s/.test(body.slice(start, container.position?.end.offset ?? start))) return;
    const source = inlineSource(container, body, (n) => NOT_TEXT.has(n.type) && !isAutolink(n, body));
    for (const broken of source?.matchAll(/(!?)\[([^\]\n]*)\]\(([^()<>\n]*\s[^()<>\n]*)\)/g) ?? []) {
      const [all, bang, text, address] = broken as unknown as [string, string, string, string];
      const line = fileLine(lineAt(body, start + broken.index));
      // A path on the editor's own computer is that first, spaces or not: media.ts says where to copy it.
      if (ownMachineFile(address) !== null) {
        references.push({ url: address.trim(), line, image: bang === '!', ...(bang ? { alt: text } : {}) });
        continue;
      }
      // One rule for a space in a name, as the guide says: %20 in the address (../rich/file-path.ts reads it back).
      const written = address.trim().replace(/\s/g, '%20');
      // A link to an attachment or video is written with its component, where a space may stand (links.ts),
      // with the file's path from the entry, as links.ts writes it.
      const ext = extensionOf(address.trim());
      const tag = bang
        ? undefined
        : FILE_TYPES.video.includes(ext)
          ? videoTag
          : FILE_TYPES.vedlegg.includes(ext)
            ? vedleggTag
            : undefined;
      problems.push({
        file,
        line,
        field: 'innhold',
        problem: `${bang ? 'bildet' : 'lenken'} «${address}» har mellomrom i adressen, så den vises som tekst`,
        expected: tag
          ? componentInstead(
              tag(`../${tag === videoTag ? 'video' : 'vedlegg'}/${address.trim().split('/').pop()}`, text),
              {
                text,
                ...(source!.trim() !== all ? { inSentence: true as const } : {}),
              },
            )
          : `skriv mellomrommet som %20: ${bang}[${text}](${written})`,
      });
      // The image's file is still checked (and used) under the address meant.
      if (bang) references.push({ url: written, line, image: true, alt: text });
    }
  };
  const visit = (node: MdNode) => {
    const line = fileLine(node.position?.start.line);
    if (INLINE_CONTAINERS.has(node.type)) spacedAddresses(node);
    switch (node.type) {
      case 'heading':
        headings.push({ text: headingText(node) });
        break;
      case 'link':
      // `[tekst][navn]` … `[navn]: /adresse/`: the address is checked where it is written.
      case 'definition':
        if (node.type === 'definition' && node.identifier && imageIds.has(node.identifier)) {
          const url = node.url ?? '';
          references.push({ url, line, image: true, alt: imageIds.get(node.identifier)! });
          // Neither the Markdown nor the MDX path optimises `![…][navn]` (Astro collects `image` nodes only).
          if (isLocalImage(url))
            problems.push({
              file,
              line,
              field: 'innhold',
              problem: `bildet «${url}» er skrevet som referanse (![…][${node.identifier}]), og blir verken funnet eller optimalisert`,
              expected: `skriv bildet der det skal stå: ![hva bildet viser](${url})`,
            });
          report(line, blockedInElement('img', { src: node.url ?? '' }));
          break;
        }
        // `[](https://…)`: a link with nothing to click or to read out (WCAG 2.4.4 Link Purpose).
        if (node.type === 'link' && plainText(node).trim() === '' && !hasImage(node))
          problems.push({
            file,
            line,
            field: 'innhold',
            problem: `lenken til «${node.url ?? ''}» har ingen lenketekst, så den vises ikke på siden og leses ikke opp`,
            expected: `tekst mellom klammene som sier hvor lenken går: [Les rapporten](${node.url ?? ''})`,
          });
        references.push({
          url: node.url ?? '',
          line,
          image: false,
          ...(node.type === 'link' ? { text: plainText(node) } : {}),
          ...(node.type === 'link' && inSentence(node) ? { inSentence: true as const } : {}),
        });
        report(line, blockedInElement('a', { href: node.url ?? '' }));
        break;
      case 'image':
        references.push({ url: node.url ?? '', line, image: true, alt: node.alt ?? null });
        report(line, blockedInElement('img', { src: node.url ?? '' }));
        break;
      // Raw HTML in a body compiled as MDX is a JSX element with plain attributes.
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (/^[A-Z]/.test(name) || name.includes('.')) break;
        // Named as HTML names them: the browser reads `srcSet` as srcset, `xlinkHref` is xlink:href.
        const attributes: Record<string, string> = {};
        for (const attr of node.attributes ?? [])
          if (attr.type === 'mdxJsxAttribute' && attr.name)
            attributes[attributeInfo(attr.name).attribute.toLowerCase()] =
              typeof attr.value === 'string' ? attr.value : '';
        const element = { tagName: name.toLowerCase(), attributes, line: 1, offset: 0 };
        if (element.tagName === 'h1') problems.push({ file, line, field: 'innhold', ...levelOne('<h1>') });
        // Like raw HTML, an HTML element has the ids the editor spelt out, and no others.
        for (const name of ['id', 'name']) if (attributes[name]) ids.push(attributes[name]);
        // Written as an element, it is passed through as written, like raw HTML: not optimised.
        for (const ref of urlsOf(element)) references.push({ ...ref, line, html: true });
        report(line, blockedInElement(element.tagName, element.attributes), element);
        break;
      }
      case 'html':
        for (const element of htmlElements.get(node) ?? []) {
          const at = first + element.line - 1;
          if (element.tagName === 'h1') problems.push({ file, line: at, field: 'innhold', ...levelOne('<h1>') });
          // Raw HTML is passed through as written: only the ids it spells out exist.
          for (const name of ['id', 'name']) if (element.attributes[name]) ids.push(element.attributes[name]);
          for (const ref of urlsOf(element)) references.push({ ...ref, line: at, html: true });
          report(at, blockedInElement(element.tagName, element.attributes), element);
        }
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  // The raw HTML of the body, read in one piece as the browser reads the page: an inline
  // `<svg>` in a paragraph is three Markdown nodes (`<svg>`, `<image href>`, `</svg>`), and only
  // together is `<image>` an SVG image (alone, the HTML parser makes it an <img>). Each node
  // starts on its own line in the snippet, so an element's line is its line in the file.
  const html: MdNode[] = [];
  const collectHtml = (node: MdNode) => {
    if (node.type === 'html') html.push(node);
    for (const child of node.children ?? []) collectHtml(child);
  };
  collectHtml(markdown);
  let snippet = '';
  const first = html[0] ? fileLine(html[0].position?.start.line) : 1;
  let at = first;
  const starts: number[] = [];
  for (const node of html) {
    const start = fileLine(node.position?.start.line);
    if (start > at) snippet += '\n'.repeat(start - at);
    at = Math.max(at, start);
    starts.push(snippet.length);
    snippet += node.value ?? '';
    at += (node.value ?? '').split('\n').length - 1;
  }
  const htmlElements = new Map<MdNode, RawElement[]>();
  for (const element of snippet ? rawElements(snippet) : []) {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > element.offset) i--;
    const node = html[i]!;
    htmlElements.set(node, [...(htmlElements.get(node) ?? []), element]);
  }
  visit(markdown);
  return { problems, references, anchors: [...headingIds(headings), ...ids], word: wordSaid };
}
