import { localDate } from '$lib/domain/dates';

/** The comparison's filters as they travel in the page's URL (a GET form), shared by the page and the CSV. */
export function comparisonQuery(url: URL) {
	const day = (name: string) => {
		const value = url.searchParams.get(name) ?? '';
		return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
	};
	return {
		themes: url.searchParams.getAll('theme').filter(Boolean).slice(0, 20),
		facilitatorId: url.searchParams.get('facilitator') || null,
		from: day('from'),
		to: day('to')
	};
}

/** Default period of the service statistics: this calendar year up to today, in the organization's time zone. */
export function statisticsQuery(url: URL, timeZone: string, now = new Date()) {
	const day = (name: string, fallback: string) => {
		const value = url.searchParams.get(name) ?? '';
		return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : fallback;
	};
	const today = localDate(now, timeZone);
	return { from: day('from', `${today.slice(0, 4)}-01-01`), to: day('to', today) };
}
