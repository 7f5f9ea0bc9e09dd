import { ResponseEntity } from '../responses/response.entity';
import { WaveEntity } from '../waves/wave.entity';

export const surveysEntities = [WaveEntity, ResponseEntity];
