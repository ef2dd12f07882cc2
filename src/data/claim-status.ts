import { t } from '../i18n/translate.ts';
/**
 * How well an event is established: one of four grades, with the words the README, the legend
 * and the event panel all use (issue 14). Kept here, in data/, so every room reads the same
 * definitions; an event without a status makes no claim either way.
 */
export const CLAIM_STATUSES = ['confirmed', 'reported', 'claimed', 'disputed'] as const;

export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export interface ClaimStatusMeaning {
  /** A short name for the legend and the panel. */
  readonly label: string;
  /** The name inside a sentence or a mark's name ("(claimed)"). */
  readonly inline: string;
  /** One sentence: when a publisher should give an event this status. */
  readonly definition: string;
}

/** The status's words in the active language (the catalogue's `status.*`, i18n/). */
export function claimStatusMeaning(status: ClaimStatus): ClaimStatusMeaning {
  const [label, inline, definition] = STATUS_KEYS[status];
  return { label: t(label), inline: t(inline), definition: t(definition) };
}

// Spelled out, not built from the status: the build shortens the catalogue's keys where they
// are written (scripts/build/short-message-keys.ts).
const STATUS_KEYS = {
  confirmed: ['status.confirmed', 'status.confirmed.inline', 'status.confirmed.definition'],
  reported: ['status.reported', 'status.reported.inline', 'status.reported.definition'],
  claimed: ['status.claimed', 'status.claimed.inline', 'status.claimed.definition'],
  disputed: ['status.disputed', 'status.disputed.inline', 'status.disputed.definition'],
} as const;


const STATUS_SET: ReadonlySet<unknown> = new Set(CLAIM_STATUSES);

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return STATUS_SET.has(value);
}
