import { Body, Controller, Inject, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { Caller, CurrentCaller, SERVICE_CONFIG } from '@papi/platform-http';
import type { NotificationsConfig } from '../config/notifications.config';
import { SetPreferenceDto } from './dtos/set-preference.dto';
import { AgencyPreference, SetPreferenceUseCase } from './set-preference.use-case';

@Controller('api/v1/notification-preferences')
export class PreferencesController {
  constructor(
    private readonly setPreference: SetPreferenceUseCase,
    @Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  @Put(':agencyId')
  set(
    @CurrentCaller() caller: Caller,
    @Param('agencyId', ParseUUIDPipe) agencyId: string,
    @Body() dto: SetPreferenceDto,
  ): Promise<AgencyPreference> {
    return this.setPreference.execute(caller.provinceCode || this.config.DEFAULT_PROVINCE_CODE, agencyId, dto);
  }
}
