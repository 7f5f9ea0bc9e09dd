import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../access/roles';

/**
 * A machine client's credential (a tablet fleet, a reporting portal), scoped to a role and a province.
 * The key is shown once; only its SHA-256 is stored (a 256-bit random key needs no slow hash).
 */
@Entity('api_key')
@Index('ux_api_key_hash', ['keyHash'], { unique: true })
@Index('ix_api_key_province', ['provinceCode'])
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** The first characters of the key, so people can tell their keys apart. */
  @Column({ type: 'text' })
  keyPrefix: string;

  @Column({ type: 'text' })
  keyHash: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ type: 'text' })
  provinceCode: string;

  @Column({ type: 'uuid', nullable: true })
  agencyId: string | null;

  @Column({ type: 'uuid' })
  createdByUserId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;
}
