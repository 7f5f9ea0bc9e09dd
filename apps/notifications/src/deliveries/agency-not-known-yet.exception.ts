/**
 * Unknown lead agency in a v1 event (no recipient snapshot): its own event may not have arrived yet
 * (another topic). Retriable: the batch fails, the transport replays its events one at a time, and this
 * one is retried, then dead-lettered. v2 events carry the recipients and never need the directory.
 */
export class AgencyNotKnownYetException extends Error {}
