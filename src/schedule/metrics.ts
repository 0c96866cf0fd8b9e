import type { DeliveryState, Platform, SubscriptionState } from '../store/subscription-store.ts';
import type { DeliveryObserver, SettledOutcome } from './delivery-worker.ts';
import type { SendOutcome } from './ports.ts';

/**
 * Delivery metrics in the Prometheus text format. Counters live in memory (Prometheus expects
 * them to reset with the process); gauges are read from the store at each scrape, so they are
 * true for the whole deployment, not just this process.
 */
export type StoreSnapshot = {
  readonly outbox: Readonly<Record<DeliveryState, number>>;
  readonly subscriptions: Readonly<Record<SubscriptionState, number>>;
  readonly lastDeliveredAt?: string;
  readonly lastSweepAt?: number;
};

/** The worker's observer that can also render /metrics. */
export type DeliveryMetrics = DeliveryObserver & {
  /** The exposition text for /metrics. */
  render(snapshot: StoreSnapshot): string;
  /** The last delivery this process completed (epoch ms). */
  lastDelivery(): number | undefined;
};

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function labels(pairs: Readonly<Record<string, string>>): string {
  const text = Object.entries(pairs).map(([key, value]) => `${key}="${escapeLabel(value)}"`).join(',');
  return text ? `{${text}}` : '';
}

/** Create the counters the worker feeds (as its DeliveryObserver). */
export function createDeliveryMetrics(): DeliveryMetrics {
  const sends = new Map<string, number>();
  const settled = new Map<string, number>();
  const retries = new Map<Platform, number>();
  let lastDelivery: number | undefined;
  const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

  return {
    sent(platform: Platform, outcome: SendOutcome['kind']) {
      bump(sends, `${platform}\u0000${outcome}`);
    },
    settled(platform: Platform, outcome: SettledOutcome, deliveredAt?: number) {
      bump(settled, `${platform}\u0000${outcome}`);
      if (outcome === 'retry' || outcome === 'rate_limited') bump(retries, platform);
      if (deliveredAt !== undefined) lastDelivery = Math.max(lastDelivery ?? 0, deliveredAt);
    },
    lastDelivery: () => lastDelivery,
    render(snapshot) {
      const lines: string[] = [];
      const family = (name: string, type: 'counter' | 'gauge', help: string, samples: [Record<string, string>, number][]) => {
        lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
        for (const [pairs, value] of samples) lines.push(`${name}${labels(pairs)} ${value}`);
      };
      const split = (map: Map<string, number>, second: string) =>
        [...map].sort().map(([key, value]): [Record<string, string>, number] => {
          const [platform = '', other = ''] = key.split('\u0000');
          return [{ platform, [second]: other }, value];
        });
      family('mujaz_deliveries_total', 'counter', 'Delivery attempts settled by this process, by platform and outcome.', split(settled, 'outcome'));
      family('mujaz_messages_sent_total', 'counter', 'Messages handed to a platform, by platform and its answer.', split(sends, 'result'));
      family('mujaz_delivery_retries_total', 'counter', 'Delivery attempts that will be retried (transient failure or retry_after).', [...retries].sort().map(([platform, value]) => [{ platform }, value]));
      family('mujaz_outbox_rows', 'gauge', 'Outbox rows by state; pending plus sending is the outbox depth.', Object.entries(snapshot.outbox).map(([state, value]) => [{ state }, value]));
      family('mujaz_outbox_depth', 'gauge', 'Briefings waiting to be delivered (pending or sending).', [[{}, snapshot.outbox.pending + snapshot.outbox.sending]]);
      family('mujaz_subscriptions', 'gauge', 'Subscriptions by state.', Object.entries(snapshot.subscriptions).map(([state, value]) => [{ state }, value]));
      family('mujaz_paused_subscriptions', 'gauge', 'Subscriptions paused (by a user or after a permanent platform refusal).', [[{}, snapshot.subscriptions.paused]]);
      if (snapshot.lastDeliveredAt !== undefined) {
        family('mujaz_last_delivery_timestamp_seconds', 'gauge', 'When the last briefing was delivered.', [[{}, Date.parse(snapshot.lastDeliveredAt) / 1000]]);
      }
      if (snapshot.lastSweepAt !== undefined) {
        family('mujaz_scheduler_last_sweep_timestamp_seconds', 'gauge', 'When the scheduler last enqueued due briefings.', [[{}, snapshot.lastSweepAt / 1000]]);
      }
      return `${lines.join('\n')}\n`;
    },
  };
}
