/**
 * The one error every event reader throws for input it cannot accept: a missing or malformed field,
 * hostile XML, a bad CSV row. The message starts with where the problem is ("payments.xml:12:5",
 * "line 3") and names the field, so an operator can fix the input without reading code; a batch
 * with such an event is refused rather than half-processed.
 */
export class EventValidationError extends Error {
  override readonly name = 'EventValidationError';
  /** Path of the field concerned, e.g. "creditor.address.country" or "CdtTrfTxInf[1]/IntrBkSttlmAmt". */
  readonly field: string | undefined;
  /** Where in the input ("line 3", "pacs.xml:12:5"), when known. */
  readonly where: string | undefined;
  readonly reason: string;

  constructor(reason: string, field?: string, where?: string) {
    super([where, field, reason].filter((x) => x !== undefined && x !== '').join(': '));
    this.reason = reason;
    this.field = field;
    this.where = where;
  }
}
