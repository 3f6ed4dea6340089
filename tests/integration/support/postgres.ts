import pg from 'pg';

/** The machine's PostgreSQL (trust auth); tests make their own throwaway databases on it. */
export const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string) {
	return ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
}

export async function adminQuery(sql: string) {
	const client = new pg.Client({ connectionString: ADMIN_URL });
	await client.connect();
	try {
		await client.query(sql);
	} finally {
		await client.end();
	}
}
