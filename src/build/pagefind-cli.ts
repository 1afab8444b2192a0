import { spawn } from 'node:child_process';

/**
 * The Pagefind binary the `pagefind` package installed (`pagefind_extended` first, as its own
 * service and CLI wrapper ask for it), found by the package's own resolver, which also honours
 * `PAGEFIND_EXTENDED_BINARY_PATH` / `PAGEFIND_BINARY_PATH`.
 */
export async function pagefindBinary(): Promise<string> {
  // The resolver is not in the package's exports: imported by its file, beside the package's entry.
  const resolver = new URL('resolveBinary.js', import.meta.resolve('pagefind')).href;
  const { resolveBinaryPath } = (await import(resolver)) as { resolveBinaryPath: (names: string[]) => string };
  return resolveBinaryPath(['pagefind_extended', 'pagefind']);
}

/**
 * Indexes every `*.html` under `site` with the Pagefind CLI and writes the index to `outputPath`.
 * Each file's result address is its path (`a/b/index.html` → `/a/b/`), as on a built site.
 *
 * Why the CLI and not the Node API: the API's service parses the pages one message at a time on
 * one core, and its `writeFiles` builds the whole index twice (Pagefind 1.6: the service's
 * `WriteFiles` handler calls `build_indexes`, then `PagefindIndex::write_files` builds again,
 * `pagefind/src/service/mod.rs` and `service/api.rs`). The CLI parses on every core and builds
 * once. Measured on the 5,000-entry benchmark site, the step 33.6 s → 30.5 s with the pages' work
 * on a worker per core (docs/performance.md, «The index step, third round»).
 *
 * It runs in `site` so that no `pagefind.yml` of the project applies. Resolves with the CLI's log;
 * rejects with it when Pagefind exits with an error, and when it skipped a file it could not read
 * («N files failed to index»), which it only warns of.
 */
export async function runPagefindCli(site: string, outputPath: string): Promise<string> {
  const binary = await pagefindBinary();
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['--site', '.', '--output-path', outputPath], {
      cwd: site,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let log = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0 && !/\d+ files? failed to index/.test(log)) resolve(log);
      else if (code === 0) reject(new Error(`Pagefind could not index every document:\n${log.slice(-4000)}`));
      else reject(new Error(`Pagefind exited with ${signal ?? `code ${code}`}:\n${log.slice(-4000)}`));
    });
  });
}
