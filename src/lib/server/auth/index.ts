import { database } from '../db';
import { createAuth, type Auth } from './auth';

let auth: Promise<Auth> | undefined;

export function getAuth(): Promise<Auth> {
	auth ??= database().then((db) => createAuth(db.prisma));
	return auth;
}
