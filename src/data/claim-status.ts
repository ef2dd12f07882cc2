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
  /** One sentence: when a publisher should give an event this status. */
  readonly definition: string;
}

export const CLAIM_STATUS_MEANINGS: Readonly<Record<ClaimStatus, ClaimStatusMeaning>> = {
  confirmed: {
    label: 'Confirmed',
    definition:
      'Officially acknowledged (by the government or armed force that carried it out or was its target), or reported independently by more than one credible outlet.',
  },
  reported: {
    label: 'Reported',
    definition:
      'Reported by a credible outlet but not confirmed: neither officially acknowledged nor reported independently by a second credible outlet; also the status wherever the evidence is in doubt.',
  },
  claimed: {
    label: 'Claimed',
    definition:
      'Claimed by a party to the conflict (such as the Islamic Resistance in Iraq) and not confirmed by anyone else; the event rests on that party’s word.',
  },
  disputed: {
    label: 'Disputed',
    definition:
      'The parties give conflicting accounts of what happened or who did it, and the sources do not settle it; the summary says who claims what.',
  },
};

const STATUS_SET: ReadonlySet<unknown> = new Set(CLAIM_STATUSES);

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return STATUS_SET.has(value);
}
