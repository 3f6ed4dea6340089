import { TRPCError } from '@trpc/server';
import { AppError } from '../../../src/lib/server/errors';

/** How a call ended: 'OK', or the error code it was refused with (a procedure's tRPC code, a service's AppError code). */
export async function codeOf(promise: Promise<unknown>) {
	try {
		await promise;
		return 'OK';
	} catch (error) {
		if (error instanceof TRPCError || error instanceof AppError) return error.code;
		return `not a TRPCError: ${String(error)}`;
	}
}
