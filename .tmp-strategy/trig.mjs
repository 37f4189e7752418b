import { PGlite } from "@electric-sql/pglite";
const db = await PGlite.create();
await db.exec(`create table s (id text primary key, version int not null default 0); create table t (x int);
CREATE OR REPLACE FUNCTION bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO s (id, version) VALUES ('c', 1) ON CONFLICT (id) DO UPDATE SET version = s.version + 1; RETURN NULL; END $$;
CREATE TRIGGER t_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON t FOR EACH STATEMENT EXECUTE FUNCTION bump();
insert into t values (1),(2); update t set x = 3; delete from t where x = 99;`);
console.log((await db.query("select * from s")).rows);
