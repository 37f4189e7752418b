import { randomBytes } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { createPglite, type Database, wrapPglite, wrapPool } from "../../src/platform/db/database";
import { migrate } from "../../src/platform/db/migrate";

/**
 * Fresh, migrated databases for tests, fast: a cold PGlite start with migrations takes seconds, so
 * each test worker migrates one template once and clones it for every database it hands out. On
 * PostgreSQL (TEST_DATABASE_URL) a template database is migrated once and copied with
 * CREATE DATABASE … TEMPLATE.
 */
let pgliteTemplate: Promise<PGlite> | undefined;

async function migratedPgliteTemplate(): Promise<PGlite> {
  pgliteTemplate ??= (async () => {
    const client = await createPglite();
    await migrate(wrapPglite(client));
    return client;
  })();
  return pgliteTemplate;
}

export async function freshPglite(): Promise<Database> {
  const template = await migratedPgliteTemplate();
  return wrapPglite((await template.clone()) as PGlite);
}

export const postgresUrl = process.env.TEST_DATABASE_URL;

let postgresTemplate: Promise<string> | undefined;

/** The same server address with another database name. */
export function withDatabase(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${name}`;
  return next.toString();
}

/** Runs one statement on its own connection (creating or dropping a database, say). */
export async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function migratedPostgresTemplate(url: string): Promise<string> {
  postgresTemplate ??= (async () => {
    const name = `gemeinsam_tpl_${process.pid}_${randomBytes(4).toString("hex")}`;
    await adminQuery(url, `create database ${name}`);
    const pool = new pg.Pool({ connectionString: withDatabase(url, name), max: 2 });
    await migrate(await wrapPool(pool));
    await pool.end();
    return name;
  })();
  return postgresTemplate;
}

export async function freshPostgres(url = postgresUrl): Promise<Database> {
  if (!url) throw new Error("TEST_DATABASE_URL is not set");
  const template = await migratedPostgresTemplate(url);
  const name = `gemeinsam_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(url, `create database ${name} template ${template}`);
  const database = await wrapPool(new pg.Pool({ connectionString: withDatabase(url, name), max: 5 }));
  const close = database.close;
  return {
    ...database,
    close: async () => {
      await close();
      await adminQuery(url, `drop database if exists ${name}`);
    },
  };
}

/** The databases data tests run on: always PGlite, and PostgreSQL when TEST_DATABASE_URL is set. */
export const testDatabaseKinds: Array<{ kind: "pglite" | "postgres"; open: () => Promise<Database> }> = [
  { kind: "pglite", open: freshPglite },
  ...(postgresUrl ? [{ kind: "postgres" as const, open: () => freshPostgres() }] : []),
];
