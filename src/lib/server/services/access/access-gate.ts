import type { Viewer } from '../../../domain/viewer';
import {
	decideFromColumns,
	type GroupAccess,
	type GroupAccessColumns,
	type GroupAccessMode
} from './require-group-access';

/** The access decision a gated handler makes from the columns its own statement selected (`groupAccessSql`). */
export class AccessGate {
	settled = false;
	constructor(
		readonly viewer: Viewer,
		readonly mode: GroupAccessMode
	) {}

	/** Throws the refusal (NOT_FOUND for no row, FORBIDDEN, closed group); call it before using any data. */
	decide(row: GroupAccessColumns | null | undefined): GroupAccess {
		this.settled = true;
		return decideFromColumns(row, this.viewer, this.mode);
	}
}
