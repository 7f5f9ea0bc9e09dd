// The quality rules' public door: pure functions the submit use case calls with a context it loads
// from PostgreSQL. See README.md for the rules, their defaults and the measured flag rates.
export * from './quality.types';
export { DEFAULT_QUALITY_SETTINGS } from './default-quality-settings';
export { assessSheet, QUALITY_RULES } from './assess-sheet';
export { sheetSignatures, SIGNATURE_BANDS, SIGNATURE_VERSION } from './sheet-signatures';
export { answerAgreement, answerMap } from './answer-similarity';
export { durationSeconds, enumeratorNeighbourWindow } from './interview-time';
export { sameProfile } from './near-duplicate.rule';
