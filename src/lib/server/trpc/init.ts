import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { Context, Viewer } from './context';
import { refuseBadText } from './input-guard';
import { toTRPCError } from './errors';
import { AppError } from '../errors';
import { transformer } from '../../trpc/transformer';
import type { OrgRole } from '../db/generated/enums';
import type { Meta } from './meta';
import { procedureStarted } from '../http/server-timing';

export interface FieldError {
	path: string;
	code: string;
	/** A message key of `errors.field.*`, with its parameters. */
	key: string;
	params?: Record<string, number>;
}

function fieldErrors(error: ZodError): FieldError[] {
	return error.issues.map((issue): FieldError => {
		const path = issue.path.join('.');
		if (issue.code === 'too_big')
			return issue.origin === 'string'
				? { path, code: issue.code, key: 'errors.field.tooLong', params: { max: Number(issue.maximum) } }
				: { path, code: issue.code, key: 'errors.field.tooBig', params: { max: Number(issue.maximum) } };
		if (issue.code === 'too_small')
			return issue.origin === 'string' && Number(issue.minimum) <= 1
				? { path, code: issue.code, key: 'errors.field.required' }
				: issue.origin === 'string'
					? { path, code: issue.code, key: 'errors.field.tooShort' }
					: { path, code: issue.code, key: 'errors.field.tooSmall', params: { min: Number(issue.minimum) } };
		return {
			path,
			code: issue.code,
			key: issue.message.startsWith('errors.') ? issue.message : 'errors.field.invalid'
		};
	});
}

const TRPC_BATCH_TOO_LARGE = 'Batch call exceeds maximum size';

const t = initTRPC
	.context<Context>()
	.meta<Meta>()
	.create({
		transformer,
		errorFormatter({ shape, error }) {
			const zod = error.cause instanceof ZodError ? error.cause : null;
			// tRPC's own refusal of a batch over `maxBatchSize` carries English text, not a message key.
			if (error.code === 'BAD_REQUEST' && error.message === TRPC_BATCH_TOO_LARGE)
				return {
					...shape,
					message: 'errors.batchTooLarge',
					data: { code: shape.data.code, httpStatus: shape.data.httpStatus, fieldErrors: null }
				};
			const internal = error.code === 'INTERNAL_SERVER_ERROR';
			return {
				...shape,
				// Never leak internals: an unexpected error reaches the client as a generic key.
				message: zod
					? error.message.startsWith('errors.')
						? error.message
						: 'errors.BAD_REQUEST'
					: internal
						? 'errors.INTERNAL_SERVER_ERROR'
						: shape.message,
				data: {
					code: shape.data.code,
					httpStatus: shape.data.httpStatus,
					fieldErrors: zod ? fieldErrors(zod) : null,
					...(error.cause instanceof AppError && error.cause.params ? { params: error.cause.params } : {})
				}
			};
		}
	});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

// First of all, so that the request's procedures time covers input checks and error mapping too.
const timeProcedure = t.middleware(async ({ ctx, next }) => {
	if (!ctx.timing) return next();
	const done = procedureStarted(ctx.timing);
	try {
		return await next();
	} finally {
		done();
	}
});

// Services throw AppError (and Prisma its own errors); this first middleware of every procedure maps them once.
const mapAppErrors = t.middleware(async ({ next }) => {
	const result = await next();
	if (!result.ok) {
		const mapped = toTRPCError(result.error.cause);
		if (mapped) throw mapped;
	}
	return result;
});

const guardInput = t.middleware(async ({ getRawInput, next }) => {
	await refuseBadText(getRawInput);
	return next();
});

export const publicProcedure = t.procedure
	.meta({ access: { kind: 'public' } })
	.use(timeProcedure)
	.use(mapAppErrors)
	.use(guardInput);

/** Signed in and a member of an organization. */
export const authedProcedure = publicProcedure.meta({ access: { kind: 'authed' } }).use(({ ctx, next }) => {
	if (!ctx.viewer) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'errors.UNAUTHORIZED' });
	return next({ ctx: { ...ctx, viewer: ctx.viewer as Viewer } });
});

/** Signed in with one of these organization roles. */
export const roleProcedure = (...roles: OrgRole[]) =>
	authedProcedure.meta({ access: { kind: 'role', roles } }).use(({ ctx, next }) => {
		if (!roles.includes(ctx.viewer.role))
			throw new TRPCError({ code: 'FORBIDDEN', message: 'errors.FORBIDDEN' });
		return next();
	});

export { idSchema } from '../schemas/id';
