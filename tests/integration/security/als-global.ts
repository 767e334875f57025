import { AsyncLocalStorage } from "node:async_hooks";

// Next's server installs this global before loading anything; its request-scoped stores
// (headers(), cookies()) are created from it on first import. Import this module first.
(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
