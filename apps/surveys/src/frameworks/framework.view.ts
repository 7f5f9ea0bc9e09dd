import { FrameworkVersionEntity } from './framework-version.entity';

/** The list item: which versions exist and whether they are frozen; the structure is on the detail route. */
export function frameworkSummary(entity: FrameworkVersionEntity) {
  const indicators = entity.structure.dimensions.flatMap((d) => d.subDimensions.flatMap((s) => s.indicators));
  return {
    version: entity.version,
    status: entity.status,
    publishedAt: entity.publishedAt?.toISOString() ?? null,
    createdAt: entity.createdAt.toISOString(),
    dimensions: entity.structure.dimensions.length,
    subDimensions: entity.structure.dimensions.reduce((n, d) => n + d.subDimensions.length, 0),
    indicators: indicators.length,
  };
}

export function frameworkDetail(entity: FrameworkVersionEntity) {
  return {
    version: entity.version,
    status: entity.status,
    publishedAt: entity.publishedAt?.toISOString() ?? null,
    createdAt: entity.createdAt.toISOString(),
    dimensions: entity.structure.dimensions,
  };
}
