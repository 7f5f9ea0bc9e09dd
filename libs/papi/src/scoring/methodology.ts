/**
 * Version of the scoring method documented in libs/papi/README.md. Stored with every aggregate and
 * snapshot so a changed formula (m2) never silently mixes with scores computed by m1.
 */
export const METHODOLOGY_VERSION = 'm1';
