import { IsBoolean, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export class ReportScheduleDto {
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  firstDueDate: string;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(366)
  everyDays?: number;

  @IsOptional()
  @IsBoolean()
  monthly?: boolean;
}
