// The docs contract (date-fns style): every export has a JSDoc summary, and
// every exported value (function, class, schema, constant) has an @example.
import ts from 'typescript';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
const program = ts.createProgram([entry], { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: [] });
const checker = program.getTypeChecker();
const sourceFile = program.getSourceFile(entry);
if (sourceFile === undefined) throw new Error('src/index.ts not found');
const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
if (moduleSymbol === undefined) throw new Error('src/index.ts has no exports');

interface Exported {
  name: string;
  isValue: boolean;
  summary: string;
  tags: string[];
}

const exported: Exported[] = checker.getExportsOfModule(moduleSymbol).map((symbol) => {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return {
    name: symbol.getName(),
    isValue: (target.flags & ts.SymbolFlags.Value) !== 0,
    summary: ts.displayPartsToString(target.getDocumentationComment(checker)).trim(),
    tags: target.getJsDocTags(checker).map((tag) => tag.name),
  };
});

describe('JSDoc on the public surface', () => {
  it('finds the exports', () => {
    expect(exported.length).toBeGreaterThan(50);
  });

  it('gives every export a summary', () => {
    expect(exported.filter((item) => item.summary.length === 0).map((item) => item.name)).toEqual([]);
  });

  it('gives every exported value an @example', () => {
    expect(exported.filter((item) => item.isValue && !item.tags.includes('example')).map((item) => item.name)).toEqual([]);
  });
});
