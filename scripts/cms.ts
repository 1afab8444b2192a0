/**
 * `npm run cms`: the web editor on your own machine, saving straight into the working copy.
 * Builds the site (unless `--no-build` and a build exists), starts Decap's local proxy
 * (`decap-server`, which reads and writes files under `--root`) and serves the build with the
 * editor at http://127.0.0.1:4322/admin/. Nothing leaves the machine; no sign-in.
 *
 *   node scripts/cms.ts [--root .] [--port 4322] [--proxy-port 8081] [--no-build]
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildSite } from './lib/build-site.ts';
import { parseArgs } from 'node:util';
import { listsFor, stylesOf, writeAdmin } from '../src/integrations/cms.ts';
import { cmsSettings } from '../src/lib/cms/settings.ts';
import { writeHeadersFile } from './write-headers.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: '.' },
    port: { type: 'string', default: '4322' },
    'proxy-port': { type: 'string', default: '8081' },
    'no-build': { type: 'boolean', default: false },
  },
});
const root = path.resolve(values.root);
const outDir = path.join(root, process.env['OUT_DIR'] || 'dist');
const node = process.execPath;
const require = createRequire(import.meta.url);

if (!values['no-build'] || !existsSync(path.join(outDir, 'index.html'))) {
  console.log('Bygger nettstedet …');
  const built = buildSite(root, { OUT_DIR: outDir, BASE_PATH: '/' }, { inherit: true });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// The local proxy: Decap's own server, editing the files under `root` (its «fs» mode, no git commits).
const proxyPort = values['proxy-port'];
const proxy = spawn(node, [require.resolve('decap-server/dist/index.js')], {
  stdio: 'inherit',
  env: { ...process.env, PORT: proxyPort, GIT_REPO_DIRECTORY: root, MODE: 'fs' },
});
const localBackendUrl = `http://localhost:${proxyPort}/api/v1`;
const site = `http://127.0.0.1:${values.port}/`;
const settings = cmsSettings(process.env);
const connect = writeAdmin(outDir, {
  backend: settings.backend,
  connect: [],
  localBackendUrl,
  siteUrl: site,
  previewStyles: stylesOf(readFileSync(path.join(outDir, 'index.html'), 'utf8')),
  ...listsFor(root),
});
// The local proxy's origin in the policy of /admin/.
writeHeadersFile(outDir, connect);

// The build's own static server, headers included, with the local editor's policy for /admin/.
const server = spawn(
  node,
  [path.join(import.meta.dirname, 'serve.ts'), '--dir', outDir, '--base', '/', '--port', values.port],
  { stdio: 'inherit' },
);
console.log(`Redigering: ${site}admin/  (lagrer i ${root}/content/)`);
const stop = () => {
  proxy.kill();
  server.kill();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
proxy.on('exit', (code) => code && process.exit(code));
