import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseSimpleYaml } from '../../src/cli/simple-yaml.js';

// The fast path must read front matter exactly as `yaml` does, or decline (then `yaml` reads it).
const keys = ['id', 'kind', 'title', 'channel', 'locale', 'publishedAt', 'audience', 'themes', 'segmentIds', 'relationshipId', 'a-b', 'x_1', 'constructor', 'toString', '__proto__'];
/** Values the fast path reads, and values it must decline or read exactly as yaml does. */
const plainValues = ['m1', 'marketing', 'Launch day for field crews', "It's here", 'Node.js and C', 'R&D (beta)', 'Why?', 'tRUE', 'yes', 'no', 'on', 'NaN', 'Infinity', '2026-01-01', '2026-01-01T10:00:00Z', 'Ünïcode', 'é', 'a  b', 'a - b', 'x%', 'a\u00a0', 'a\u00a0b'];
const trickyValues = [
  '50% off', 'Hello: world', 'a #b', 'true', 'True', 'TRUE', 'null', 'Null', '~', '.nan', '.inf', '-.inf', '1', '1.5', '0x1F', '0o17', '1e3', '+1', '2026-13-45', '2026-01-01 10:00',
  '[a, b]', '[a,b,]', '[]', '[ ]', '[a, [b]]', '[a, b', '[true, x]', '[1, a]', '{a: 1}', "'quoted'", '"quoted"', '&anchor', '*alias', '!tag x', '|', '>', '- a', '', ' ', 'trailing ', '@x', '`x`', '%x', 'a: b: c', '\u00a0a', '\u2028', 'a\u2003',
];
const value = fc.oneof({ arbitrary: fc.constantFrom(...plainValues), weight: 4 }, { arbitrary: fc.constantFrom(...trickyValues), weight: 1 });
const separator = fc.oneof({ arbitrary: fc.constant(': '), weight: 6 }, { arbitrary: fc.constantFrom(':', ':  ', ' : '), weight: 1 });
const indent = fc.oneof({ arbitrary: fc.constant('  '), weight: 6 }, { arbitrary: fc.constantFrom(' ', '    ', '', '\t'), weight: 1 });
const entry = (key: string) =>
  fc.oneof(
    { arbitrary: fc.tuple(separator, value).map(([sep, item]) => `${key}${sep}${item}`), weight: 4 },
    { arbitrary: fc.tuple(indent, fc.uniqueArray(fc.constantFrom(...keys), { minLength: 1, maxLength: 3 }), fc.array(value, { minLength: 3, maxLength: 3 })).map(([space, inner, items]) => `${key}:\n${inner.map((name, at) => `${space}${name}: ${items[at] ?? ''}`).join('\n')}`), weight: 1 },
    { arbitrary: fc.tuple(indent, fc.array(value, { minLength: 1, maxLength: 3 })).map(([space, items]) => `${key}:\n${items.map((item) => `${space}- ${item}`).join('\n')}`), weight: 1 },
    { arbitrary: fc.constantFrom('', '   ', '# comment', '...', '  continued', `${key}:`, `${key}: value # note`), weight: 1 },
  );
const frontMatter = fc
  .tuple(fc.uniqueArray(fc.constantFrom(...keys), { maxLength: 6 }), fc.boolean(), fc.constantFrom('\n', '\r\n'))
  .chain(([names, repeat, eol]) => fc.tuple(...(repeat && names.length > 0 ? [...names, names[0] as string] : names).map(entry)).map((lines) => lines.join(eol)));

function yamlOrError(text: string): unknown {
  try {
    return { value: parse(text) };
  } catch {
    return { error: true };
  }
}

describe('parseSimpleYaml', () => {
  it('reads typical story front matter', () => {
    expect(parseSimpleYaml('id: m1\nkind: marketing\ntitle: Launch day\naudience:\n  segmentIds: [fleets, utilities]\npublishedAt: 2026-01-15\n')).toEqual({
      id: 'm1',
      kind: 'marketing',
      title: 'Launch day',
      audience: { segmentIds: ['fleets', 'utilities'] },
      publishedAt: '2026-01-15',
    });
    expect(parseSimpleYaml('id: s1\r\nkind: sales\r\naudience:\r\n  relationshipId: rel-1\r\nthemes:\r\n- uptime\r\n- crews\r\n')).toEqual({
      id: 's1',
      kind: 'sales',
      audience: { relationshipId: 'rel-1' },
      themes: ['uptime', 'crews'],
    });
  });

  it('declines what it cannot read exactly: numbers, booleans, null, quotes, comments, deeper nesting, duplicate keys', () => {
    for (const text of ['n: 1', 'b: true', 'x: null', 'x: ~', "t: 'q'", 't: "q"', 'a: b # c', 'a:\n  b:\n    c: d', 'a: x\na: y', 'a:', 'a: b: c', 'a: [1, 2]']) {
      expect(parseSimpleYaml(text)).toBeUndefined();
    }
  });

  it('agrees with yaml whenever it reads something (and never reads what yaml rejects)', () => {
    fc.assert(
      fc.property(frontMatter, (text) => {
        const simple = parseSimpleYaml(text);
        if (simple === undefined) return;
        expect(yamlOrError(text)).toEqual({ value: simple });
      }),
      { numRuns: 10_000 },
    );
  });
});
