import { notFound } from "next/navigation";
import { AppError } from "../errors";

/**
 * Organiser pages load through the same authorisation as the API. Someone else's action or
 * chapter is simply "not found": a page never confirms that a hidden thing exists.
 */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (err) {
    if (err instanceof AppError && (err.code === "NOT_FOUND" || err.code === "FORBIDDEN")) notFound();
    throw err;
  }
}
