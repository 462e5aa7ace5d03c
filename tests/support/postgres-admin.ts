import pg from 'pg';
import { postgresUrl } from './test-env.ts';

/** CREATE/DROP DATABASE, which cannot run inside a pool's transaction. */
export async function adminQuery(text: string) {
  const admin = new pg.Client({ connectionString: postgresUrl! });
  await admin.connect();
  try {
    return await admin.query(text);
  } finally {
    await admin.end();
  }
}
