import { registerEnumType } from 'type-graphql';
import { RiskLevel } from '../../generated/prisma/enums';

/** Open or acknowledged: whether a person has taken a risk alert in hand. */
export enum AlertStatus {
  OPEN = 'OPEN',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
}

registerEnumType(RiskLevel, {
  name: 'RiskLevel',
  description: 'How urgent a patient\'s chat message is, as the risk screen reads it.',
  valuesConfig: {
    NONE: { description: 'No sign of risk: an ordinary answer.' },
    CONCERN: { description: 'Ambiguous or passive signs, or worry about someone else: an ordinary answer with resources, and a lower-priority alert.' },
    CRISIS: { description: 'Crisis language: the fixed caring reply with resources, and an urgent alert to the patient\'s therapists.' },
  },
});
registerEnumType(AlertStatus, {
  name: 'AlertStatus',
  description: 'Whether a person has acknowledged a risk alert.',
  valuesConfig: {
    OPEN: { description: 'Nobody has acknowledged it yet.' },
    ACKNOWLEDGED: { description: 'A therapist or admin acknowledged it (see acknowledgedBy, acknowledgedAt, note).' },
  },
});

export { RiskLevel };
