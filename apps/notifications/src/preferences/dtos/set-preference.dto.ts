import { IsBoolean } from 'class-validator';

export class SetPreferenceDto {
  /** true: one email a day listing the agency's due and late tasks instead of one email per reminder. */
  @IsBoolean()
  digest: boolean;
}
