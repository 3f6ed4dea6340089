// The member-mode PIN lives only in this tab (sessionStorage), salted and hashed; it guards leaving member mode on
// this device, while the facilitator's password (checked by the server under the sign-in limiter) always works.
const KEY = 'gw-member-mode-lock';

interface Lock {
	salt: string;
	hash: string;
	wrong: number;
}

async function digest(salt: string, pin: string) {
	const bytes = new TextEncoder().encode(`${salt}:${pin}`);
	const hash = await crypto.subtle.digest('SHA-256', bytes);
	return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function setMemberModePin(pin: string | null) {
	if (!pin) return sessionStorage.removeItem(KEY);
	const salt = crypto.randomUUID();
	const lock: Lock = { salt, hash: await digest(salt, pin), wrong: 0 };
	sessionStorage.setItem(KEY, JSON.stringify(lock));
}

function read(): Lock | null {
	try {
		const lock = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Lock | null;
		return lock && typeof lock.hash === 'string' ? lock : null;
	} catch {
		return null;
	}
}

/** Whether a PIN was set, and how many wrong tries it has had. */
export function memberModePin() {
	const lock = read();
	return lock ? { wrong: lock.wrong } : null;
}

/** Checks a PIN; a wrong one is counted, and after `maxTries` wrong ones no PIN is accepted any more. */
export async function checkMemberModePin(pin: string, maxTries: number): Promise<'ok' | 'wrong' | 'locked'> {
	const lock = read();
	if (!lock || lock.wrong >= maxTries) return 'locked';
	if ((await digest(lock.salt, pin)) === lock.hash) return 'ok';
	lock.wrong += 1;
	sessionStorage.setItem(KEY, JSON.stringify(lock));
	return lock.wrong >= maxTries ? 'locked' : 'wrong';
}

export function clearMemberModeLock() {
	sessionStorage.removeItem(KEY);
}
