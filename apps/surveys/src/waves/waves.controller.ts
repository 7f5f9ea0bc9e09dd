import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Problems, SERVICE_CONFIG } from '@papi/platform-http';
import { ListQueryDto } from '../common/list.dto';
import type { SurveysConfig } from '../config/surveys.config';
import { CreateWaveUseCase } from './create-wave.use-case';
import { CreateWaveDto } from './dtos/create-wave.dto';
import { waveProgress } from './wave-progress.query';
import { WaveEntity } from './wave.entity';

@Controller('api/v1/waves')
export class WavesController {
  constructor(
    private readonly createWave: CreateWaveUseCase,
    private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: SurveysConfig,
  ) {}

  @Get()
  async list(@CurrentCaller() caller: Caller, @Query() query: ListQueryDto) {
    const [items, total] = await this.dataSource.getRepository(WaveEntity).findAndCount({
      where: { provinceCode: this.provinceOf(caller) },
      order: { code: 'DESC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items, total, limit: query.limit, offset: query.offset };
  }

  @Get(':id')
  async get(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string) {
    return this.findWave(caller, id);
  }

  @Post()
  async create(@CurrentCaller() caller: Caller, @Body() dto: CreateWaveDto, @Res({ passthrough: true }) res: Response) {
    const wave = await this.createWave.execute(this.provinceOf(caller), dto);
    res.status(201).location(`/api/v1/waves/${wave.id}`);
    return wave;
  }

  @Get(':id/progress')
  async progress(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string) {
    const wave = await this.findWave(caller, id);
    const units = await waveProgress(this.dataSource.manager, wave);
    const sum = (key: 'received' | 'counted' | 'flagged' | 'rejected') => units.reduce((n, u) => n + u[key], 0);
    const target = units.reduce((n, u) => n + (u.target ?? 0), 0);
    return {
      waveId: wave.id,
      code: wave.code,
      units,
      total: {
        target,
        received: sum('received'),
        counted: sum('counted'),
        flagged: sum('flagged'),
        rejected: sum('rejected'),
      },
    };
  }

  private provinceOf(caller: Caller): string {
    return caller.provinceCode || this.config.DEFAULT_PROVINCE_CODE;
  }

  private async findWave(caller: Caller, id: string): Promise<WaveEntity> {
    const wave = await this.dataSource
      .getRepository(WaveEntity)
      .findOneBy({ id, provinceCode: this.provinceOf(caller) });
    if (!wave) throw Problems.notFound('Không tìm thấy đợt khảo sát.');
    return wave;
  }
}
