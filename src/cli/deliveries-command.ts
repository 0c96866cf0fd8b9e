import { InputError } from '../errors.ts';
import type { Delivery, DeliveryState } from '../store/subscription-store.ts';
import { stringOption, type Command } from './command.ts';
import { withBackend } from './open-delivery-store.ts';

/** What did not arrive: failed, missed while mujaz was down, or cancelled by a pause. */
const undelivered: readonly DeliveryState[] = ['failed', 'missed', 'cancelled'];

/** Read `--since` as a day (midnight UTC) or an ISO-8601 instant. */
export function parseSince(text: string): string {
  const instant = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(instant)) throw new InputError(`--since '${text}' is not a date; write YYYY-MM-DD or an ISO time such as 2026-02-06T07:30:00Z`);
  return new Date(instant).toISOString();
}

function describe(delivery: Delivery): string {
  const parts = delivery.parts ? `${delivery.partsSent}/${delivery.parts.length} parts` : 'not rendered';
  const flags = [delivery.late ? 'late' : '', delivery.attempts > 0 ? `attempts ${delivery.attempts}` : ''].filter(Boolean).join(', ');
  const reason = delivery.lastError ? `  — ${delivery.lastError}` : '';
  return `${delivery.dueAt}  ${delivery.subscriptionId}  ${delivery.briefingDay}  ${delivery.state.padEnd(9)}  ${parts}${flags ? `  (${flags})` : ''}${reason}`;
}

/** `mujaz deliveries`: the outbox, for operators. */
export const deliveriesCommand: Command = {
  name: 'deliveries',
  summary: 'list briefings in the outbox: delivered, pending, late, failed and missed',
  usage: 'mujaz deliveries [--failed] [--since YYYY-MM-DD|ISO] [--subscription ID] [--json]',
  options: { failed: { type: 'boolean' }, since: { type: 'string' }, subscription: { type: 'string' }, json: { type: 'boolean' } },
  optionHelp: {
    failed: 'only briefings that failed or were missed',
    since: 'only briefings due on or after this time (ISO, e.g. 2026-02-06)',
    subscription: "only this subscription's briefings (an id from mujaz subscriptions list)",
    json: 'JSON instead of text',
  },
  examples: ['mujaz deliveries --failed --since 2026-02-01'],
  allowPositionals: false,
  async run(context, values) {
    const since = stringOption(values, 'since');
    const subscriptionId = stringOption(values, 'subscription');
    return withBackend(context, async ({ deliveries: store }) => {
      const rows = await store.listDeliveries({
        ...(values.failed ? { states: undelivered } : {}),
        ...(since === undefined ? {} : { since: parseSince(since) }),
        ...(subscriptionId === undefined ? {} : { subscriptionId }),
      });
      if (values.json) {
        context.out(JSON.stringify(rows.map(({ parts, ...rest }) => ({ ...rest, partCount: parts?.length })), null, 2));
        return 0;
      }
      if (rows.length === 0) {
        context.out(values.failed ? 'no failed or missed briefings' : 'no briefings in the outbox yet');
        return 0;
      }
      for (const row of rows) context.out(describe(row));
      const counts = new Map<string, number>();
      for (const row of rows) counts.set(row.state, (counts.get(row.state) ?? 0) + 1);
      context.out(`${rows.length} briefings: ${[...counts].map(([state, n]) => `${n} ${state}`).join(', ')}`);
      return 0;
    }, 'read');
  },
};
