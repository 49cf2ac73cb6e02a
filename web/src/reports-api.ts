/**
 * The reports API's shapes (src/server/routes/reports.ts): a report to an authority built from a
 * case, validated, and filed with four eyes (prepared by a maker, approved or returned by a checker
 * who names the exact bytes by their SHA-256, then marked filed).
 */
export const REPORT_KINDS = ['goaml', 'freeze', 'interdiction', 'cultural-property'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  goaml: 'goAML STR/SAR to the FIU',
  freeze: 'Freeze report',
  interdiction: '1267 Committee interdiction report (30 days)',
  'cultural-property': 'Cultural-property record',
};

export interface ReportIssue {
  field: string;
  message: string;
  source: string;
  line?: number;
}

export interface ReportStep {
  state: string;
  by: string;
  at: string;
  note?: string;
  sha256: string;
}

export interface Report {
  id: number;
  caseId: number;
  kind: ReportKind;
  reportCode: string;
  profile: string | null;
  state: 'prepared' | 'approved' | 'returned' | 'filed';
  maker: string;
  checker: string | null;
  sha256: string;
  bytes: number;
  mediaType: string;
  validationErrors: ReportIssue[];
  history: ReportStep[];
  dueAt: string | null;
  daysLeft: number | null;
  authorityReference: string | null;
  createdAt: string;
  updatedAt: string;
  filedAt: string | null;
}

/** The file name a download gets: kind, id and the right extension for the media type. */
export function reportFileName(r: Report): string {
  const ext = /xml/.test(r.mediaType) ? 'xml' : /json/.test(r.mediaType) ? 'json' : 'txt';
  return `interdict-report-${r.id}-${r.kind}.${ext}`;
}

/** Issues grouped by the case field they map back to, in the order first met. */
export function issuesByField(issues: ReportIssue[]): [string, ReportIssue[]][] {
  const by = new Map<string, ReportIssue[]>();
  for (const i of issues) {
    const k = i.field || '(the report as a whole)';
    by.set(k, [...(by.get(k) ?? []), i]);
  }
  return [...by.entries()];
}
