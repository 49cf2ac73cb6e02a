import { DEFAULT_DEADLINE_HOURS } from '../alert-model.js';
import { useApi } from '../hooks.js';

/**
 * The organisation's deadline for working an alert, from the server's /health (`alertDeadlineHours`,
 * or `policy.alertDeadlineHours`) when it states one; the UI's default otherwise, said so on screen.
 */
export function useDeadlineHours(): { hours: number; fromServer: boolean } {
  const health = useApi<{ alertDeadlineHours?: number; policy?: { alertDeadlineHours?: number } }>('/health');
  const stated = health.data?.alertDeadlineHours ?? health.data?.policy?.alertDeadlineHours;
  return typeof stated === 'number' && stated > 0 ? { hours: stated, fromServer: true } : { hours: DEFAULT_DEADLINE_HOURS, fromServer: false };
}
