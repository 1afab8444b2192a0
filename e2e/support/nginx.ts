/**
 * Serves a build with nginx, configured from the «nginx» section of docs/deploying.md itself (the
 * headers snippet and the `server` block), so the test checks what a reader of the guide would deploy.
 * Only what cannot work on a test machine is changed: the address it listens on (no TLS), where
 * the site and the snippet are, and the process's own files.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The deploying guide, where operators read how to configure nginx. */
export const DEPLOYING_GUIDE = 'docs/deploying.md';

/** The ```nginx blocks of the guide's nginx section: the headers snippet, then the server block. */
export function guideNginxBlocks(guide: string): { snippet: string; server: string } {
  const start = guide.indexOf('\n## nginx\n');
  if (start < 0) throw new Error(`${DEPLOYING_GUIDE} has no «## nginx» section`);
  const end = guide.indexOf('\n## ', start + 1);
  const section = guide.slice(start, end < 0 ? undefined : end);
  const blocks = [...section.matchAll(/```nginx\n([\s\S]*?)```/g)].map((m) => m[1]!);
  if (blocks.length !== 2)
    throw new Error(`${DEPLOYING_GUIDE}'s nginx section has ${blocks.length} nginx blocks, expected 2`);
  return { snippet: blocks[0]!, server: blocks[1]! };
}

/** The guide's server block, made to run here. */
export function localServerBlock(server: string, options: { port: number; root: string; snippet: string }): string {
  const replaced = server
    .replace(/^(\s*)listen\s+[^;]*;/m, `$1listen 127.0.0.1:${options.port};`)
    .replace(/^(\s*)root\s+[^;]*;/m, `$1root ${options.root};`)
    .replaceAll('include snippets/kunnskapsbanken-headers.conf;', `include ${options.snippet};`);
  for (const [what, re] of [
    ['listen', /listen 127\.0\.0\.1:/],
    ['root', new RegExp(`root ${options.root};`)],
    ['include', new RegExp(`include ${options.snippet};`)],
  ] as const) {
    if (!re.test(replaced)) throw new Error(`${DEPLOYING_GUIDE}'s server block has no «${what}» line to adapt`);
  }
  return replaced;
}

export interface Nginx {
  origin: string;
  stop: () => void;
}

function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nginx did not listen on port ${port}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/** Starts nginx serving `dist` at `base` on `port`, configured as docs/deploying.md says. */
export async function startNginx(options: { nginx: string; dist: string; base: string; port: number }): Promise<Nginx> {
  const { snippet, server } = guideNginxBlocks(readFileSync(DEPLOYING_GUIDE, 'utf8'));
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-nginx-'));
  // The guide puts the site in a folder named after the base path under `root`.
  const root = path.join(dir, 'www');
  const siteDir = path.join(root, options.base.replace(/^\/|\/$/g, ''));
  mkdirSync(path.dirname(siteDir), { recursive: true });
  symlinkSync(path.resolve(options.dist), siteDir);
  const snippetFile = path.join(dir, 'kunnskapsbanken-headers.conf');
  writeFileSync(snippetFile, snippet);
  const confPath = /--conf-path=(\S+)/.exec(
    execFileSync(options.nginx, ['-V'], { encoding: 'utf8', stdio: 'pipe' }),
  )?.[1];
  const mimeTypes = path.join(path.dirname(confPath ?? '/etc/nginx/nginx.conf'), 'mime.types');
  const conf = [
    // As root the workers would run as «nobody», who may not read a checkout under /root.
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes 1;',
    'daemon off;',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    'events { worker_connections 128; }',
    'http {',
    `  include ${mimeTypes};`,
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/${t};`),
    localServerBlock(server, { port: options.port, root, snippet: snippetFile }),
    '}',
  ].join('\n');
  const confFile = path.join(dir, 'nginx.conf');
  writeFileSync(confFile, conf);
  const child: ChildProcess = spawn(options.nginx, ['-p', dir, '-e', `${dir}/error.log`, '-c', confFile], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`nginx exited (${code}): ${stderr}`))),
  );
  await Promise.race([waitForPort(options.port, 10_000), exited]);
  return {
    origin: `http://127.0.0.1:${options.port}`,
    stop: () => {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
