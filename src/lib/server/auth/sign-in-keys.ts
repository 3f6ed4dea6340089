/**
 * The keys a sign-in attempt is counted on. Only failures stay counted (a success takes its attempt back), and
 * never per email alone: a stranger guessing from other addresses must not lock the real person out.
 * - the client's address: one address cannot spray guesses over many emails;
 * - the email at that address: one address cannot keep guessing one person's password.
 */
export function signInKeys(email: string, address: string) {
	return { address: `ip:${address}`, pair: `${emailKeyPrefix(email)}ip:${address}` };
}

/** What every address's key of one email starts with (an admin's unlock forgets them all). */
export function emailKeyPrefix(email: string) {
	return `email:${email.trim().toLowerCase()}|`;
}
