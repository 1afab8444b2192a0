import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, isMap, parseDocument, type Node } from 'yaml';
import { isRealDate } from './dates.ts';
import { named } from './text/named.ts';
import { oneLineTextFaults } from './text/characters.ts';

/** Where the operator writes the facts about the site owner, relative to the project root. */
export const SITE_OWNER_FILE = 'config/site-owner.yaml';

/** Facts about who runs the site; a field is undefined while the operator has not filled it in. */
export interface SiteOwner {
  /** The organisation that runs the site, as readers should see its name. */
  organisation?: string | undefined;
  /** Where readers report accessibility problems (an address, no `mailto:`). */
  email?: string | undefined;
  /** A web form for the same, `https://…`. Optional even when everything else is set. */
  contactPage?: string | undefined;
  /** The day the accessibility statement was last reviewed, `YYYY-MM-DD`. */
  statementReviewed?: string | undefined;
}

type Field = keyof SiteOwner;

/** Each field: what a valid value is, and what to write, in Norwegian, for the operator. */
const FIELDS: Record<Field, { valid: (v: string) => boolean; expected: string; required: boolean }> = {
  organisation: {
    valid: (v) => oneLineTextFaults(v).length === 0,
    expected: "navnet på én linje, f.eks. organisation: 'Direktoratet for forvaltning og økonomistyring (DFØ)'",
    required: true,
  },
  // One @, no spaces or angle brackets: enough to tell a typo from an address (RFC 5322 §3.4.1 in outline).
  email: {
    valid: (v) => /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/.test(v),
    expected: "en e-postadresse, f.eks. email: 'postmottak@example.no'",
    required: true,
  },
  contactPage: {
    valid: (v) => /^https:\/\/\S+$/.test(v) && URL.canParse(v),
    expected: "en full adresse som begynner med https://, eller ''",
    required: false,
  },
  statementReviewed: {
    valid: isRealDate,
    expected: "datoen på formen ÅÅÅÅ-MM-DD, f.eks. statementReviewed: '2026-11-27'",
    required: true,
  },
};

export interface SiteOwnerResult {
  owner: SiteOwner;
  /** Values that are wrong: `config/site-owner.yaml:7 — email — … — …`. The build fails on these. */
  problems: string[];
  /** Required fields not filled in yet. The build warns about these. */
  unset: Field[];
}

/** Reads the site owner's facts from the text of `config/site-owner.yaml` (undefined: the file is missing). */
export function parseSiteOwner(source: string | undefined): SiteOwnerResult {
  const owner: SiteOwner = {};
  const problems: string[] = [];
  const fields = Object.keys(FIELDS) as Field[];
  if (source === undefined) return { owner, problems, unset: fields.filter((f) => FIELDS[f].required) };
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const say = (line: number, field: string, problem: string, expected: string) =>
    problems.push(`${SITE_OWNER_FILE}:${line} — ${field} — ${problem} — ${expected}`);
  if (doc.errors.length > 0) {
    for (const e of doc.errors)
      say(
        lineCounter.linePos(e.pos[0]).line,
        'fil',
        `YAML-feil: ${e.message.split('\n')[0]}`,
        "linjer på formen «felt: 'verdi'»",
      );
    return { owner, problems, unset: [] };
  }
  const root = doc.contents;
  if (root !== null && !isMap(root)) {
    say(lineOf(root as Node), 'fil', 'filen er ikke en liste med felt', named(fields, 'feltet', 'feltene'));
    return { owner, problems, unset: [] };
  }
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(data)) {
    if (!(fields as string[]).includes(key))
      say(lineOf(doc.get(key, true) as Node), key, `ukjent felt «${key}»`, `bare ${fields.join(', ')}`);
  }
  const unset: Field[] = [];
  for (const field of fields) {
    const rule = FIELDS[field];
    const value = data[field];
    const line = lineOf(doc.get(field, true) as Node);
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (rule.required) unset.push(field);
    } else if (typeof value !== 'string' || !rule.valid(value.trim())) {
      say(line, field, `«${String(value)}» er ikke gyldig`, `${rule.expected} (i anførselstegn)`);
    } else owner[field] = value.trim();
  }
  return { owner, problems, unset };
}

/** The site owner's facts for the project at `root` (the build's working folder by default). */
export function loadSiteOwner(root: string = process.cwd()): SiteOwnerResult {
  const file = path.join(root, SITE_OWNER_FILE);
  return parseSiteOwner(existsSync(file) ? readFileSync(file, 'utf8') : undefined);
}
