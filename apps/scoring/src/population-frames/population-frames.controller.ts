import { Body, Controller, Get, Param, Put, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Problems } from '@papi/platform-http';
import { PutPopulationFrameDto } from './dtos/put-population-frame.dto';
import { sharesOf } from './frame-for';
import { PopulationFrameEntity } from './population-frame.entity';
import { PutPopulationFrameUseCase } from './put-population-frame.use-case';

const EDITORS = new Set(['system_admin', 'admin', 'system']);
const PROVINCE_CODE = /^\d{2}$/;

function provinceOf(code: string): string {
  if (PROVINCE_CODE.test(code)) return code;
  throw Problems.badRequest('Mã tỉnh phải gồm 2 chữ số.', [
    { pointer: '/provinceCode', detail: `"${code}" không phải mã tỉnh.` },
  ]);
}

/** Population frames by sex × age group, to which estimates are post-stratified (libs/papi README, rule 9). */
@Controller('api/v1/population-frames')
export class PopulationFramesController {
  constructor(
    private readonly putFrame: PutPopulationFrameUseCase,
    private readonly dataSource: DataSource,
  ) {}

  @Put(':provinceCode')
  async put(
    @CurrentCaller() caller: Caller,
    @Param('provinceCode') code: string,
    @Body() dto: PutPopulationFrameDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    if (!EDITORS.has(caller.role)) throw Problems.forbidden();
    const provinceCode = provinceOf(code);
    const { created } = await this.putFrame.execute(provinceCode, dto);
    // Like PUT /benchmarks/{year}: 201 with Location when the frame is new, 200 when it replaced one (contract §2).
    res.status(created ? 201 : 200);
    if (created) res.location(`/api/v1/population-frames/${provinceCode}`);
    return this.get(provinceCode);
  }

  /** Every frame of the province, oldest first, with head counts and the shares derived from them. */
  @Get(':provinceCode')
  async get(@Param('provinceCode') code: string) {
    const provinceCode = provinceOf(code);
    const frames = await this.dataSource
      .getRepository(PopulationFrameEntity)
      .find({ where: { provinceCode }, order: { validFrom: 'ASC' } });
    if (frames.length === 0) throw Problems.notFound(`Chưa có khung dân số cho tỉnh mã ${provinceCode}.`);
    return {
      provinceCode,
      frames: frames.map((f) => {
        const shares = sharesOf(f.cells);
        return {
          validFrom: f.validFrom,
          cells: Object.entries(f.cells).map(([cell, population]) => {
            const [sex, ageGroup] = cell.split(':');
            return { sex, ageGroup, population, share: shares[cell] };
          }),
        };
      }),
    };
  }
}
