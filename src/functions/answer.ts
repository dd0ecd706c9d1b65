/**
 * Runs a core for one custom-function call and hands Excel its answer: a spilled array, a single
 * value, or an error value (thrown, as the custom functions runtime expects).
 */
import type { Call } from './cores/call';
import type { Cell, Grid, Outcome } from './cores/outcome';
import { excelError, unexpectedError } from './errors';
import { formatStyleFor, toExcelGrid, toExcelValue, type ExcelValue, type FormatStyle } from './values';

/** What this host can return: formatted numbers (ExcelApi 1.16+) or plain ones. */
function hostFormatStyle(): FormatStyle {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return 'plain';
  return formatStyleFor((name, version) => Office.context.requirements.isSetSupported(name, version));
}

/**
 * Pairs each argument with its address. `args` must list the parameters in their declared order,
 * the order of `invocation.parameterAddresses`.
 */
function callOf<A extends object>(args: A, invocation?: CustomFunctions.Invocation): Call<A> {
  const addresses: Partial<Record<keyof A, string>> = {};
  const given = invocation?.parameterAddresses ?? [];
  (Object.keys(args) as Array<keyof A>).forEach((name, i) => {
    if (given[i]) addresses[name] = given[i];
  });
  return { args, addresses };
}

function run<A extends object, T>(core: (call: Call<A>) => Outcome<T>, args: A, invocation?: CustomFunctions.Invocation): T {
  let outcome: Outcome<T>;
  try {
    outcome = core(callOf(args, invocation));
  } catch (error) {
    throw unexpectedError(error);
  }
  if (!outcome.ok) throw excelError(outcome.failure);
  return outcome.value;
}

/** A dynamic array that spills. */
export function spill<A extends object>(core: (call: Call<A>) => Outcome<Grid>, args: A, invocation?: CustomFunctions.Invocation): ExcelValue[][] {
  return toExcelGrid(run(core, args, invocation), hostFormatStyle());
}

/** One value. */
export function single<A extends object>(core: (call: Call<A>) => Outcome<Cell>, args: A, invocation?: CustomFunctions.Invocation): ExcelValue {
  return toExcelValue(run(core, args, invocation), hostFormatStyle());
}
