/**
 * A stored report as the API and the CLI show it (the Report of docs/api.md), and its printable page
 * rendered again from what was stored: the JSON record for freeze, interdiction and cultural-property
 * reports; the kept case file for goAML (the XML itself is the authority's file). The page carries the
 * current filing state, maker, checker and the stored copy's SHA-256.
 */
import type { Exponents } from './amount.js';
import type { ReportIssue } from './build-context.js';
import type { CulturalPropertyRecord } from './cultural-property.js';
import { daysBetween } from './dates.js';
import type { FilingStep } from './filing.js';
import type { FreezeReport } from './freeze.js';
import type { GoamlReportInput } from './goaml-input.js';
import { renderCulturalPropertyHtml, renderFreezeHtml, renderGoamlHtml, renderInterdictionHtml } from './html.js';
import type { InterdictionPack } from './interdiction.js';
import type { ValidationError } from './prepare-from-case.js';
import { caseFileOf, filingRecordOf, type ReportRow } from './reports-repo.js';

export interface ReportView {
  id: number;
  caseId: number | null;
  kind: ReportRow['kind'];
  reportCode: string;
  profile: string | null;
  state: ReportRow['state'];
  maker: string;
  checker: string | null;
  sha256: string;
  bytes: number;
  mediaType: string;
  validationErrors: ValidationError[];
  history: FilingStep[];
  dueAt: string | null;
  /** Calendar days from today (UTC) to the due date; negative when overdue; null without a deadline. */
  daysLeft: number | null;
  authorityReference: string | null;
  createdAt: string;
  updatedAt: string;
  filedAt: string | null;
}

export function reportView(row: ReportRow, now: Date = new Date()): ReportView {
  const due = row.dueAt ? row.dueAt.toISOString() : null;
  return {
    id: row.id,
    caseId: row.caseId,
    kind: row.kind,
    reportCode: row.reportCode,
    profile: row.profile,
    state: row.state,
    maker: row.maker,
    checker: row.checker,
    sha256: row.sha256,
    bytes: row.bytes,
    mediaType: row.mediaType,
    validationErrors: row.validationErrors as ValidationError[],
    history: filingRecordOf(row).history,
    dueAt: due,
    daysLeft: due ? daysBetween(now.toISOString().slice(0, 10), due.slice(0, 10)) : null,
    authorityReference: row.authorityReference,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    filedAt: row.filedAt ? row.filedAt.toISOString() : null,
  };
}

/** The printable page of a stored report. */
export function reportHtml(row: ReportRow, profile: { localCurrency: string; currencyExponents: Exponents }): string {
  const filing = { maker: row.maker, ...(row.checker ? { checker: row.checker } : {}), sha256: row.sha256, state: row.state };
  const exponents = profile.currencyExponents;
  switch (row.kind) {
    case 'goaml': {
      const input = (caseFileOf(row) ?? {}) as GoamlReportInput;
      const issues = (row.validationErrors as ValidationError[]).map((e): ReportIssue => ({ field: e.field, message: e.message, source: e.source }));
      return renderGoamlHtml(input, { reportCode: row.reportCode, localCurrency: input.currency_code_local ?? profile.localCurrency, exponents, issues, filing });
    }
    case 'freeze':
      return renderFreezeHtml(JSON.parse(row.content) as FreezeReport, { exponents, filing });
    case 'interdiction':
      return renderInterdictionHtml(JSON.parse(row.content) as InterdictionPack, { exponents, filing });
    case 'cultural-property':
      return renderCulturalPropertyHtml(JSON.parse(row.content) as CulturalPropertyRecord, { exponents, filing });
  }
}
