import { z } from 'zod';
import { absenceReasonSchema, attendanceStatusSchema } from '../../../domain/vocabularies';
import { ABSENCE_NOTE_MAX, takesAbsenceReason } from '../../../domain/attendance';
import { idSchema } from '../id';

/** A key the run screen makes per change or note and resends with it until saved: the server applies it once. */
export const clientKeySchema = z
	.string()
	.min(8)
	.max(64)
	.regex(/^[A-Za-z0-9_-]+$/, 'errors.field.invalid');

/**
 * One change made on the run screen; the client makes a fresh key per change and resends it until saved.
 * An absence (缺席, 请假) may carry a reason from the vocabulary and a short note; a mark of attendance carries neither.
 */
export const attendanceChangeSchema = z
	.object({
		key: clientKeySchema,
		memberId: idSchema,
		status: attendanceStatusSchema,
		minutesLate: z.number().int().min(0).max(600).nullable().optional(),
		absenceReason: absenceReasonSchema.nullable().optional(),
		note: z.string().max(ABSENCE_NOTE_MAX).nullable().optional()
	})
	.superRefine((change, ctx) => {
		if (takesAbsenceReason(change.status)) return;
		if (change.absenceReason != null)
			ctx.addIssue({ code: 'custom', path: ['absenceReason'], message: 'absence.reasonNeedsAbsence' });
		if (change.note?.trim())
			ctx.addIssue({ code: 'custom', path: ['note'], message: 'absence.reasonNeedsAbsence' });
	});

export const markAttendanceInput = z.object({
	changes: z.array(attendanceChangeSchema).min(1).max(100)
});

export type AttendanceChange = z.infer<typeof attendanceChangeSchema>;
