import { TRPCError } from '@trpc/server';
import { Prisma } from '../db/generated/client';

/**
 * Errors carry a message key that the UI translates (`errors.NOT_FOUND`, or a specific key of an area).
 * Ids of another organization are answered NOT_FOUND so that their existence is not revealed.
 */
export const notFound = (key = 'errors.NOT_FOUND') => new TRPCError({ code: 'NOT_FOUND', message: key });
export const unauthorized = () => new TRPCError({ code: 'UNAUTHORIZED', message: 'errors.UNAUTHORIZED' });
export const forbidden = (key = 'errors.FORBIDDEN') => new TRPCError({ code: 'FORBIDDEN', message: key });
export const badRequest = (key = 'errors.BAD_REQUEST') =>
	new TRPCError({ code: 'BAD_REQUEST', message: key });
export const conflict = (key = 'errors.CONFLICT') => new TRPCError({ code: 'CONFLICT', message: key });
/** The server is busy with heavy work (document builds): the same request may be sent again shortly. */
export const busy = (key = 'errors.busy') => new TRPCError({ code: 'TOO_MANY_REQUESTS', message: key });
export const tooManyRequests = (key = 'errors.TOO_MANY_REQUESTS') =>
	new TRPCError({ code: 'TOO_MANY_REQUESTS', message: key });

/** The kind of database error a hand-written statement (`$queryRaw`, P2010) failed with, as the driver adapter names it. */
function rawQueryErrorKind(error: Prisma.PrismaClientKnownRequestError): string | null {
	const meta = error.meta as { driverAdapterError?: { cause?: { kind?: unknown } } } | undefined;
	const kind = meta?.driverAdapterError?.cause?.kind;
	return typeof kind === 'string' ? kind : null;
}

/** Maps database errors that come from bad input to 4xx answers; anything else stays a 500. */
export function fromDatabaseError(error: unknown): TRPCError | null {
	if (error instanceof Prisma.PrismaClientKnownRequestError) {
		const raw = error.code === 'P2010' ? rawQueryErrorKind(error) : null;
		if (error.code === 'P2002' || raw === 'UniqueConstraintViolation') return conflict('errors.CONFLICT');
		if (error.code === 'P2025' || error.code === 'P2003' || raw === 'ForeignKeyConstraintViolation')
			return notFound();
		if (error.code === 'P2000' || raw === 'LengthMismatch') return badRequest('errors.PAYLOAD_TOO_LARGE');
	}
	if (error instanceof Prisma.PrismaClientValidationError) return badRequest();
	return null;
}
