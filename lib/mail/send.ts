import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { dataDir } from "../db/adapters";

export type Mail = { to: string; subject: string; text: string; html?: string };

let transport: Transporter | undefined;

export function outboxDir(): string {
  return path.join(dataDir(), "outbox");
}

/**
 * SMTP when SMTP_URL is set; otherwise a file per message in DATA_DIR/outbox (readable in demo
 * and development at /{locale}/dev/outbox). One recipient per message: attendees never see
 * each other's addresses.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const from = process.env.MAIL_FROM || "mobilise <no-reply@localhost>";
  if (process.env.SMTP_URL) {
    transport ??= nodemailer.createTransport(process.env.SMTP_URL);
    await transport.sendMail({ from, ...mail });
    return;
  }
  const dir = outboxDir();
  mkdirSync(dir, { recursive: true });
  const at = new Date();
  const id = `${at.toISOString().replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}`;
  writeFileSync(path.join(dir, `${id}.json`), JSON.stringify({ id, from, at: at.toISOString(), ...mail }, null, 2), { mode: 0o600 });
}
