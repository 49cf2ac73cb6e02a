import type { JSX } from 'preact';
import type { AlertRow, DecisionRow } from '../alerts-api.js';
import { FourEyes, type FourEyesSettings } from '../components/four-eyes.js';

/**
 * Four eyes on a name alert: one person proposes closing the alert (the maker), a different person
 * approves or rejects it (the checker). An approved false positive goes on the allow-list for the
 * days the maker asked; an approved UN true match gets a freeze record, so the maker is told so. The
 * server refuses a rejection without the checker's reasons.
 */
function settingsFor(alert: AlertRow): FourEyesSettings {
  return {
    idPrefix: '',
    propose: { endpoint: '/decisions', fields: { alertId: alert.id }, initialKind: 'false_positive', allowList: true, freezeNotice: alert.listSource === 'un' },
    review: { base: '/decisions', rejectNeedsNote: true },
  };
}

export function Decisions({ alert, decisions, onChange }: { alert: AlertRow; decisions: DecisionRow[]; onChange: () => void }): JSX.Element {
  return <FourEyes state={alert.state} decisions={decisions} onChange={onChange} settings={settingsFor(alert)} />;
}
