// Shapes ensemble rows for the API: never a database row, and the confirmation state of today.
import type { Ensemble, EnsembleSummary, SupportRequest } from '@tutti/contracts';
import type { schema } from '@tutti/db';
import { confirmationState } from './confirmation';
import type { EnsembleRow, PlaceRow } from './directory.repository';

export function presentEnsembleSummary(
  row: EnsembleRow,
  places: readonly PlaceRow[],
  now = new Date(),
): EnsembleSummary {
  const communeNames = [...new Set(places.flatMap((p) => (p.communeName ? [p.communeName] : [])))];
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    status: row.status,
    source: row.source,
    communeNames,
    lastConfirmedAt: row.lastConfirmedAt?.toISOString() ?? null,
    confirmation: confirmationState(row.lastConfirmedAt, now),
    publicCode: row.publicCode,
    position: positionOf(places),
  };
}

function positionOf(places: readonly PlaceRow[]) {
  const placed = places.find((p) => p.latitude !== null && p.longitude !== null);
  return placed ? { latitude: placed.latitude!, longitude: placed.longitude! } : null;
}

export function presentEnsemble(row: EnsembleRow, places: readonly PlaceRow[]): Ensemble {
  return {
    ...presentEnsembleSummary(row, places),
    description: row.description,
    places: places.map((p) => ({
      venueId: p.venueId,
      label: p.label,
      addressLine: p.addressLine,
      postalCode: p.postalCode,
      communeCode: p.communeCode,
      communeName: p.communeName,
      latitude: p.latitude,
      longitude: p.longitude,
    })),
    rehearsals: row.rehearsals,
    levels: row.levels,
    auditionRequired: row.auditionRequired,
    partsSought: row.partsSought,
    genres: row.genres,
    ageBands: row.ageBands,
    annualFeeCents: row.annualFeeCents,
    solidarityFeeCents: row.solidarityFeeCents,
    feeNotes: row.feeNotes,
    accessibility: row.accessibility,
    learningTools: row.learningTools,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    website: row.website,
    language: row.language,
    workingLanguages: row.workingLanguages,
    reminderSentAt: row.reminderSentAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentSupportRequest(
  row: typeof schema.directorySupportRequests.$inferSelect,
  centre: { lat: number; lon: number } | null,
): SupportRequest {
  return {
    id: row.id,
    communeCode: row.communeCode,
    communeName: row.communeName,
    name: row.name,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    message: row.message,
    latitude: centre?.lat ?? null,
    longitude: centre?.lon ?? null,
    createdAt: row.createdAt.toISOString(),
    handledAt: row.handledAt?.toISOString() ?? null,
    anonymisedAt: row.anonymisedAt?.toISOString() ?? null,
  };
}
