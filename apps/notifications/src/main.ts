import 'reflect-metadata';
import { runService } from '@papi/platform-http';
import { notificationsService } from './service';

runService(notificationsService);
