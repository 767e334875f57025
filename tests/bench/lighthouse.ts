import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import lighthouse from "lighthouse";
import { chromiumPath } from "../e2e/chromium";

/** legacyJsKb: what Lighthouse's "legacy JavaScript" audit says modern browsers download for nothing. */
export type LighthouseFigures = { path: string; runs: number; score: number; tbtMs: number; lcpMs: number; legacyJsKb: number };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Lighthouse's default config: mobile emulation with simulated throttling (slow 4G, 4× CPU), the
 * performance category only. One Chromium per page, a fresh profile each run, median of `runs`.
 * Figures on a shared machine are noisy: the simulated throttling scales what it observes.
 */
export async function lighthouseFigures(baseUrl: string, paths: string[], runs = 3): Promise<LighthouseFigures[]> {
  const out: LighthouseFigures[] = [];
  for (const p of paths) {
    const scores: number[] = [];
    const tbt: number[] = [];
    const lcp: number[] = [];
    const legacy: number[] = [];
    for (let i = 0, failures = 0; i < runs; i++) {
      const chrome = await launchChromium();
      try {
        const result = await lighthouse(`${baseUrl}${p}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
        const lhr = result?.lhr;
        if (!lhr || lhr.runtimeError) {
          // A loaded machine sometimes loses the trace (NO_NAVSTART, NO_FCP): run that one again.
          const why = `lighthouse ${p}: ${lhr?.runtimeError?.code ?? "no result"} ${lhr?.runtimeError?.message ?? ""}`;
          if (++failures > 3) throw new Error(why);
          console.warn(`${why} — running it again`);
          i--;
          continue;
        }
        scores.push(Math.round((lhr.categories.performance.score ?? 0) * 100));
        tbt.push(Math.round(lhr.audits["total-blocking-time"].numericValue ?? 0));
        lcp.push(Math.round(lhr.audits["largest-contentful-paint"].numericValue ?? 0));
        const details = lhr.audits["legacy-javascript"]?.details as { overallSavingsBytes?: number } | undefined;
        legacy.push(Math.round((details?.overallSavingsBytes ?? 0) / 102.4) / 10);
      } finally {
        await chrome.stop();
      }
    }
    out.push({ path: p, runs, score: median(scores), tbtMs: median(tbt), lcpMs: median(lcp), legacyJsKb: median(legacy) });
  }
  return out;
}

/** Debian's Chromium with a DevTools port Lighthouse can drive (read from its stderr). */
async function launchChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const executable = chromiumPath();
  if (!executable) throw new Error("no Chromium (apt-get install -y chromium)");
  const profile = mkdtempSync(path.join(os.tmpdir(), "mobilise-lighthouse-"));
  const child = spawn(executable, [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", `--user-data-dir=${profile}`, "--remote-debugging-port=0", "about:blank",
  ], { stdio: ["ignore", "ignore", "pipe"] });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
    // Chromium's helper processes may still be writing the profile for a moment after it exits.
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  };
  const port = await new Promise<number>((resolve, reject) => {
    let err = "";
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools port:\n${err}`)), 30_000);
    child.stderr!.on("data", (d) => {
      err += d;
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.once("exit", (code) => reject(new Error(`Chromium exited (${code}):\n${err}`)));
  }).catch(async (e) => {
    await stop();
    throw e;
  });
  return { port, stop };
}
