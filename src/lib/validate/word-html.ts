/**
 * Word's HTML, pasted with the text: its own tags (`<o:p>`, `<w:…>`, `<v:…>`, `<st1:…>`), its
 * classes (`MsoNormal`, `MsoListParagraph`), its styles (`mso-…`) and its language codes in
 * capitals (`NO-BOK`, `EN-US`, `X-NONE`, which are no BCP 47 tags the site's own `lang` uses).
 * None of it is the editor's: it is published as written, or as text.
 */

/** Word's language codes: capitals with a region or variant (NO-BOK), or X-NONE. Real tags are `nb`, `en`. */
const WORD_LANG = /^(?:[A-Z]{2,3}(?:-[A-Z0-9]{2,4})+|X-NONE)$/;

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
  const traces: string[] = [];
  const classes = (attributes['class'] ?? '').split(/\s+/).filter((c) => /^mso/i.test(c));
  if (classes.length) traces.push(`class="${classes.join(' ')}"`);
  if (/(?:^|;)\s*mso-/i.test(attributes['style'] ?? '')) traces.push('style="mso-…"');
  const lang = attributes['lang'];
  if (lang !== undefined && WORD_LANG.test(lang)) traces.push(`lang="${lang}"`);
  if (traces.length === 0) return null;
  const bare = tagName === 'span' || tagName === 'font';
  return {
    problem: `<${tagName}> har formatering fra Word (${traces.join(', ')}), som kom med da teksten ble limt inn, og kommer med på siden`,
    expected: bare
      ? `fjern <${tagName} …> og </${tagName}> og behold teksten mellom dem${lang && !lang.startsWith('NO') && lang !== 'X-NONE' ? ` (er teksten på et annet språk, skriv lang="${lang.split('-')[0]!.toLowerCase()}")` : ''}`
      : `fjern ${traces.join(' og ')} fra <${tagName}>, eller skriv teksten som vanlig Markdown uten taggen`,
  };
}
