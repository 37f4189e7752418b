import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { type SQL, sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import type pg from "pg";

/** The query interface every data/ file uses; the same on PGlite and on a PostgreSQL server. */
export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Something queries can run on: the database itself or an open transaction. */
export type Executor = Db | Tx;

export interface Database {
  readonly kind: "pglite" | "postgres";
  readonly db: Db;
  /** Raw SQL for migrations and maintenance; application code uses `db`. */
  exec(statement: string): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens an embedded database with the extensions the migrations use (pg_trgm for "similar
 * entries"); a PostgreSQL server ships them in its contrib package. No directory: in memory.
 */
export function createPglite(dataDir?: string): Promise<PGlite> {
  return PGlite.create(dataDir, { extensions: { pg_trgm } });
}

export function wrapPglite(client: PGlite): Database {
  const db = drizzlePglite(client) as unknown as Db;
  return {
    kind: "pglite",
    db,
    exec: async (statement) => {
      await client.exec(statement);
    },
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => client.close(),
  };
}

/**
 * Wraps a PostgreSQL pool. The driver is loaded only here, so that a process on PGlite (and every
 * command-line call that opens no database) does not pay for loading it.
 */
export async function wrapPool(pool: pg.Pool): Promise<Database> {
  const { drizzle: drizzleNodePg } = await import("drizzle-orm/node-postgres");
  const db = drizzleNodePg(pool) as unknown as Db;
  return {
    kind: "postgres",
    db,
    exec: async (statement) => {
      await pool.query(statement);
    },
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => pool.end(),
  };
}

/** Opens PostgreSQL when a URL is given, else the embedded PGlite database under `dataDir`. */
export async function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  if (options.databaseUrl) {
    const { default: pg } = await import("pg");
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    return wrapPool(pool);
  }
  mkdirSync(options.dataDir, { recursive: true });
  const client = await createPglite(`${options.dataDir}/pglite`);
  return wrapPglite(client);
}

/** The rows of a raw SQL query, on either database (both drivers answer with `{ rows }`). */
export async function rowsOf<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
