import { IsArray, IsInt, IsOptional, IsString, IsUrl, Max, MaxLength, Min, MinLength } from 'class-validator';

export class CreateProgressReportDto {
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  text: string;

  @IsInt()
  @Min(0)
  @Max(100)
  percent: number;

  @IsOptional()
  @IsArray()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true })
  evidenceUrls?: string[];
}
