import type { FormState, SetForm } from "./form-state";

/** What every part of the action form receives. `err` gives the translated error for a field path. */
export type SectionProps = { state: FormState; set: SetForm; err: (path: string) => string | undefined };
