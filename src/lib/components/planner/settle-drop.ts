/**
 * svelte-dnd-action decides where a dragged item would land by looking every ~160 ms (and only after the item
 * moved 10 px), and drops it where its indicator (the shadow item) was at the last look. A finger lifted
 * sooner than that after its last move drops where the indicator was a moment ago, so the same drop onto a
 * step landed before it or after it depending on timing. While a drag is over the plan, the release is held
 * back until the indicator has caught up with where the finger was lifted, then passed on: the drop lands
 * where the indicator shows, every time.
 */
export const SETTLE_MS = 400;

export function settleDropBeforeRelease(isDragging: () => boolean, settleMs = SETTLE_MS) {
	let held = false;
	const hold = (event: Event) => {
		if (!event.isTrusted || held || !isDragging()) return;
		// Captured on window before the library's own listener there, which then gets the release later.
		event.stopImmediatePropagation();
		held = true;
		setTimeout(() => {
			held = false;
			window.dispatchEvent(new Event(event.type));
		}, settleMs);
	};
	const types = ['touchend', 'mouseup'] as const;
	for (const type of types) window.addEventListener(type, hold, { capture: true });
	return () => {
		for (const type of types) window.removeEventListener(type, hold, { capture: true });
	};
}
