import 'reflect-metadata';
import { runService } from '@papi/platform-http';
import { plansService } from './service';

runService(plansService);
