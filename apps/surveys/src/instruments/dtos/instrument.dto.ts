import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { QUESTION_TYPES, QuestionType } from '../instrument.types';

export class QuestionOptionDto {
  @IsString()
  @MaxLength(50)
  value: string;

  @IsString()
  @MaxLength(300)
  labelVi: string;
}

export class SkipRuleDto {
  @IsString()
  @MaxLength(50)
  questionCode: string;

  /** Answer values (strings for option questions, numbers for numeric ones). */
  @IsArray()
  @ArrayMaxSize(50)
  in: (string | number)[];
}

export class QuestionDto {
  @IsString()
  @MaxLength(50)
  code: string;

  @IsString()
  @MaxLength(1000)
  textVi: string;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  textEn?: string;

  @IsIn(QUESTION_TYPES)
  type: QuestionType;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => QuestionOptionDto)
  options?: QuestionOptionDto[];

  @IsBoolean()
  required: boolean;

  @IsOptional()
  @IsNumber()
  min?: number;

  @IsOptional()
  @IsNumber()
  max?: number;

  @IsOptional()
  @ValidateNested()
  @Type(() => SkipRuleDto)
  skipIf?: SkipRuleDto;

  @IsOptional()
  @IsString()
  @MaxLength(30)
  indicatorCode?: string;
}

export class InstrumentDto {
  @IsString()
  @MaxLength(50)
  code: string;

  @IsInt()
  @Min(1)
  @Max(10_000)
  version: number;

  @IsString()
  @MaxLength(40)
  frameworkVersion: string;

  @IsString()
  @MaxLength(300)
  titleVi: string;

  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => QuestionDto)
  questions: QuestionDto[];
}
