import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { type City, cityKeyPattern, defaultStakeholderGroups, defaultTimeZone, timeZoneName } from "../reference-data";

/** Berlin, the demo city shipped with the platform: used when the setting CITY_FILE names no file. */
export const defaultCityFile = fileURLToPath(new URL("../reference-data/berlin/city.yaml", import.meta.url));

const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `at most ${max} characters`);
const names = z.object(
  { de: text(200), en: text(200) },
  { error: "needs a German and an English name: { de: …, en: … }" },
);
const key = z
  .string({ error: "needs a key" })
  .regex(cityKeyPattern, "a key has lower-case letters, digits, '-' or '_' (at most 64), e.g. altona");

const uniqueKeys = (list: Array<{ key: string }>, ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.key))
      ctx.addIssue({ code: "custom", path: [i, "key"], message: `the key ${item.key} appears twice` });
    seen.add(item.key);
  });
};

/** An IANA time zone, kept by its canonical name ("europe/berlin" is read as Europe/Berlin). */
const timeZone = z.string({ error: "needs a time zone such as Europe/Berlin" }).transform((text, ctx) => {
  const zone = timeZoneName(text.trim());
  if (zone === null) {
    ctx.addIssue({ code: "custom", message: `${text} is no time zone; name one such as Europe/Berlin` });
    return z.NEVER;
  }
  return zone;
});

const cityFileSchema = z
  .object({
    name: names,
    time_zone: timeZone.optional(),
    districts: z
      .array(z.object({ key, name: names }).strict(), { error: "needs a list of districts" })
      .min(1, "needs at least one district")
      .max(200, "at most 200 districts")
      .superRefine(uniqueKeys),
    stakeholder_groups: z
      .array(z.object({ key, name: names }).strict())
      .min(1, "needs at least one group")
      .max(30, "at most 30 groups")
      .superRefine(uniqueKeys)
      .optional(),
    map: z
      .object({
        file: text(500),
        object: text(100),
        property: text(100).default("key"),
        attribution: z.object(
          { de: text(500), en: text(500) },
          { error: "needs the source and licence in German and English" },
        ),
      })
      .strict()
      .optional(),
  })
  .strict();

/** A city file that cannot be used; the message names the file and every problem, one per line. */
export class CityFileError extends Error {
  constructor(source: string, problems: string[]) {
    super(`The city file ${source} cannot be used:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "CityFileError";
  }
}

/**
 * Reads and checks the city file (YAML) and the map file it names, once at start. Every problem is
 * reported at once, so a city fixes its file in one go; the server does not start with a wrong file.
 */
export function loadCityFile(path: string = defaultCityFile): City {
  const known = loaded.get(path);
  if (known) return known;
  const city = readCityFile(path);
  loaded.set(path, city);
  return city;
}

/** Read once per process (a change needs a restart, like every setting). */
const loaded = new Map<string, City>();

function readCityFile(path: string): City {
  let content: string;
  try {
    content = readFileSync(path, "utf8");
  } catch (error) {
    throw new CityFileError(path, [`cannot be read: ${(error as Error).message}`]);
  }
  return parseCityFile(content, path, (file) => readFileSync(resolve(dirname(path), file), "utf8"));
}

/** Parses a city file's text; `readMap` reads the map file it names (relative to the city file). */
export function parseCityFile(content: string, source: string, readMap: (file: string) => string): City {
  let raw: unknown;
  try {
    raw = parseYaml(content);
  } catch (error) {
    throw new CityFileError(source, [`is not valid YAML: ${(error as Error).message}`]);
  }
  const parsed = cityFileSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw new CityFileError(
      source,
      parsed.error.issues.map((issue) => `${issue.path.join(".") || "(file)"}: ${issue.message}`),
    );
  }
  const file = parsed.data;
  const city: City = {
    name: file.name,
    timeZone: file.time_zone ?? defaultTimeZone,
    districts: file.districts,
    stakeholderGroups: file.stakeholder_groups ?? defaultStakeholderGroups,
    map: null,
  };
  if (!file.map) return city;

  let topology: unknown;
  try {
    topology = JSON.parse(readMap(file.map.file));
  } catch (error) {
    throw new CityFileError(source, [`map.file: ${file.map.file} cannot be read as JSON: ${(error as Error).message}`]);
  }
  const geometryIndex = matchGeometries(topology, file.map.object, file.map.property, city, source);
  return { ...city, map: { topology, object: file.map.object, geometryIndex, attribution: file.map.attribution } };
}

/** Checks the topology and finds each district's geometry (by key or German name); every district needs one. */
function matchGeometries(
  topology: unknown,
  object: string,
  property: string,
  city: City,
  source: string,
): Record<string, number> {
  const problems: string[] = [];
  const topo = topology as {
    type?: unknown;
    arcs?: unknown;
    objects?: Record<string, { type?: unknown; geometries?: unknown }>;
  };
  if (topo?.type !== "Topology" || !Array.isArray(topo.arcs) || typeof topo.objects !== "object") {
    throw new CityFileError(source, ["map.file: is not a TopoJSON topology (type Topology with arcs and objects)"]);
  }
  const collection = topo.objects?.[object];
  if (!collection || collection.type !== "GeometryCollection" || !Array.isArray(collection.geometries)) {
    const known = Object.keys(topo.objects ?? {}).join(", ") || "none";
    throw new CityFileError(source, [
      `map.object: the topology has no geometry collection ${object} (it has: ${known})`,
    ]);
  }
  const geometries = collection.geometries as Array<{ type?: unknown; properties?: Record<string, unknown> }>;
  const index: Record<string, number> = {};
  const used = new Set<number>();
  for (const d of city.districts) {
    const at = geometries.findIndex((g) => {
      const value = g?.properties?.[property];
      return value === d.key || value === d.name.de;
    });
    if (at < 0) {
      problems.push(`map: no shape has ${property} = ${d.key} or ${d.name.de} (district ${d.key})`);
      continue;
    }
    if (!["Polygon", "MultiPolygon"].includes(String(geometries[at]?.type))) {
      problems.push(`map: the shape of ${d.key} is a ${String(geometries[at]?.type)}, not a Polygon or MultiPolygon`);
    }
    index[d.key] = at;
    used.add(at);
  }
  geometries.forEach((g, i) => {
    if (!used.has(i)) problems.push(`map: the shape ${String(g?.properties?.[property] ?? i)} belongs to no district`);
  });
  if (problems.length) throw new CityFileError(source, problems);
  return index;
}
