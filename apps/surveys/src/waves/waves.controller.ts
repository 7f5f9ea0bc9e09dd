import { Controller, Get, Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, SERVICE_CONFIG } from '@papi/platform-http';
import type { SurveysConfig } from '../config/surveys.config';
import { WaveEntity } from './wave.entity';

@Controller('api/v1/waves')
export class WavesController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: SurveysConfig,
  ) {}

  @Get()
  async list(@CurrentCaller() caller: Caller) {
    const provinceCode = caller.provinceCode || this.config.DEFAULT_PROVINCE_CODE;
    const items = await this.dataSource
      .getRepository(WaveEntity)
      .find({ where: { provinceCode }, order: { code: 'DESC' } });
    return { items, total: items.length, limit: 500, offset: 0 };
  }
}
