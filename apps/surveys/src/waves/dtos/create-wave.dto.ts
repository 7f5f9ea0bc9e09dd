import { IsDateString, IsObject, IsUUID, Matches } from 'class-validator';

export class CreateWaveDto {
  /** Survey period, e.g. `2020-Q3`; unique per province. */
  @Matches(/^\d{4}-[A-Z0-9]{1,10}$/, { message: 'Mã đợt có dạng <năm>-<kỳ>, ví dụ 2020-Q3.' })
  code: string;

  @IsUUID()
  instrumentId: string;

  @IsDateString({ strict: true })
  startsOn: string;

  @IsDateString({ strict: true })
  endsOn: string;

  /** Unit code (district before 1 July 2025, commune after) → target number of sheets. */
  @IsObject()
  targets: Record<string, number>;
}
