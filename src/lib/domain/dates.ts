/** Minutes that a time zone is ahead of UTC at a given instant (480 for Asia/Shanghai). */
export function zoneOffsetMinutes(timeZone: string, at: Date): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	}).formatToParts(at);
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const asUtc = Date.UTC(
		get('year'),
		get('month') - 1,
		get('day'),
		get('hour'),
		get('minute'),
		get('second')
	);
	return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The instant at which the calendar day containing `at` begins in the time zone. */
export function startOfDayInZone(at: Date, timeZone: string): Date {
	const offset = zoneOffsetMinutes(timeZone, at);
	const local = new Date(at.getTime() + offset * 60_000);
	const midnightAsUtc = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
	return new Date(
		midnightAsUtc - zoneOffsetMinutes(timeZone, new Date(midnightAsUtc - offset * 60_000)) * 60_000
	);
}

/** The wall-clock date 'YYYY-MM-DD' of an instant in a time zone. */
export function localDate(at: Date, timeZone: string): string {
	return new Date(at.getTime() + zoneOffsetMinutes(timeZone, at) * 60_000).toISOString().slice(0, 10);
}

/** The instant of a wall-clock date and time ('2026-03-02', '14:30') in a time zone. */
export function zonedDateTime(date: string, time: string, timeZone: string): Date {
	const [y, m, d] = date.split('-').map(Number);
	const [hh, mm] = time.split(':').map(Number);
	const guess = Date.UTC(y, m - 1, d, hh, mm);
	const offset = zoneOffsetMinutes(timeZone, new Date(guess));
	return new Date(guess - offset * 60_000);
}

export function addDays(at: Date, days: number): Date {
	return new Date(at.getTime() + days * 86_400_000);
}
