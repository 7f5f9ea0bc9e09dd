import 'reflect-metadata';
import { runService } from '@papi/platform-http';
import { scoringService } from './service';

runService(scoringService);
