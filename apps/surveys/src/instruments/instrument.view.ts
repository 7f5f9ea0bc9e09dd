import { InstrumentEntity } from './instrument.entity';

/** The instrument as clients read it: enough (codes, types, options, ranges, skip rules) to build valid sheets. */
export function instrumentView(entity: InstrumentEntity) {
  return {
    id: entity.id,
    code: entity.code,
    version: entity.version,
    frameworkVersion: entity.frameworkVersion,
    status: entity.status,
    titleVi: entity.titleVi,
    publishedAt: entity.publishedAt?.toISOString() ?? null,
    createdAt: entity.createdAt.toISOString(),
    questions: entity.questions,
  };
}

export function instrumentSummary(entity: InstrumentEntity) {
  const { questions, ...rest } = instrumentView(entity);
  return { ...rest, questionCount: questions.length };
}
