// Receiving side of a call, shared by both transports: validate name and arguments, run the
// handler, and turn every failure into an error value.
import { calls, CallNameSchema, describeIssues, type CallHandlers, type Result } from './api.js';

export async function dispatchCall(
  handlers: CallHandlers,
  rawName: unknown,
  rawArgs: unknown,
): Promise<Result<unknown>> {
  const name = CallNameSchema.safeParse(rawName);
  if (!name.success) {
    return fail(
      'invalid-request',
      `unknown call ${JSON.stringify(rawName)}; known calls: ${CallNameSchema.options.join(', ')}`,
    );
  }
  const args = calls[name.data].args.safeParse(rawArgs ?? {});
  if (!args.success) {
    return fail('invalid-request', `${name.data}: ${describeIssues(args.error)}`);
  }
  try {
    // The pairing of name and args was checked above; TypeScript cannot follow it through the table.
    const handler = handlers[name.data] as (a: unknown) => unknown;
    return { ok: true, value: await handler(args.data) };
  } catch (error) {
    return fail(
      'internal',
      `${name.data} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function fail(code: 'invalid-request' | 'internal', message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
