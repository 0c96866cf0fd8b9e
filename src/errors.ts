/**
 * One error hierarchy for the whole engine. Every message says what was wrong and what to do;
 * none ever carries a token or a chat's content.
 */
export type MujazErrorCode =
  | 'config_invalid'
  | 'input_invalid'
  | 'input_refused'
  | 'store_failed'
  | 'delivery_failed'
  | 'not_found';

export class MujazError extends Error {
  readonly code: MujazErrorCode;

  constructor(code: MujazErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Configuration that cannot start the process; `problems` lists every one at once. */
export class ConfigError extends MujazError {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super('config_invalid', `invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

/** Input from outside (a file, a command, a payload) that is refused; nothing stored is harmed. */
export class InputError extends MujazError {
  constructor(message: string, options?: { cause?: unknown; code?: 'input_invalid' | 'input_refused' }) {
    super(options?.code ?? 'input_invalid', message, options);
  }
}

export class StoreError extends MujazError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('store_failed', message, options);
  }
}

export class NotFoundError extends MujazError {
  constructor(message: string) {
    super('not_found', message);
  }
}

/** A delivery failure, classified so the outbox knows whether to retry, wait, or pause. */
export class DeliveryError extends MujazError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('delivery_failed', message, options);
  }
}

export function isMujazError(value: unknown): value is MujazError {
  return value instanceof MujazError;
}
