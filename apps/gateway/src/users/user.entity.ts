import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type Role = 'system_admin' | 'admin' | 'agency_officer' | 'enumerator' | 'viewer';

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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
