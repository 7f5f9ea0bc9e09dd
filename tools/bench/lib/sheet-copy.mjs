// Bulk load of stored sheets for the volume figures: `COPY counted_sheet FROM STDIN` rows in the exact
// shape scoring stores (`smallint[]` positions, `real[]` values), generated on the fly so memory stays
// flat for a million rows. Load time is not a figure; only the result (N sheets stored) matters.
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import copyStreams from 'pg-copy-streams';

/** The weighting cells of the sheets (sex × age group, as surveys writes them). */
export const CELLS = [
  'male:18-29',
  'male:30-44',
  'male:45-59',
  'male:60+',
  'female:18-29',
  'female:30-44',
  'female:45-59',
  'female:60+',
];

/** A deterministic generator of 0–1 values on quarter points (exact in float4) with ~8% "don't know" gaps. */
export function answerPattern(seed, indicatorCount) {
  let s = seed >>> 0 || 1;
  const rand = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const idx = [];
  const values = [];
  for (let i = 1; i <= indicatorCount; i++) {
    if (rand() < 0.08) continue;
    idx.push(i);
    values.push(Math.floor(rand() * 5) / 4);
  }
  return { idx, values };
}

/**
 * Streams `count` sheets of `period` into `counted_sheet` through one COPY. Units and cells rotate. The
 * answers are stitched from 6 blocks of positions with 64 variants each (cheap to generate), so no two
 * sheets in a million share their arrays by chance: PostgreSQL cannot memoize the unnest of a repeated
 * array, which identical rows would let it do and flatter the rebuild.
 */
export async function copySheets(
  client,
  { count, units, provinceCode, period, methodology, frameworkVersion, indicatorCount },
) {
  const blocks = 6;
  const size = Math.ceil(indicatorCount / blocks);
  const variants = Array.from({ length: blocks }, (_, b) =>
    Array.from({ length: 64 }, (_, v) => {
      const first = b * size + 1;
      const n = Math.max(0, Math.min(size, indicatorCount - first + 1));
      const { idx, values } = answerPattern(b * 1000 + v + 1, n);
      return { idx: idx.map((i) => i + first - 1), values };
    }),
  );
  let seed = 12345;
  const pick = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 26;
  const arraysOf = () => {
    const idx = [];
    const values = [];
    for (const block of variants) {
      const v = block[pick()];
      if (v.idx.length === 0) continue;
      idx.push(v.idx.join(','));
      values.push(v.values.join(','));
    }
    return `{${idx.join(',')}}\t{${values.join(',')}}`;
  };
  let made = 0;
  const rows = Readable.from(
    (function* () {
      while (made < count) {
        const lines = [];
        for (let i = 0; i < 1000 && made < count; i++, made++) {
          const unit = units[made % units.length];
          const cell = CELLS[(made >>> 3) % CELLS.length];
          const weight = 0.5 + ((made * 7919) % 1000) / 1000;
          lines.push(
            `${randomUUID()}\t${unit}\t${provinceCode}\t${period}\t${methodology}\t${frameworkVersion}\t${cell}\t${weight}\t${arraysOf()}\n`,
          );
        }
        yield lines.join('');
      }
    })(),
  );
  const sink = client.query(
    copyStreams.from(
      `COPY counted_sheet (submission_id, unit_code, province_code, period, methodology, framework_version,
                           weighting_cell, weight, indicator_idx, indicator_value) FROM STDIN`,
    ),
  );
  await pipeline(rows, sink);
  return made;
}
