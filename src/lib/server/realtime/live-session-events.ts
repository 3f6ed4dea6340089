import type { PrismaClient } from '../db/generated/client';
import type { Viewer } from '../../domain/viewer';
import { toTRPCError } from '../trpc/errors';
import { requireLiveSessionRead } from '../services/access/require-live-access';
import { realtime } from './bus';

/**
 * A session's live channel for one viewer. Access is asked again before every event is delivered, so a stream
 * stops the moment its reader is signed out, deactivated or no longer allowed to read the group (the refusal
 * ends it); `keep` drops events before the check (the reader's own echoes).
 */
export async function* liveSessionEvents<T>(options: {
	prisma: PrismaClient;
	viewer: Viewer;
	sessionId: string;
	channel: string;
	signal: AbortSignal | undefined;
	keep?: (event: T) => boolean;
}): AsyncGenerator<T> {
	const bus = await realtime();
	for await (const event of bus.subscribe(options.channel, options.signal)) {
		if (options.keep && !options.keep(event as T)) continue;
		// A refusal while streaming does not pass the procedures' error mapping (that ran when the stream opened).
		await requireLiveSessionRead(options.prisma, options.viewer, options.sessionId).catch((error) => {
			throw toTRPCError(error) ?? error;
		});
		yield event as T;
	}
}
