import { TRPCError } from '@trpc/server';

/** How a call ended: 'OK', or the tRPC error code it was refused with. */
export async function codeOf(promise: Promise<unknown>) {
	try {
		await promise;
		return 'OK';
	} catch (error) {
		return error instanceof TRPCError ? error.code : `not a TRPCError: ${String(error)}`;
	}
}
