import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ActivityClass } from "@/lib/map/activity";
import type { MapLinkKind } from "@/lib/map/types";

function Swatch({ children }: { children: ReactNode }) {
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
  const t = useTranslations("map.legend");
  const shade = ({ from, upTo }: ActivityClass) =>
    upTo === 0
      ? t("partnerNone")
      : from === upTo
        ? t("partnerCount", { count: upTo })
        : t("partnerRange", { from, upTo });
  return (
    <div className="mt-2 text-sm text-gray-800">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {classes.map((c) => (
          <li key={c.index} className="flex items-center gap-1">
            <Swatch>
              <rect x="1" y="1" width="20" height="12" className={`shade-${c.index} area`} />
            </Swatch>
            {shade(c)}
          </li>
        ))}
        <li className="flex items-center gap-1">
          <Swatch>
            <rect x="1" y="1" width="20" height="12" className="land" />
          </Swatch>
          {t("notPartner")}
        </li>
        <li className="flex items-center gap-1">
          <Swatch>
            <circle cx="11" cy="7" r="4" className="ecoc" />
          </Swatch>
          {t("ecoc")}
        </li>
        <li className="flex items-center gap-1">
          <Swatch>
            <rect x="7" y="3" width="8" height="8" className="ccea" />
          </Swatch>
          {t("ccea")}
        </li>
        {linkKinds.map((kind) => (
          <li key={kind} className="flex items-center gap-1">
            <Swatch>
              <g className={`arc ${kind}`}>
                <path d="M1 7H21" />
                <path d="M1 7H21" />
              </g>
            </Swatch>
            {t(`links.${kind}`)}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-gray-700">
        {t("sources")}
        {undrawn.length ? ` ${t("undrawn", { names: undrawn.join(t("and")) })}` : null}
      </p>
    </div>
  );
}
