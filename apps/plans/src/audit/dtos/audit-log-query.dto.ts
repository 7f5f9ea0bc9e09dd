import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ListQueryDto } from '../../common/list.dto';
import type { AuditEntityType } from '../audit-entry.entity';

export class AuditLogQueryDto extends ListQueryDto {
  @IsOptional()
  @IsIn(['agency', 'plan', 'task', 'progress-report'])
  entityType?: AuditEntityType;

  @IsOptional()
  @IsUUID()
  entityId?: string;
}
