import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import type { Viewer } from '../../../domain/viewer';
import type { GroupAccess } from '../access/require-group-access';
import { realtime } from '../../realtime/bus';
import { fromBase64, isDebriefSection, toBase64, type DebriefPresence } from '../../../domain/debrief';
import { badRequest } from '../../errors';
import { debriefChannel, MAX_LIVE_UPDATE_CHARS, type DebriefEvent } from './debrief-channel';

/**
 * Relays one reader's presence in the debrief (Yjs awareness: that they are here, and the section they type in)
 * to the others on the live stream. It is never stored. Only the section is taken from the sender: the name
 * shown is the signed-in person's own, so nobody can appear as someone else, and only a person who may read
 * the debrief can send one (the stream checks each reader again before every event).
 */
export async function relayDebriefPresence(
	viewer: Viewer,
	access: GroupAccess & { sessionId: string },
	input: { update: string; clientId: string }
) {
	const awareness = new Awareness(new Y.Doc());
	try {
		let clients: number[];
		try {
			applyAwarenessUpdate(awareness, fromBase64(input.update), 'remote');
			clients = [...awareness.meta.keys()].filter((id) => id !== awareness.clientID);
		} catch {
			throw badRequest('debrief.badUpdate');
		}
		// One tab speaks for itself only.
		if (clients.length !== 1) throw badRequest('debrief.badUpdate');
		const [client] = clients;
		const sent = awareness.states.get(client) as { section?: unknown } | undefined;
		const states = new Map<number, DebriefPresence | null>([
			[
				client,
				sent
					? {
							user: { id: viewer.userId, name: viewer.name },
							section: isDebriefSection(sent.section) ? sent.section : null
						}
					: null
			]
		]);
		const update = toBase64(encodeAwarenessUpdate(awareness, [client], states as Map<number, never>));
		if (update.length > MAX_LIVE_UPDATE_CHARS) throw badRequest('debrief.badUpdate');
		const event: DebriefEvent = { type: 'presence', clientId: input.clientId, update };
		await (await realtime()).publish(debriefChannel(access.sessionId), event);
		return { ok: true as const };
	} finally {
		awareness.destroy();
	}
}
