import { Entity, PrimaryColumn } from 'typeorm';

/**
 * The quality rules' `sheetSignatures` of each sheet (and `respondent:<key>`: see `lookupSignatures`), so candidate twins of a new sheet are found by
 * an index lookup on (wave, signature) instead of scanning the wave.
 */
@Entity('sheet_signature')
export class SheetSignatureEntity {
  @PrimaryColumn({ type: 'uuid' })
  waveId: string;

  @PrimaryColumn({ type: 'text' })
  signature: string;

  @PrimaryColumn({ type: 'uuid' })
  submissionId: string;
}
