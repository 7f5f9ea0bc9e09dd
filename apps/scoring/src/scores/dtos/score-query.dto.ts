import { IsString, Matches, MaxLength } from 'class-validator';

export class ScoreQueryDto {
  @IsString()
  @MaxLength(10)
  unit: string;

  @Matches(/^\d{4}-[A-Za-z0-9]{1,8}$/)
  period: string;
}
