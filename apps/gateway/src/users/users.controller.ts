import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedRequest } from '../access/authenticated-request';
import { CreateUserDto, ListUsersQueryDto, UpdateUserDto } from './dtos/user.dtos';
import { UserManagementUseCases } from './user-management.use-cases';

/** Documented from the route-permission table (openapi/), which also says who may call each route. */
@ApiExcludeController()
@Controller('api/v1/users')
export class UsersController {
  constructor(private readonly users: UserManagementUseCases) {}

  @Get('me')
  me(@Req() req: AuthenticatedRequest) {
    return this.users.me(req.caller!);
  }

  @Get()
  list(@Req() req: AuthenticatedRequest, @Query() query: ListUsersQueryDto) {
    return this.users.list(req.caller!, query);
  }

  @Post()
  async create(
    @Req() req: AuthenticatedRequest,
    @Body() dto: CreateUserDto,
    @Res({ passthrough: true }) res: Response,
  ) {
    const user = await this.users.create(req.caller!, dto);
    res.status(201).location(`/api/v1/users/${user.id}`);
    return user;
  }

  @Get(':id')
  get(@Req() req: AuthenticatedRequest, @Param('id', ParseUUIDPipe) id: string) {
    return this.users.get(req.caller!, id);
  }

  @Patch(':id')
  update(@Req() req: AuthenticatedRequest, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateUserDto) {
    return this.users.update(req.caller!, id, dto);
  }
}
