/** A score with its 95% interval; all null when there is nothing to score. */
export interface ScoreWithInterval {
  score: number | null;
  low: number | null;
  high: number | null;
}

export interface SubDimensionScore extends ScoreWithInterval {
  code: string;
  /** The largest number of answers behind any of its indicators. */
  n: number;
}

export interface DimensionScore extends ScoreWithInterval {
  number: number;
  n: number;
  subDimensions: SubDimensionScore[];
}

export interface UnitScore {
  dimensions: DimensionScore[];
  aggregate: ScoreWithInterval;
  n: number;
}
