/**
 * A small structured logger: one JSON object per line, so a log shipper can index it. Fields
 * that could carry a secret or a chat's contents are dropped by name, and anything shaped like a
 * Telegram or Slack token is masked wherever it appears, because an error message from a
 * platform library can quote the request it failed on.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
/** Structured fields of one log line. */
export type LogFields = Readonly<Record<string, unknown>>;

/** Log one event per call; fields are redacted before they are written. */
export type Logger = {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line (e.g. the component's name). */
  child(fields: LogFields): Logger;
};

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** Keys whose values are never logged: anything naming a credential, and message or briefing contents. */
const withheldKey = /token|secret|password|authorization|cookie|^(body|text|content|payload|message_text|chat_text)$/i;

/** Telegram bot tokens (123456:AA…), Slack tokens (xoxb-…, xapp-…) and bearer headers. */
const tokenShapes = [/\b\d{6,12}:[A-Za-z0-9_-]{30,}\b/g, /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g, /\bxapp-[A-Za-z0-9-]{10,}\b/g, /\bBearer\s+[A-Za-z0-9._~+/-]+=*/gi];

/** Mask anything token-shaped in a string. */
export function scrubSecrets(text: string): string {
  return tokenShapes.reduce((current, shape) => current.replace(shape, '[redacted]'), text);
}

/** Copy fields for logging with withheld keys replaced and token-shaped strings masked. */
export function redactFields(fields: LogFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (withheldKey.test(key)) out[key] = '[withheld]';
    else if (typeof value === 'string') out[key] = scrubSecrets(value);
    else if (value instanceof Error) out[key] = scrubSecrets(value.message);
    else out[key] = value;
  }
  return out;
}

/** Create a logger writing JSON lines at or above `level` (stderr by default, keeping stdout for output). */
export function createLogger(options: { level?: LogLevel; write?: (line: string) => void; now?: () => Date; fields?: LogFields } = {}): Logger {
  const threshold = rank[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const now = options.now ?? (() => new Date());
  const base = options.fields ?? {};
  const emit = (level: Exclude<LogLevel, 'silent'>, event: string, fields: LogFields = {}) => {
    if (rank[level] < threshold) return;
    write(JSON.stringify({ time: now().toISOString(), level, event, ...redactFields({ ...base, ...fields }) }));
  };
  return {
    debug: (event, fields) => emit('debug', event, fields),
    info: (event, fields) => emit('info', event, fields),
    warn: (event, fields) => emit('warn', event, fields),
    error: (event, fields) => emit('error', event, fields),
    child: (fields) => createLogger({ ...options, fields: { ...base, ...fields } }),
  };
}

/** A logger that writes nothing (tests, library use). */
export const silentLogger: Logger = createLogger({ level: 'silent' });
