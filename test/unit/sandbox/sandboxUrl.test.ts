// The sandbox state in a link: serialised with only what differs from the defaults, parsed
// back exactly, and never broken by a hand-edited or stale link.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadScenario } from '../../../src/engine/scenario/load.ts';
import type { Scenario } from '../../../src/engine/scenario/schema.ts';
import { DEFAULT_SEED, parseSandboxQuery, parseSeed, serialiseSandboxQuery } from '../../../src/ui/sandbox/sandboxUrl.ts';

const loaded = loadScenario(readFileSync(resolve(import.meta.dirname, '../../../scenarios/coffee-card-example.yaml'), 'utf8'));
if (!loaded.ok) throw new Error('the example scenario must be valid');
const coffee: Scenario = loaded.scenario;
const DEFAULTS = { customers: 500, visitsPerMonth: 4, cupPrice: 20, cupCost: 6, upliftStamp: 0.15 };

const parse = (query: string) => parseSandboxQuery(coffee, new URLSearchParams(query));

describe('serialiseSandboxQuery', () => {
  test.each([
    { name: 'defaults: only the seed', params: DEFAULTS, seed: 1, expected: 'seed=1' },
    { name: 'one moved parameter', params: { ...DEFAULTS, upliftStamp: 0.3 }, seed: 7, expected: 'seed=7&p.upliftStamp=0.3' },
    { name: 'in the scenario’s order', params: { ...DEFAULTS, upliftStamp: 0, customers: 1200 }, seed: -3, expected: 'seed=-3&p.customers=1200&p.upliftStamp=0' },
  ])('$name', ({ params, seed, expected }) => {
    expect(serialiseSandboxQuery(coffee, { params, seed }).toString()).toBe(expected);
  });
});

describe('parseSandboxQuery', () => {
  test('an empty query: the defaults and the default seed', () => {
    expect(parse('')).toEqual({ state: { params: DEFAULTS, seed: DEFAULT_SEED }, problems: [] });
  });

  test('a shared link’s values', () => {
    expect(parse('seed=7&p.upliftStamp=0.3&p.cupCost=8')).toEqual({
      state: { params: { ...DEFAULTS, upliftStamp: 0.3, cupCost: 8 }, seed: 7 },
      problems: [],
    });
  });

  test.each([
    { name: 'unknown parameter', query: 'p.price=3', problem: { reason: 'unknown-param', name: 'price', value: '3' } },
    { name: 'not a number', query: 'p.cupCost=cheap', problem: { reason: 'not-a-number', name: 'cupCost', value: 'cheap' } },
    { name: 'hex is not a plain number', query: 'p.cupCost=0x10', problem: { reason: 'not-a-number', name: 'cupCost', value: '0x10' } },
    { name: 'empty value', query: 'p.cupCost=', problem: { reason: 'not-a-number', name: 'cupCost', value: '' } },
    { name: 'Infinity', query: 'p.customers=Infinity', problem: { reason: 'not-a-number', name: 'customers', value: 'Infinity' } },
    { name: 'above the max', query: 'p.upliftStamp=0.51', problem: { reason: 'out-of-range', name: 'upliftStamp', value: '0.51' } },
    { name: 'below the min', query: 'p.customers=-1', problem: { reason: 'out-of-range', name: 'customers', value: '-1' } },
    { name: 'a fractional seed', query: 'seed=1.5', problem: { reason: 'bad-seed', name: 'seed', value: '1.5' } },
    { name: 'a seed beyond 32 bits', query: 'seed=4294967296', problem: { reason: 'bad-seed', name: 'seed', value: '4294967296' } },
    { name: 'an inherited name', query: 'p.constructor=1', problem: { reason: 'unknown-param', name: 'constructor', value: '1' } },
  ])('ignores $name, keeping the default, and says so', ({ query, problem }) => {
    expect(parse(`${query}&p.cupPrice=25`)).toEqual({ state: { params: { ...DEFAULTS, cupPrice: 25 }, seed: DEFAULT_SEED }, problems: [problem] });
  });

  test('keys that are not the sandbox’s are left alone', () => {
    expect(parse('utm_source=wechat&seed=2')).toEqual({ state: { params: DEFAULTS, seed: 2 }, problems: [] });
  });

  test('a teacher’s link: start values, locks in the scenario’s order, and the language', () => {
    expect(parse('p.cupPrice=30&lock=upliftStamp,cupPrice&lang=zh')).toEqual({
      state: { params: { ...DEFAULTS, cupPrice: 30 }, seed: DEFAULT_SEED, locked: ['cupPrice', 'upliftStamp'], lang: 'zh-CN' },
      problems: [],
    });
  });

  test('an unknown lock and an unknown language are reported, the rest is used', () => {
    expect(parse('lock=price,cupCost&lang=fr')).toEqual({
      state: { params: DEFAULTS, seed: DEFAULT_SEED, locked: ['cupCost'] },
      problems: [
        { reason: 'unknown-lock', name: 'price', value: 'price' },
        { reason: 'bad-lang', name: 'lang', value: 'fr' },
      ],
    });
  });
});

describe('lock, lang and reveal in the URL', () => {
  test('serialise after the values: lock, then lang, then reveal', () => {
    const state = { params: { ...DEFAULTS, cupPrice: 30 }, seed: 4, locked: ['cupPrice'], lang: 'en' as const, isRevealed: true };
    expect(serialiseSandboxQuery(coffee, state).toString()).toBe('seed=4&p.cupPrice=30&lock=cupPrice&lang=en&reveal=1');
    expect(parseSandboxQuery(coffee, serialiseSandboxQuery(coffee, state)).state).toEqual(state);
  });

  test('accepts the number forms people and programs write', () => {
    expect(parse('p.upliftStamp=.25&p.customers=1e3&p.cupCost=+7&seed=-0').state).toEqual({
      params: { ...DEFAULTS, upliftStamp: 0.25, customers: 1000, cupCost: 7 },
      seed: -0,
    });
  });
});

describe('round trip', () => {
  const param = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  const states = fc.record({
    params: fc.record({
      customers: param(50, 5000),
      visitsPerMonth: param(1, 20),
      cupPrice: param(5, 60),
      cupCost: param(1, 30),
      upliftStamp: param(0, 0.5),
    }),
    seed: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  });

  test('any state in range survives serialise → URL text → parse exactly, with no problems', () => {
    fc.assert(
      fc.property(states, (state) => {
        const text = serialiseSandboxQuery(coffee, state).toString();
        const back = parseSandboxQuery(coffee, new URLSearchParams(text));
        expect(back.problems).toEqual([]);
        expect(back.state.seed).toBe(state.seed);
        // === on purpose: a link writes −0 as "0", the same number.
        for (const [name, value] of Object.entries(state.params)) expect(back.state.params[name] === value).toBe(true);
      }),
    );
  });

  test('any query text parses without throwing, to values within range', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (key, value) => {
        const { state } = parseSandboxQuery(coffee, new URLSearchParams([[key, value], [`p.${key}`, value]]));
        for (const [name, spec] of Object.entries(coffee.parameters ?? {})) {
          expect(state.params[name]).toBeGreaterThanOrEqual(spec.min);
          expect(state.params[name]).toBeLessThanOrEqual(spec.max);
        }
        expect(Number.isInteger(state.seed)).toBe(true);
      }),
    );
  });
});

test('parseSeed takes whole numbers in 32 bits only', () => {
  expect([' 42 ', '-2147483648', '2147483647', '2147483648', '1e3', '', 'seven'].map(parseSeed)).toEqual([42, -2147483648, 2147483647, null, null, null, null]);
});
