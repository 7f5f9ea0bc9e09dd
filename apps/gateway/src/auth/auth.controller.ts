import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Public } from './public.decorator';
import { LoginDto } from './dtos/login.dto';
import { LoginUseCase } from './login.use-case';

@Controller('api/v1/auth')
export class AuthController {
  constructor(private readonly login: LoginUseCase) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  signIn(@Body() dto: LoginDto) {
    return this.login.execute(dto);
  }
}
