// Validates an administrator-supplied factor set, field by field, before it becomes a new version.
import { isTransportMode, MODE_UNIT_BASIS, TRANSPORT_MODES, type TransportMode } from '../modes';
import type {
  FactorFieldError,
  FactorSet,
  FactorSetValidation,
  ModeFactor,
  OnlineVideoFactor,
} from './types';

// Published totals are rounded independently of their parts (ADEME's car: 0.11056 + 0.0317 =
// 0.14226 against a published 0.14225), so the check allows rounding but not a wrong total.
const TOTAL_TOLERANCE_KG = 0.0001;
const TOTAL_TOLERANCE_SHARE = 0.005;
const DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

type Record_ = Record<string, unknown>;

function isRecord(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readString(obj: Record_, key: string, path: string, errors: FactorFieldError[]): string {
  const value = obj[key];
  if (value === undefined || value === null || value === '') {
    errors.push({ path, code: 'required', message: `${path} is required` });
    return '';
  }
  if (typeof value !== 'string' || value.trim() === '') {
    errors.push({ path, code: 'not-a-string', message: `${path} must be a non-empty string` });
    return '';
  }
  return value.trim();
}

function readAmount(obj: Record_, key: string, path: string, errors: FactorFieldError[]): number {
  const value = obj[key];
  if (value === undefined || value === null) {
    errors.push({ path, code: 'required', message: `${path} is required` });
    return 0;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.push({ path, code: 'not-a-number', message: `${path} must be a finite number` });
    return 0;
  }
  if (value < 0) {
    errors.push({ path, code: 'negative', message: `${path} must not be negative (got ${value})` });
    return 0;
  }
  return value;
}

function readModeFactor(
  mode: TransportMode,
  raw: unknown,
  errors: FactorFieldError[],
): ModeFactor | undefined {
  const path = `factors.${mode}`;
  if (!isRecord(raw)) {
    errors.push({
      path,
      code: 'required',
      message: `${path} is missing: every mode needs a factor`,
    });
    return undefined;
  }
  const expectedBasis = MODE_UNIT_BASIS[mode];
  if (raw.unitBasis !== expectedBasis) {
    errors.push({
      path: `${path}.unitBasis`,
      code: 'wrong-unit-basis',
      message: `${path}.unitBasis must be '${expectedBasis}' (trips count this mode per ${expectedBasis})`,
    });
  }
  const factor: ModeFactor = {
    unitBasis: expectedBasis,
    useKgPerKm: readAmount(raw, 'useKgPerKm', `${path}.useKgPerKm`, errors),
    buildKgPerKm: readAmount(raw, 'buildKgPerKm', `${path}.buildKgPerKm`, errors),
    contrailsKgPerKm: readAmount(raw, 'contrailsKgPerKm', `${path}.contrailsKgPerKm`, errors),
    totalKgPerKm: readAmount(raw, 'totalKgPerKm', `${path}.totalKgPerKm`, errors),
  };
  const partsKg = factor.useKgPerKm + factor.buildKgPerKm + factor.contrailsKgPerKm;
  const toleranceKg = Math.max(TOTAL_TOLERANCE_KG, TOTAL_TOLERANCE_SHARE * factor.totalKgPerKm);
  if (Math.abs(partsKg - factor.totalKgPerKm) > toleranceKg) {
    errors.push({
      path: `${path}.totalKgPerKm`,
      code: 'inconsistent-total',
      message: `${path}.totalKgPerKm (${factor.totalKgPerKm}) must equal use + build + contrails (${partsKg.toFixed(5)})`,
    });
  }
  return factor;
}

function readOnlineVideo(raw: unknown, errors: FactorFieldError[]): OnlineVideoFactor {
  if (!isRecord(raw)) {
    errors.push({ path: 'onlineVideo', code: 'required', message: 'onlineVideo is required' });
    return { kgPerDeviceHour: 0, source: '', note: '' };
  }
  return {
    kgPerDeviceHour: readAmount(raw, 'kgPerDeviceHour', 'onlineVideo.kgPerDeviceHour', errors),
    source: readString(raw, 'source', 'onlineVideo.source', errors),
    note: typeof raw.note === 'string' ? raw.note : '',
  };
}

/**
 * Checks an administrator-supplied factor set and returns it typed, or every field error at once.
 * Rejects missing or unknown modes, negative or non-numeric values, a unit basis other than the
 * mode's, a total that does not match its parts, a bad date and a version that already exists.
 * @example
 * const result = validateFactorSet(JSON.parse(body), ['ademe-impactco2-2025']);
 * if (!result.ok) reply.code(422).send({ error: { code: 'CARBON.INVALID_FACTORS', fields: result.errors } });
 */
export function validateFactorSet(
  input: unknown,
  existingVersions: readonly string[] = [],
): FactorSetValidation {
  const errors: FactorFieldError[] = [];
  if (!isRecord(input)) {
    return {
      ok: false,
      errors: [{ path: '', code: 'required', message: 'a factor set object is required' }],
    };
  }
  const version = readString(input, 'version', 'version', errors);
  if (version !== '' && existingVersions.includes(version)) {
    errors.push({
      path: 'version',
      code: 'duplicate-version',
      message: `version '${version}' already exists: versions are never overwritten, choose a new name`,
    });
  }
  const publishedOn = readString(input, 'publishedOn', 'publishedOn', errors);
  if (publishedOn !== '' && !DATE_PATTERN.test(publishedOn)) {
    errors.push({
      path: 'publishedOn',
      code: 'bad-date',
      message: 'publishedOn must be YYYY, YYYY-MM or YYYY-MM-DD',
    });
  }
  const source = readString(input, 'source', 'source', errors);
  const licence = readString(input, 'licence', 'licence', errors);

  const rawFactors = isRecord(input.factors) ? input.factors : undefined;
  if (!rawFactors)
    errors.push({ path: 'factors', code: 'required', message: 'factors is required' });
  const factors = {} as Record<TransportMode, ModeFactor>;
  for (const mode of TRANSPORT_MODES) {
    const factor = readModeFactor(mode, rawFactors?.[mode], errors);
    if (factor) factors[mode] = factor;
  }
  for (const key of Object.keys(rawFactors ?? {})) {
    if (!isTransportMode(key)) {
      errors.push({
        path: `factors.${key}`,
        code: 'unknown-mode',
        message: `'${key}' is not a known transport mode`,
      });
    }
  }
  const onlineVideo = readOnlineVideo(input.onlineVideo, errors);

  if (errors.length > 0) return { ok: false, errors };
  const value: FactorSet = { version, publishedOn, source, licence, factors, onlineVideo };
  return { ok: true, value };
}
