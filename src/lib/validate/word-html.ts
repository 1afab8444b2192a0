/**
 * Word's HTML, pasted with the text: its own tags (`<o:p>`, `<w:…>`, `<v:…>`, `<st1:…>`), its
 * classes (`MsoNormal`, `MsoListParagraph`), its styles (`mso-…`) and its language codes in
 * capitals (`NO-BOK`, `EN-US`, `X-NONE`, which are no BCP 47 tags the site's own `lang` uses).
 * None of it is the editor's: it is published as written, or as text. Also the formatting
 * elements Word and old web pages paste (`<font>`, `<center>`, `<u>`…), which HTML has retired
 * (WHATWG HTML §16.2 «Non-conforming features») or which look like a link (`<u>`).
 */

/** Formatting a paste brings as elements, and what to write instead (the text between them is kept). */
const PASTED_ELEMENTS: Record<string, { what: string; instead: string }> = {
  font: { what: 'skrifttype, -størrelse eller -farge', instead: 'skriften er nettstedets' },
  center: { what: 'midtstilling', instead: 'nettstedet bestemmer plasseringen' },
  big: { what: 'større skrift', instead: 'bruk **fet skrift** for å fremheve' },
  tt: { what: 'skrift med fast bredde', instead: 'skriv `kode` mellom bakstreker' },
  strike: { what: 'gjennomstreking', instead: 'skriv ~~teksten~~ for gjennomstreking' },
  u: {
    what: 'understreking, som ser ut som en lenke på nettsiden',
    instead: 'bruk **fet skrift** for å fremheve; er det en lenke, skriv [tekst](adressen)',
  },
};

/** Word's language codes: capitals with a region or variant (NO-BOK), or X-NONE. Real tags are `nb`, `en`. */
const WORD_LANG = /^(?:[A-Z]{2,3}(?:-[A-Z0-9]{2,4})+|X-NONE)$/;

/**
 * Whether the fix `wordHtml` gives for an element takes away its attribute `name`: the whole tag
 * goes (Word's own tags, pasted formatting, a `<span>`), or the attribute is Word's trace.
 */
export function removedByWordFix(tagName: string, attributes: Readonly<Record<string, string>>, name: string): boolean {
  if (!wordHtml(tagName, attributes)) return false;
  if (tagName.includes(':') || PASTED_ELEMENTS[tagName] || tagName === 'span') return true;
  return traced(attributes).some((t) => t.startsWith(`${name}=`));
}

/** Word's traces in an element's attributes, as the message names them. */
function traced(attributes: Readonly<Record<string, string>>): string[] {
  const traces: string[] = [];
  const classes = (attributes['class'] ?? '').split(/\s+/).filter((c) => /^mso/i.test(c));
  if (classes.length) traces.push(`class="${classes.join(' ')}"`);
  if (/(?:^|;)\s*mso-/i.test(attributes['style'] ?? '')) traces.push('style="mso-…"');
  const lang = attributes['lang'];
  if (lang !== undefined && WORD_LANG.test(lang)) traces.push(`lang="${lang}"`);
  // Retired from HTML (§16.3), kept by Word's «Web page» format: the site places its own text.
  if (attributes['align'] !== undefined) traces.push(`align="${attributes['align']}"`);
  return traces;
}

/**
 * Word's conditional comments (`<![if !supportLists]>…<![endif]>`, `<!--[if gte mso 9]>…<![endif]-->`),
 * which hold Word's own bullets and settings: the first in a source, or null.
 */
export function wordConditional(source: string): { problem: string; expected: string } | null {
  const found = /<!(?:--)?\[(?:if\b[^\]]*|endif)\]/i.exec(source);
  if (!found) return null;
  const comment = found[0].startsWith('<!--') || /<!\[endif\]-->/i.test(source);
  return {
    problem: `«${found[0]}>» er kode fra Word som kom med da teksten ble limt inn${comment ? '' : ', og vises på siden'}`,
    expected: comment
      ? 'fjern alt fra <!--[if til og med <![endif]-->; lim inn som ren tekst (Ctrl+Shift+V) for å unngå det'
      : 'fjern <![if …]>, <![endif]> og Words punkttegn mellom dem; skriv punktet som - punkt, og lim inn som ren tekst (Ctrl+Shift+V) for å unngå det',
  };
}

/** What is Word's in one element, in Norwegian, or null when nothing is. */
export function wordHtml(
  tagName: string,
  attributes: Readonly<Record<string, string>>,
): { problem: string; expected: string } | null {
  if (tagName.includes(':'))
    return {
      problem: `<${tagName}> er kode fra Word som kom med da teksten ble limt inn, og kommer med på siden`,
      expected: `fjern <${tagName}> og </${tagName}>; lim inn som ren tekst (Ctrl+Shift+V) for å unngå det`,
    };
  const pasted = PASTED_ELEMENTS[tagName];
  if (pasted)
    return {
      problem: `<${tagName}> er formatering (${pasted.what}) fra Word eller en annen nettside, som kom med da teksten ble limt inn, og som nettstedet ikke bruker`,
      expected: `fjern <${tagName}${Object.keys(attributes).length ? ' …' : ''}> og </${tagName}> og behold teksten mellom dem; ${pasted.instead}`,
    };
  const traces = traced(attributes);
  const lang = attributes['lang'];
  if (traces.length === 0) return null;
  const bare = tagName === 'span';
  return {
    problem: `<${tagName}> har formatering fra Word (${traces.join(', ')}), som kom med da teksten ble limt inn, og kommer med på siden`,
    expected: bare
      ? `fjern <${tagName} …> og </${tagName}> og behold teksten mellom dem${lang && !lang.startsWith('NO') && lang !== 'X-NONE' ? ` (er teksten på et annet språk, skriv lang="${lang.split('-')[0]!.toLowerCase()}")` : ''}`
      : `fjern ${traces.join(' og ')} fra <${tagName}>, eller skriv teksten som vanlig Markdown uten taggen`,
  };
}
