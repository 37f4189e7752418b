import { type ApiRouteDefinition, jsonSchema } from "./api";

/** Builds the OpenAPI 3.1 document from the same Zod schemas the routes parse with. */
export function openApiDocument(baseUrl: string, routes: readonly ApiRouteDefinition[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const parameters: unknown[] = [];
    for (const name of route.path.match(/\{(\w+)\}/g) ?? []) {
      parameters.push({ name: name.slice(1, -1), in: "path", required: true, schema: { type: "string" } });
    }
    if (route.query) {
      const schema = jsonSchema(route.query, "input") as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        parameters.push({ name, in: "query", required: schema.required?.includes(name) ?? false, schema: property });
      }
    }
    const problem = { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } };
    const responses: Record<string, unknown> = {
      "200": {
        description: "OK",
        content: {
          [route.produces ?? "application/json"]: {
            schema: route.produces ? { type: "string" } : jsonSchema(route.response),
          },
        },
      },
    };
    for (const status of [...(route.query ? [400] : []), ...(route.errors ?? [])]) {
      responses[String(status)] = { description: "Problem", content: problem };
    }
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, unknown>)[route.method] = {
      summary: route.summary,
      tags: [route.tag],
      parameters,
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { "application/json": { schema: jsonSchema(route.body, "input") } },
            },
          }
        : {}),
      ...(route.auth ? { security: [{ bearerToken: [] }] } : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Gemeinsam API",
      version: "1.0.0",
      description:
        "Open data and participation API of the Gemeinsam platform. Lists are paginated with ?page=&pageSize=; errors are RFC 9457 problem details.",
    },
    servers: [{ url: baseUrl }],
    paths,
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "Personal API token from the profile page" },
      },
      schemas: {
        Problem: {
          type: "object",
          required: ["type", "title", "status"],
          properties: {
            type: { type: "string" },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string" },
            instance: { type: "string" },
            requestId: { type: "string" },
            errors: {
              type: "array",
              items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } } },
            },
          },
        },
      },
    },
  };
}
