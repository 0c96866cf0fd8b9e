import { InputError, NotFoundError } from '../errors.ts';
import { stringOption, type Command } from './command.ts';
import { withBackend } from './open-delivery-store.ts';
import { composerOf, portsOf, type DeliveryWiring } from './serve-command.ts';
import { createConsolePort } from '../schedule/console-port.ts';
import { localDateOf } from '../schedule/zoned-time.ts';

/** Build the briefing command over a wiring (the same composer and adapters as serve). */
export function createBriefingCommand(wiring: DeliveryWiring = {}): Command {
  return {
    name: 'briefing',
    summary: 'render the briefing a subscription would get (sends nothing)',
    usage: 'mujaz briefing --subscription ID [--as-of ISO-TIME] [--late] [--json]',
    options: { subscription: { type: 'string' }, 'as-of': { type: 'string' }, late: { type: 'boolean' }, json: { type: 'boolean' } },
    optionHelp: {
      subscription: 'the subscription to compose for (an id from mujaz subscriptions list)',
      'as-of': 'compose as at this time (ISO, e.g. 2026-02-06T07:30:00+04:00; default now)',
      late: 'compose it as a late briefing, with the late notice',
      json: 'the parts as JSON instead of text',
    },
    examples: ['mujaz briefing --subscription s0823f64b19 --as-of 2026-02-06T07:30:00+04:00'],
    allowPositionals: false,
    async run(context, values) {
      const id = stringOption(values, 'subscription');
      if (id === undefined) throw new InputError('mujaz briefing needs --subscription ID (see mujaz subscriptions list)');
      const asOfText = stringOption(values, 'as-of');
      const asOf = asOfText === undefined ? context.now() : new Date(asOfText);
      if (Number.isNaN(asOf.getTime())) throw new InputError(`--as-of '${asOfText}' is not a time; write an ISO time such as 2026-02-06T07:30:00+04:00`);
      return withBackend(context, async (backend) => {
        const { deliveries } = backend;
        const subscription = await deliveries.getSubscription(id);
        if (!subscription) throw new NotFoundError(`no subscription '${id}'; see mujaz subscriptions list`);
        const coveredUntil = await deliveries.lastCoveredUntil(id);
        const briefingDay = localDateOf(asOf.getTime(), subscription.timeZone);
        const briefing = await composerOf(wiring, backend, context)({ subscription, briefingDay, ...(coveredUntil === undefined ? {} : { coveredUntil }), asOf, late: values.late === true });
        // Render with the subscription's own adapter when it is wired, else as the console would.
        const port = portsOf(wiring, context).find((candidate) => candidate.platform === subscription.platform) ?? createConsolePort();
        const parts = port.renderParts(briefing, subscription.destination);
        if (values.json) {
          context.out(JSON.stringify({ subscription: id, coveredUntil: briefing.coveredUntil, nothingNew: briefing.nothingNew, parts }, null, 2));
          return 0;
        }
        const skipped = briefing.nothingNew && subscription.whenEmpty === 'skip';
        context.out(`briefing for ${id} (${subscription.platform}, ${subscription.language}, ${subscription.sections}) as of ${asOf.toISOString()}; covers news after ${coveredUntil ?? '(first briefing: the latest day)'} up to ${briefing.coveredUntil ?? '-'}`);
        if (port.platform !== subscription.platform) context.out(`(the ${subscription.platform} adapter is not wired here; shown as plain text)`);
        if (skipped) context.out('nothing new, and this subscription stays quiet on such days: nothing would be sent');
        else parts.forEach((part, index) => { context.out(`── part ${index + 1}/${parts.length}\n${part.body}`); });
        return 0;
      }, 'read');
    },
  };
}

