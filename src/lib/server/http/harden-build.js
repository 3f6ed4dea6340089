// Runs after `vite build`: puts secure-handler.js in front of adapter-node's handler, so that `node build`
// serves static files with the same security headers as pages, and cluster.js in front of adapter-node's entry
// (WORKERS). Fails the build if adapter-node's entry changed.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../../..');
const build = path.join(root, 'build');
const entry = path.join(build, 'index.js');
// adapter-node's entry bundles its handler into a chunk, so the wrapper goes where the server takes it.
const original = '.use(handler)';
const wrapped = '.use(secure(handler))';

fs.copyFileSync(path.join(import.meta.dirname, 'secure-handler.js'), path.join(build, 'secure-handler.js'));
fs.copyFileSync(
	path.join(import.meta.dirname, 'security-headers.js'),
	path.join(build, 'security-headers.js')
);
// adapter-node's entry becomes server.js, started by cluster.js (as index.js) in one process or in WORKERS.
const server = path.join(build, 'server.js');
const adapterEntry = fs.existsSync(server) ? server : entry;
const source = fs.readFileSync(adapterEntry, 'utf8');
if (!source.includes(wrapped)) {
	if (!source.includes(original)) throw new Error(`${entry}: adapter-node's '.use(handler)' was not found`);
	const patched = source.replace(original, wrapped);
	fs.writeFileSync(adapterEntry, `import { secure } from './secure-handler.js';\n${patched}`);
}
if (adapterEntry === entry) {
	fs.renameSync(entry, server);
	fs.copyFileSync(path.join(import.meta.dirname, 'cluster.js'), entry);
}
