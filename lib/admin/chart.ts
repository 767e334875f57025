export type Bar = { x: number; y: number; width: number; height: number; value: number; label: string };

/**
 * Geometry for a small bar chart drawn as inline SVG. A zero day still gets a 1-unit stub so
 * the axis reads as "nothing that day" rather than "missing data".
 */
export function barGeometry(points: { label: string; value: number }[], width: number, height: number, gap = 2): { bars: Bar[]; max: number } {
  const max = Math.max(0, ...points.map((p) => p.value));
  const slot = points.length ? width / points.length : width;
  const barWidth = Math.max(1, slot - gap);
  const bars = points.map((p, i) => {
    const h = max === 0 ? 1 : Math.max(1, (p.value / max) * height);
    return { x: i * slot + gap / 2, y: height - h, width: barWidth, height: h, value: p.value, label: p.label };
  });
  return { bars, max };
}
