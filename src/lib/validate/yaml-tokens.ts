import { CST, Lexer } from 'yaml';

/** One token of the YAML lexer, with its place in the text. */
export interface Token {
  type: string;
  source: string;
  /** Offset in the text. */
  start: number;
}

/** The YAML lexer's tokens with their offsets; a plain scalar's text has the type `plain`. */
export function lexTokens(yaml: string): Token[] {
  const tokens: Token[] = [];
  let offset = 0;
  let afterScalarMark = false;
  for (const source of new Lexer().lex(yaml)) {
    // The lexer marks a plain scalar with «\x1f» and then gives its text (type null); other control
    // tokens (document start, flow end) are not in the text either.
    if (source.length === 1 && source < ' ' && source !== '\t' && source !== '\n' && source !== '\r') {
      afterScalarMark = source === CST.SCALAR;
      continue;
    }
    tokens.push({ type: afterScalarMark ? 'plain' : (CST.tokenType(source) ?? 'text'), source, start: offset });
    afterScalarMark = false;
    offset += source.length;
  }
  return tokens;
}

/**
 * The offset in `yaml` where each of its lines (as `yaml.split(/\r?\n/)` gives them) starts, and
 * one past the end: a line ended by Windows' \r\n is two characters longer than its text.
 */
export function lineStarts(yaml: string): number[] {
  const starts = [0];
  for (const end of yaml.matchAll(/\r?\n/g)) starts.push(end.index + end[0].length);
  starts.push(yaml.length + 1);
  return starts;
}
