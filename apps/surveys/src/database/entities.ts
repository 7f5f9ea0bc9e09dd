import { FrameworkVersionEntity } from '../frameworks/framework-version.entity';
import { InstrumentEntity } from '../instruments/instrument.entity';
import { ResponseEntity } from '../responses/response.entity';
import { EnumeratorInterviewEntity } from '../responses/enumerator-interview.entity';
import { SheetSignatureEntity } from '../responses/sheet-signature.entity';
import { WaveDurationEntity } from '../responses/wave-duration.entity';
import { ReviewEntity } from '../reviews/review.entity';
import { WaveEntity } from '../waves/wave.entity';

export const surveysEntities = [
  FrameworkVersionEntity,
  InstrumentEntity,
  WaveEntity,
  ResponseEntity,
  SheetSignatureEntity,
  EnumeratorInterviewEntity,
  WaveDurationEntity,
  ReviewEntity,
];
