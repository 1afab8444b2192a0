import { parseDocument } from 'yaml';

export interface SplitSource {
  /** The raw YAML between the `---` fences, or null when the file has none. */
  yaml: string | null;
  /** The body after the frontmatter. */
  body: string;
  /** 1-based line number where the body starts in the file. */
  bodyLine: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits a Markdown/MDX source into its frontmatter and body. */
export function splitFrontmatter(source: string): SplitSource {
  const text = source.replace(/^\uFEFF/, '');
  const m = FENCE.exec(text);
  if (!m) return { yaml: null, body: text, bodyLine: 1 };
  const head = m[0];
  return { yaml: m[1] ?? '', body: text.slice(head.length), bodyLine: head.split('\n').length };
}

export class FrontmatterError extends Error {
  /** 1-based line in the file. */
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

/**
 * Parses frontmatter YAML with the YAML 1.2 core schema, so dates stay strings
 * (`2017-03-01`) and the schema, not the parser, decides what is valid.
 */
export function parseFrontmatter(yaml: string): Record<string, unknown> {
  const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    // +1: the opening `---` fence is line 1 of the file.
    const line = (first.linePos?.[0]?.line ?? 1) + 1;
    throw new FrontmatterError(first.message.split('\n')[0] ?? first.message, line);
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontmatterError('Frontmatter must be a YAML mapping of field: value', 2);
  }
  return data as Record<string, unknown>;
}
