import { z } from 'zod';
import { attendanceStatusSchema } from '../../../domain/vocabularies';
import { idSchema } from '../id';

/** A key the run screen makes per change or note and resends with it until saved: the server applies it once. */
export const clientKeySchema = z
	.string()
	.min(8)
	.max(64)
	.regex(/^[A-Za-z0-9_-]+$/, 'errors.field.invalid');

/** One change made on the run screen; the client makes a fresh key per change and resends it until saved. */
export const attendanceChangeSchema = z.object({
	key: clientKeySchema,
	memberId: idSchema,
	status: attendanceStatusSchema,
	minutesLate: z.number().int().min(0).max(600).nullable().optional()
});

export const markAttendanceInput = z.object({
	changes: z.array(attendanceChangeSchema).min(1).max(100)
});

export type AttendanceChange = z.infer<typeof attendanceChangeSchema>;
