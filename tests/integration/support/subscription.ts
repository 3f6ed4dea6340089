/**
 * Opens a subscription (what a tRPC caller's subscription answers) and listens for its first event, giving the
 * server a moment to register the listener before the caller acts. `close` ends the subscription.
 */
export async function listenOnce<T>(subscription: Promise<unknown>) {
	const iterator = ((await subscription) as AsyncIterable<T>)[Symbol.asyncIterator]();
	const first = iterator.next();
	await new Promise((resolve) => setTimeout(resolve, 50));
	return {
		next: async () => (await first).value as T,
		close: async () => {
			await iterator.return?.();
		}
	};
}
