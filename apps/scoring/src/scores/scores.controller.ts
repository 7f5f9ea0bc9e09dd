import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { METHODOLOGY_VERSION } from '@papi/papi';
import { Caller, CurrentCaller, Problems } from '@papi/platform-http';
import { HistoryQueryDto, RebuildQueryDto, ScoreQueryDto, SeriesQueryDto, UnitsQueryDto } from './dtos/score-query.dto';
import { RebuildScoresUseCase } from './rebuild-scores.use-case';
import { ScoreReads } from './score-reads';
import { ScoreSnapshotEntity } from './score-snapshot.entity';

/** Roles that may rebuild every score; `system` is an internal caller vouched for by the secret. */
const REBUILDERS = new Set(['system_admin', 'admin', 'system']);

@Controller('api/v1/scores')
export class ScoresController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reads: ScoreReads,
    private readonly rebuildScores: RebuildScoresUseCase,
  ) {}

  @Get()
  async get(@Query() query: ScoreQueryDto) {
    const snapshot = await this.dataSource
      .getRepository(ScoreSnapshotEntity)
      .findOneBy({ unitCode: query.unit, period: query.period, methodology: METHODOLOGY_VERSION });
    if (!snapshot?.score || snapshot.n === 0) {
      throw Problems.notFound('Chưa có điểm ước tính cho đơn vị và đợt khảo sát này.');
    }
    return {
      unit: snapshot.unitCode,
      period: snapshot.period,
      methodology: snapshot.methodology,
      n: snapshot.n,
      aggregate: snapshot.score.aggregate,
      dimensions: snapshot.score.dimensions,
      updatedAt: snapshot.updatedAt.toISOString(),
    };
  }

  @Get('series')
  series(@Query() query: SeriesQueryDto) {
    return this.reads.series(query.unit);
  }

  @Get('history')
  history(@Query() query: HistoryQueryDto) {
    return this.reads.history(query.unit, query.period, query.limit, query.offset);
  }

  @Get('units')
  units(@Query() query: UnitsQueryDto) {
    return this.reads.units(query.period, query.province, query.limit, query.offset);
  }

  /** Recomputes aggregates and snapshots from the stored sheets (see RebuildScoresUseCase). */
  @Post('rebuild')
  @HttpCode(200)
  rebuild(@CurrentCaller() caller: Caller, @Query() query: RebuildQueryDto) {
    if (!REBUILDERS.has(caller.role)) throw Problems.forbidden();
    return this.rebuildScores.execute(query.period);
  }
}
