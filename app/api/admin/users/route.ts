import { gate } from "@/lib/api/gate";
import { searchUsers } from "@/lib/admin/user-queries";
import { userSearchQuery } from "@/lib/admin/user-schema";

export const GET = gate({ auth: "admin", query: userSearchQuery }, ({ query }) => searchUsers(query));
