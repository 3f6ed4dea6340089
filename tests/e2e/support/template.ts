// The run's seeded data directory (the template) and its copies, kept true to the day the flows run on.
//
// The demo data is laid out around the day it is seeded: today's session, a follow-up due in two days. The app
// reads "today" from the clock in each organization's time zone, so a template seeded at 23:50 in Shanghai no longer
// has a session today ten minutes later, and every flow that opens today's session fails (as a CI run that crossed
// 16:00 UTC did). So the template records when it was seeded and for which time zones; before a spec starts,
// `ensureFresh` seeds a new one when an organization's day has changed since, and waits for the day to turn when a
// spec started now could still be running at an organization's midnight.
//
// Layout of the template root: `current.json` names the seeded directory in use (`seeded-<ms>`) with its seeding
// time, time zones and the first midnight after it in any of them (prepare-data.ts reckons it with the app's own date
// functions), so that the check before each spec is plain arithmetic and loads no date library (about 1.6 CPU-s a
// spec). A new seeding goes into a directory of its own and then replaces `current.json` by a rename,
// so a copy made beside it (another spec, a server a spec starts) always reads one whole directory.
//
// CLI (run-each.sh): `npx tsx tests/e2e/support/template.ts prepare|fresh|copy <root> [<destination>]`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

interface Seeded {
	dir: string;
	seededAt: string;
	timeZones: string[];
	/** The first midnight after seededAt in any of the time zones: from then on the demo data is a day old. */
	validUntil: string;
}

/** How long a spec may take, at most, on a slow machine: no spec starts closer than this to a midnight. */
const GUARD_MS = Number(process.env.E2E_MIDNIGHT_GUARD_MINUTES ?? 10) * 60_000;
const prepareScript = path.resolve(import.meta.dirname, '../prepare-data.ts');

function readCurrent(root: string): Seeded {
	return JSON.parse(fs.readFileSync(path.join(root, 'current.json'), 'utf8')) as Seeded;
}

function sleep(ms: number) {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Seeds a new directory under root (prepare-data.ts, in a process of its own) and makes it the current one. */
export function prepare(root: string) {
	fs.mkdirSync(root, { recursive: true });
	const dir = `seeded-${Date.now()}`;
	const result = spawnSync(
		process.execPath,
		['--import', 'tsx', prepareScript, path.join(root, dir), path.join(root, `${dir}.json`)],
		{ stdio: 'inherit' }
	);
	if (result.status !== 0) throw new Error(`prepare-data.ts failed (exit ${result.status})`);
	fs.renameSync(path.join(root, `${dir}.json`), path.join(root, 'current.json'));
}

/**
 * Makes the template fit a spec that starts now: waits past a midnight that the spec could run into, and seeds a
 * new template when an organization's day is no longer the day it was seeded on. One process seeds at a time (a
 * lock directory); another that finds the day changed waits for it and then uses its seeding.
 */
export function ensureFresh(root: string) {
	for (;;) {
		const current = readCurrent(root);
		// Before validUntil, every organization's day is still the day it was seeded on, and its next midnight is
		// validUntil itself; from then on the template is stale.
		const wait = new Date(current.validUntil).getTime() - Date.now();
		if (wait > 0 && wait < GUARD_MS) {
			console.log(`e2e template: waiting ${Math.ceil(wait / 1000)} s for midnight in ${current.timeZones}`);
			sleep(wait + 2_000);
			continue;
		}
		if (wait > 0) return current;
		const lock = path.join(root, 'seeding.lock');
		try {
			fs.mkdirSync(lock);
		} catch {
			sleep(1_000);
			continue;
		}
		try {
			if (readCurrent(root).dir === current.dir) {
				console.log(`e2e template: the day changed since ${current.seededAt}; seeding again`);
				prepare(root);
			}
		} finally {
			fs.rmdirSync(lock);
		}
	}
}

/** Copies the current template into destination (which may exist and be empty). */
export function copyCurrent(root: string, destination: string) {
	fs.cpSync(path.join(root, readCurrent(root).dir), destination, { recursive: true });
}

if (process.argv[1] === import.meta.filename) {
	const [command, root, destination] = process.argv.slice(2);
	if (command === 'prepare' && root) prepare(root);
	else if (command === 'fresh' && root) ensureFresh(root);
	else if (command === 'copy' && root && destination) {
		ensureFresh(root);
		copyCurrent(root, destination);
	} else throw new Error('usage: template.ts prepare|fresh <root> | copy <root> <destination>');
}
