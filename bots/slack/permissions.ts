/**
 * Who may change a channel's subscription. Reading (status, digest, settings) is open to everyone
 * who can run the command; subscribing and unsubscribing post in the channel every morning, so a
 * workspace can narrow them to its admins or to named people.
 */

/** Anyone in the channel (the default), workspace admins and owners, or a list of user ids. */
export type SubscribePolicy =
  | { readonly kind: 'anyone' }
  | { readonly kind: 'admins' }
  | { readonly kind: 'users'; readonly userIds: readonly string[] };

/** What the permission check needs to know about a user (from users.info). */
export type SlackUserRoles = { readonly isAdmin: boolean; readonly isOwner: boolean };

const USER_ID = /^[UW][A-Z0-9]{2,}$/;

/**
 * Read `SLACK_SUBSCRIBE_ALLOWED`: `anyone`, `admins`, or user ids separated by commas
 * (`U123ABC,U456DEF`). Returns the policy, or a sentence saying what is wrong.
 */
export function parseSubscribePolicy(text: string): SubscribePolicy | string {
  const value = text.trim();
  if (value.toLowerCase() === 'anyone') return { kind: 'anyone' };
  if (value.toLowerCase() === 'admins') return { kind: 'admins' };
  const ids = value.split(',').map((id) => id.trim()).filter((id) => id !== '');
  const bad = ids.filter((id) => !USER_ID.test(id));
  if (ids.length === 0 || bad.length > 0) {
    return `must be anyone, admins, or Slack user ids separated by commas such as U0123ABCD,U0456EFGH${bad.length > 0 ? ` (not a user id: ${bad.slice(0, 3).join(', ')})` : ''}`;
  }
  return { kind: 'users', userIds: [...new Set(ids)] };
}

/**
 * Whether `userId` may change subscriptions. `roles` is only called for the admins policy, so a
 * workspace that lets anyone subscribe never needs the users:read lookup.
 */
export async function maySubscribe(policy: SubscribePolicy, userId: string, roles: (userId: string) => Promise<SlackUserRoles>): Promise<boolean> {
  switch (policy.kind) {
    case 'anyone':
      return true;
    case 'users':
      return policy.userIds.includes(userId);
    case 'admins': {
      const found = await roles(userId);
      return found.isAdmin || found.isOwner;
    }
  }
}
