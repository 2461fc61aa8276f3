// The report's charts and the map of communes reached, as drawings for the PDF (no tiles offline),
// with the sentence that says what each shows to those who cannot see it.
import type { Drawing, Shape } from '../../platform/pdf';

export type BarSeries = { name: string; colour: string };
/** One bar group; null values are hidden figures, drawn as their label. */
export type BarGroup = { label: string; values: (number | null)[]; hiddenLabel?: string };

function niceMax(value: number) {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= value) ?? 10;
  return step * power;
}

/**
 * Vertical grouped bars with a y axis, value labels and a legend.
 *
 * @example barChart({ groups: [{ label: '2025-09', values: [12, 1] }], series: [...], width: 500, height: 200 })
 */
export function barChart(options: {
  groups: BarGroup[];
  series: BarSeries[];
  width: number;
  height: number;
  /** The top of the axis (5 for 1–5 scales); else a round number above the highest bar. */
  max?: number;
  /** Numbers in the reader's language (decimal comma). */
  format?: (value: number) => string;
}): Drawing {
  const { groups, series, width, height } = options;
  const format = options.format ?? String;
  const left = 44;
  const bottom = 42;
  const top = series.length > 1 ? 24 : 10;
  const plotW = width - left - 8;
  const plotH = height - top - bottom;
  const max =
    options.max ?? niceMax(Math.max(0, ...groups.flatMap((g) => g.values.map((v) => v ?? 0))));
  const slot = plotW / Math.max(1, groups.length);
  const barW = Math.max(2, Math.min(28, (slot * 0.8) / series.length));
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const parts: Shape[] = [];
  // Whole-number steps on a 1–5 scale; otherwise quarters, fifths or halves, whichever gives
  // round values (counts never get a 2.5 or 0.3 on their axis).
  const steps =
    options.max !== undefined && options.max <= 10
      ? options.max
      : ([4, 5, 2].find((n) => Number.isInteger(max / n)) ?? 1);
  for (let i = 0; i <= steps; i++) {
    const value = (max / steps) * i;
    parts.push(
      { shape: 'line', x1: left, x2: width - 8, y1: y(value), y2: y(value), colour: '#e5e7eb' },
      {
        shape: 'text',
        x: left - 4,
        y: y(value) + 3,
        size: 8,
        anchor: 'end',
        text: format(Math.round(value * 10) / 10),
      },
    );
  }
  const labelEvery = Math.ceil(groups.length / 14);
  groups.forEach((group, gi) => {
    const x0 = left + gi * slot + (slot - barW * series.length) / 2;
    group.values.forEach((value, si) => {
      const x = x0 + si * barW;
      if (value === null) {
        parts.push({
          shape: 'text',
          x: x + barW / 2,
          y: top + plotH - 3,
          size: 7,
          anchor: 'middle',
          text: group.hiddenLabel ?? '',
        });
        return;
      }
      parts.push({
        shape: 'rect',
        x,
        y: y(value),
        width: barW - 1,
        height: Math.max(0, top + plotH - y(value)),
        fill: series[si]!.colour,
      });
      if (groups.length <= 14 && value > 0) {
        parts.push({
          shape: 'text',
          x: x + barW / 2,
          y: y(value) - 2,
          size: 7,
          anchor: 'middle',
          text: format(Math.round(value * 100) / 100),
        });
      }
    });
    if (gi % labelEvery === 0) {
      parts.push({
        shape: 'text',
        x: left + gi * slot + slot / 2,
        y: top + plotH + 12,
        size: 8,
        anchor: 'middle',
        text: group.label,
      });
    }
  });
  parts.push({
    shape: 'line',
    x1: left,
    x2: width - 8,
    y1: top + plotH,
    y2: top + plotH,
    colour: '#6b7280',
  });
  if (series.length > 1) {
    series.forEach((s, i) => {
      const x = left + i * 130;
      parts.push(
        { shape: 'rect', x, y: 4, width: 10, height: 10, fill: s.colour },
        { shape: 'text', x: x + 14, y: 12, size: 9, text: s.name },
      );
    });
  }
  return { width, height, shapes: parts };
}

export type MapCommune = {
  name: string;
  latitude: number | null;
  longitude: number | null;
  sessions: number;
  priority: boolean | null;
};

/**
 * The communes reached on a plain projection (longitude scaled by the cosine of the mean
 * latitude), over faint dots of the communes of the same departments, with a scale bar.
 */
export function communeMap(options: {
  communes: MapCommune[];
  background: [number, number][];
  width: number;
  height: number;
  labelCount?: number;
}): Drawing {
  const { width, height } = options;
  const located = options.communes.filter((c) => c.latitude !== null && c.longitude !== null);
  const points = [
    ...options.background,
    ...located.map((c) => [c.latitude!, c.longitude!] as [number, number]),
  ];
  if (points.length === 0) {
    return {
      width,
      height,
      shapes: [{ shape: 'rect', x: 0, y: 0, width, height, fill: '#f3f4f6' }],
    };
  }
  const lats = points.map((p) => p[0]);
  const lons = points.map((p) => p[1]);
  const [minLat, maxLat, minLon, maxLon] = [
    Math.min(...lats),
    Math.max(...lats),
    Math.min(...lons),
    Math.max(...lons),
  ];
  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLon - minLon) * kx, 0.05);
  const spanY = Math.max(maxLat - minLat, 0.05);
  const margin = 16;
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin - 14) / spanY);
  const x = (lon: number) =>
    margin + (lon - minLon) * kx * scale + (width - 2 * margin - spanX * scale) / 2;
  const y = (lat: number) => margin + (maxLat - lat) * scale;
  const parts: Shape[] = [
    { shape: 'rect', x: 0, y: 0, width, height, fill: '#f8fafc', stroke: '#cbd5e1' },
  ];
  for (const [lat, lon] of options.background) {
    parts.push({ shape: 'circle', x: x(lon), y: y(lat), r: 0.9, fill: '#cbd5e1' });
  }
  const maxSessions = Math.max(1, ...located.map((c) => c.sessions));
  const sorted = [...located].sort((a, b) => b.sessions - a.sessions);
  for (const c of [...sorted].reverse()) {
    const r = 2.5 + 7 * Math.sqrt(c.sessions / maxSessions);
    parts.push({
      shape: 'circle',
      x: x(c.longitude!),
      y: y(c.latitude!),
      r,
      fill: c.priority ? '#ea580c' : '#2563eb',
      opacity: 0.75,
      stroke: '#ffffff',
      strokeWidth: 0.6,
    });
  }
  // The busiest communes get a label, unless it would overlap one already placed.
  const placed: { x: number; y: number }[] = [];
  for (const c of sorted) {
    if (placed.length >= (options.labelCount ?? 8)) break;
    const [lx, ly] = [x(c.longitude!), y(c.latitude!)];
    if (placed.some((p) => Math.abs(p.x - lx) < 90 && Math.abs(p.y - ly) < 14)) continue;
    placed.push({ x: lx, y: ly });
    parts.push({ shape: 'text', x: lx + 6, y: ly - 5, size: 8, text: c.name });
  }
  // A scale bar of a round number of km (1° of latitude ≈ 111 km).
  const kmPerPx = 111 / scale;
  const barKm = [1, 2, 5, 10, 20, 50, 100, 200].find((km) => km / kmPerPx >= 50) ?? 200;
  const barPx = barKm / kmPerPx;
  parts.push(
    {
      shape: 'line',
      x1: margin,
      x2: margin + barPx,
      y1: height - 10,
      y2: height - 10,
      colour: '#374151',
      width: 2,
    },
    { shape: 'text', x: margin + barPx + 4, y: height - 7, size: 8, text: `${barKm} km` },
  );
  return { width, height, shapes: parts };
}

/**
 * What a bar chart shows, in words (its alternative text): its title, then each group's values
 * by series; a hidden value reads as its label ("< 5").
 *
 * @example describeBars('Séances par mois', [{ label: '25-09', values: [3, 1] }], series, String, words)
 * // 'Séances par mois. 25-09 : Ateliers 3, Concerts 1.' (with words.colon ' : ')
 */
export function describeBars(
  title: string,
  groups: BarGroup[],
  series: BarSeries[],
  format: (value: number) => string,
  words: { noData: string; colon: string },
): string {
  if (groups.length === 0) return `${title}${words.colon}${words.noData}.`;
  const parts = groups.map((group) => {
    const values = group.values.map((value, index) => {
      const shown = value === null ? (group.hiddenLabel ?? '—') : format(value);
      return series.length > 1 ? `${series[index]?.name ?? ''} ${shown}` : shown;
    });
    return `${group.label}${words.colon}${values.join(', ')}`;
  });
  return `${title}. ${parts.join('; ')}.`;
}
