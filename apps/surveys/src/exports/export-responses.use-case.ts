import { Injectable } from '@nestjs/common';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { Problems } from '@papi/platform-http';
import { InstrumentEntity } from '../instruments/instrument.entity';
import { WaveEntity } from '../waves/wave.entity';
import { csvLine, UTF8_BOM } from './csv';
import { cellsOf, ExportRow, headerOf } from './response-csv-columns';

const BATCH = 500;

export interface ExportTarget {
  out: Writable;
  /** Called once the wave is known to exist, before the first byte: headers can still be set. */
  begin(wave: WaveEntity): void;
  aborted(): boolean;
}

/**
 * Streams a wave's sheets as CSV from a server-side cursor, BATCH rows at a time with backpressure, so
 * memory stays flat whatever the wave's size. Rows come in arrival order (received_at, submission_id).
 */
@Injectable()
export class ExportResponsesUseCase {
  constructor(private readonly dataSource: DataSource) {}

  async execute(provinceCode: string, waveId: string, withAdminColumns: boolean, target: ExportTarget): Promise<void> {
    const wave = await this.dataSource.getRepository(WaveEntity).findOneBy({ id: waveId, provinceCode });
    if (!wave) throw Problems.notFound('Không tìm thấy đợt khảo sát.');
    const instrument = wave.instrumentId
      ? await this.dataSource.getRepository(InstrumentEntity).findOneBy({ id: wave.instrumentId })
      : null;
    const questions = instrument?.questions ?? [];
    target.begin(wave);
    await write(target.out, UTF8_BOM + csvLine(headerOf(questions, withAdminColumns)));
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      // A cursor lives in a transaction; read-only + repeatable read gives one consistent snapshot.
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await runner.query(
        `DECLARE wave_export NO SCROLL CURSOR FOR
           SELECT submission_id, unit_code, status, duration_seconds, enumerator_id, sheet
             FROM response WHERE wave_id = $1 ORDER BY received_at, submission_id`,
        [wave.id],
      );
      for (;;) {
        if (target.aborted()) break;
        const rows: ExportRow[] = await runner.query(`FETCH ${BATCH} FROM wave_export`);
        if (rows.length === 0) break;
        await write(target.out, rows.map((r) => csvLine(cellsOf(r, questions, withAdminColumns))).join(''));
      }
      await runner.query('COMMIT');
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (out.destroyed) return;
  if (!out.write(chunk)) await Promise.race([once(out, 'drain'), once(out, 'close')]);
}
