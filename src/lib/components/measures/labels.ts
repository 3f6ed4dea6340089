/** The labels of the values from min to max, as the scale procedures take them (empty texts stay empty). */
export function labelsToSend(labels: Record<number, { zh: string; en: string }>, min: number, max: number) {
	if (!Number.isInteger(min) || !Number.isInteger(max) || max < min || max - min > 110) return [];
	return Array.from({ length: max - min + 1 }, (_, i) => min + i).map((value) => ({
		value,
		zh: labels[value]?.zh.trim() ?? '',
		en: labels[value]?.en.trim() ?? ''
	}));
}
