import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Refresh tokens live in PostgreSQL (not Redis): revocation must survive a Redis restart, and losing
 * them would log everyone out. Only the SHA-256 of the token is stored.
 */
@Entity('refresh_token')
@Index('ux_refresh_token_hash', ['tokenHash'], { unique: true })
@Index('ix_refresh_token_user', ['userId'])
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** Set when the token was rotated: presenting it again means it was stolen (the family is revoked). */
  @Column({ type: 'uuid', nullable: true })
  replacedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
