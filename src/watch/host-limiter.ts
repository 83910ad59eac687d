export interface LimiterOptions {
  /** Requests in flight at once, over all hosts. */
  concurrency: number;
  /** Requests in flight at once to one host. */
  perHost: number;
  /** Milliseconds between the starts of two requests to one host. */
  hostDelayMs: number;
}

interface Host {
  active: number;
  /** When the next request to the host may start (ms since the epoch). */
  nextStart: number;
}

/**
 * Politeness for many feeds and pages at once: at most `concurrency` requests in flight, at most
 * `perHost` to one host, and `hostDelayMs` between the starts of requests to the same host, granted in
 * the order asked. A host with nothing in flight and no delay pending is forgotten, so the table does
 * not grow with the number of hosts ever seen.
 */
export class HostLimiter {
  private active = 0;
  private readonly hosts = new Map<string, Host>();
  private readonly waiting: Array<{ host: string; grant: () => void }> = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: LimiterOptions) {}

  async run<T>(url: string, fn: () => Promise<T>): Promise<T> {
    const host = new URL(url).host;
    await new Promise<void>((grant) => {
      this.waiting.push({ host, grant });
      this.pump();
    });
    try {
      return await fn();
    } finally {
      this.active--;
      this.hosts.get(host)!.active--;
      this.pump();
    }
  }

  /** Hosts currently remembered (for tests: the table must stay small). */
  get remembered(): number {
    return this.hosts.size;
  }

  private pump(): void {
    const now = Date.now();
    let earliest = Infinity;
    for (let i = 0; i < this.waiting.length && this.active < this.options.concurrency; ) {
      const w = this.waiting[i]!;
      let h = this.hosts.get(w.host);
      if (!h) this.hosts.set(w.host, (h = { active: 0, nextStart: 0 }));
      if (h.active < this.options.perHost && now >= h.nextStart) {
        this.waiting.splice(i, 1);
        this.active++;
        h.active++;
        h.nextStart = now + this.options.hostDelayMs;
        w.grant();
      } else {
        if (h.active < this.options.perHost) earliest = Math.min(earliest, h.nextStart);
        i++;
      }
    }
    for (const [name, h] of this.hosts) if (h.active === 0 && h.nextStart <= now && !this.waiting.some((w) => w.host === name)) this.hosts.delete(name);
    if (earliest < Infinity && !this.timer) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.pump();
      }, earliest - now);
    }
  }
}
