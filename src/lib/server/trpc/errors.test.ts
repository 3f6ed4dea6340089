import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { AppError, badRequest, conflict, forbidden, notFound } from '../errors';
import { Prisma } from '../db/generated/client';
import { toTRPCError } from './errors';

describe('toTRPCError (the one mapping of application errors to tRPC)', () => {
	it.each([
		[notFound(), 'NOT_FOUND', 'errors.NOT_FOUND'],
		[forbidden('errors.activity.builtInReadOnly'), 'FORBIDDEN', 'errors.activity.builtInReadOnly'],
		[badRequest('consent.missing.NOTES'), 'BAD_REQUEST', 'consent.missing.NOTES'],
		[conflict('plan.conflict'), 'CONFLICT', 'plan.conflict']
	])('keeps the code and message key of %s', (error, code, key) => {
		expect(error).toBeInstanceOf(AppError);
		expect(error).not.toBeInstanceOf(TRPCError);
		const mapped = toTRPCError(error);
		expect(mapped).toBeInstanceOf(TRPCError);
		expect(mapped).toMatchObject({ code, message: key });
	});

	it('maps a unique-constraint failure to CONFLICT and leaves an unknown error to the 500 path', () => {
		const unique = new Prisma.PrismaClientKnownRequestError('duplicate', {
			code: 'P2002',
			clientVersion: 'x'
		});
		expect(toTRPCError(unique)).toMatchObject({ code: 'CONFLICT', message: 'errors.CONFLICT' });
		expect(toTRPCError(new Error('boom'))).toBeNull();
	});
});
