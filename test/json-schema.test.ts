import { describe, expect, it } from 'vitest';
import { modelFileName, modelJsonSchema, models, PlumblineError } from '@plumbline/core';
import type { ModelName } from '@plumbline/core';

type Node = { [key: string]: unknown };

/** Every property of every object in a JSON Schema that has no description, as JSON pointers. */
function undescribed(schema: Node): string[] {
  const defs = (schema['$defs'] ?? {}) as Record<string, Node>;
  const missing: string[] = [];
  const hasDescription = (node: Node): boolean => {
    if (typeof node['description'] === 'string' && node['description'].length > 0) return true;
    const ref = typeof node['$ref'] === 'string' ? defs[node['$ref'].replace('#/$defs/', '')] : undefined;
    return ref !== undefined && hasDescription(ref);
  };
  const visit = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) node.forEach((item, index) => visit(item, `${pointer}/${index}`));
    else if (typeof node === 'object' && node !== null) {
      const record = node as Node;
      const properties = record['properties'] as Record<string, Node> | undefined;
      for (const [name, property] of Object.entries(properties ?? {})) {
        // A discriminator's literal explains itself; every other field must say what it is.
        if (!hasDescription(property) && property['const'] === undefined) missing.push(`${pointer}/properties/${name}`);
      }
      for (const [key, value] of Object.entries(record)) visit(value, `${pointer}/${key}`);
    }
  };
  visit(schema, '#');
  return missing;
}

describe('modelJsonSchema', () => {
  it.each(Object.keys(models) as ModelName[])('describes every field of %s', (name) => {
    const schema = modelJsonSchema(name);
    expect(schema['$id']).toBe(`https://plumbline.dev/schemas/${modelFileName(name)}.schema.json`);
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(undescribed(schema)).toEqual([]);
  });

  it('names files in kebab case', () => {
    expect(modelFileName('PlumbLine')).toBe('plumb-line');
    expect(modelFileName('TotalCostOfOwnership')).toBe('total-cost-of-ownership');
    expect(modelFileName('Money')).toBe('money');
  });

  it('rejects an unknown model name', () => {
    expect(() => modelJsonSchema('Invoice' as ModelName)).toThrow(PlumblineError);
    expect(() => modelJsonSchema('toString' as ModelName)).toThrow(/expected one of Money, PlumbLine/);
  });

  it('shares definitions between models by id', () => {
    const offer = modelJsonSchema('Offer') as { $defs: Record<string, unknown> };
    expect(Object.keys(offer.$defs)).toEqual(expect.arrayContaining(['Offer', 'TotalCostOfOwnership', 'CostItem', 'Money', 'Schedule', 'Benefit']));
  });
});
