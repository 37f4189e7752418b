-- The catalogue's counter also announces each change (NOTIFY strategy_catalogue, sent on commit),
-- so the embedded database's single process learns of it without reading the counter each time.
CREATE OR REPLACE FUNCTION strategy_catalogue_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO strategy_catalogue_state (id, version) VALUES ('catalogue', 1)
  ON CONFLICT (id) DO UPDATE SET version = strategy_catalogue_state.version + 1;
  PERFORM pg_notify('strategy_catalogue', '');
  RETURN NULL;
END
$$;
