import { Controller, Get, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ListAlertsQueryDto } from './dtos/list-alerts-query.dto';
import { ScoreAlertEntity } from './score-alert.entity';

/** `GET /api/v1/alerts?status=open&period=&unit=&limit=&offset=`: newest openings first. */
@Controller('api/v1/alerts')
export class AlertsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async list(@Query() query: ListAlertsQueryDto) {
    const where = {
      ...(query.status ? { status: query.status } : {}),
      ...(query.period ? { period: query.period } : {}),
      ...(query.unit ? { unitCode: query.unit } : {}),
    };
    const [rows, total] = await this.dataSource.getRepository(ScoreAlertEntity).findAndCount({
      where,
      order: { openedAt: 'DESC', id: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return {
      items: rows.map((a) => ({
        alertId: a.id,
        unit: a.unitCode,
        provinceCode: a.provinceCode,
        period: a.period,
        dimension: a.dimension,
        rule: a.rule,
        status: a.status,
        value: a.value,
        threshold: a.threshold,
        high: a.high,
        n: a.n,
        openedAt: a.openedAt.toISOString(),
        closedAt: a.closedAt?.toISOString() ?? null,
        closingValue: a.closingValue,
      })),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }
}
