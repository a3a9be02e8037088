/**
 * Internal: reads `context.rules` into the rules to run, with their severity and options.
 *
 * @module
 * @internal
 */
import { invalidArgument } from '../errors.js';
import type { CheckContext, Severity } from './diagnostic.js';
import type { Rule } from './rule.js';
import { REGISTRY } from './rules.js';

/** A rule to run, with its severity and options (defaults merged). */
export interface ActiveRule {
  readonly rule: Rule;
  readonly severity: Severity;
  readonly options: Readonly<Record<string, unknown>>;
}

const LEVELS = new Set(['off', 'info', 'warning', 'error']);

/**
 * Resolves the context's rule settings against the registry.
 *
 * @param context - the check context
 * @returns the rules that are not off, in registry order
 */
export function activeRules(context: CheckContext | undefined): ActiveRule[] {
  const settings = context?.rules ?? {};
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) throw invalidArgument('context.rules', 'an object of rule settings', settings);
  const known = new Set(REGISTRY.map((rule) => rule.meta.id));
  for (const id of Object.keys(settings)) {
    if (!known.has(id)) throw invalidArgument(`context.rules['${id}']`, `a rule id (${[...known].join(', ')})`, id);
  }
  const active: ActiveRule[] = [];
  for (const rule of REGISTRY) {
    const setting: unknown = Object.hasOwn(settings, rule.meta.id) ? settings[rule.meta.id] : undefined;
    let level: unknown = rule.meta.defaultSeverity;
    let given: unknown = {};
    if (Array.isArray(setting)) {
      if (setting.length !== 2) throw invalidArgument(`context.rules['${rule.meta.id}']`, '[severity, options] (two items)', setting);
      [level, given] = setting;
      if (typeof given !== 'object' || given === null || Array.isArray(given)) {
        throw invalidArgument(`context.rules['${rule.meta.id}'][1]`, 'an options object', given);
      }
      // Every option is checked here, the rule on or off, so a bad setting fails at once, not when a story first needs it.
      for (const [name, value] of Object.entries(given as Record<string, unknown>)) {
        const option = Object.hasOwn(rule.meta.options, name) ? rule.meta.options[name] : undefined;
        if (option === undefined) {
          throw invalidArgument(`context.rules['${rule.meta.id}'][1].${name}`, `an option of the rule (${Object.keys(rule.meta.options).join(', ') || 'none'})`, name);
        }
        // `undefined` leaves the default (theme-coverage's minThemes is undefined by default: half the themes).
        if (value !== undefined && (typeof value !== 'number' || !Number.isSafeInteger(value) || value < option.minimum)) {
          throw invalidArgument(`context.rules['${rule.meta.id}'][1].${name}`, `a whole number >= ${option.minimum}`, value);
        }
      }
    } else if (setting !== undefined) level = setting;
    if (typeof level !== 'string' || !LEVELS.has(level)) {
      throw invalidArgument(`context.rules['${rule.meta.id}']`, "'off', 'info', 'warning', 'error' or [severity, options]", level);
    }
    if (level === 'off') continue;
    const options: Record<string, unknown> = {};
    for (const [name, option] of Object.entries(rule.meta.options)) options[name] = option.default;
    Object.assign(options, given);
    active.push({ rule, severity: level as Severity, options });
  }
  return active;
}
