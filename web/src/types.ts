/**
 * Shapes of the API's answers. The list and matching shapes are the server's own types (type-only
 * imports, erased at build time), so a change there breaks this build instead of the screen.
 */
import type { Explanation, ExplainedAlignment, ExplainedEvidence, ExplainedName } from '../../src/matching/explain.js';
import type { Match } from '../../src/matching/engine.js';
import type { SanctionedParty, PartyName, BirthDate, IdentityDocument, Place } from '../../src/lists/model.js';
import type { ListDiff, AmendedParty, FieldChange } from '../../src/lists/diff.js';
import type { ListVersion } from '../../src/lists/version.js';
import type { GroupedMatch } from '../../src/screening/designations.js';

export type { Explanation, ExplainedAlignment, ExplainedEvidence, ExplainedName, Match, GroupedMatch, SanctionedParty, PartyName, BirthDate, IdentityDocument, Place, ListDiff, AmendedParty, FieldChange, ListVersion };

export interface ScreenResponse {
  id?: string;
  /** A person on several lists is one match carrying every designation (docs/lists.md). */
  matches: GroupedMatch[];
  threshold: number;
  algorithmVersion: string;
  listVersions: { source: string; hash: string }[];
}

export type VersionRow = ListVersion & { inForce: boolean; ageDays: number };

export interface DiffResponse extends ListDiff {
  old: { hash: string; source: string; generatedAt?: string };
  new: { hash: string; source: string; generatedAt?: string };
}

export type PartyHit = { version: string; party: SanctionedParty };
