// Receiving side of a call, shared by both transports: validate name and arguments, check the
// caller's session against the call's declared access (the one guard), run the handler, and turn
// every failure into an error value.
import {
  ApiFailure,
  calls,
  CallNameSchema,
  describeIssues,
  type ApiErrorCode,
  type CallHandlers,
  type Result,
} from './api.js';

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
    const rule = calls[name.data];
    if (rule.access !== 'anyone') {
      // Every call that needs a role carries its session (checked by a contract test).
      const { session } = args.data as { session: string };
      handlers.authorize(session, { access: rule.access, polled: 'polled' in rule && rule.polled });
    }
    // The pairing of name and args was checked above; TypeScript cannot follow it through the table.
    const handler = handlers[name.data] as (a: unknown) => unknown;
    return { ok: true, value: await handler(args.data) };
  } catch (error) {
    if (error instanceof ApiFailure) return fail(error.code, error.message);
    return fail(
      'internal',
      `${name.data} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function fail(code: ApiErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
