import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WEIGHTING_CELLS } from '@papi/papi';
import { Problems, ProblemFieldError } from '@papi/platform-http';
import { PutPopulationFrameDto } from './dtos/put-population-frame.dto';
import { PopulationFrameEntity } from './population-frame.entity';

/** Every one of the 10 cells exactly once: a missing cell would silently drop part of the population. */
function cellProblems(dto: PutPopulationFrameDto): ProblemFieldError[] {
  const seen = new Map<string, number>();
  const problems: ProblemFieldError[] = [];
  dto.cells.forEach((c, i) => {
    const cell = `${c.sex}:${c.ageGroup}`;
    if (seen.has(cell)) {
      problems.push({ pointer: `/cells/${i}`, detail: `Nhóm ${cell} bị lặp (đã có ở vị trí ${seen.get(cell)}).` });
    } else seen.set(cell, i);
  });
  const missing = WEIGHTING_CELLS.filter((cell) => !seen.has(cell));
  if (missing.length) {
    problems.push({ pointer: '/cells', detail: `Thiếu số dân của nhóm: ${missing.join(', ')} (cần đủ 10 nhóm).` });
  }
  return problems;
}

@Injectable()
export class PutPopulationFrameUseCase {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores (or replaces) the frame valid from `validFrom`; returns whether it is new. */
  async execute(provinceCode: string, dto: PutPopulationFrameDto): Promise<{ created: boolean }> {
    const problems = cellProblems(dto);
    if (problems.length) throw Problems.unprocessable('Khung dân số không hợp lệ.', problems);
    const repo = this.dataSource.getRepository(PopulationFrameEntity);
    const created = !(await repo.existsBy({ provinceCode, validFrom: dto.validFrom }));
    const cells = Object.fromEntries(dto.cells.map((c) => [`${c.sex}:${c.ageGroup}`, c.population]));
    await repo.upsert({ provinceCode, validFrom: dto.validFrom, cells }, ['provinceCode', 'validFrom']);
    return { created };
  }
}
