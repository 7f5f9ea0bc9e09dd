import { Type } from 'class-transformer';
import { IsArray, IsDateString, IsIn, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { AGE_GROUPS, SEXES } from '@papi/papi';

export class PopulationCellDto {
  @IsIn(SEXES)
  sex: (typeof SEXES)[number];

  @IsIn(AGE_GROUPS)
  ageGroup: (typeof AGE_GROUPS)[number];

  @IsInt()
  @Min(1)
  @Max(100_000_000)
  population: number;
}

/** `PUT /api/v1/population-frames/{provinceCode}`: the 10 cells' head counts, valid from a date. */
export class PutPopulationFrameDto {
  @IsDateString({ strict: true })
  validFrom: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => PopulationCellDto)
  cells: PopulationCellDto[];
}
