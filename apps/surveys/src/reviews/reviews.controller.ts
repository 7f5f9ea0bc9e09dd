import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, SERVICE_CONFIG } from '@papi/platform-http';
import type { SurveysConfig } from '../config/surveys.config';
import { ResponseEntity } from '../responses/response.entity';
import { DecideReviewUseCase } from './decide-review.use-case';
import { ReviewDecisionDto, ReviewQueueQueryDto } from './dtos/review.dtos';

@Controller('api/v1/reviews')
export class ReviewsController {
  constructor(
    private readonly decide: DecideReviewUseCase,
    private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: SurveysConfig,
  ) {}

  /** The review queue: sheets of a status (default flagged), oldest first, with the rules' reasons. */
  @Get()
  async queue(@CurrentCaller() caller: Caller, @Query() query: ReviewQueueQueryDto) {
    const [rows, total] = await this.dataSource.getRepository(ResponseEntity).findAndCount({
      where: {
        provinceCode: this.provinceOf(caller),
        status: query.status,
        ...(query.waveId ? { waveId: query.waveId } : {}),
      },
      order: { receivedAt: 'ASC', submissionId: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    const items = rows.map((r) => ({
      submissionId: r.submissionId,
      waveId: r.waveId,
      period: r.period,
      unitCode: r.unitCode,
      status: r.status,
      flags: r.flags,
      enumeratorId: r.enumeratorId,
      startedAt: r.startedAt.toISOString(),
      finishedAt: r.finishedAt.toISOString(),
      durationSeconds: r.durationSeconds,
      receivedAt: r.receivedAt.toISOString(),
    }));
    return { items, total, limit: query.limit, offset: query.offset };
  }

  @Post(':submissionId/decision')
  @HttpCode(200)
  async decision(
    @CurrentCaller() caller: Caller,
    @Param('submissionId', ParseUUIDPipe) submissionId: string,
    @Body() dto: ReviewDecisionDto,
  ) {
    return this.decide.execute(this.provinceOf(caller), submissionId, dto, caller);
  }

  private provinceOf(caller: Caller): string {
    return caller.provinceCode || this.config.DEFAULT_PROVINCE_CODE;
  }
}
