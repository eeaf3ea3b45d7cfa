import type { SharedStore, StoredDocument } from './shared-store';

/**
 * The SharedStore contract in one process's memory: what the Redis store does, for unit tests of
 * the code above it and as the reference its behaviour is checked against.
 */
export class MemoryStore implements SharedStore {
  private readonly tat = new Map<string, number>();
  private readonly windows = new Map<string, { end: number; count: number }>();
  private readonly slots = new Map<string, { count: number; expiresAt: number }>();
  private readonly revoked = new Map<string, number>();
  private readonly documents = new Map<string, { version: number; json: string; generation: number }>();
  private readonly generations = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  async takeRate(checks: readonly { key: string; intervalMs: number }[], windowMs: number) {
    const now = this.now();
    const nexts = checks.map(({ key, intervalMs }) => Math.max(this.tat.get(key) ?? now, now) + intervalMs);
    let worst = { waitMs: 0, index: -1 };
    nexts.forEach((next, index) => {
      const waitMs = next - windowMs - now;
      if (waitMs > worst.waitMs) worst = { waitMs, index };
    });
    if (worst.index >= 0) return { allowed: false as const, ...worst };
    checks.forEach(({ key }, index) => this.tat.set(key, nexts[index]!));
    return { allowed: true as const };
  }

  async peekWindow(key: string, limit: number) {
    const window = this.windows.get(key);
    const now = this.now();
    return window && window.end > now && window.count >= limit ? window.end - now : 0;
  }

  async hitWindow(key: string, limit: number, windowMs: number) {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.end <= now) this.windows.set(key, (window = { end: now + windowMs, count: 0 }));
    window.count += 1;
    return window.count > limit ? window.end - now : 0;
  }

  async acquireSlot(key: string, limit: number, ttlMs: number) {
    const now = this.now();
    const slot = this.slots.get(key);
    const count = slot && slot.expiresAt > now ? slot.count : 0;
    if (count >= limit) return false;
    this.slots.set(key, { count: count + 1, expiresAt: now + ttlMs });
    return true;
  }

  async releaseSlot(key: string) {
    const slot = this.slots.get(key);
    if (!slot) return;
    if (slot.count <= 1) this.slots.delete(key);
    else slot.count -= 1;
  }

  async revoke(id: string, untilMs: number) {
    this.revoked.set(id, untilMs);
  }

  async isRevoked(id: string) {
    return (this.revoked.get(id) ?? 0) > this.now();
  }

  async loadDocument(namespace: string, name: string, known?: string): Promise<StoredDocument | undefined> {
    const generation = this.generations.get(namespace) ?? 0;
    const document = this.documents.get(`${namespace}\0${name}`);
    if (!document || document.generation !== generation) return undefined;
    const version = `${generation}:${document.version}`;
    return version === known ? { version } : { version, json: document.json };
  }

  async saveDocument(namespace: string, name: string, expected: string | undefined, json: string) {
    const generation = this.generations.get(namespace) ?? 0;
    const key = `${namespace}\0${name}`;
    const current = await this.loadDocument(namespace, name);
    if (current?.version !== expected) return false;
    if (expected !== undefined && !expected.startsWith(`${generation}:`)) return false;
    this.documents.set(key, { version: (this.documents.get(key)?.version ?? 0) + 1, json, generation });
    return true;
  }

  async clearDocuments(namespace: string) {
    this.generations.set(namespace, (this.generations.get(namespace) ?? 0) + 1);
  }
}
