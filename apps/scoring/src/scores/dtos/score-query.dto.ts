import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

/** A wave code such as 2020-Q3 (wave codes sort by time). */
export const PERIOD = /^\d{4}-[A-Za-z0-9]{1,8}$/;
/** Official codes of provinces (2 digits), districts (3) and communes (5); the pipe says what is wrong in Vietnamese. */
const UNIT = /^\d{2,10}$/;

export class ScoreQueryDto {
  @IsString()
  @MaxLength(10)
  unit: string;

  @IsString()
  @Matches(PERIOD)
  period: string;
}

export class SeriesQueryDto {
  @IsString()
  @Matches(UNIT)
  unit: string;
}

class PageQueryDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 50;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset = 0;
}

export class HistoryQueryDto extends PageQueryDto {
  @IsString()
  @Matches(UNIT)
  unit: string;

  @IsString()
  @Matches(PERIOD)
  period: string;
}

export class UnitsQueryDto extends PageQueryDto {
  @IsString()
  @Matches(PERIOD)
  period: string;

  @IsOptional()
  @IsString()
  @Matches(/^\d{2}$/)
  province?: string;
}

export class RebuildQueryDto {
  @IsOptional()
  @IsString()
  @Matches(PERIOD)
  period?: string;
}
