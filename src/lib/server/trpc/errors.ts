import { TRPCError } from '@trpc/server';
import { AppError, fromDatabaseError } from '../errors';

export {
	badRequest,
	busy,
	conflict,
	forbidden,
	notFound,
	tooManyRequests,
	unauthorized,
	fromDatabaseError
} from '../errors';

/**
 * The one place application errors become tRPC errors (used by the procedures' first middleware): an AppError
 * keeps its code and message key, a database error caused by bad input becomes its 4xx; anything else is null
 * (a 500, whose details the error formatter hides).
 */
export function toTRPCError(error: unknown): TRPCError | null {
	const app = error instanceof AppError ? error : fromDatabaseError(error);
	return app ? new TRPCError({ code: app.code, message: app.key, cause: error }) : null;
}
