import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '../access/roles';

export type { Role } from '../access/roles';

/** A person who signs in. Every role acts inside one province; agency staff also carry their agency. */
@Entity('app_user')
@Index('ux_app_user_email', ['email'], { unique: true })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ type: 'text' })
  provinceCode: string;

  @Column({ type: 'uuid', nullable: true })
  agencyId: string | null;

  /** A disabled account cannot sign in or refresh; its live access tokens are cut off through Redis. */
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
