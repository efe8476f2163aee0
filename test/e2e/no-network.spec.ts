// "The app opens no network connection beyond 127.0.0.1": the demo kiosk runs under strace through
// a normal session in Chromium (verdicts, the staff console and a few of its tabs, a clean stop),
// and every socket address it, its worker or its socat named must be loopback.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addressProblem, parseSocketTrace, straceUnavailable } from '../support/socket-trace.js';
import { countVerdictScreens, waitForVerdictScreens } from '../support/verdict-screens.js';
import { consoleView, unlock } from './console-page.js';
import { expect, test } from './fixtures/kiosk.js';

const unavailable = straceUnavailable();
const traceFile = (dir: string): string => join(dir, 'strace.txt');

test.describe(() => {
  // Before the kiosk starts: without strace there is nothing to start it under.
  test.skip(unavailable !== null, `no-network check skipped: ${unavailable}`);
  test.use({
    kioskSetup: {
      args: ['--rate', '24'],
      initScripts: [countVerdictScreens],
      wrapper: (dir) => [
        'strace',
        '-f',
        '-qq',
        '-e',
        'trace=connect,bind,sendto,sendmsg',
        '-e',
        'signal=none',
        '-o',
        traceFile(dir),
      ],
    },
  });

  test('a whole kiosk session names no socket address beyond loopback', async ({ page, kiosk }) => {
    test.setTimeout(120_000);
    await expect(page.getByTestId('demo-badge')).toBeVisible();
    await waitForVerdictScreens(page, 2, 90_000);

    await unlock(page);
    for (const tab of ['live', 'sensor', 'settings']) {
      await page.getByTestId(`tab-${tab}`).click();
      await expect(consoleView(page, tab)).toBeVisible();
      if (tab === 'live') await expect(page.getByTestId('thermal-canvas')).toBeVisible();
    }

    await kiosk.stop();
    expect(kiosk.process.exitCode, `strace/kiosk exit:\n${kiosk.output()}`).toBe(0);

    const trace = parseSocketTrace(readFileSync(traceFile(kiosk.dir), 'utf8'));
    const problems = trace.addresses
      .map((a) => ({ problem: addressProblem(a), line: a.line }))
      .filter((p) => p.problem !== null)
      .map((p) => `${p.problem}\n    ${p.line}`);
    const families = new Map<string, number>();
    for (const a of trace.addresses) {
      const key = a.address ? `${a.family} ${a.address}` : a.family;
      families.set(key, (families.get(key) ?? 0) + 1);
    }
    console.log(
      `strace: ${trace.callLines} connect/bind/sendto/sendmsg lines, ${trace.addresses.length} addresses: ${JSON.stringify(Object.fromEntries(families))}`,
    );
    expect(problems, 'socket addresses beyond loopback').toEqual([]);
    // The kiosk's own server binds 127.0.0.1: a trace without it caught nothing at all.
    const loopback = trace.addresses.filter(
      (a) =>
        (a.syscall === 'bind' || a.syscall === 'connect') &&
        a.family === 'AF_INET' &&
        a.address === '127.0.0.1',
    );
    expect(loopback.length, 'binds/connects to 127.0.0.1 seen by strace').toBeGreaterThan(0);
  });
});

test('the trace check refuses wildcard binds and remote addresses', () => {
  const trace = parseSocketTrace(
    [
      '101 bind(21, {sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr("127.0.0.1")}, 16) = 0',
      '101 bind(22, {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr("0.0.0.0")}, 16) = 0',
      '102 connect(23, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2001:db8::1", &sin6_addr), sin6_scope_id=0}, 28) = -1 EINPROGRESS',
      '102 connect(24, {sa_family=AF_INET6, sin6_port=htons(80), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = 0',
      '103 sendto(25, "\\1\\2", 2, 0, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("192.0.2.53")}, 16) = 2',
      '103 sendmsg(26, {msg_name={sa_family=AF_UNIX, sun_path="/run/x"}, msg_namelen=9}, 0) = 3',
      '104 connect(27, {sa_family=AF_PACKET, sll_protocol=htons(ETH_P_ALL)}, 20) = 0',
    ].join('\n'),
  );
  expect(trace.callLines).toBe(7);
  expect(trace.addresses.map(addressProblem)).toEqual([
    null,
    'bind AF_INET 0.0.0.0',
    'connect AF_INET6 2001:db8::1',
    null,
    'sendto AF_INET 192.0.2.53',
    null,
    'connect with address family AF_PACKET',
  ]);
});
