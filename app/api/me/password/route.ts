import { gate } from "@/lib/api/gate";
import { changePassword } from "@/lib/auth/account-password";
import { changePasswordBody } from "@/lib/auth/schemas";

export const PUT = gate({ auth: "required", body: changePasswordBody }, async ({ user, body }) =>
  changePassword(user!, body.currentPassword, body.newPassword),
);
