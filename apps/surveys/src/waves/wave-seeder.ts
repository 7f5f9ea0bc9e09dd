import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_CONFIG } from '@papi/platform-http';
import type { SurveysConfig } from '../config/surveys.config';
import { WaveEntity } from './wave.entity';

/** Seeds the default province's 2020 wave (idempotent), so a fresh system can take sheets at once. */
@Injectable()
export class WaveSeeder implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: SurveysConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(WaveEntity)
      .values({
        provinceCode: this.config.DEFAULT_PROVINCE_CODE,
        code: '2020-Q3',
        frameworkVersion: 'papi-2019',
        startsOn: '2020-07-01',
        endsOn: '2020-09-30',
      })
      .orIgnore()
      .execute();
  }
}
