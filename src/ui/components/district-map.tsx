import { type GeoPath, type GeoPermissibleObjects, geoPath, geoTransform } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryObject, Topology } from "topojson-specification";
import type { City } from "../../platform/reference-data";

/**
 * District maps drawn on the server as inline SVG from the city's TopoJSON (d3-geo, topojson-client):
 * no tiles, no script, no third-party request. A map never stands alone: every page that shows one
 * also shows the same figures as a table, and the map's caption says what it shows and where the
 * outlines come from. Colours come from classes (the CSP allows no inline styles); the levels are
 * `district-map__area--level-0` (none) to `--level-4` (most).
 */

/** One district on a map. */
export interface MapArea {
  key: string;
  /** The accessible name: the district's name and what the map says about it ("Mitte: 3 measures"). */
  label: string;
  /** Where the district leads; a map with links makes every district reachable with the keyboard. */
  href?: string;
  /** 0 (nothing) to 4 (the most); drawn as shades of the theme colour. */
  level?: number;
  /** A short text drawn in the district (e.g. its count); hidden from screen readers, the label says it. */
  text?: string;
}

interface Outline {
  d: string;
  at: [number, number];
}

interface Drawing {
  width: number;
  height: number;
  outlines: Map<string, Outline>;
}

const WIDTH = 600;
const PAD = 4;
const drawings = new WeakMap<City, Drawing>();

/**
 * The districts' outlines as SVG path data, fitted into a 600 px wide box, computed once per city.
 * The projection is planar (longitude shrunk by the cosine of the city's latitude): right for the
 * size of a city, and indifferent to the winding order of a city's polygons.
 */
export function drawingOf(city: City): Drawing | null {
  const map = city.map;
  if (!map) return null;
  const known = drawings.get(city);
  if (known) return known;
  const topology = map.topology as Topology;
  const collection = topology.objects[map.object] as unknown as { geometries: GeometryObject[] };
  const features = new Map<string, Feature<Geometry>>();
  for (const [key, index] of Object.entries(map.geometryIndex)) {
    const geometry = collection.geometries[index];
    if (geometry) features.set(key, feature(topology, geometry) as Feature<Geometry>);
  }
  const all: FeatureCollection = { type: "FeatureCollection", features: [...features.values()] };

  const plain = geoPath(
    geoTransform({
      point(x, y) {
        this.stream.point(x, -y);
      },
    }),
  );
  const [[, south], [, north]] = plain.bounds(all as GeoPermissibleObjects);
  const k = Math.cos(((-(south + north) / 2) * Math.PI) / 180);
  const flat = geoPath(
    geoTransform({
      point(x, y) {
        this.stream.point(x * k, -y);
      },
    }),
  );
  const [[x0, y0], [x1, y1]] = flat.bounds(all as GeoPermissibleObjects);
  const scale = (WIDTH - 2 * PAD) / Math.max(x1 - x0, 1e-9);
  const height = Math.ceil((y1 - y0) * scale + 2 * PAD);
  const fitted = geoTransform({
    point(x, y) {
      this.stream.point((x * k - x0) * scale + PAD, (-y - y0) * scale + PAD);
    },
  });
  const path: GeoPath = geoPath(fitted).digits(1);
  const outlines = new Map<string, Outline>();
  for (const [key, f] of features) {
    const [cx, cy] = path.centroid(f as GeoPermissibleObjects);
    outlines.set(key, { d: path(f as GeoPermissibleObjects) ?? "", at: [Math.round(cx), Math.round(cy)] });
  }
  const drawing = { width: WIDTH, height, outlines };
  drawings.set(city, drawing);
  return drawing;
}

/**
 * A map of the city's districts. With links (`href`), each district is a link with its label as
 * accessible name, reachable with the Tab key and outlined when focused; without links the map is
 * one image whose text alternative is `title` and `description`. Renders nothing when the city has
 * no map (the table beside it says everything).
 */
export function DistrictMap(props: {
  city: City;
  /** Unique on the page; used for the ids of the title and description. */
  id: string;
  title: string;
  /** What the map shows, in words: a summary and where to find the figures (the table). */
  description: string;
  areas: readonly MapArea[];
  /** "Bezirksgrenzen: …, CC BY 3.0 DE" in the reader's language (from the city file). */
  attribution: string;
  size?: "large" | "small";
}) {
  const drawing = drawingOf(props.city);
  if (!drawing) return null;
  const size = props.size ?? "large";
  const titleId = `${props.id}-title`;
  const descriptionId = `${props.id}-description`;
  const linked = props.areas.some((a) => a.href);
  const byKey = new Map(props.areas.map((a) => [a.key, a]));
  const shapes = props.city.districts.map((d) => {
    const outline = drawing.outlines.get(d.key);
    if (!outline) return null;
    const area = byKey.get(d.key);
    const level = Math.max(0, Math.min(4, Math.round(area?.level ?? 0)));
    const shape = <path class={`district-map__area district-map__area--level-${level}`} d={outline.d} />;
    if (area?.href) {
      return (
        <a href={area.href} class="district-map__link" aria-label={area.label}>
          <title>{area.label}</title>
          {shape}
        </a>
      );
    }
    return shape;
  });
  const texts =
    size === "large"
      ? props.city.districts.map((d) => {
          const outline = drawing.outlines.get(d.key);
          const text = byKey.get(d.key)?.text;
          if (!outline || !text) return null;
          return (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG text is not focusable; the link's name says the figure
            <text
              class="district-map__text"
              aria-hidden="true"
              x={outline.at[0]}
              y={outline.at[1]}
              text-anchor="middle"
              dy="0.35em"
            >
              {text}
            </text>
          );
        })
      : [];
  return (
    <figure class={`district-map district-map--${size}`}>
      <svg
        class="district-map__svg"
        viewBox={`0 0 ${drawing.width} ${drawing.height}`}
        width={drawing.width}
        height={drawing.height}
        role={linked ? "group" : "img"}
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        focusable="false"
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={titleId}>{props.title}</title>
        <desc id={descriptionId}>{props.description}</desc>
        {shapes}
        {texts}
      </svg>
      <figcaption class="district-map__caption">
        <span class="district-map__description">{props.description}</span>{" "}
        <small class="district-map__source">{props.attribution}</small>
      </figcaption>
    </figure>
  );
}

/** 0 for nothing, else 1 to 4 in proportion to the largest value, for the shades of a map. */
export function mapLevel(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.max(1, Math.min(4, Math.ceil((value / max) * 4)));
}
