import type { JSX } from 'preact';
import { FourEyes, type FourEyesSettings } from '../components/four-eyes.js';
import type { RuleAlert, RuleAlertDecision } from '../rule-alerts-api.js';

/**
 * Four eyes on a rule alert, as on a name alert: a maker proposes closing it as a true match or a
 * false positive, a different person approves or rejects. No allow-list and no freeze follow: a rule
 * alert judges one event. A rejection needs no note here.
 */
function settingsFor(alert: RuleAlert): FourEyesSettings {
  return {
    idPrefix: 'rule-',
    propose: { endpoint: `/rule-alerts/${alert.id}/decisions`, initialKind: 'true_match', allowList: false, freezeNotice: false },
    review: { base: '/rule-alert-decisions', rejectNeedsNote: false },
  };
}

export function RuleDecisions({ alert, decisions, onChange }: { alert: RuleAlert; decisions: RuleAlertDecision[]; onChange: () => void }): JSX.Element {
  return <FourEyes state={alert.state} decisions={decisions} onChange={onChange} settings={settingsFor(alert)} />;
}
