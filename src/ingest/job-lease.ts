import type PgBoss from 'pg-boss';
import { ANALYZE_QUEUE, JOB_LEASE_SECONDS } from './queue.js';

/**
 * Keeps the jobs a worker holds from expiring while it works on them. pg-boss 10 has no heartbeat of its
 * own and expires a job JOB_LEASE_SECONDS after its start, so renewing moves the start forward: only a
 * worker that stopped beating (it died) loses its jobs to the others.
 */
export class JobLease {
  private renewed = Date.now();

  constructor(
    private readonly boss: PgBoss,
    private readonly ids: readonly string[],
  ) {}

  /** Renews the lease when a third of it has passed (cheap to call between documents). */
  async keep(): Promise<void> {
    if (Date.now() - this.renewed < (JOB_LEASE_SECONDS * 1000) / 3) return;
    this.renewed = Date.now();
    await this.boss
      .getDb()
      .executeSql(`UPDATE pgboss.job SET started_on = now() WHERE name = $1 AND id = ANY($2::uuid[]) AND state = 'active'`, [ANALYZE_QUEUE, this.ids]);
  }
}
