// Runs after `vite build`: puts secure-handler.js in front of adapter-node's handler, so that `node build`
// serves static files with the same security headers as pages. Fails the build if adapter-node's entry changed.
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
const source = fs.readFileSync(entry, 'utf8');
if (!source.includes(wrapped)) {
	if (!source.includes(original)) throw new Error(`${entry}: adapter-node's '.use(handler)' was not found`);
	const patched = source.replace(original, wrapped);
	fs.writeFileSync(entry, `import { secure } from './secure-handler.js';\n${patched}`);
}
