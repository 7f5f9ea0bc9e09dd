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
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

/**
 * Codes and keys are printable text. A control character has no business in them, and U+0000 cannot be
 * stored by PostgreSQL at all (text or jsonb): refused here, it is a 400 naming the field, not a 500.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- likewise
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001f\u007f]*$/;
const printable = () => Matches(NO_CONTROL_CHARACTERS, { message: '$property không được chứa ký tự điều khiển.' });

/** No names, phone or identity numbers exist in this shape: respondents stay anonymous. */
export class RespondentDto {
  @IsIn(['male', 'female'])
  sex: 'male' | 'female';

  @IsIn(['18-29', '30-39', '40-49', '50-59', '60+'])
  ageGroup: string;

  @IsOptional()
  @IsString()
  @MaxLength(50)
  @printable()
  ethnicity?: string;

  @IsOptional()
  @IsString()
  @MaxLength(128)
  @printable()
  respondentKey?: string;
}

export class AnswerDto {
  @IsString()
  @MaxLength(50)
  @printable()
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
  @printable()
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
  @printable()
  enumeratorId: string;

  @IsIn(['tablet', 'web', 'kiosk'])
  channel: 'tablet' | 'web' | 'kiosk';
}
