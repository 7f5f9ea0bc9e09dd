import type { Interview, SheetForQuality } from '../../quality';
import { MAX_CANDIDATES, MAX_DURATION_SECONDS, MAX_NEIGHBOURS } from '../quality/lookup-bounds';

/** A sheet judged earlier in the same batch and about to be stored with it. */
export interface BatchPeer {
  waveId: string;
  sheet: SheetForQuality;
  /** Its `lookupSignatures`. */
  signatures: readonly string[];
}

const HOUR_MS = 3600_000;

/**
 * A sheet's candidates and neighbours as if the sheets judged before it in its batch were already
 * stored: the same selection the database makes (`surveys_intake_contexts`) — a shared lookup signature;
 * the same enumerator with an interview within the hour window — applied to the batch, so a batch judges
 * its sheets as one at a time would. A peer already among the stored ones is not added twice.
 */
export function withBatchPeers(
  waveId: string,
  sheet: SheetForQuality,
  signatures: readonly string[],
  stored: { candidates: SheetForQuality[]; neighbours: Interview[] },
  peers: readonly BatchPeer[],
): { candidates: SheetForQuality[]; neighbours: Interview[] } {
  const sameWave = peers.filter((p) => p.waveId === waveId);
  if (sameWave.length === 0) return stored;
  const own = new Set(signatures);
  const known = new Set(stored.candidates.map((c) => c.submissionId));
  const candidates = [...stored.candidates];
  for (const peer of sameWave) {
    if (candidates.length >= MAX_CANDIDATES) break;
    if (known.has(peer.sheet.submissionId) || !peer.signatures.some((s) => own.has(s))) continue;
    candidates.push(peer.sheet);
  }
  const listed = new Set(stored.neighbours.map((n) => n.submissionId));
  const started = Date.parse(sheet.startedAt);
  const finished = Date.parse(sheet.finishedAt);
  const neighbours = [...stored.neighbours];
  for (const { sheet: peer } of sameWave) {
    if (peer.enumeratorId !== sheet.enumeratorId || listed.has(peer.submissionId)) continue;
    const peerStarted = Date.parse(peer.startedAt);
    const inWindow =
      peerStarted >= started - MAX_DURATION_SECONDS * 1000 - HOUR_MS &&
      peerStarted <= finished + HOUR_MS &&
      Date.parse(peer.finishedAt) >= started - HOUR_MS;
    if (inWindow) neighbours.push(interviewOf(peer));
  }
  neighbours.sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  return { candidates, neighbours: neighbours.slice(0, MAX_NEIGHBOURS) };
}

function interviewOf(sheet: SheetForQuality): Interview {
  return {
    submissionId: sheet.submissionId,
    enumeratorId: sheet.enumeratorId,
    startedAt: sheet.startedAt,
    finishedAt: sheet.finishedAt,
  };
}
