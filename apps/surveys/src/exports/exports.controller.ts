import { Controller, Get, Inject, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Caller, CurrentCaller, SERVICE_CONFIG } from '@papi/platform-http';
import type { SurveysConfig } from '../config/surveys.config';
import { ExportResponsesUseCase } from './export-responses.use-case';
import { ADMIN_ROLES } from './response-csv-columns';

@Controller('api/v1/waves')
export class ExportsController {
  constructor(
    private readonly exportResponses: ExportResponsesUseCase,
    @Inject(SERVICE_CONFIG) private readonly config: SurveysConfig,
  ) {}

  /** The wave's sheets as CSV (UTF-8 with BOM); respondentKey and ethnicity only for admins. */
  @Get(':id/responses.csv')
  async csv(@CurrentCaller() caller: Caller, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response) {
    let closed = false;
    res.on('close', () => (closed = true));
    try {
      await this.exportResponses.execute(
        caller.provinceCode || this.config.DEFAULT_PROVINCE_CODE,
        id,
        ADMIN_ROLES.includes(caller.role),
        {
          out: res,
          aborted: () => closed,
          begin: (wave) => {
            res.status(200);
            res.setHeader('content-type', 'text/csv; charset=utf-8');
            res.setHeader('content-disposition', `attachment; filename="responses-${wave.code}.csv"`);
          },
        },
      );
    } catch (error) {
      // Before the first byte the problem filter answers; after it, only cutting the stream is honest.
      if (!res.headersSent) throw error;
      res.destroy(error as Error);
      return;
    }
    res.end();
  }
}
