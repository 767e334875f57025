/**
 * Default limits per named bucket, as "count/seconds". Operators override any of them with
 * RATE_LIMIT_<NAME> (e.g. RATE_LIMIT_RSVP=100/60); load tests raise them the same way.
 */
export const DEFAULT_LIMITS = {
  SIGN_IN_IP: "30/900",
  SIGN_IN_ACCOUNT: "10/900",
  MAGIC_LINK_IP: "10/900",
  MAGIC_LINK_EMAIL: "5/900",
  RSVP: "20/600",
  PLEDGE: "20/600",
  COMMITMENT: "20/600",
  REPORT: "5/600",
  MUTATION_USER: "120/60",
  MUTATION_IP: "300/60",
} as const;

export type LimitName = keyof typeof DEFAULT_LIMITS;
export type Limit = { count: number; windowSeconds: number };

export function limitFor(name: LimitName, source: NodeJS.ProcessEnv = process.env): Limit {
  const raw = source[`RATE_LIMIT_${name}`] ?? DEFAULT_LIMITS[name];
  const match = /^(\d+)\/(\d+)$/.exec(raw.trim());
  const [count, windowSeconds] = match ? [Number(match[1]), Number(match[2])] : parseDefault(name);
  return { count, windowSeconds };
}

function parseDefault(name: LimitName): [number, number] {
  const [c, w] = DEFAULT_LIMITS[name].split("/").map(Number);
  return [c, w];
}
