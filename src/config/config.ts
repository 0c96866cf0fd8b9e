import { z } from 'zod';
import { ConfigError } from '../errors.ts';

/**
 * The one place that reads the environment. Every variable is documented in the README;
 * every problem is reported at once.
 */
const byteSize = z
  .string()
  .regex(/^\d+(\.\d+)?\s*(b|kb|kib|mb|mib)?$/i, 'expected a size such as 1048576, 512KiB or 1MiB')
  .transform(toBytes);

const environmentSchema = z.object({
  MUJAZ_DB: z.string().min(1, 'must not be empty').default('./data/mujaz.db'),
  MUJAZ_MAX_ARTICLE_BYTES: byteSize.default(1024 * 1024),
  MUJAZ_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type MujazConfig = {
  databasePath: string;
  maxArticleBytes: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
};

/** Parse the environment once at start-up; throws ConfigError listing every problem. */
export function loadConfig(environment: Readonly<Record<string, string | undefined>>): MujazConfig {
  const present = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`),
    );
  }
  return {
    databasePath: parsed.data.MUJAZ_DB,
    maxArticleBytes: parsed.data.MUJAZ_MAX_ARTICLE_BYTES,
    logLevel: parsed.data.MUJAZ_LOG_LEVEL,
  };
}

function toBytes(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const amount = Number(match?.[1] ?? 'NaN');
  const unit = (match?.[2] ?? '').toLowerCase();
  const factor = unit === 'kb' || unit === 'kib' ? 1024 : unit === 'mb' || unit === 'mib' ? 1024 * 1024 : 1;
  return Math.round(amount * factor);
}
