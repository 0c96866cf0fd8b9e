import { jsonField } from './http-body.ts';

/**
 * Slack's Block Kit limits as chat.postMessage enforces them: at most 50 blocks, section text up
 * to 3000 characters, fields up to 10 of 2000, header text up to 150 plain-text characters, and
 * so on. A refusal carries Slack's `errors` list with JSON pointers, as the real API does.
 */
export type BlocksRefusal = { readonly error: 'invalid_blocks' | 'invalid_blocks_format'; readonly errors: string[] };

export const MAX_BLOCKS = 50;
export const MAX_SECTION_TEXT = 3000;

const KNOWN_TYPES = new Set([
  'section', 'header', 'context', 'divider', 'actions', 'image', 'rich_text', 'input', 'file', 'video', 'markdown', 'table', 'context_actions',
]);

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

function checkText(value: unknown, pointer: string, max: number, types: readonly string[], errors: string[]): void {
  if (!isObj(value)) {
    errors.push(`must provide an object [json-pointer:${pointer}]`);
    return;
  }
  if (typeof value.type !== 'string' || !types.includes(value.type)) {
    errors.push(`must be one of ${types.map((t) => `"${t}"`).join(', ')} [json-pointer:${pointer}/type]`);
  }
  if (typeof value.text !== 'string' || value.text.length === 0) errors.push(`must be more than 0 characters [json-pointer:${pointer}/text]`);
  else if (value.text.length > max) errors.push(`must be less than ${max + 1} characters [json-pointer:${pointer}/text]`);
}

function checkBlock(block: unknown, index: number, errors: string[]): void {
  const at = `/blocks/${index}`;
  if (!isObj(block) || typeof block.type !== 'string' || !KNOWN_TYPES.has(block.type)) {
    errors.push(`failed to match all allowed schemas [json-pointer:${at}]`);
    return;
  }
  if (typeof block.block_id === 'string' && block.block_id.length > 255) errors.push(`must be less than 256 characters [json-pointer:${at}/block_id]`);
  const elements = Array.isArray(block.elements) ? block.elements : undefined;
  switch (block.type) {
    case 'section': {
      const fields = Array.isArray(block.fields) ? block.fields : undefined;
      if (block.text === undefined && fields === undefined) errors.push(`must provide text or fields [json-pointer:${at}]`);
      if (block.text !== undefined) checkText(block.text, `${at}/text`, MAX_SECTION_TEXT, ['plain_text', 'mrkdwn'], errors);
      if (fields !== undefined && fields.length > 10) errors.push(`must be less than 11 items [json-pointer:${at}/fields]`);
      fields?.forEach((field, i) => { checkText(field, `${at}/fields/${i}`, 2000, ['plain_text', 'mrkdwn'], errors); });
      break;
    }
    case 'header':
      checkText(block.text, `${at}/text`, 150, ['plain_text'], errors);
      break;
    case 'context':
      if (elements === undefined || elements.length === 0 || elements.length > 10) errors.push(`must have 1 to 10 items [json-pointer:${at}/elements]`);
      break;
    case 'actions':
      if (elements === undefined || elements.length === 0 || elements.length > 25) errors.push(`must have 1 to 25 items [json-pointer:${at}/elements]`);
      break;
    case 'rich_text':
      if (elements === undefined) errors.push(`must provide an array [json-pointer:${at}/elements]`);
      break;
    case 'markdown':
      if (typeof block.text !== 'string' || block.text.length === 0 || block.text.length > 12000) errors.push(`must be 1 to 12000 characters [json-pointer:${at}/text]`);
      break;
    case 'image':
      if (typeof block.image_url !== 'string' && !isObj(block.slack_file)) errors.push(`must provide image_url or slack_file [json-pointer:${at}]`);
      if (typeof block.alt_text !== 'string' || block.alt_text.length > 2000) errors.push(`must be 1 to 2000 characters [json-pointer:${at}/alt_text]`);
      break;
    default:
      break;
  }
}

/**
 * Check a `blocks` parameter (an array, or the JSON string @slack/web-api sends in a form).
 * Returns undefined when Slack would accept it.
 */
export function checkBlocks(raw: unknown): BlocksRefusal | undefined {
  if (raw === undefined) return undefined;
  const blocks = jsonField(raw);
  if (!Array.isArray(blocks)) return { error: 'invalid_blocks_format', errors: ['must provide an array [json-pointer:/blocks]'] };
  const errors: string[] = [];
  if (blocks.length > MAX_BLOCKS) errors.push(`must be less than ${MAX_BLOCKS + 1} items [json-pointer:/blocks]`);
  blocks.forEach((block, index) => { checkBlock(block, index, errors); });
  return errors.length === 0 ? undefined : { error: 'invalid_blocks', errors };
}
