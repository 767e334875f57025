declare module "autocannon" {
  import type { EventEmitter } from "node:events";
  type Options = { url: string; connections?: number; duration?: number; timeout?: number; amount?: number; pipelining?: number; method?: string; headers?: Record<string, string>; body?: string; requests?: { method?: string; path?: string; headers?: Record<string, string>; body?: string }[] };
  type Result = { requests: { average: number; total: number; sent: number }; errors: number; timeouts: number; non2xx: number; duration: number; "2xx": number };
  type Instance = EventEmitter & Promise<Result> & { stop(): void };
  function autocannon(options: Options): Instance;
  export default autocannon;
}
