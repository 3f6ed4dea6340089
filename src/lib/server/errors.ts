import { Prisma } from './db/generated/client';

/** What went wrong, in terms a caller can act on; the API layer maps each to its own status (trpc/errors.ts). */
export type AppErrorCode =
	'BAD_REQUEST' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS';

/**
 * The error services throw: a code and a message key that the UI translates (`errors.NOT_FOUND`, or a specific
 * key of an area). Ids of another organization are answered NOT_FOUND so that their existence is not revealed.
 */
export class AppError extends Error {
	constructor(
		readonly code: AppErrorCode,
		readonly key: string,
		/** Values for the message's `{name}` placeholders (a member's code, never personal data). */
		readonly params?: Record<string, string | number>
	) {
		super(key);
		this.name = 'AppError';
	}
}

export const notFound = (key = 'errors.NOT_FOUND') => new AppError('NOT_FOUND', key);
export const forbidden = (key = 'errors.FORBIDDEN') => new AppError('FORBIDDEN', key);
export const badRequest = (key = 'errors.BAD_REQUEST', params?: Record<string, string | number>) =>
	new AppError('BAD_REQUEST', key, params);
export const conflict = (key = 'errors.CONFLICT') => new AppError('CONFLICT', key);
export const unauthorized = () => new AppError('UNAUTHORIZED', 'errors.UNAUTHORIZED');
/** The server is busy with heavy work (document builds): the same request may be sent again shortly. */
export const busy = (key = 'errors.busy') => new AppError('TOO_MANY_REQUESTS', key);
export const tooManyRequests = (key = 'errors.TOO_MANY_REQUESTS') => new AppError('TOO_MANY_REQUESTS', key);

/** The kind of database error a hand-written statement (`$queryRaw`, P2010) failed with, as the driver adapter names it. */
function rawQueryErrorKind(error: Prisma.PrismaClientKnownRequestError): string | null {
	const meta = error.meta as { driverAdapterError?: { cause?: { kind?: unknown } } } | undefined;
	const kind = meta?.driverAdapterError?.cause?.kind;
	return typeof kind === 'string' ? kind : null;
}

/** Maps database errors that come from bad input to 4xx answers; anything else stays a 500. */
export function fromDatabaseError(error: unknown): AppError | null {
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
