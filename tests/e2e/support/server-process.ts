// Starts the built app (`node build`) as a child process of a test, on its own port and database, for the
// specs that need to kill it, restart it, or run two of it: the reliability and rate-limit checks.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { copyCurrent } from './template';

const root = path.resolve(import.meta.dirname, '../../..');

export interface ServerProcess {
	url: string;
	child: ChildProcess;
	output: () => string;
	/** Resolves when the process has exited. */
	exited: Promise<number | null>;
	kill(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * A data directory of its own for a server. Under run-each.sh it is a copy of the run's migrated and seeded template
 * (E2E_TEMPLATE_DIR), as the spec's own server gets, so that the server starts at once instead of migrating and
 * seeding (about ten seconds); without it, empty: the server then migrates and seeds it as on a new machine.
 */
export function tempDataDir(prefix = 'gw-e2e-proc-') {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	const template = process.env.E2E_TEMPLATE_DIR;
	if (template) copyCurrent(template, dir);
	return dir;
}

/** A port that nothing listens on now: the system picks it for a listener on port 0, which is then closed. */
export async function freePort(): Promise<number> {
	const probe = net.createServer();
	await new Promise<void>((resolve, reject) => {
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', resolve);
	});
	const { port } = probe.address() as net.AddressInfo;
	await new Promise((resolve) => probe.close(resolve));
	return port;
}

/**
 * Starts `node build` on a free port (or the one given) and waits until it serves the sign-in page. Answers
 * are trusted only once the child itself says it listens: when another process holds the port, the child
 * fails to bind and exits, instead of the test talking to a stranger's server.
 */
export async function startServer(options: {
	port?: number;
	dataDir?: string;
	databaseUrl?: string;
	env?: Record<string, string>;
	/** Node's own options, before the script (e.g. --cpu-prof, which NODE_OPTIONS does not take). */
	nodeArgs?: string[];
	timeoutMs?: number;
}): Promise<ServerProcess> {
	const port = options.port ?? (await freePort());
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [...(options.nodeArgs ?? []), process.env.E2E_BUILD_DIR ?? 'build'], {
		cwd: root,
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: url,
			DATA_DIR: options.dataDir ?? '',
			DATABASE_URL: options.databaseUrl ?? '',
			SIGN_IN_RATE_LIMIT: '1000',
			SHUTDOWN_TIMEOUT: '2',
			...options.env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	child.stdout?.on('data', (chunk) => (log += chunk));
	child.stderr?.on('data', (chunk) => (log += chunk));
	const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
	const deadline = Date.now() + (options.timeoutMs ?? 120_000);
	for (;;) {
		if (child.exitCode !== null || child.signalCode !== null)
			throw new Error(`server exited while starting:\n${log}`);
		if (/^Listening on /m.test(log)) {
			try {
				const response = await fetch(`${url}/sign-in`);
				if (response.ok) break;
			} catch {
				// not answering yet
			}
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`server did not start in time:\n${log}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return {
		url,
		child,
		output: () => log,
		exited,
		/** Stops the server (SIGTERM, then SIGKILL after 5 s if it is still closing connections). */
		async kill(signal = 'SIGTERM') {
			if (child.exitCode === null && child.signalCode === null) child.kill(signal);
			const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
			await exited;
			clearTimeout(timer);
		}
	};
}

/** Signs in through the form, as a browser would; answers the Cookie header of the session. */
export async function signInCookie(url: string, email: string, password: string): Promise<string> {
	const response = await fetch(`${url}/sign-in`, {
		method: 'POST',
		headers: { origin: url, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
		body: new URLSearchParams({ email, password }),
		redirect: 'manual'
	});
	const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]);
	const session = cookies.filter((c) => /session_token|session_data/.test(c));
	if (!session.length)
		throw new Error(`sign-in as ${email} failed: HTTP ${response.status} ${cookies.join(' ')}`);
	return session.join('; ');
}

/** Calls a tRPC procedure over HTTP (superjson envelope), as the browser client does. */
export async function trpc(
	url: string,
	cookie: string,
	procedure: string,
	input: unknown,
	type: 'query' | 'mutation'
) {
	const encoded = encodeURIComponent(JSON.stringify({ json: input }));
	const response =
		type === 'query'
			? await fetch(`${url}/api/trpc/${procedure}?input=${encoded}`, { headers: { cookie, origin: url } })
			: await fetch(`${url}/api/trpc/${procedure}`, {
					method: 'POST',
					headers: { cookie, origin: url, 'content-type': 'application/json' },
					body: JSON.stringify({ json: input })
				});
	const body = (await response.json()) as {
		result?: { data?: { json?: unknown } };
		error?: { json?: unknown };
	};
	return { status: response.status, data: body.result?.data?.json, error: body.error?.json };
}
