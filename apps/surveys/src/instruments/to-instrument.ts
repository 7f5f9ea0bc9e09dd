import { InstrumentDto, QuestionDto } from './dtos/instrument.dto';
import { InstrumentDefinition, Question } from './instrument.types';
import { normalizeQuestion } from './normalize-question';

/** Only the fields that were sent (no `undefined` keys in the stored jsonb), with the type's implied parts. */
function toQuestion(dto: QuestionDto): Question {
  const question: Question = { code: dto.code, textVi: dto.textVi, type: dto.type, required: dto.required };
  if (dto.textEn !== undefined) question.textEn = dto.textEn;
  if (dto.options !== undefined) question.options = dto.options.map((o) => ({ value: o.value, labelVi: o.labelVi }));
  if (dto.min !== undefined) question.min = dto.min;
  if (dto.max !== undefined) question.max = dto.max;
  if (dto.skipIf !== undefined) question.skipIf = { questionCode: dto.skipIf.questionCode, in: dto.skipIf.in };
  if (dto.indicatorCode !== undefined) question.indicatorCode = dto.indicatorCode;
  return normalizeQuestion(question);
}

export function toInstrument(dto: InstrumentDto): InstrumentDefinition {
  return {
    code: dto.code,
    version: dto.version,
    frameworkVersion: dto.frameworkVersion,
    titleVi: dto.titleVi,
    questions: dto.questions.map(toQuestion),
  };
}
