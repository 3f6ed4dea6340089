// The JavaScript each page ships, read from the client build (`npm run build`): the chunks that the route's
// nodes (root layout, its layouts, the page) and the client entry import statically, gzip-compressed.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
	file: string;
	imports?: string[];
	dynamicImports?: string[];
	isEntry?: boolean;
}

export interface PageWeight {
	route: string;
	files: number;
	bytes: number;
	gzipBytes: number;
	/** What the page's own node fetches after it is up (dynamic imports, e.g. chart.js), gzip. */
	laterGzipBytes?: number;
}

/** The row for what every page ships: the client entry and the root layout. */
export const SHELL_ROUTE = '(shell: client entry + root layout)';

export function pageWeights(root = process.cwd()): PageWeight[] | null {
	const client = path.join(root, '.svelte-kit/output/client');
	const manifestFile = path.join(client, '.vite/manifest.json');
	const appFile = path.join(root, '.svelte-kit/generated/client-optimized/app.js');
	if (!fs.existsSync(manifestFile) || !fs.existsSync(appFile)) return null;
	const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
	const app = fs.readFileSync(appFile, 'utf8');
	const dictionary = app.match(/export const dictionary = \{([\s\S]*?)\n\t?\};/)?.[1] ?? '';
	const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry && !key.includes('/nodes/'));
	const nodeKey = (n: number) => Object.keys(manifest).find((key) => key.endsWith(`/nodes/${n}.js`));
	const gzipCache = new Map<string, { bytes: number; gzip: number }>();
	const sizeOf = (file: string) => {
		let size = gzipCache.get(file);
		if (!size) {
			const content = fs.readFileSync(path.join(client, file));
			size = { bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
			gzipCache.set(file, size);
		}
		return size;
	};
	const weights: PageWeight[] = [];
	const staticSet = (nodes: number[]) => {
		const seen = new Set<string>();
		const visit = (key: string | undefined) => {
			if (!key || seen.has(key) || !manifest[key]) return;
			seen.add(key);
			for (const imported of manifest[key].imports ?? []) visit(imported);
		};
		for (const key of entries) visit(key);
		for (const n of new Set(nodes)) visit(nodeKey(n));
		return seen;
	};
	const gzipOf = (keys: Iterable<string>) =>
		[...keys]
			.map((key) => manifest[key].file)
			.filter((file) => file.endsWith('.js'))
			.reduce((sum, file) => sum + sizeOf(file).gzip, 0);
	const shell = staticSet([0]);
	weights.push({
		route: SHELL_ROUTE,
		files: shell.size,
		bytes: [...shell].reduce((sum, key) => sum + sizeOf(manifest[key].file).bytes, 0),
		gzipBytes: gzipOf(shell)
	});
	for (const match of dictionary.matchAll(/"([^"]+)":\s*\[(~?)(\d+)(?:,\s*\[([\d,\s]*)\])?/g)) {
		const [, route, , page, layouts] = match;
		const nodes = [0, ...(layouts ? layouts.split(',').map((n) => Number(n.trim())) : []), Number(page)];
		const seen = staticSet(nodes);
		const files = [...seen].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
		const sizes = files.map(sizeOf);
		// What the page's chunks import dynamically (not the shell's: those are the message chunks of every area and
		// language, of which a page loads its own), with what they import that the page does not already have.
		const later = new Set<string>();
		const visitLater = (key: string | undefined) => {
			if (!key || seen.has(key) || later.has(key) || !manifest[key]) return;
			later.add(key);
			for (const imported of manifest[key].imports ?? []) visitLater(imported);
		};
		for (const key of seen)
			if (!shell.has(key)) for (const dynamic of manifest[key].dynamicImports ?? []) visitLater(dynamic);
		weights.push({
			route: route.replace(/\/\([^)]+\)/g, '') || '/',
			files: files.length,
			bytes: sizes.reduce((sum, s) => sum + s.bytes, 0),
			gzipBytes: sizes.reduce((sum, s) => sum + s.gzip, 0),
			laterGzipBytes: gzipOf(later)
		});
	}
	return weights.sort((a, b) => a.route.localeCompare(b.route));
}
