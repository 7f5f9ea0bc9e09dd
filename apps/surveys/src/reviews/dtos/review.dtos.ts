import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ListQueryDto } from '../../common/list.dto';
import type { ReviewDecision } from '../review.entity';

export class ReviewQueueQueryDto extends ListQueryDto {
  @IsOptional()
  @IsUUID()
  waveId?: string;

  @IsOptional()
  @IsIn(['flagged', 'counted', 'rejected'])
  status: 'flagged' | 'counted' | 'rejected' = 'flagged';
}

export class ReviewDecisionDto {
  @IsIn(['accept', 'reject'])
  decision: ReviewDecision;

  @IsString()
  @MaxLength(2000)
  note: string;
}
