import type { Scale } from 'chart.js';

/** A slot on a member's time axis: the baseline, a session number, or the end. */
export type Slot = 'BASELINE' | number | 'END';

/** The shared x axis of a member's charts: baseline, every session run or scored, then the end if scored. */
export function progressSlots(sessions: { number: number; status: string }[], scored: Slot[]): Slot[] {
	const numbers = new Set<number>(sessions.filter((s) => s.status === 'DONE').map((s) => s.number));
	for (const s of scored) if (typeof s === 'number') numbers.add(s);
	return [
		'BASELINE',
		...[...numbers].sort((a, b) => a - b),
		...(scored.includes('END') ? (['END'] as const) : [])
	];
}

/** Every chart of the page reserves the same width for its y axis, so that their x positions line up. */
export const Y_AXIS_WIDTH = 44;
export function fixedWidth(scale: Scale) {
	scale.width = Y_AXIS_WIDTH;
}
