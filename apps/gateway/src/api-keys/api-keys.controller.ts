import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedRequest } from '../access/authenticated-request';
import { PageQueryDto } from '../common/page-query.dto';
import { ApiKeyUseCases } from './api-key.use-cases';
import { CreateApiKeyDto } from './dtos/create-api-key.dto';

@ApiExcludeController()
@Controller('api/v1/api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeyUseCases) {}

  @Post()
  async create(
    @Req() req: AuthenticatedRequest,
    @Body() dto: CreateApiKeyDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const created = await this.apiKeys.create(req.caller!, dto);
    res.status(201).location(`/api/v1/api-keys/${created.id}`);
    return created;
  }

  @Get()
  list(@Req() req: AuthenticatedRequest, @Query() query: PageQueryDto) {
    return this.apiKeys.list(req.caller!, query.limit, query.offset);
  }

  @Delete(':id')
  @HttpCode(204)
  async revoke(@Req() req: AuthenticatedRequest, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.apiKeys.revoke(req.caller!, id);
  }
}
