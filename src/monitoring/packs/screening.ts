/**
 * Screening as rules: a party of the event matches a listed party (hard control C2: block the
 * payment, freeze, report), or a free-text field names one (an alert of its own, and evidence for
 * the other packs). The match threshold is the screening threshold of the configuration.
 */
import type { PackModule } from '../facts.js';

const C2_SOURCE = 'Domain brief s.3 C2 (screening and freeze; res. 2199 and the ISIL/Al-Qaida asset freeze); FATF R.6';

export const screeningPack: PackModule = {
  id: 'screening',
  title: 'Sanctions screening of parties and free text',
  rules: [
    {
      code: 'C2',
      pack: 'screening',
      title: 'Party matches a listed party: block and freeze',
      appliesTo: ['payment', 'cargo', 'art', 'flag'],
      when: 'size(screening.partyHits) > 0',
      evidence: '{"matches": screening.partyHits.map(h, {"role": h.role, "screened": h.screened, "listed": h.caption, "reference": h.referenceNumber, "source": h.source, "score": h.score})}',
      action: 'block',
      hardControl: 'C2',
      score: 100,
      source: C2_SOURCE,
      params: {},
    },
    {
      code: 'SCREEN-TEXT',
      pack: 'screening',
      title: 'Free text names a listed party',
      appliesTo: ['payment', 'cargo', 'art', 'flag'],
      when: 'size(screening.textHits) > 0',
      evidence: '{"matches": screening.textHits.map(h, {"field": h.path, "text": h.screened, "listed": h.caption, "reference": h.referenceNumber, "score": h.score})}',
      action: 'alert',
      score: 85,
      source: 'Domain brief s.3 C2 (RmtInf and Purp are screened) and s.4.6',
      params: {},
    },
  ],
};
