import { EntityManager } from 'typeorm';
import { WaveEntity } from './wave.entity';

export interface UnitProgress {
  unitCode: string;
  target: number | null;
  received: number;
  counted: number;
  flagged: number;
  rejected: number;
}

/**
 * Per unit of the wave: its target and how many sheets were received and are counted, flagged or
 * rejected. Units with a target come first (in target order), then any other unit that sent sheets.
 */
export async function waveProgress(manager: EntityManager, wave: WaveEntity): Promise<UnitProgress[]> {
  const rows: { unit_code: string; received: string; counted: string; flagged: string; rejected: string }[] =
    await manager.query(
      `SELECT unit_code,
              count(*) AS received,
              count(*) FILTER (WHERE status = 'counted') AS counted,
              count(*) FILTER (WHERE status = 'flagged') AS flagged,
              count(*) FILTER (WHERE status = 'rejected') AS rejected
         FROM response WHERE wave_id = $1 GROUP BY unit_code`,
      [wave.id],
    );
  const byUnit = new Map(rows.map((r) => [r.unit_code, r]));
  const units = [...Object.keys(wave.targets), ...rows.map((r) => r.unit_code).filter((c) => !(c in wave.targets))];
  return units.map((unitCode) => {
    const row = byUnit.get(unitCode);
    return {
      unitCode,
      target: wave.targets[unitCode] ?? null,
      received: Number(row?.received ?? 0),
      counted: Number(row?.counted ?? 0),
      flagged: Number(row?.flagged ?? 0),
      rejected: Number(row?.rejected ?? 0),
    };
  });
}
