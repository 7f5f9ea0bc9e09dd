import { createParamDecorator, ExecutionContext, Injectable, PipeTransform } from '@nestjs/common';
import type { Request } from 'express';
import { createValidationPipe } from '@papi/platform-http';
import { SubmitResponseDto } from './submit-response.dto';
import { isWellFormedSheet } from './well-formed-sheet';

/**
 * The request body of a sheet upload, validated by `SheetBodyPipe` instead of the global ValidationPipe
 * (which leaves custom decorators alone): `@SheetBody(SheetBodyPipe) dto: SubmitResponseDto`.
 */
export const SheetBody = createParamDecorator(
  (_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<Request>().body,
);

/**
 * A well-formed sheet (`isWellFormedSheet`, the common case) passes as it is; anything else goes through
 * the same ValidationPipe as every other body, so errors read exactly as before.
 */
@Injectable()
export class SheetBodyPipe implements PipeTransform {
  private readonly validation = createValidationPipe();

  transform(value: unknown): unknown {
    if (isWellFormedSheet(value)) return value;
    return this.validation.transform(value, { type: 'body', metatype: SubmitResponseDto, data: undefined });
  }
}
