import { ERA_34_FROM, findUnit } from '@papi/admin-units';
import type { ProblemFieldError } from '@papi/platform-http';

/** Districts were abolished on the day the 34-province era began: from then on waves sample communes. */
export function sampledLevelOn(date: string): 'district' | 'commune' {
  return date < ERA_34_FROM ? 'district' : 'commune';
}

/**
 * Every target must name a unit of the wave's province that exists on the wave's start date at the
 * level sampled then, with a whole number of sheets ≥ 1. Unit codes come from the admin-unit registry.
 */
export function checkWaveTargets(
  provinceCode: string,
  startsOn: string,
  targets: Record<string, unknown>,
): ProblemFieldError[] {
  const level = sampledLevelOn(startsOn);
  const errors: ProblemFieldError[] = [];
  if (Object.keys(targets).length === 0) {
    errors.push({ pointer: '/targets', detail: 'Đợt khảo sát phải có chỉ tiêu mẫu cho ít nhất một đơn vị.' });
  }
  for (const [code, target] of Object.entries(targets)) {
    const pointer = `/targets/${code.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const unit = findUnit(code, startsOn);
    if (!unit || unit.level !== level || unit.parentCode !== provinceCode) {
      const levelName = level === 'district' ? 'huyện' : 'xã';
      errors.push({
        pointer,
        detail: `Mã "${code}" không phải đơn vị cấp ${levelName} của tỉnh ${provinceCode} vào ngày ${startsOn}.`,
      });
    }
    if (typeof target !== 'number' || !Number.isInteger(target) || target < 1) {
      errors.push({ pointer, detail: 'Chỉ tiêu mẫu phải là số nguyên dương.' });
    }
  }
  return errors;
}
