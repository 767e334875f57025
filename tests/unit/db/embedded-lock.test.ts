import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EmbeddedDatabaseBusyError, lockDataDir } from "@/lib/db/embedded-lock";

describe("embedded data folder lock", () => {
  it("refuses a second live process with a clear error", async () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "lock-")), "pglite");
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 10000)"]);
    try {
      writeFileSync(`${dir}.lock`, String(other.pid));
      expect(() => lockDataDir(dir)).toThrow(EmbeddedDatabaseBusyError);
      expect(() => lockDataDir(dir)).toThrow(/in use by another process \(pid \d+\).*DATABASE_URL/);
    } finally {
      other.kill();
    }
  });

  it("takes over a stale lock and releases it", () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "lock-")), "pglite");
    writeFileSync(`${dir}.lock`, "999999");
    const release = lockDataDir(dir);
    expect(existsSync(`${dir}.lock`)).toBe(true);
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});
