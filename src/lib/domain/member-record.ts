interface EntryBase {
	id: string;
	groupId: string;
	groupName: string;
	sessionNumber: number | null;
	date: Date;
}
/** One entry of a member's record (一人一档), as the record page and the .docx show it. */
export type RecordEntry = EntryBase &
	(
		| {
				kind: 'ATTENDANCE';
				status: string;
				minutesLate: number | null;
				absenceReason: string | null;
				note: string | null;
		  }
		| {
				kind: 'MEASURE';
				measureNameZh: string;
				measureNameEn: string;
				point: string;
				score: number;
				itemScores: number[];
				/** staff, or the member themselves (member mode, one-time link) */
				source: string;
		  }
		| {
				kind: 'INTERACTION';
				direction: 'FROM' | 'TO';
				interactionKind: string;
				otherCode: string | null;
				note: string;
		  }
		| { kind: 'OBSERVATION'; note: string; tags: string[] }
		| {
				kind: 'CONFLICT';
				conflictType: string;
				severity: number;
				description: string;
				handling: string;
				resolved: boolean;
				otherCodes: string[];
		  }
	);
