export type ItemOutcome = 'done' | 'skipped';

interface TimerState {
	/** Index of the current plan item; equal to the item count when the plan is complete. */
	index: number;
	/** When the current item started (ms), null before the start. */
	startedAt: number | null;
	/** When the timer was paused (ms), null while running. */
	pausedAt: number | null;
	/** Extra minutes given to the current item. */
	extraMinutes: number;
	outcomes: Record<number, ItemOutcome>;
}

const initial = (): TimerState => ({
	index: 0,
	startedAt: null,
	pausedAt: null,
	extraMinutes: 0,
	outcomes: {}
});

/** The session timer along the plan. It lives in the browser (localStorage), so a reload keeps the place. */
export class RunTimer {
	state = $state<TimerState>(initial());
	now = $state(Date.now());
	#key: string;

	constructor(
		sessionId: string,
		private minutes: () => number[]
	) {
		this.#key = `gw.timer.${sessionId}`;
	}

	start() {
		try {
			const stored = localStorage.getItem(this.#key);
			if (stored) this.state = { ...initial(), ...(JSON.parse(stored) as TimerState) };
		} catch {
			localStorage.removeItem(this.#key);
		}
		const tick = setInterval(() => (this.now = Date.now()), 1000);
		return () => clearInterval(tick);
	}

	get started() {
		return this.state.startedAt !== null;
	}
	get paused() {
		return this.state.pausedAt !== null;
	}
	get finished() {
		return this.state.index >= this.minutes().length;
	}

	/** Seconds left of the current item (negative when it runs over). */
	secondsLeft = $derived.by(() => {
		const { startedAt, pausedAt, index, extraMinutes } = this.state;
		const planned = ((this.minutes()[index] ?? 0) + extraMinutes) * 60;
		if (startedAt === null) return planned;
		const elapsed = ((pausedAt ?? this.now) - startedAt) / 1000;
		return Math.round(planned - elapsed);
	});

	#save(next: TimerState) {
		this.state = next;
		localStorage.setItem(this.#key, JSON.stringify(next));
	}

	begin() {
		this.now = Date.now();
		this.#save({ ...initial(), startedAt: this.now });
	}

	togglePause() {
		const now = Date.now();
		this.now = now;
		const { pausedAt, startedAt } = this.state;
		if (startedAt === null) return;
		this.#save(
			pausedAt === null
				? { ...this.state, pausedAt: now }
				: { ...this.state, pausedAt: null, startedAt: startedAt + (now - pausedAt) }
		);
	}

	advance(outcome: ItemOutcome) {
		const now = Date.now();
		this.now = now;
		this.#save({
			...this.state,
			outcomes: { ...this.state.outcomes, [this.state.index]: outcome },
			index: this.state.index + 1,
			startedAt: now,
			pausedAt: this.state.pausedAt === null ? null : now,
			extraMinutes: 0
		});
	}

	extend(minutes: number) {
		this.#save({ ...this.state, extraMinutes: this.state.extraMinutes + minutes });
	}

	reset() {
		localStorage.removeItem(this.#key);
		this.state = initial();
	}
}

/** 125 → "2:05". */
export function formatClock(seconds: number) {
	const s = Math.abs(seconds);
	return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
