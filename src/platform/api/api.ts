import type { Context, Hono } from "hono";
import { z } from "zod";
import { BadRequest, Invalid, Unauthenticated } from "../errors/errors";
import type { AppEnv } from "../http/env";

type Method = "get" | "post" | "put" | "patch" | "delete";

export interface ApiRouteDefinition<
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: Method;
  /** OpenAPI style: `/api/v1/measures/{slug}`. */
  path: string;
  summary: string;
  tag: string;
  query?: Q;
  body?: B;
  response: R;
  /** Other statuses the route may answer with (problem+json), for the document. */
  errors?: number[];
  /** Whether an API token is required. */
  auth?: boolean;
  /**
   * The permission of a write, checked after the token and before the query and body are read, so
   * nobody learns from a validation message what the route would accept (the use case checks again).
   */
  authorise?: (c: Context<AppEnv>, params: Record<string, string>) => void;
  /** The answer is a file or text rather than JSON (e.g. a `.pb` or CSV export). */
  produces?: string;
  handler: (
    c: Context<AppEnv>,
    input: { query: z.output<Q>; body: z.output<B>; params: Record<string, string> },
  ) => Promise<z.input<R> | Response>;
}

/** Declares an API route: one definition serves the handler, its input checks and the OpenAPI document. */
export function defineApiRoute<Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
  definition: ApiRouteDefinition<Q, B, R>,
): ApiRouteDefinition<Q, B, R> {
  return definition;
}

function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ":$1");
}

function issuesOf(error: z.ZodError, prefix: string) {
  return error.issues.map((issue) => ({ path: [prefix, ...issue.path].join("."), message: issue.message }));
}

export function mountApiRoutes(app: Hono<AppEnv>, definitions: ApiRouteDefinition[]): void {
  for (const definition of definitions) {
    app.on(definition.method.toUpperCase(), honoPath(definition.path), async (c) => {
      if (definition.auth && c.get("state").actor.kind !== "user") {
        c.header("WWW-Authenticate", 'Bearer realm="gemeinsam"');
        throw new Unauthenticated("errors.unauthenticated");
      }
      const params = c.req.param() as Record<string, string>;
      definition.authorise?.(c, params);
      let query: unknown = {};
      if (definition.query) {
        const parsed = definition.query.safeParse(c.req.query());
        if (!parsed.success) throw new BadRequest("errors.invalidQuery", issuesOf(parsed.error, "query"));
        query = parsed.data;
      }
      let body: unknown;
      if (definition.body) {
        const raw = await c.req.json().catch(() => {
          throw new BadRequest("errors.invalidJson");
        });
        const parsed = definition.body.safeParse(raw);
        if (!parsed.success) throw new Invalid("errors.invalidInput", issuesOf(parsed.error, "body"));
        body = parsed.data;
      }
      const result = await definition.handler(c, { query, body, params });
      if (result instanceof Response) return result;
      return c.json(result as object);
    });
  }
}

/** JSON Schema of a Zod schema for the OpenAPI 3.1 document (which uses JSON Schema 2020-12). */
export function jsonSchema(schema: z.ZodType, io: "input" | "output" = "output"): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  return rest;
}
