import { loneliness3Score } from '../../../domain/outcomes';
import { badRequest } from '../../errors';
import { measureItems } from './measures-for-group';

/** One answered scale's score (checked: one answer per item, each within the scale's range); bad answers are a 400. */
export function scoreOf(
	m: { kind: string; items: unknown; itemMin: number; itemMax: number },
	itemScores: number[]
): number {
	const expected = Math.max(1, measureItems(m.items).length);
	if (itemScores.length !== expected) throw badRequest('measures.itemCount');
	if (itemScores.some((v) => !Number.isInteger(v) || v < m.itemMin || v > m.itemMax))
		throw badRequest('measures.outOfRange');
	return m.kind === 'LONELINESS' ? loneliness3Score(itemScores) : itemScores.reduce((a, b) => a + b, 0);
}
