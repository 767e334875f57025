import L from "leaflet";

/**
 * divIcons (plain HTML) because Leaflet's default image icons break under bundlers. Every marker
 * is at least 44 × 44 px to tap, whatever the size of the dot drawn inside it.
 */
const TAP = 44;
const pointCache = new Map<string, L.DivIcon>();

export function pointIcon(kind: string, highlighted: boolean, label: string): L.DivIcon {
  const key = `${kind}|${highlighted}|${label}`;
  let icon = pointCache.get(key);
  if (!icon) {
    icon = L.divIcon({
      className: `map-pin map-pin--${kind.toLowerCase()}${highlighted ? " map-pin--highlighted" : ""}`,
      html: `<span class="map-pin__dot" aria-hidden="true"></span><span class="visually-hidden">${escapeHtml(label)}</span>`,
      iconSize: [TAP, TAP],
      iconAnchor: [TAP / 2, TAP / 2],
      popupAnchor: [0, -12],
    });
    if (pointCache.size > 500) pointCache.clear();
    pointCache.set(key, icon);
  }
  return icon;
}

export function clusterIcon(count: number, countLabel: string, highlighted: boolean): L.DivIcon {
  const size = count < 100 ? TAP : count < 1000 ? 50 : 58;
  return L.divIcon({
    className: `map-cluster${highlighted ? " map-cluster--highlighted" : ""}`,
    html: `<span aria-hidden="true">${escapeHtml(countLabel)}</span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}

/** Several actions at one spot: a pin with a count badge, told apart from a zoomable cluster. */
export function stackIcon(countLabel: string, label: string, highlighted: boolean): L.DivIcon {
  return L.divIcon({
    className: `map-pin map-stack${highlighted ? " map-pin--highlighted" : ""}`,
    html: `<span class="map-pin__dot" aria-hidden="true"></span><span class="map-stack__count" aria-hidden="true">${escapeHtml(countLabel)}</span><span class="visually-hidden">${escapeHtml(label)}</span>`,
    iconSize: [TAP, TAP],
    iconAnchor: [TAP / 2, TAP / 2],
    popupAnchor: [0, -12],
  });
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
