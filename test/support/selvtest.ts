// The Office host for the self-test's adapter (src/excel/selvtest.ts) on the Excel double: Excel.run on
// the double, Office.context's diagnostics and requirement sets as a given Excel reports them, and a
// port wrapper that injects a failure into one method.
import type { SelvtestPort } from "../../src/flows/selvtest";
import { ExcelDouble, OfficeError } from "./excelDouble";

const g = globalThis as unknown as { Excel?: unknown; Office?: unknown };

export interface HostOptions {
  /** Highest supported minor version per set (e.g. { ExcelApi: 14 }); a set not listed is unsupported. */
  sets?: Record<string, number>;
  /** Whether Excel.createWorkbook exists. */
  createWorkbook?: boolean;
  diagnostics?: { host: string; platform: string; version: string };
}

/** Microsoft 365 on Windows, Version 2311 (ExcelApi 1.17, CustomFunctionsRuntime 1.4). */
export const M365: Required<HostOptions> = {
  sets: { ExcelApi: 17, CustomFunctionsRuntime: 4, SharedRuntime: 1 },
  createWorkbook: true,
  diagnostics: { host: "Excel", platform: "PC", version: "16.0.17029.20126" },
};

export function useSelvtestHost(wb: ExcelDouble, options: HostOptions = {}): void {
  const o = { ...M365, ...options };
  g.Excel = {
    run: <T>(fn: (ctx: Excel.RequestContext) => Promise<T>) => fn(wb.context),
    ...(o.createWorkbook ? { createWorkbook: () => Promise.resolve() } : {}),
  };
  g.Office = {
    context: {
      diagnostics: o.diagnostics,
      requirements: {
        isSetSupported: (name: string, version: string) => {
          const max = o.sets[name];
          const minor = Number(version.split(".")[1] ?? 0);
          return max !== undefined && Number(version.split(".")[0]) === 1 && minor <= max;
        },
      },
    },
  };
}

export function dropSelvtestHost(): void {
  delete g.Excel;
  delete g.Office;
}

/** The port's methods that answer at once (no request to Excel). */
const SYNC: (keyof SelvtestPort)[] = ["hostInfo", "isSetSupported", "canCreateWorkbook"];

export type Fault = { method: keyof SelvtestPort; error?: Error; answer?: unknown; times?: number };

/**
 * The port with one method failing: throwing `error` (an Office error by default) or answering
 * `answer` without asking Excel (a host that accepts a call and does nothing), `times` times (all by default).
 */
export function withFault(port: SelvtestPort, fault: Fault): SelvtestPort {
  let left = fault.times ?? Infinity;
  const wrapped = { ...port };
  const original = port[fault.method] as (...args: unknown[]) => unknown;
  const sync = SYNC.includes(fault.method);
  (wrapped as Record<string, unknown>)[fault.method] = (...args: unknown[]) => {
    if (left <= 0) return original(...args);
    left--;
    if ("answer" in fault) return sync ? fault.answer : Promise.resolve(fault.answer);
    const error = fault.error ?? new OfficeError("GeneralException", "An internal error has occurred.");
    if (sync) throw error;
    return Promise.reject(error);
  };
  return wrapped;
}
