// A CI job that keeps the company's stories on the plumb line, with the library alone: check every story
// against the plumb line, its audiences and each other, print the report, write SARIF for code scanning,
// and fail the job (exit 1) when a story has an error. (The `plumbline check` command does the same from
// Markdown files; this is the job for stories kept elsewhere, such as a CMS export.)
// Run: npx tsx examples/ci-check.ts [report.sarif]   (after npm run build)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { checkStories, formatStylish, parseModel, PlumbLine, Relationship, Segment, Story, toSarif } from '@plumbline/core';

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8'));
const list = (file: string): unknown[] => read(file) as unknown[];

// Validate at the boundary: a malformed export fails here, naming the field.
const plumbLine = parseModel(PlumbLine, read('plumb-line.json'));
const stories = list('stories.json').map((story) => parseModel(Story, story));
const segments = list('segments.json').map((segment) => parseModel(Segment, segment));
const relationships = list('relationships.json').map((relationship) => parseModel(Relationship, relationship));

// A fixed date, so the job gives the same answer every day it runs on the same stories.
const report = checkStories(plumbLine, stories, { segments, relationships, asOf: '2026-11-26' });
console.log(formatStylish(report));

// Each story as it sits in the export: one JSON file, so SARIF points at the file.
const out = process.argv[2] ?? new URL('./out/consistency.sarif', import.meta.url).pathname;
const files = Object.fromEntries(stories.map((story) => [story.id, { uri: 'examples/data/stories.json', regions: false }]));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(toSarif(report, { files }), null, 2)}\n`);
console.log(`SARIF: ${report.diagnostics.length} results written to ${out}`);

process.exitCode = report.errorCount > 0 ? 1 : 0;
