export interface SheetAnswer {
  questionCode: string;
  value: unknown;
}
