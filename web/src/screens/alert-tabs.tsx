import type { JSX } from 'preact';

/** The two queues side by side: name-screening alerts and rule-pack alerts (payments, cargo, art). */
export function AlertTabs({ current }: { current: 'names' | 'rules' }): JSX.Element {
  return (
    <nav class="tabs" aria-label="Alert queues">
      <a href="#/alerts" aria-current={current === 'names' ? 'page' : undefined}>Name screening</a>
      <a href="#/rule-alerts" aria-current={current === 'rules' ? 'page' : undefined}>Rule packs</a>
    </nav>
  );
}
