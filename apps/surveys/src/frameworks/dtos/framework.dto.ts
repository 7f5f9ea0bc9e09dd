import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

// The shape of a framework version; its rules (8 dimensions, codes, ranges, counted answers) are
// checked by `validateFramework` from @papi/papi and answered with 422.

export class IndicatorRuleDto {
  @IsIn(['share-yes', 'mean-scale', 'share-reporting', 'value'])
  kind: 'share-yes' | 'mean-scale' | 'share-reporting' | 'value';

  @IsString()
  @MaxLength(50)
  questionCode: string;

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  yesValues?: string[];

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  reportingValues?: string[];
}

export class IndicatorDto {
  @IsString()
  @MaxLength(30)
  code: string;

  @IsString()
  @MaxLength(500)
  nameVi: string;

  @IsString()
  @MaxLength(500)
  nameEn: string;

  @ValidateNested()
  @Type(() => IndicatorRuleDto)
  rule: IndicatorRuleDto;

  @IsNumber()
  min: number;

  @IsNumber()
  max: number;

  @IsIn(['higher-better', 'lower-better'])
  direction: 'higher-better' | 'lower-better';
}

export class SubDimensionDto {
  @IsString()
  @MaxLength(10)
  code: string;

  @IsString()
  @MaxLength(300)
  nameVi: string;

  @IsString()
  @MaxLength(300)
  nameEn: string;

  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => IndicatorDto)
  indicators: IndicatorDto[];
}

export class DimensionDto {
  @IsInt()
  number: number;

  @IsString()
  @MaxLength(10)
  code: string;

  @IsString()
  @MaxLength(300)
  nameVi: string;

  @IsString()
  @MaxLength(300)
  nameEn: string;

  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SubDimensionDto)
  subDimensions: SubDimensionDto[];
}

export class CreateFrameworkDto {
  @IsString()
  @MaxLength(40)
  version: string;

  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => DimensionDto)
  dimensions: DimensionDto[];
}
