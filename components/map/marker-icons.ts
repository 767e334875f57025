import L from "leaflet";

/** divIcons (plain HTML) because Leaflet's default image icons break under bundlers. */
const pointCache = new Map<string, L.DivIcon>();

export function pointIcon(kind: string, highlighted: boolean, label: string): L.DivIcon {
  const key = `${kind}|${highlighted}|${label}`;
  let icon = pointCache.get(key);
  if (!icon) {
    icon = L.divIcon({
      className: `map-pin map-pin--${kind.toLowerCase()}${highlighted ? " map-pin--highlighted" : ""}`,
      html: `<span class="map-pin__dot" aria-hidden="true"></span><span class="visually-hidden">${escapeHtml(label)}</span>`,
      iconSize: highlighted ? [30, 30] : [22, 22],
      iconAnchor: highlighted ? [15, 15] : [11, 11],
      popupAnchor: [0, -10],
    });
    if (pointCache.size > 500) pointCache.clear();
    pointCache.set(key, icon);
  }
  return icon;
}

export function clusterIcon(count: number, countLabel: string, highlighted: boolean): L.DivIcon {
  const size = count < 10 ? 34 : count < 100 ? 42 : 52;
  return L.divIcon({
    className: `map-cluster${highlighted ? " map-cluster--highlighted" : ""}`,
    html: `<span aria-hidden="true">${escapeHtml(countLabel)}</span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
