// Another app instance's realtime bus, in its own process (as a second server would be): prints "ready", then
// every payload it receives on the channel as one JSON line, and publishes every line it reads on stdin.
import readline from 'node:readline';
import { createPostgresBus } from '../../../src/lib/server/realtime/bus';

const [url, channel] = process.argv.slice(2);
const bus = await createPostgresBus(url);
const abort = new AbortController();
process.stdin.on('end', () => {
	abort.abort();
	process.exit(0);
});
readline.createInterface({ input: process.stdin }).on('line', (line) => {
	void bus.publish(channel, JSON.parse(line));
});
console.log('ready');
for await (const payload of bus.subscribe(channel, abort.signal)) console.log(JSON.stringify(payload));
