/**
 * Reads a Netlify/Cloudflare `_headers` file: a path pattern on its own line, then indented
 * `Name: value` lines. Used by the test server so tests see the headers a host would send.
 */
export interface HeaderRule {
  pattern: string;
  /** Headers an earlier rule set that this path must not get (Cloudflare's `! Name` lines). */
  detach?: string[];
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (rule && raw.trim().startsWith('!')) {
      (rule.detach ??= []).push(raw.trim().slice(1).trim());
      continue;
    }
    const colon = raw.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: header line outside a rule: ${raw}`);
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(path);
}

/** Headers for a site path (without base), later rules adding to earlier ones. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const name of rule.detach ?? []) out.delete(name);
    for (const [k, v] of rule.headers) out.set(k, v);
  }
  return out;
}

/** Writes rules in `_headers` syntax, the inverse of parseHeadersFile. */
export function formatHeadersFile(rules: readonly HeaderRule[], comment = ''): string {
  const head = comment
    ? `${comment
        .split('\n')
        .map((l) => `# ${l}`.trimEnd())
        .join('\n')}\n\n`
    : '';
  return (
    head +
    rules
      .map(
        (r) =>
          `${r.pattern}\n${(r.detach ?? []).map((d) => `  ! ${d}\n`).join('')}${r.headers.map(([k, v]) => `  ${k}: ${v}\n`).join('')}`,
      )
      .join('\n')
  );
}
