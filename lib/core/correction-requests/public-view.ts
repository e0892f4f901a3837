// What a correction request shows outside the team (the review report, the public verdict page):
// whom, how, when, the outcome and the link to the correction. Never the internal note, the text
// of the request or the answer, the flag, or who on the desk recorded it.

import type { PublicCorrectionRequestDto } from '@/lib/validations/correction-request';
import { channelLabels, outcomeLabels, recipientKindLabels } from './correction-requests';

export type PublicCorrectionRequest = PublicCorrectionRequestDto;

type Source = PublicCorrectionRequest & Record<string, unknown>;

/** Copies the public fields only, field by field, so a field added to the source never leaks. */
export function toPublicCorrectionRequest(request: Source): PublicCorrectionRequest {
  return {
    recipientKind: request.recipientKind,
    recipientName: request.recipientName,
    channel: request.channel,
    sentAt: request.sentAt,
    outcome: request.outcome,
    respondedAt: request.respondedAt,
    correctionUrl: request.correctionUrl,
  };
}

/** "The publisher (Harbour Herald)" */
export function recipientText(request: Pick<PublicCorrectionRequest, 'recipientKind' | 'recipientName'>): string {
  const kind = recipientKindLabels[request.recipientKind];
  return request.recipientName.trim() ? `${kind} (${request.recipientName.trim()})` : kind;
}

/** "by email" */
export function channelText(request: Pick<PublicCorrectionRequest, 'channel'>): string {
  return request.channel === 'other' ? 'by other means' : `by ${channelLabels[request.channel].toLowerCase()}`;
}

export function outcomeText(request: Pick<PublicCorrectionRequest, 'outcome'>): string {
  return outcomeLabels[request.outcome];
}
