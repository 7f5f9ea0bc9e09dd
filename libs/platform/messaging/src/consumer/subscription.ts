/** A consumer declares per topic which event types it handles; anything else on the topic is skipped. */
export interface Subscription {
  topic: string;
  types: string[];
}

/** Fail at boot when a subscribed type has no handler, two handlers, or a handler subscribes to nothing. */
export function subscriptionProblems(subscriptions: Subscription[], handlers: Map<string, { next?: unknown }>) {
  const subscribed = new Set(subscriptions.flatMap((s) => s.types));
  const problems: string[] = [];
  for (const type of subscribed) {
    const handler = handlers.get(type);
    if (!handler) problems.push(`no handler for subscribed event type "${type}"`);
    else if (handler.next) problems.push(`more than one handler for event type "${type}"`);
  }
  for (const pattern of handlers.keys()) {
    if (!subscribed.has(pattern)) problems.push(`handler for "${pattern}" but no subscription delivers it`);
  }
  return problems;
}
