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

/** Default period of the service statistics: this calendar year up to today. */
export function statisticsQuery(url: URL, today = new Date()) {
	const day = (name: string, fallback: string) => {
		const value = url.searchParams.get(name) ?? '';
		return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : fallback;
	};
	const iso = today.toISOString().slice(0, 10);
	return { from: day('from', `${iso.slice(0, 4)}-01-01`), to: day('to', iso) };
}
