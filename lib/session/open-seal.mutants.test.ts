import { sealData } from 'iron-session';
import { beforeAll, describe, expect, it } from 'vitest';

import { openSeal } from './open-seal';

/** Seal shapes openSeal must accept, and near-misses it must refuse (mutation testing, lib/session). */

const PASSWORD = 'open-seal-mutants-password-0123456789-abcdef';
const OTHER = 'open-seal-mutants-other-password-0123456789';
const data = { auth: { customerId: 'sealedcustomer' }, sid: 'open-seal-sid' };

let valid = '';

beforeAll(async () => {
  valid = await sealData(data, { password: PASSWORD, ttl: 3600 });
});

describe('openSeal accepts every shape this server seals', () => {
  it('opens with the password as a string, as the {1: …} map it stands for, and after rotation', async () => {
    expect(await openSeal(valid, { password: PASSWORD })).toEqual(data);
    expect(await openSeal(valid, { password: { 1: PASSWORD } })).toEqual(data);
    expect(await openSeal(valid, { password: { 2: OTHER, 1: PASSWORD } })).toEqual(data);
  });

  it('opens a seal under password id 2 only where id 2 is held', async () => {
    const rotated = await sealData(data, { password: { 2: OTHER, 1: PASSWORD } });
    expect(rotated).toMatch(/^Fe26\.2\*2\*/);
    expect(await openSeal(rotated, { password: { 2: OTHER } })).toEqual(data);
    expect(await openSeal(rotated, { password: OTHER })).toEqual({});
    expect(await openSeal(rotated, { password: { 1: OTHER } })).toEqual({});
  });

  it('opens a seal under a two-digit password id (the tenth rotation)', async () => {
    const tenth = await sealData(data, { password: { 10: OTHER, 9: PASSWORD } });
    expect(tenth).toMatch(/^Fe26\.2\*10\*/);
    expect(await openSeal(tenth, { password: { 10: OTHER, 9: PASSWORD } })).toEqual(data);
  });

  it('opens a seal without an expiration (ttl 0)', async () => {
    const forever = await sealData(data, { password: PASSWORD, ttl: 0 });
    expect(forever.split('*')[5]).toBe('');
    expect(await openSeal(forever, { password: PASSWORD, ttl: 0 })).toEqual(data);
  });

  it('opens a version-1 seal (no ~2 suffix) as iron-session does: its persistent part', async () => {
    const v1 = (await sealData({ persistent: data }, { password: PASSWORD, ttl: 3600 })).replace(/~2$/, '');
    expect(await openSeal(v1, { password: PASSWORD })).toEqual(data);
  });
});

describe('openSeal refuses near-misses, as {}', () => {
  it('anything after the version', async () => {
    expect(await openSeal(`${valid}x`, { password: PASSWORD })).toEqual({});
    expect(await openSeal(`${valid}~2`, { password: PASSWORD })).toEqual({});
    expect(await openSeal(`${valid}*`, { password: PASSWORD })).toEqual({});
  });

  it('anything before the prefix', async () => {
    expect(await openSeal(`x${valid}`, { password: PASSWORD })).toEqual({});
    expect(await openSeal(` ${valid}`, { password: PASSWORD })).toEqual({});
  });

  it('the right seal under the wrong password', async () => {
    expect(await openSeal(valid, { password: OTHER })).toEqual({});
    expect(await openSeal(valid, { password: { 2: OTHER } })).toEqual({});
  });

  it('an error inside iron-session (here: a password it refuses to use) reads as {}, not as a throw', async () => {
    await expect(openSeal(valid, { password: 'too-short' })).resolves.toEqual({});
  });

  it('a seal of something that is not a plain object', async () => {
    for (const value of [[1, 2], 'text', 42, true]) {
      const sealed = await sealData(value, { password: PASSWORD, ttl: 3600 });
      expect(await openSeal(sealed, { password: PASSWORD })).toEqual({});
    }
  });
});
