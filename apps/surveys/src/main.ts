import 'reflect-metadata';
import { runService } from '@papi/platform-http';
import { surveysService } from './service';

runService(surveysService);
