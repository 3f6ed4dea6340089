// Preloaded into the built server by `bench/load.ts --profile DIR` (node --import): profiles the whole process and
// writes DIR/server-<pid>.cpuprofile when adapter-node has shut down. Node's own --cpu-prof writes only on a
// clean exit, which the server, its database pool still open, does not reach before the bench kills it.
import fs from 'node:fs';
import inspector from 'node:inspector';
import path from 'node:path';

const dir = process.env.BENCH_CPU_PROFILE_DIR;
if (dir) {
	const session = new inspector.Session();
	session.connect();
	session.post('Profiler.enable', () => session.post('Profiler.start'));
	process.once('sveltekit:shutdown', () => {
		session.post('Profiler.stop', (error, result) => {
			if (error) console.error('cpu profile:', error);
			else
				fs.writeFileSync(path.join(dir, `server-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
		});
	});
}
