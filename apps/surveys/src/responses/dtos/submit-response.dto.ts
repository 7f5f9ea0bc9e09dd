import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

/** No names, phone or identity numbers exist in this shape: respondents stay anonymous. */
export class RespondentDto {
  @IsIn(['male', 'female'])
  sex: 'male' | 'female';

  @IsIn(['18-29', '30-39', '40-49', '50-59', '60+'])
  ageGroup: string;

  @IsOptional()
  @IsString()
  @MaxLength(50)
  ethnicity?: string;

  @IsOptional()
  @IsString()
  @MaxLength(128)
  respondentKey?: string;
}

export class AnswerDto {
  @IsString()
  @MaxLength(50)
  questionCode: string;

  @IsDefined()
  value: unknown;
}

export class SubmitResponseDto {
  @IsUUID()
  submissionId: string;

  @IsUUID()
  waveId: string;

  @IsString()
  @MaxLength(10)
  unitCode: string;

  @ValidateNested()
  @Type(() => RespondentDto)
  @IsDefined()
  respondent: RespondentDto;

  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => AnswerDto)
  answers: AnswerDto[];

  @IsISO8601({ strict: true })
  startedAt: string;

  @IsISO8601({ strict: true })
  finishedAt: string;

  @IsString()
  @MaxLength(64)
  enumeratorId: string;

  @IsIn(['tablet', 'web', 'kiosk'])
  channel: 'tablet' | 'web' | 'kiosk';
}
