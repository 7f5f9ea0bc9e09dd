import { Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Problems, SERVICE_CONFIG } from '@papi/platform-http';
import type { SurveysConfig } from '../config/surveys.config';
import { SheetBody, SheetBodyPipe } from './dtos/sheet-body';
import { SubmitResponseDto } from './dtos/submit-response.dto';
import { ResponseEntity } from './response.entity';
import { SubmitResponseUseCase } from './submit-response.use-case';

@Controller('api/v1/responses')
export class ResponsesController {
  constructor(
    private readonly submit: SubmitResponseUseCase,
    private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: SurveysConfig,
  ) {}

  @Post()
  @HttpCode(202)
  async create(
    @CurrentCaller() caller: Caller,
    @SheetBody(SheetBodyPipe) dto: SubmitResponseDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const result = await this.submit.execute(caller.provinceCode || this.config.DEFAULT_PROVINCE_CODE, dto);
    res.location(`/api/v1/responses/${result.submissionId}`);
    return result;
  }

  @Get(':id')
  async get(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string) {
    const provinceCode = caller.provinceCode || this.config.DEFAULT_PROVINCE_CODE;
    const found = await this.dataSource.getRepository(ResponseEntity).findOneBy({ submissionId: id, provinceCode });
    if (!found) throw Problems.notFound();
    return {
      submissionId: found.submissionId,
      waveId: found.waveId,
      period: found.period,
      unitCode: found.unitCode,
      status: found.status,
      flags: found.flags,
      weightingCell: found.weightingCell,
      durationSeconds: found.durationSeconds,
      receivedAt: found.receivedAt.toISOString(),
    };
  }
}
