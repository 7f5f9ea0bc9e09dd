import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { computeGap, METHODOLOGY_VERSION } from '@papi/papi';
import { Problems, SERVICE_CONFIG } from '@papi/platform-http';
import type { ScoringConfig } from '../../config/scoring.config';
import { ScoreSnapshotEntity } from '../../scores/score-snapshot.entity';
import { resolveGapProvince } from '../benchmark-provinces';
import type { GapQuery } from '../gap-query';
import { GapResponse, toGapResponse } from '../gap-response';
import { pickEstimate } from '../pick-estimate';
import { BenchmarkTables } from './benchmark-tables';

/**
 * Places a province into a year's table (contract §7): its current estimate when it has a usable one
 * (`source: "estimate"`), else its own official row (`source: "benchmark"`). The arithmetic is the library's.
 */
@Injectable()
export class BenchmarkGapUseCase {
  constructor(
    private readonly tables: BenchmarkTables,
    private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ScoringConfig,
  ) {}

  async execute(year: number, query: GapQuery): Promise<GapResponse> {
    const table = await this.tables.load(year);
    const resolved = resolveGapProvince(query.province, year);
    if (!resolved.ok)
      throw Problems.unprocessable(resolved.detail, [{ pointer: '/province', detail: resolved.detail }]);
    const code = resolved.province.code;
    const snapshots = await this.dataSource
      .getRepository(ScoreSnapshotEntity)
      .findBy({ unitCode: code, methodology: METHODOLOGY_VERSION });
    const estimate = pickEstimate(snapshots, this.config.ALERT_MIN_SAMPLE, query.period);
    const result = computeGap(table, { provinceCode: code, targetRank: query.targetRank, own: estimate?.own });
    if (!result.ok) {
      const pointer = result.code === 'target-rank-out-of-range' ? '/targetRank' : '/province';
      const detail =
        result.code === 'province-not-in-table'
          ? `${resolved.province.name} (mã ${code}) không có trong bảng xếp hạng PAPI năm ${year}.`
          : result.detail;
      throw Problems.unprocessable(detail, [{ pointer, detail }]);
    }
    return toGapResponse(year, result.gap, estimate);
  }
}
