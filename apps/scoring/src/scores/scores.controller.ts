import { Controller, Get, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { METHODOLOGY_VERSION } from '@papi/papi';
import { Problems } from '@papi/platform-http';
import { ScoreQueryDto } from './dtos/score-query.dto';
import { ScoreSnapshotEntity } from './score-snapshot.entity';

@Controller('api/v1/scores')
export class ScoresController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async get(@Query() query: ScoreQueryDto) {
    const snapshot = await this.dataSource
      .getRepository(ScoreSnapshotEntity)
      .findOneBy({ unitCode: query.unit, period: query.period, methodology: METHODOLOGY_VERSION });
    if (!snapshot?.score) throw Problems.notFound('Chưa có điểm ước tính cho đơn vị và đợt khảo sát này.');
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
}
