/**
 * Runs the W3C Nu HTML Checker (vnu-jar from npm, on Java) over many files in ONE Java process
 * (starting Java is the slow part) and returns its messages.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

export function vnuJar(): string {
  // vnu-jar's main export is the path of vnu.jar.
  return String(createRequire(import.meta.url)('vnu-jar'));
}

export function checkHtml(files: readonly string[]): VnuMessage[] {
  if (files.length === 0) return [];
  const run = spawnSync('java', ['-jar', vnuJar(), '--format', 'json', '--skip-non-html', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw new Error(`Could not run java for the HTML checker: ${run.error.message}`);
  try {
    return (JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`The HTML checker gave no JSON (exit ${run.status}): ${run.stderr.slice(0, 2000)}`);
  }
}

/** Errors are what fail a page: real errors, and files the checker could not read. */
export function isError(m: VnuMessage): boolean {
  return m.type === 'error' || m.type === 'non-document-error';
}
