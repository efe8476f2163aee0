// Reads what `strace -f -e trace=connect,bind,sendto,sendmsg` wrote: every socket address a
// process named, and whether each is allowed for a kiosk that talks to 127.0.0.1 only.
import { spawnSync } from 'node:child_process';

/** Why the socket calls cannot be traced here (strace missing, ptrace refused), or null. */
export function straceUnavailable(): string | null {
  const probe = spawnSync('strace', ['-o', '/dev/null', 'true'], {
    encoding: 'utf8',
    timeout: 10_000,
  });
  if (probe.error) {
    const code = (probe.error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? 'strace is not installed (Debian/Ubuntu: apt-get install strace)'
      : `strace could not run: ${probe.error.message}`;
  }
  if (probe.status !== 0) {
    return `strace cannot trace here (ptrace not permitted?): ${(probe.stderr || '').trim() || `exit ${probe.status}`}`;
  }
  return null;
}

export interface SocketAddress {
  syscall: string;
  family: string;
  /** The IP address (AF_INET, AF_INET6), or null for other families or an unparsed one. */
  address: string | null;
  line: string;
}

export interface SocketTrace {
  /** Lines that are one of the traced calls (or the resumption of one). */
  callLines: number;
  addresses: SocketAddress[];
}

const CALL = /^(?:\d+\s+)?(?:<\.\.\.\s+)?(connect|bind|sendto|sendmsg)\b/;

export function parseSocketTrace(text: string): SocketTrace {
  const addresses: SocketAddress[] = [];
  let callLines = 0;
  for (const line of text.split('\n')) {
    const call = CALL.exec(line);
    if (!call) continue;
    callLines++;
    const syscall = call[1]!;
    // sendmsg names the address inside msg_name; either way it is a `{sa_family=…, …}` struct.
    for (const found of line.matchAll(/sa_family=(\w+)([^}]*)/g)) {
      const family = found[1]!;
      const rest = found[2]!;
      let address: string | null = null;
      if (family === 'AF_INET') address = /inet_addr\("([^"]*)"\)/.exec(rest)?.[1] ?? null;
      if (family === 'AF_INET6')
        address = /inet_pton\(AF_INET6,\s*"([^"]*)"/.exec(rest)?.[1] ?? null;
      addresses.push({ syscall, family, address, line });
    }
  }
  return { callLines, addresses };
}

const LOOPBACK: Record<string, readonly string[]> = {
  AF_INET: ['127.0.0.1'],
  AF_INET6: ['::1', '::ffff:127.0.0.1'],
};
const LOCAL_FAMILIES = new Set(['AF_UNIX', 'AF_LOCAL', 'AF_NETLINK']);

/** Why an address breaks "nothing beyond 127.0.0.1", or null when it is fine. */
export function addressProblem(a: SocketAddress): string | null {
  if (LOCAL_FAMILIES.has(a.family)) return null;
  const allowed = LOOPBACK[a.family];
  if (!allowed) return `${a.syscall} with address family ${a.family}`;
  if (a.address === null) return `${a.syscall} ${a.family} with an address the test cannot read`;
  if (!allowed.includes(a.address)) return `${a.syscall} ${a.family} ${a.address}`;
  return null;
}
