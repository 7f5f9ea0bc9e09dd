import type { ResponseCountedV1, ResponseRejectedV1 } from '@papi/contracts';
import type { WaveEntity } from '../waves/wave.entity';
import type { ResponseEntity } from './response.entity';

/** Scoring never reads instruments: the event carries the indicator values and the weighting cell. */
export function countedPayload(response: Omit<ResponseEntity, 'receivedAt'>, wave: WaveEntity): ResponseCountedV1 {
  return {
    submissionId: response.submissionId,
    waveId: response.waveId,
    period: response.period,
    provinceCode: response.provinceCode,
    unitCode: response.unitCode,
    frameworkVersion: wave.frameworkVersion,
    weightingCell: response.weightingCell,
    weight: 1,
    indicators: response.indicators,
  };
}

export function rejectedPayload(response: ResponseEntity, wasCounted: boolean, reason: string): ResponseRejectedV1 {
  return {
    submissionId: response.submissionId,
    waveId: response.waveId,
    period: response.period,
    provinceCode: response.provinceCode,
    unitCode: response.unitCode,
    wasCounted,
    reason,
  };
}
