import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One public day off (weekends are implicit). Kept as data so a new decree needs no release. */
@Entity('holiday')
export class HolidayEntity {
  @PrimaryColumn({ type: 'date' })
  date: string;

  @Column({ type: 'text' })
  name: string;
}
