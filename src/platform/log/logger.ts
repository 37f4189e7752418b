/** A small structured logger: one JSON line per entry, so logs can be searched by request id. */
export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Logger {
  const log =
    (at: Exclude<LogLevel, "silent">) =>
    (message: string, fields: LogFields = {}) => {
      if (order[at] < order[level]) return;
      write(JSON.stringify({ time: new Date().toISOString(), level: at, message, ...fields }));
    };
  return { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
}

/** A logger that keeps entries in memory, for tests that assert what was logged. */
export function createMemoryLogger(): Logger & { entries: Array<LogFields & { level: string; message: string }> } {
  const entries: Array<LogFields & { level: string; message: string }> = [];
  const logger = createLogger("debug", (line) => entries.push(JSON.parse(line)));
  return Object.assign(logger, { entries });
}
