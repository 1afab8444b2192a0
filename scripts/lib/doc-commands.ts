/**
 * The shell commands a Markdown document gives its reader, and what is wrong with them here.
 *
 * Commands are the lines of ```sh/```bash/```shell blocks (at any indent; `\` continues a line,
 * `#` starts a comment) and inline code spans that start like a command (`npm …`, `npx …`,
 * `node …`, optionally after `VAR=value` assignments; not a placeholder like `npm run …`). Each block must be valid shell
 * (`bash -n`); each simple command (split at `&&`, `||`, `|`, `;`) must name something that exists:
 * an npm script of package.json, a file that `node` runs, a binary `npx` finds in node_modules, or
 * an operator's tool from OPERATOR_TOOLS, which the docs name but no test can run (cloud CLIs,
 * service managers). Flags (`--sizes`) must be options of the script they are given to (a `parseArgs`
 * option or the flag as a string literal in its source),
 * and environment variables in front of a command must be read somewhere in the project.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Tools the deploying guide tells operators to run on their own machines. */
export const OPERATOR_TOOLS = new Set(['git', 'aws', 'nginx', 'systemctl', 'curl', 'grep']);

export interface DocCommand {
  /** The command as written, continuation lines joined. */
  text: string;
  /** 1-based line in the document where it starts. */
  line: number;
  /** Whether it came from a fenced block (syntax-checked as a whole) or an inline code span. */
  fenced: boolean;
}

const FENCE = /^( *)```(sh|bash|shell)\n([\s\S]*?)^\1```/gm;
const INLINE_COMMAND = /`((?:[A-Z_]+=\S+ +)*(?:npm|npx|node) [^`]+)`/g;

/** Every command of `markdown`, in document order. */
export function docCommands(markdown: string): DocCommand[] {
  const found: DocCommand[] = [];
  const lineOf = (index: number) => markdown.slice(0, index).split('\n').length;
  const fencedRanges: [number, number][] = [];
  for (const m of markdown.matchAll(FENCE)) {
    fencedRanges.push([m.index, m.index + m[0].length]);
    const first = lineOf(m.index) + 1;
    const lines = m[3]!.replace(new RegExp(`^${m[1]}`, 'gm'), '').split('\n');
    for (let i = 0; i < lines.length; i++) {
      let text = lines[i]!;
      const line = first + i;
      while (text.endsWith('\\') && i + 1 < lines.length) text = `${text.slice(0, -1)} ${lines[++i]!.trim()}`;
      text = stripComment(text).trim().replace(/\s+/g, ' ');
      if (text) found.push({ text, line, fenced: true });
    }
  }
  for (const m of markdown.matchAll(INLINE_COMMAND)) {
    if (fencedRanges.some(([a, b]) => m.index >= a && m.index < b)) continue;
    // «`npm run …`» in prose stands for any script, not for one to run.
    if (m[1]!.includes('…')) continue;
    found.push({ text: m[1]!.trim(), line: lineOf(m.index), fenced: false });
  }
  return found.sort((a, b) => a.line - b.line);
}

/** The line without a `#` comment (one outside quotes, at the start or after a space). */
function stripComment(line: string): string {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) quote = c === quote ? '' : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return line.slice(0, i);
  }
  return line;
}

/** Splits a command line into simple commands, each as a list of words (quotes removed). */
export function simpleCommands(text: string): string[][] {
  const commands: string[][] = [[]];
  for (const m of text.matchAll(/&&|\|\||[|;]|"([^"]*)"|'([^']*)'|\$\([^)]*\)|[^\s|;&]+/g)) {
    if (['&&', '||', '|', ';'].includes(m[0])) commands.push([]);
    else commands.at(-1)!.push(m[1] ?? m[2] ?? m[0]);
  }
  return commands.filter((c) => c.length > 0);
}

export interface Project {
  root: string;
  scripts: Record<string, string>;
  /** All the project's own source text, for «is this environment variable read anywhere?». */
  sourceText: string;
}

/** What is wrong with one command (empty when nothing is), as «what: why» strings. */
export function commandProblems(command: DocCommand, project: Project): string[] {
  const problems: string[] = [];
  if (command.fenced) {
    const syntax = spawnSync('bash', ['-n', '-c', command.text], { encoding: 'utf8' });
    if (syntax.status !== 0) problems.push(`not valid shell: ${syntax.stderr.trim()}`);
  }
  for (let words of simpleCommands(command.text)) {
    while (words.length > 0 && /^[A-Z_][A-Z0-9_]*=/.test(words[0]!)) {
      const name = words[0]!.slice(0, words[0]!.indexOf('='));
      if (!new RegExp(`\\b${name}\\b`).test(project.sourceText)) problems.push(`${name}: no code reads it`);
      words = words.slice(1);
    }
    if (words[0] === 'nice') words = words.slice(words[1] === '-n' ? 3 : 1);
    const [program, ...args] = words;
    if (!program) continue;
    problems.push(...programProblems(program, args, project));
  }
  return problems;
}

function programProblems(program: string, args: string[], project: Project): string[] {
  if (program === 'npm') {
    const [sub, ...rest] = args;
    if (sub === 'ci' || sub === 'test') return sub === 'test' ? scriptFlags('test', rest, project) : [];
    if (sub !== 'run') return [`npm ${sub}: not a command the project uses`];
    const [name, ...more] = rest;
    if (!name || !(name in project.scripts)) return [`npm run ${name}: package.json has no such script`];
    return scriptFlags(name, more[0] === '--' ? more.slice(1) : more, project);
  }
  if (program === 'node') {
    // Node's own options come before the file (`node --cpu-prof bench/index-step.ts`): each must be one Node has.
    const own = args.findIndex((a) => !a.startsWith('-'));
    const nodeFlags = own < 0 ? args : args.slice(0, own);
    const unknown = nodeFlags.filter((f) => !process.allowedNodeEnvironmentFlags.has(f.split('=')[0]!));
    if (unknown.length > 0) return unknown.map((f) => `node ${f}: not an option of Node`);
    const file = own < 0 ? undefined : args[own];
    if (!file || !existsSync(path.join(project.root, file))) return [`node ${file}: no such file`];
    return flagProblems(`node ${file}`, args.slice(own + 1), [file], project);
  }
  if (program === 'npx') {
    const bin = args[0];
    if (!bin || !existsSync(path.join(project.root, 'node_modules/.bin', bin)))
      return [`npx ${bin}: not installed by npm ci`];
    return [];
  }
  if (OPERATOR_TOOLS.has(program)) return [];
  return [`${program}: neither an npm script, a project file nor a known operator's tool`];
}

/** Flags given to `npm run <name>` must be in the files its script runs. */
function scriptFlags(name: string, args: string[], project: Project): string[] {
  const files = [...project.scripts[name]!.matchAll(/\S+\.(?:ts|mjs|js|sh)\b/g)].map((m) => m[0]);
  return flagProblems(`npm run ${name}`, args, files, project);
}

function flagProblems(what: string, args: string[], files: string[], project: Project): string[] {
  const flags = args.filter((a) => a.startsWith('--')).map((a) => a.split('=')[0]!);
  if (flags.length === 0) return [];
  const source = files.map((f) => readFileSync(path.join(project.root, f), 'utf8')).join('\n');
  const known = (flag: string) => {
    const name = flag.slice(2).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A `parseArgs` option (`sizes: { type: …`) or the flag as a string literal (`'--sizes'`).
    return new RegExp(`(['"]?)${name}\\1\\s*:\\s*\\{\\s*type\\b|['"\`]--${name}['"\`]`).test(source);
  };
  return flags.filter((f) => !known(f)).map((f) => `${what} ${f}: the script knows no such flag`);
}
