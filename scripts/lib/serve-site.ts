import { spawn, type ChildProcess } from 'node:child_process';

/** How long a served build may take to answer: generous, as the tests share two cores with builds. */
const START_WITHIN_MS = 60_000;

/**
 * Serves a built site with scripts/serve.ts (as a static host would: `_headers` applied) on
 * 127.0.0.1:`port` under `base`, and resolves once `base` answers 200. Throws, with the server
 * stopped, if it does not within a minute. Stop it with `.kill()`.
 */
export async function serveSite(dir: string, base: string, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['scripts/serve.ts', '--dir', dir, '--base', base, '--port', String(port)], {
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}${base}`;
  for (const until = Date.now() + START_WITHIN_MS; Date.now() < until;) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return server;
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`${dir} served on ${url} did not answer within ${START_WITHIN_MS / 1000} s`);
}
