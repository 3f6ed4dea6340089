// Copied into build/ as index.js by harden-build.js (adapter-node's own entry becomes server.js beside it): `node
// build` starts the server in this process, or with WORKERS=n in n worker processes that share the port
// (node:cluster), so that a machine's cores all serve. The instances share nothing in memory they would need to
// agree on: sign-in limits are counted in the database, and realtime messages and cache invalidations go through
// PostgreSQL's NOTIFY, which is why several workers need DATABASE_URL (PGlite belongs to one process).
import cluster from 'node:cluster';
import process from 'node:process';

const raw = process.env.WORKERS?.trim() || '1';
const workers = Number(raw);
const refuse = (/** @type {string} */ problem) => {
	console.error(`Invalid configuration:\n  - WORKERS=${JSON.stringify(raw)}: ${problem}`);
	process.exit(1);
};
if (!Number.isInteger(workers) || workers < 1 || workers > 64) refuse('must be a whole number from 1 to 64');
if (workers > 1 && !process.env.DATABASE_URL?.trim())
	refuse('more than one needs DATABASE_URL: the embedded PGlite database belongs to one process');

// adapter-node's entry, beside this file in build/ only (a variable, so that type checks of src/ do not look for it).
const adapterEntry = './server.js';
if (workers === 1 || cluster.isWorker) {
	await import(adapterEntry);
} else {
	let stopping = false;
	let exitCode = 0;
	const alive = () => Object.values(cluster.workers ?? {}).filter(Boolean);
	/** @param {NodeJS.Signals} signal */
	const stop = (signal) => {
		stopping = true;
		for (const worker of alive()) worker?.process.kill(signal);
		if (alive().length === 0) process.exit(exitCode);
	};
	cluster.on('exit', (worker, code, signal) => {
		if (!stopping) {
			// One worker gone takes the server down, so that its supervisor (systemd, Docker) restarts all of it.
			console.error(`worker ${worker.process.pid} stopped (${signal ?? code}): stopping the others`);
			exitCode = code || 1;
			stop('SIGTERM');
		} else if (alive().length === 0) process.exit(exitCode);
	});
	process.on('SIGTERM', () => stop('SIGTERM'));
	process.on('SIGINT', () => stop('SIGINT'));
	// The first worker applies the migrations (and seeds an empty database) before it listens; the others start
	// once it listens, so that only one of them ever migrates.
	cluster.fork().once('listening', () => {
		for (let i = 1; i < workers && !stopping; i++) cluster.fork();
	});
}
