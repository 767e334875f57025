import { gate } from "@/lib/api/gate";
import { updateUser } from "@/lib/admin/update-user";
import { updateUserBody } from "@/lib/admin/user-schema";

export const PATCH = gate<typeof updateUserBody, undefined, { id: string }>({ auth: "admin", body: updateUserBody }, ({ user, params, body }) =>
  updateUser(user, params.id, body),
);
